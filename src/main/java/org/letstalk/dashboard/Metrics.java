package org.letstalk.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.letstalk.audit.Grade;
import org.letstalk.audit.Principle;
import org.letstalk.authorisation.AuthorisationLevel;
import org.letstalk.authorisation.AuthorisationStatus;
import org.letstalk.contact.ContactOutcome;
import org.letstalk.contact.RouteOfAccess;
import org.letstalk.conversation.ConversationType;
import org.letstalk.review.ReviewOutcome;
import org.letstalk.safeguarding.MspOutcome;
import org.letstalk.team.Team;
import org.letstalk.team.Teams;
import org.letstalk.validation.InputRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/** Builds the managers' dashboard from the domain tables [N 6.5]: see {@link Figure} for what each figure counts. */
@Service
@Transactional(readOnly = true)
public class Metrics {

  static final List<String> CONTACT_OUTCOMES = Stream.concat(names(ContactOutcome.values()), Stream.of("UNDECIDED"))
      .toList();
  static final List<String> CONCERN_DECISIONS = List.of("IN_TIME", "LATE", "OVERDUE", "PENDING");
  static final List<String> PLAN_AGES = List.of("0-7 days", "8-14 days", "15-28 days", "29-56 days", "over 56 days");
  static final List<String> LEVELS = Stream.concat(names(AuthorisationLevel.values()), Stream.of("NOT_ROUTED"))
      .toList();
  static final int LONGEST_PLANS_SHOWN = 10;

  private final FigureQueries queries;
  private final Teams teams;

  public Metrics(FigureQueries queries, Teams teams) {
    this.queries = queries;
    this.teams = teams;
  }

  public Dashboard dashboard(Period period) {
    String teamName = null;
    if (period.teamId() != null) {
      teamName = teams.all().stream().filter(t -> t.getId().equals(period.teamId())).map(Team::getName)
          .findFirst().orElseThrow(() -> new InputRejectedException("team", "is not a team"));
    }
    return new Dashboard(
        new Dashboard.Scope(period.from(), period.to(), period.teamId(), teamName, period.asOf()),
        contacts(period), conversations(period), concluded(period), firstConversation(period),
        crisisPlans(period), reviews(period), safeguarding(period), funding(period), audit(period));
  }

  /** The cases behind one count. */
  public List<FigureQueries.CaseRow> cases(Figure figure, Period period, String k1, String k2) {
    return queries.cases(figure, period, k1, k2);
  }

  public Dashboard.Contacts contacts(Period period) {
    List<FigureQueries.DayCount> days = queries.perDay(Figure.CONTACTS, period);
    Map<String, Long> byRoute = sum(days, FigureQueries.DayCount::k1);
    Map<String, Long> byOutcome = sum(days, FigureQueries.DayCount::k2);
    return new Dashboard.Contacts(
        total(Figure.CONTACTS, period, byRoute),
        counts(Figure.CONTACTS, period, names(RouteOfAccess.values()).toList(), byRoute, false),
        counts(Figure.CONTACTS, period, CONTACT_OUTCOMES, byOutcome, true),
        daily(Figure.CONTACTS, period, days, names(RouteOfAccess.values()).toList(), false),
        daily(Figure.CONTACTS, period, days, CONTACT_OUTCOMES, true));
  }

  public Dashboard.Conversations conversations(Period period) {
    List<FigureQueries.DayCount> days = queries.perDay(Figure.CONVERSATIONS, period);
    Map<String, Long> byType = sum(days, FigureQueries.DayCount::k1);
    List<String> types = names(ConversationType.values()).toList();
    List<LocalDate> weeks = new ArrayList<>();
    for (LocalDate w = monday(period.from()); !w.isAfter(period.to()); w = w.plusWeeks(1)) {
      weeks.add(w);
    }
    List<Dashboard.Series> series = new ArrayList<>();
    for (String type : types) {
      List<Long> counts = new ArrayList<>();
      List<String> cases = new ArrayList<>();
      for (LocalDate week : weeks) {
        counts.add(days.stream().filter(d -> d.k1().equals(type) && monday(d.day()).equals(week))
            .mapToLong(FigureQueries.DayCount::count).sum());
        LocalDate from = week.isBefore(period.from()) ? period.from() : week;
        LocalDate to = week.plusDays(6).isAfter(period.to()) ? period.to() : week.plusDays(6);
        cases.add(link(Figure.CONVERSATIONS, from, to, period, type, null));
      }
      series.add(new Dashboard.Series(type, Labels.of(type), counts, cases));
    }
    return new Dashboard.Conversations(total(Figure.CONVERSATIONS, period, byType),
        counts(Figure.CONVERSATIONS, period, types, byType, false),
        new Dashboard.Chart(weeks.stream().map(LocalDate::toString).toList(), series));
  }

  public Dashboard.Concluded concluded(Period period) {
    Map<String, Long> byKind = byK1(queries.tally(Figure.CONCLUDED_INVOLVEMENTS, period));
    long met = byKind.getOrDefault("MET_WITHOUT_LONG_TERM_SUPPORT", 0L);
    long longTerm = byKind.getOrDefault("LONG_TERM_SUPPORT", 0L);
    return new Dashboard.Concluded(total(Figure.CONCLUDED_INVOLVEMENTS, period, byKind),
        count(Figure.CONCLUDED_INVOLVEMENTS, period, "MET_WITHOUT_LONG_TERM_SUPPORT", null, met),
        count(Figure.CONCLUDED_INVOLVEMENTS, period, "LONG_TERM_SUPPORT", null, longTerm),
        share(met, met + longTerm));
  }

  public Dashboard.FirstConversation firstConversation(Period period) {
    Map<String, Long> byState = byK1(queries.tally(Figure.FIRST_CONVERSATION, period));
    FigureQueries.Percentiles days = queries.percentiles(Figure.FIRST_CONVERSATION, period);
    return new Dashboard.FirstConversation(
        count(Figure.FIRST_CONVERSATION, period, "SEEN", null, byState.getOrDefault("SEEN", 0L)),
        count(Figure.FIRST_CONVERSATION, period, "WAITING", null, byState.getOrDefault("WAITING", 0L)),
        round(days.median()), round(days.p90()));
  }

  public Dashboard.CrisisPlans crisisPlans(Period period) {
    List<FigureQueries.CaseRow> open = queries.cases(Figure.OPEN_CRISIS_PLANS, period, null, null);
    Map<String, Long> byAge = new HashMap<>();
    open.forEach(row -> byAge.merge(row.k2(), 1L, Long::sum));
    long openCount = byAge.values().stream().mapToLong(Long::longValue).sum();
    if (open.size() >= FigureQueries.MOST_CASES_LISTED) {
      byAge.clear();
      queries.tally(Figure.OPEN_CRISIS_PLANS, period).forEach(t -> byAge.merge(t.k2(), t.count(), Long::sum));
      openCount = byAge.values().stream().mapToLong(Long::longValue).sum();
    }
    List<Dashboard.OpenPlan> longest = open.stream().limit(LONGEST_PLANS_SHOWN)
        .map(row -> new Dashboard.OpenPlan(row.personId(), row.name(), row.at(), (long) Math.floor(row.days())))
        .toList();
    long overdue = queries.tally(Figure.CHECK_INS_OVERDUE, period).stream().mapToLong(FigureQueries.Tally::count)
        .sum();
    List<Dashboard.Count> ages = PLAN_AGES.stream().map(age -> new Dashboard.Count(age, age,
        byAge.getOrDefault(age, 0L), link(Figure.OPEN_CRISIS_PLANS, period, null, age))).toList();
    return new Dashboard.CrisisPlans(count(Figure.OPEN_CRISIS_PLANS, period, null, null, openCount), ages,
        count(Figure.CHECK_INS_OVERDUE, period, null, null, overdue), longest);
  }

  public Dashboard.Reviews reviews(Period period) {
    long due = total(queries.tally(Figure.REVIEWS_DUE, period));
    Map<String, Long> done = byK1(queries.tally(Figure.REVIEWS_DONE, period));
    long overdue = total(queries.tally(Figure.REVIEWS_OVERDUE, period));
    return new Dashboard.Reviews(count(Figure.REVIEWS_DUE, period, null, null, due),
        total(Figure.REVIEWS_DONE, period, done),
        counts(Figure.REVIEWS_DONE, period, names(ReviewOutcome.values()).toList(), done, false),
        count(Figure.REVIEWS_OVERDUE, period, null, null, overdue));
  }

  public Dashboard.Safeguarding safeguarding(Period period) {
    Map<String, Long> decisions = byK1(queries.tally(Figure.SAFEGUARDING_CONCERNS, period));
    long inTime = decisions.getOrDefault("IN_TIME", 0L);
    long due = inTime + decisions.getOrDefault("LATE", 0L) + decisions.getOrDefault("OVERDUE", 0L);
    long openS42 = total(queries.tally(Figure.OPEN_S42_ENQUIRIES, period));
    Map<String, Long> msp = byK1(queries.tally(Figure.MSP_OUTCOMES, period));
    return new Dashboard.Safeguarding(total(Figure.SAFEGUARDING_CONCERNS, period, decisions),
        counts(Figure.SAFEGUARDING_CONCERNS, period, CONCERN_DECISIONS, decisions, false), share(inTime, due),
        count(Figure.OPEN_S42_ENQUIRIES, period, null, null, openS42),
        counts(Figure.MSP_OUTCOMES, period, names(MspOutcome.values()).toList(), msp, false));
  }

  public Dashboard.Funding funding(Period period) {
    List<FigureQueries.Tally> tally = queries.tally(Figure.FUNDING_REQUESTS, period);
    List<Dashboard.LevelDecision> cells = new ArrayList<>();
    for (String level : LEVELS) {
      for (AuthorisationStatus status : AuthorisationStatus.values()) {
        long n = tally.stream().filter(t -> level.equals(t.k1()) && status.name().equals(t.k2()))
            .mapToLong(FigureQueries.Tally::count).sum();
        cells.add(new Dashboard.LevelDecision(level, Labels.of(level), status.name(), Labels.of(status.name()), n,
            link(Figure.FUNDING_REQUESTS, period, level, status.name())));
      }
    }
    BigDecimal committed = tally.stream().map(FigureQueries.Tally::amount).filter(a -> a != null)
        .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    FigureQueries.Percentiles days = queries.percentiles(Figure.FUNDING_REQUESTS, period);
    // Continuing health care funding the NHS owes and the finance team has not yet invoiced.
    List<FigureQueries.Tally> toRecover = queries.tally(Figure.CHC_RECOVERY, period).stream()
        .filter(t -> "TO_RECOVER".equals(t.k1())).toList();
    BigDecimal owed = toRecover.stream().map(FigureQueries.Tally::amount).filter(a -> a != null)
        .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    return new Dashboard.Funding(count(Figure.FUNDING_REQUESTS, period, null, null, total(tally)), cells,
        round(days.median()), round(days.p90()), committed,
        count(Figure.CHC_RECOVERY, period, "TO_RECOVER", null, total(toRecover)), owed);
  }

  public List<Dashboard.AuditPrinciple> audit(Period period) {
    List<FigureQueries.Tally> tally = queries.tally(Figure.AUDIT_GRADES, period);
    return Arrays.stream(Principle.values()).map(principle -> new Dashboard.AuditPrinciple(principle.name(),
        principle.label(), Arrays.stream(Grade.values()).map(grade -> count(Figure.AUDIT_GRADES, period,
            principle.name(), grade.name(), tally.stream()
                .filter(t -> principle.name().equals(t.k1()) && grade.name().equals(t.k2()))
                .mapToLong(FigureQueries.Tally::count).sum())).toList())).toList();
  }

  private Dashboard.Chart daily(Figure figure, Period period, List<FigureQueries.DayCount> days, List<String> keys,
      boolean bySecondKey) {
    List<LocalDate> dates = period.from().datesUntil(period.to().plusDays(1)).toList();
    Map<String, Long> index = new HashMap<>();
    days.forEach(d -> index.merge((bySecondKey ? d.k2() : d.k1()) + "|" + d.day(), d.count(), Long::sum));
    List<Dashboard.Series> series = keys.stream().map(key -> new Dashboard.Series(key, Labels.of(key),
        dates.stream().map(date -> index.getOrDefault(key + "|" + date, 0L)).toList(),
        dates.stream().map(date -> link(figure, date, date, period, bySecondKey ? null : key,
            bySecondKey ? key : null)).toList())).toList();
    return new Dashboard.Chart(dates.stream().map(LocalDate::toString).toList(), series);
  }

  private List<Dashboard.Count> counts(Figure figure, Period period, List<String> keys, Map<String, Long> counts,
      boolean bySecondKey) {
    return keys.stream().map(key -> count(figure, period, bySecondKey ? null : key, bySecondKey ? key : null,
        counts.getOrDefault(key, 0L))).toList();
  }

  private Dashboard.Count total(Figure figure, Period period, Map<String, Long> counts) {
    return count(figure, period, null, null, counts.values().stream().mapToLong(Long::longValue).sum());
  }

  private Dashboard.Count count(Figure figure, Period period, String k1, String k2, long n) {
    String key = k2 != null ? k2 : k1 != null ? k1 : "ALL";
    return new Dashboard.Count(key, k2 != null || k1 != null ? Labels.of(key) : figure.label(), n,
        link(figure, period, k1, k2));
  }

  private static String link(Figure figure, Period period, String k1, String k2) {
    return link(figure, period.from(), period.to(), period, k1, k2);
  }

  /** The case list behind a count, for the given days of the period and the period's team. */
  static String link(Figure figure, LocalDate from, LocalDate to, Period period, String k1, String k2) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/dashboard/cases")
        .queryParam("figure", figure.name()).queryParam("from", from).queryParam("to", to);
    if (period.teamId() != null) {
      uri.queryParam("team", period.teamId());
    }
    if (k1 != null) {
      uri.queryParam("k1", k1);
    }
    if (k2 != null) {
      uri.queryParam("k2", k2);
    }
    return uri.encode().build().toUriString();
  }

  private static Map<String, Long> sum(List<FigureQueries.DayCount> days,
      Function<FigureQueries.DayCount, String> key) {
    Map<String, Long> sums = new LinkedHashMap<>();
    days.forEach(d -> sums.merge(key.apply(d), d.count(), Long::sum));
    return sums;
  }

  private static Map<String, Long> byK1(List<FigureQueries.Tally> tally) {
    Map<String, Long> sums = new LinkedHashMap<>();
    tally.forEach(t -> sums.merge(t.k1(), t.count(), Long::sum));
    return sums;
  }

  private static long total(List<FigureQueries.Tally> tally) {
    return tally.stream().mapToLong(FigureQueries.Tally::count).sum();
  }

  private static Double share(long part, long whole) {
    return whole == 0 ? null : round((double) part / whole);
  }

  private static Double round(Double value) {
    return value == null ? null : Math.round(value * 100) / 100.0;
  }

  private static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static Stream<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name);
  }
}
