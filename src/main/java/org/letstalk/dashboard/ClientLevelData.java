package org.letstalk.dashboard;

import static org.letstalk.dashboard.ClientLevelDataSpecification.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.letstalk.contact.RequestRoute;
import org.letstalk.person.NationalCodes;
import org.letstalk.validation.InputRejectedException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * England's quarterly Client Level Data (CLD) extract, built from the records: requests (contacts decided),
 * assessments (Let's Talk conversations, Let's Talk 3, carers' conversations), services (plans and crisis plans
 * active in the period) and reviews, one row each, for people and for carers. How each record becomes a row:
 * docs/dashboard.md, "The statutory return".
 */
@Service
@Transactional(readOnly = true)
public class ClientLevelData {

  /** Carers' own events carry support to a carer as their reason (CLD guidance, Primary Support Reason). */
  static final String CARER_SUPPORT_REASON = ClientLevelDataSpecification.SUPPORT_TO_CARER;

  private static final String PERSON = """
      p.id as person_id, p.nhs_number, p.date_of_birth, p.stated_gender, p.ethnic_category, p.postcode,
      p.primary_support_reason""";

  private static final String REQUESTS = """
      select c.id as ref, c.arrived_at as started, coalesce(c.outcome_decided_at, c.arrived_at) as ended,
        c.outcome, c.request_route, %s
      from contact c join person p on p.id = c.person_id
      where c.outcome is not null
        and coalesce(c.outcome_decided_at, c.arrived_at) >= :from and coalesce(c.outcome_decided_at, c.arrived_at) < :to
      """.formatted(PERSON);

  private static final String CONVERSATIONS = """
      select v.id as ref, v.conversation_type, v.held_at, v.outcome, %s
      from conversation v join person p on p.id = v.person_id
      where v.held_at >= :from and v.held_at < :to
      """.formatted(PERSON);

  private static final String LETS_TALK_3 = """
      select l.id as ref, l.started_at, l.concluded_at, l.outcome, e.eligible, %s
      from lets_talk_3 l join person p on p.id = l.person_id
        left join eligibility_determination e on e.id = l.eligibility_determination_id
      where l.concluded_at >= :from and l.concluded_at < :to
      """.formatted(PERSON);

  private static final String CARER_CONVERSATIONS = """
      select v.id as ref, v.conversation_type, v.held_at, v.outcome, v.cared_for_id, %s
      from carer_conversation v join person p on p.id = v.carer_id
      where v.held_at >= :from and v.held_at < :to
      """.formatted(PERSON);

  private static final String PLANS = """
      select sp.id as ref, sp.plan_type, sp.delivery, sp.status, sp.authorised_at,
        coalesce(sp.ended_at, sp.superseded_at) as ended, %s
      from support_plan sp join person p on p.id = sp.person_id
      where sp.authorised_at is not null and sp.authorised_at < :to
        and (coalesce(sp.ended_at, sp.superseded_at) is null or coalesce(sp.ended_at, sp.superseded_at) >= :from)
      """.formatted(PERSON);

  private static final String CRISIS_PLANS = """
      select cp.id as ref, cp.starts_on, cp.ended_at, %s
      from crisis_plan cp join person p on p.id = cp.person_id
      where cp.starts_on < :toDay and (cp.ended_at is null or cp.ended_at >= :from)
      """.formatted(PERSON);

  private static final String REVIEWS = """
      select r.id as ref, r.kind, r.completed_at, r.outcome, r.carer_took_part, sp.plan_type,
        (select q.requester_role from review_early_request q where q.review_id = r.id
          order by q.requested_at limit 1) as first_asked_by, %s
      from review r join support_plan sp on sp.id = r.plan_id join person p on p.id = r.person_id
      where r.completed_at >= :from and r.completed_at < :to and r.outcome is not null
      """.formatted(PERSON);

  private final NamedParameterJdbcTemplate jdbc;
  private final ClientLevelDataProperties council;

  public ClientLevelData(NamedParameterJdbcTemplate jdbc, ClientLevelDataProperties council) {
    this.jdbc = jdbc;
    this.council = council;
  }

  /** A reporting period's rows, each a value for every column. */
  public record Extract(String laCode, LocalDate start, LocalDate end, List<Map<String, String>> rows) {

    /** The file submitted: a header of the specification's field names, then one line per event. */
    public String csv() {
      StringBuilder out = new StringBuilder();
      try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
          .setHeader(COLUMNS.toArray(String[]::new)).setRecordSeparator("\n").get())) {
        for (Map<String, String> row : rows) {
          printer.printRecord(COLUMNS.stream().map(row::get).toList());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toString();
    }

    /** The name CLD gives a quarter's file: the council's code and the period. */
    public String fileName() {
      return "client-level-data-" + laCode + "-" + start + "-to-" + end + ".csv";
    }
  }

  /** Quarter 1 to 4 of the financial year that starts on 1 April of {@code year} (quarter 1: April to June). */
  public Extract forQuarter(String year, String quarter) {
    List<InputRejectedException.Problem> problems = new ArrayList<>();
    Integer start = StatutoryReturn.financialYear(year, problems);
    int q = 0;
    try {
      q = Integer.parseInt(quarter == null ? "" : quarter.trim());
    } catch (NumberFormatException e) {
      q = 0;
    }
    if (q < 1 || q > 4) {
      problems.add(new InputRejectedException.Problem("quarter",
          "must be 1, 2, 3 or 4 (1 is April to June, 4 is January to March)"));
    }
    if (!problems.isEmpty()) {
      throw new InputRejectedException(problems);
    }
    LocalDate from = LocalDate.of(start, 4, 1).plusMonths(3L * (q - 1));
    return extract(from, from.plusMonths(3).minusDays(1));
  }

  /** Every event of the days {@code from} to {@code to}, both included. */
  public Extract extract(LocalDate from, LocalDate to) {
    ZoneId zone = ZoneId.systemDefault();
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("from", Timestamp.from(from.atStartOfDay(zone).toInstant()))
        .addValue("to", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
        .addValue("toDay", to.plusDays(1));
    List<Map<String, String>> rows = new ArrayList<>();
    Period period = new Period(from, to, zone);

    jdbc.query(REQUESTS, params, rs -> {
      Map<String, String> row = period.row(rs, SERVICE_USER, REQUEST, "Contact", false);
      row.put(EVENT_START, period.day(rs, "started"));
      row.put(EVENT_END, period.day(rs, "ended"));
      row.put(EVENT_OUTCOME, "INFORMATION_AND_ADVICE".equals(rs.getString("outcome"))
          ? "NFA - Information & Advice / Signposting only" : "Progress to Assessment");
      String route = rs.getString("request_route");
      row.put(ROUTE_OF_ACCESS, (route == null ? RequestRoute.COMMUNITY_OR_OTHER : RequestRoute.valueOf(route)).cld());
      rows.add(row);
    });
    jdbc.query(CONVERSATIONS, params, rs -> {
      Map<String, String> row = period.row(rs, SERVICE_USER, ASSESSMENT,
          "Let's Talk " + rs.getString("conversation_type").substring(2), false);
      row.put(EVENT_START, period.day(rs, "held_at"));
      row.put(EVENT_END, period.day(rs, "held_at"));
      row.put(EVENT_OUTCOME, conversationOutcome(rs.getString("outcome")));
      row.put(ASSESSMENT_TYPE, "Short Term Assessment");
      rows.add(row);
    });
    jdbc.query(LETS_TALK_3, params, rs -> {
      Map<String, String> row = period.row(rs, SERVICE_USER, ASSESSMENT, "Let's Talk 3", false);
      row.put(EVENT_START, period.day(rs, "started_at"));
      row.put(EVENT_END, period.day(rs, "concluded_at"));
      String outcome = rs.getString("outcome");
      row.put(EVENT_OUTCOME, "LONG_TERM_SUPPORT".equals(outcome) ? "Progress to Support Planning / Services"
          : "LT1".equals(outcome) ? "Progress to Assessment" : "NFA - No services offered: Other reason");
      row.put(ASSESSMENT_TYPE, "Long Term Assessment");
      Object eligible = rs.getObject("eligible");
      row.put(ELIGIBLE_NEEDS, eligible == null ? null : (Boolean) eligible ? "Yes" : "No");
      rows.add(row);
    });
    jdbc.query(CARER_CONVERSATIONS, params, rs -> {
      boolean lt3 = "LT3".equals(rs.getString("conversation_type"));
      Map<String, String> row = period.row(rs, CARER, ASSESSMENT,
          "Carer's Let's Talk " + (lt3 ? "3" : "1"), true);
      row.put(EVENT_START, period.day(rs, "held_at"));
      row.put(EVENT_END, period.day(rs, "held_at"));
      row.put(EVENT_OUTCOME, conversationOutcome(rs.getString("outcome")));
      row.put(ASSESSMENT_TYPE, lt3 ? "Long Term Assessment" : "Short Term Assessment");
      row.put(LINKED_PERSON_ID, rs.getString("cared_for_id"));
      rows.add(row);
    });
    jdbc.query(PLANS, params, rs -> {
      String type = rs.getString("plan_type");
      boolean carer = "CARER_SUPPORT".equals(type);
      Map<String, String> row = period.row(rs, carer ? CARER : SERVICE_USER, SERVICE,
          carer ? "Carer's support plan" : "RESIDENTIAL_CARE".equals(type) ? "Residential care plan" : "Support plan",
          carer);
      row.put(EVENT_START, period.day(rs, "authorised_at"));
      LocalDate ended = period.date(rs.getTimestamp("ended"));
      if (ended != null && !ended.isAfter(to)) {
        row.put(EVENT_END, ended.toString());
        row.put(EVENT_OUTCOME, "SUPERSEDED".equals(rs.getString("status"))
            ? "Progress to Support Planning / Services" : "NFA - Support ended: Other reason");
      } else {
        row.put(EVENT_OUTCOME, "Provision of service");
      }
      row.put(SERVICE_TYPE, carer ? "Carer Support: Direct to Carer"
          : "RESIDENTIAL_CARE".equals(type) ? "Long Term Support: Residential Care" : "Long Term Support: Community");
      row.put(DELIVERY_MECHANISM, deliveryMechanism(rs.getString("delivery")));
      rows.add(row);
    });
    jdbc.query(CRISIS_PLANS, params, rs -> {
      Map<String, String> row = period.row(rs, SERVICE_USER, SERVICE, "Crisis plan (Let's Talk 2)", false);
      row.put(EVENT_START, rs.getDate("starts_on").toLocalDate().toString());
      LocalDate ended = period.date(rs.getTimestamp("ended_at"));
      if (ended != null && !ended.isAfter(to)) {
        row.put(EVENT_END, ended.toString());
        row.put(EVENT_OUTCOME, "Service ended as planned");
      } else {
        row.put(EVENT_OUTCOME, "Provision of service");
      }
      row.put(SERVICE_TYPE, "Short Term Support: Other Short Term");
      row.put(DELIVERY_MECHANISM, "CASSR Commissioned Support");
      rows.add(row);
    });
    jdbc.query(REVIEWS, params, rs -> {
      boolean carer = "CARER_SUPPORT".equals(rs.getString("plan_type"));
      Map<String, String> row = period.row(rs, carer ? CARER : SERVICE_USER, REVIEW,
          "EARLY".equals(rs.getString("kind")) ? "Early review" : "Review", carer);
      row.put(EVENT_START, period.day(rs, "completed_at"));
      row.put(EVENT_END, period.day(rs, "completed_at"));
      row.put(EVENT_OUTCOME, switch (rs.getString("outcome")) {
        case "NO_CHANGE" -> "No change in package";
        case "UPDATE_PLAN" -> "Progress to Support Planning / Services";
        case "REASSESSMENT" -> "Progress to Re-assessment / Unplanned Review";
        default -> "NFA - Support ended: Other reason";
      });
      row.put(REVIEW_REASON, reviewReason(carer, rs.getString("kind"), rs.getString("first_asked_by")));
      row.put(METHOD_OF_REVIEW, methodOfReview(carer, rs.getBoolean("carer_took_part")));
      rows.add(row);
    });
    rows.sort(Comparator.comparing((Map<String, String> r) -> r.get(PERSON_ID))
        .thenComparing(r -> r.get(EVENT_START)).thenComparing(r -> EVENT_TYPES.indexOf(r.get(EVENT_TYPE)))
        .thenComparing(r -> r.get(EVENT_REFERENCE)));
    return new Extract(council.laCode(), from, to, rows);
  }

  /** What a Let's Talk conversation led to, in CLD's words. */
  private static String conversationOutcome(String outcome) {
    if (outcome == null) {
      // A Let's Talk 2's outcome is decided at its crisis plan's review; meanwhile the plan is the service.
      return "Progress to Support Planning / Services";
    }
    return switch (outcome) {
      case "NO_ONGOING_NEED" -> "NFA - Information & Advice / Signposting only";
      case "LT1", "LT3" -> "Progress to Assessment";
      case "LT2" -> "Progress to Support Planning / Services";
      // Safeguarding enquiries are outside CLD (CLD guidance, Events: assessments).
      default -> "NFA- Other";
    };
  }

  private static String deliveryMechanism(String delivery) {
    if ("DIRECT_PAYMENT".equals(delivery)) {
      return "Direct Payment";
    }
    // An individual service fund is a budget the council manages, held by a provider.
    return "INDIVIDUAL_SERVICE_FUND".equals(delivery) ? "CASSR Managed Personal Budget" : "CASSR Commissioned Support";
  }

  /**
   * A scheduled review is planned; an early one is unplanned: carer related for a carer's own plan or when a carer
   * asked for it first, otherwise for another reason (the request's reason is free text, not one of CLD's causes).
   */
  private static String reviewReason(boolean carerPlan, String kind, String firstAskedBy) {
    if (!"EARLY".equals(kind)) {
      return ClientLevelDataSpecification.PLANNED;
    }
    return carerPlan || "CARER".equals(firstAskedBy) ? ClientLevelDataSpecification.UNPLANNED_CARER_RELATED
        : ClientLevelDataSpecification.UNPLANNED_OTHER_REASON;
  }

  /**
   * CLD guidance, Method of Review: whose review it was, so that service user, carer and joint reviews can be told
   * apart. An adult's review is the service user's, even when someone represented them, and joint when their carer
   * took part.
   */
  private static String methodOfReview(boolean carerPlan, boolean carerTookPart) {
    if (carerPlan) {
      // A carer's own review: whether the person they care for joined it is not recorded.
      return "Carer only";
    }
    return carerTookPart ? "Service user and carer" : "Service user only";
  }

  /** The reporting period and the fields every row of it shares. */
  private final class Period {

    private final LocalDate from;
    private final LocalDate to;
    private final ZoneId zone;

    Period(LocalDate from, LocalDate to, ZoneId zone) {
      this.from = from;
      this.to = to;
      this.zone = zone;
    }

    Map<String, String> row(ResultSet rs, String clientType, String eventType, String description, boolean asCarer)
        throws SQLException {
      Map<String, String> row = new LinkedHashMap<>();
      for (String column : COLUMNS) {
        row.put(column, null);
      }
      row.put(LA_CODE, council.laCode());
      row.put(PERIOD_START, from.toString());
      row.put(PERIOD_END, to.toString());
      row.put(PERSON_ID, rs.getString("person_id"));
      row.put(NHS_NUMBER, rs.getString("nhs_number"));
      java.sql.Date born = rs.getDate("date_of_birth");
      row.put(DATE_OF_BIRTH, born == null ? null : born.toLocalDate().toString());
      String gender = rs.getString("stated_gender");
      row.put(GENDER, gender == null ? NationalCodes.StatedGender.NOT_KNOWN.code() : gender);
      String ethnicity = rs.getString("ethnic_category");
      row.put(ETHNICITY, ethnicity == null ? NationalCodes.EthnicCategory.NOT_KNOWN.code() : ethnicity);
      row.put(POSTCODE, rs.getString("postcode"));
      row.put(CLIENT_TYPE, clientType);
      String reason = rs.getString("primary_support_reason");
      row.put(PRIMARY_SUPPORT_REASON, asCarer ? CARER_SUPPORT_REASON
          : ClientLevelDataSpecification.primarySupportReason(
              reason == null ? null : NationalCodes.PrimarySupportReason.valueOf(reason)));
      row.put(EVENT_TYPE, eventType);
      row.put(EVENT_REFERENCE, rs.getString("ref"));
      row.put(EVENT_DESCRIPTION, description);
      return row;
    }

    String day(ResultSet rs, String column) throws SQLException {
      LocalDate day = date(rs.getTimestamp(column));
      return day == null ? null : day.toString();
    }

    LocalDate date(Timestamp at) {
      return at == null ? null : at.toInstant().atZone(zone).toLocalDate();
    }
  }
}
