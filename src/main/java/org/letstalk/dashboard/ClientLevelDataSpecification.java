package org.letstalk.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.letstalk.person.NationalCodes;

/**
 * England's Adult Social Care Client Level Data (CLD), as far as the council's records fill it: the data items
 * of one event row, which of them are mandatory for which event type, their code lists, and a check of an
 * extract against them. Written from NHS England's CLD specification and guidance (docs/sources.md, "CLD
 * guidance"); field names are the specification's data items with underscores for spaces.
 */
public final class ClientLevelDataSpecification {

  public static final String LA_CODE = "LA_Code";
  public static final String PERIOD_START = "Reporting_Period_Start_Date";
  public static final String PERIOD_END = "Reporting_Period_End_Date";
  public static final String PERSON_ID = "LA_Person_Unique_Identifier";
  public static final String NHS_NUMBER = "NHS_Number";
  public static final String DATE_OF_BIRTH = "Date_of_Birth";
  public static final String GENDER = "Gender";
  public static final String ETHNICITY = "Ethnicity";
  public static final String POSTCODE = "Postcode";
  public static final String CLIENT_TYPE = "Client_Type";
  public static final String PRIMARY_SUPPORT_REASON = "Primary_Support_Reason";
  public static final String EVENT_TYPE = "Event_Type";
  public static final String EVENT_REFERENCE = "Event_Reference";
  public static final String EVENT_DESCRIPTION = "Event_Description";
  public static final String EVENT_START = "Event_Start_Date";
  public static final String EVENT_END = "Event_End_Date";
  public static final String EVENT_OUTCOME = "Event_Outcome";
  public static final String ROUTE_OF_ACCESS = "Request_Route_of_Access";
  public static final String ASSESSMENT_TYPE = "Assessment_Type";
  public static final String ELIGIBLE_NEEDS = "Eligible_Needs_Identified";
  public static final String SERVICE_TYPE = "Service_Type";
  public static final String DELIVERY_MECHANISM = "Delivery_Mechanism";
  public static final String REVIEW_REASON = "Review_Reason";
  public static final String METHOD_OF_REVIEW = "Method_of_Review";
  public static final String LINKED_PERSON_ID = "Linked_Person_ID";

  public static final String REQUEST = "Request";
  public static final String ASSESSMENT = "Assessment";
  public static final String SERVICE = "Service";
  public static final String REVIEW = "Review";

  public static final String SERVICE_USER = "Service User";
  public static final String CARER = "Carer";

  /** CLD guidance, Event Type. */
  static final List<String> EVENT_TYPES = List.of(REQUEST, ASSESSMENT, SERVICE, REVIEW);

  /** CLD guidance, Client Type. */
  static final List<String> CLIENT_TYPES = List.of(SERVICE_USER, CARER, "Carer known by association");

  /** CLD guidance, Event Outcome (the specification's defined list). */
  static final List<String> EVENT_OUTCOMES = List.of(
      "NFA - Moved to another LA",
      "NFA - 100% NHS funded care",
      "NFA - Self-funded client (inc. 12wk disregard)",
      "NFA - Support declined",
      "NFA - Information & Advice / Signposting only",
      "NFA - Deceased",
      "NFA - No services offered: Other reason",
      "NFA - Support ended: Other reason",
      // "NFA- Other", without a space before the hyphen, as the defined list writes it.
      "NFA- Other",
      "Progress to Reablement/ST-Max",
      "Progress to Assessment",
      "Admitted to hospital",
      "Progress to Re-assessment / Unplanned Review",
      "Progress to Support Planning / Services",
      "Progress to End of Life Care",
      "No change in package",
      "Service ended as planned",
      "Progress to financial assessment",
      "Provision of service");

  /** CLD guidance, Route of Access (requests only); checked against release 1 (docs/sources.md). */
  static final List<String> ROUTES_OF_ACCESS = List.of("Planned Entry (Transition)", "Discharge from Hospital",
      "Diversion from Hospital Services", "Community / Other route", "Prison", "Self-Funder",
      "Discharge from Reablement", "Transfer from Other LA");

  /**
   * CLD guidance, Assessment Type (mandatory for assessments): long term when eligibility under the Care Act is
   * determined, for an adult or a carer; short term for other assessments, proportionate and conversation-based
   * ones included; financial for a financial assessment. Checked against release 1 (docs/sources.md).
   */
  static final List<String> ASSESSMENT_TYPES = List.of("Long Term Assessment", "Short Term Assessment",
      "Financial Assessment");

  /** CLD guidance, Service Type. */
  static final List<String> SERVICE_TYPES = List.of(
      "Long Term Support: Nursing Care",
      "Long Term Support: Residential Care",
      "Long Term Support: Community",
      "Long Term Support: Prison",
      "Short Term Support: ST-Max",
      "Short Term Support: Ongoing Low Level",
      "Short Term Support: Other Short Term",
      "Carer Support: Direct to Carer",
      "Carer Support: Support involving the person cared-for");

  /** CLD guidance, Delivery Mechanism ("Self-Funder Metering Only" is not to be used before charging reform). */
  static final List<String> DELIVERY_MECHANISMS = List.of("Direct Payment", "CASSR Managed Personal Budget",
      "CASSR Commissioned Support");

  /**
   * CLD guidance, Review Reason (SALT's "significant event", renamed): planned, or unplanned with its cause, each
   * written as the defined list writes it; a carer's review defaults to planned. Checked against release 1
   * (docs/sources.md).
   */
  static final String PLANNED = "Planned";
  static final String UNPLANNED_CARER_RELATED = "Unplanned - Carer related";
  static final String UNPLANNED_OTHER_REASON = "Unplanned - Other Reason";
  static final List<String> REVIEW_REASONS = List.of(PLANNED, "Unplanned - Hospital (Planned and unplanned episodes)",
      UNPLANNED_CARER_RELATED, "Unplanned - Safeguarding concern", UNPLANNED_OTHER_REASON,
      "Unplanned - Provider Failure", "Unplanned - Change in Commissioning arrangements");

  /**
   * CLD guidance, Method of Review: whose review it was, the service user's, the carer's or a joint one; mandatory
   * for every review (DHSC's data quality checks of submitted returns). Checked against release 1 (docs/sources.md).
   */
  static final List<String> METHODS_OF_REVIEW = List.of("Carer only", "Service user only", "Service user and carer");

  static final List<String> YES_NO = List.of("Yes", "No");

  /** CLD's words for a carer's own events: a carer's primary support reason is support to them as a carer. */
  public static final String SUPPORT_TO_CARER = "Social Support: Support to Carer";

  /**
   * CLD guidance, Primary Support Reason: the defined list, in its own words ("&", "Isolation/Other"), with support
   * to a carer, and "Unknown" while no reason is determined (a request, say).
   */
  static final List<String> PRIMARY_SUPPORT_REASONS = List.of(
      "Physical Support: Access & mobility only",
      "Physical Support: Personal care support",
      "Sensory Support: Support for visual impairment",
      "Sensory Support: Support for hearing impairment",
      "Sensory Support: Support for dual impairment",
      "Support with Memory & Cognition",
      "Learning Disability Support",
      "Mental Health Support",
      "Social Support: Substance misuse support",
      "Social Support: Asylum seeker support",
      "Social Support: Support for Social Isolation/Other",
      SUPPORT_TO_CARER,
      "Unknown");

  /** When a field must have a value: always, or for rows of one event type. */
  enum Required { ALWAYS, OPTIONAL, REQUEST, ASSESSMENT, SERVICE, REVIEW, NOT_SERVICE }

  /** One data item: its name, when it is mandatory, and its code list (empty for free values). */
  record Field(String name, Required required, List<String> codes, String onlyFor) {
  }

  /** The columns of an extract, in order. */
  static final List<Field> FIELDS = List.of(
      new Field(LA_CODE, Required.ALWAYS, List.of(), null),
      new Field(PERIOD_START, Required.ALWAYS, List.of(), null),
      new Field(PERIOD_END, Required.ALWAYS, List.of(), null),
      new Field(PERSON_ID, Required.ALWAYS, List.of(), null),
      new Field(NHS_NUMBER, Required.OPTIONAL, List.of(), null),
      new Field(DATE_OF_BIRTH, Required.ALWAYS, List.of(), null),
      new Field(GENDER, Required.ALWAYS, codes(NationalCodes.StatedGender.class), null),
      new Field(ETHNICITY, Required.ALWAYS, codes(NationalCodes.EthnicCategory.class), null),
      new Field(POSTCODE, Required.OPTIONAL, List.of(), null),
      new Field(CLIENT_TYPE, Required.ALWAYS, CLIENT_TYPES, null),
      new Field(PRIMARY_SUPPORT_REASON, Required.ALWAYS, PRIMARY_SUPPORT_REASONS, null),
      new Field(EVENT_TYPE, Required.ALWAYS, EVENT_TYPES, null),
      new Field(EVENT_REFERENCE, Required.ALWAYS, List.of(), null),
      new Field(EVENT_DESCRIPTION, Required.OPTIONAL, List.of(), null),
      new Field(EVENT_START, Required.ALWAYS, List.of(), null),
      // Only a service may still be open at the end of the period (CLD guidance, Events).
      new Field(EVENT_END, Required.NOT_SERVICE, List.of(), null),
      new Field(EVENT_OUTCOME, Required.ALWAYS, EVENT_OUTCOMES, null),
      new Field(ROUTE_OF_ACCESS, Required.REQUEST, ROUTES_OF_ACCESS, REQUEST),
      new Field(ASSESSMENT_TYPE, Required.ASSESSMENT, ASSESSMENT_TYPES, ASSESSMENT),
      new Field(ELIGIBLE_NEEDS, Required.OPTIONAL, YES_NO, ASSESSMENT),
      new Field(SERVICE_TYPE, Required.SERVICE, SERVICE_TYPES, SERVICE),
      new Field(DELIVERY_MECHANISM, Required.SERVICE, DELIVERY_MECHANISMS, SERVICE),
      new Field(REVIEW_REASON, Required.REVIEW, REVIEW_REASONS, REVIEW),
      new Field(METHOD_OF_REVIEW, Required.REVIEW, METHODS_OF_REVIEW, REVIEW),
      new Field(LINKED_PERSON_ID, Required.OPTIONAL, List.of(), null));

  /** The names of the columns, in order. */
  public static final List<String> COLUMNS = FIELDS.stream().map(Field::name).toList();

  private static final Pattern LA_CODE_SHAPE = Pattern.compile("\\d{3}");
  private static final Pattern NHS_NUMBER_SHAPE = Pattern.compile("\\d{10}");

  /** What is wrong with one field of one row (rows counted from 1, the header not counted). */
  public record Problem(int row, String field, String problem) {

    public String message() {
      return "row " + row + ", " + field + ": " + problem;
    }
  }

  private ClientLevelDataSpecification() {
  }

  /** Every problem of the rows: a mandatory field empty, a value not on its list, dates out of order. */
  public static List<Problem> check(List<String> header, List<Map<String, String>> rows) {
    List<Problem> problems = new ArrayList<>();
    for (String column : COLUMNS) {
      if (!header.contains(column)) {
        problems.add(new Problem(0, column, "is missing from the header"));
      }
    }
    for (String column : header) {
      if (!COLUMNS.contains(column)) {
        problems.add(new Problem(0, column, "is not a field of the specification"));
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      checkRow(i + 1, rows.get(i), problems);
    }
    return problems;
  }

  private static void checkRow(int n, Map<String, String> row, List<Problem> problems) {
    String type = value(row, EVENT_TYPE);
    for (Field field : FIELDS) {
      String value = value(row, field.name());
      if (value == null) {
        if (mandatory(field.required(), type)) {
          problems.add(new Problem(n, field.name(), "is mandatory" + (field.required() == Required.ALWAYS
              ? "" : " for " + (type == null ? "this event" : article(type) + " event"))));
        }
        continue;
      }
      if (field.onlyFor() != null && type != null && !field.onlyFor().equals(type)) {
        problems.add(new Problem(n, field.name(), "is for " + field.onlyFor().toLowerCase()
            + " events only, not " + article(type)));
      } else if (!field.codes().isEmpty() && !field.codes().contains(value)) {
        problems.add(new Problem(n, field.name(), "\"" + value + "\" is not on its list"));
      }
    }
    String laCode = value(row, LA_CODE);
    if (laCode != null && !LA_CODE_SHAPE.matcher(laCode).matches()) {
      problems.add(new Problem(n, LA_CODE, "must be the council's three-digit code"));
    }
    String nhs = value(row, NHS_NUMBER);
    if (nhs != null && !NHS_NUMBER_SHAPE.matcher(nhs).matches()) {
      problems.add(new Problem(n, NHS_NUMBER, "must be ten digits"));
    }
    LocalDate periodStart = date(n, row, PERIOD_START, problems);
    LocalDate periodEnd = date(n, row, PERIOD_END, problems);
    LocalDate born = date(n, row, DATE_OF_BIRTH, problems);
    LocalDate start = date(n, row, EVENT_START, problems);
    LocalDate end = date(n, row, EVENT_END, problems);
    if (periodStart != null && periodEnd != null && periodEnd.isBefore(periodStart)) {
      problems.add(new Problem(n, PERIOD_END, "is before the start of the reporting period"));
    }
    if (start != null && end != null && end.isBefore(start)) {
      problems.add(new Problem(n, EVENT_END, "is before the event's start"));
    }
    if (born != null && start != null && start.isBefore(born)) {
      problems.add(new Problem(n, EVENT_START, "is before the person was born"));
    }
    if (periodStart == null || periodEnd == null) {
      return;
    }
    // Requests, assessments and reviews are reported when completed in the period; services while active in it.
    if (SERVICE.equals(type)) {
      if (start != null && start.isAfter(periodEnd)) {
        problems.add(new Problem(n, EVENT_START, "is after the reporting period: the service was not active in it"));
      }
      if (end != null && end.isBefore(periodStart)) {
        problems.add(new Problem(n, EVENT_END, "is before the reporting period: the service was not active in it"));
      }
    } else if (end != null && (end.isBefore(periodStart) || end.isAfter(periodEnd))) {
      problems.add(new Problem(n, EVENT_END, "is outside the reporting period"));
    }
  }

  private static boolean mandatory(Required required, String type) {
    return switch (required) {
      case ALWAYS -> true;
      case OPTIONAL -> false;
      case NOT_SERVICE -> type != null && !SERVICE.equals(type);
      case REQUEST -> REQUEST.equals(type);
      case ASSESSMENT -> ASSESSMENT.equals(type);
      case SERVICE -> SERVICE.equals(type);
      case REVIEW -> REVIEW.equals(type);
    };
  }

  private static String article(String type) {
    String word = type.toLowerCase();
    return (word.startsWith("a") ? "an " : "a ") + word;
  }

  private static LocalDate date(int n, Map<String, String> row, String field, List<Problem> problems) {
    String value = value(row, field);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problems.add(new Problem(n, field, "must be a date written year-month-day, like 2025-04-01"));
      return null;
    }
  }

  private static String value(Map<String, String> row, String field) {
    String value = row.get(field);
    return value == null || value.isBlank() ? null : value;
  }

  private static <E extends Enum<E> & NationalCodes.Coded> List<String> codes(Class<E> list) {
    return Arrays.stream(list.getEnumConstants()).map(NationalCodes.Coded::code).toList();
  }

  /** The record's primary support reason in CLD's words; "Unknown" when none is recorded. */
  public static String primarySupportReason(NationalCodes.PrimarySupportReason reason) {
    if (reason == null) {
      return "Unknown";
    }
    return switch (reason) {
      case ACCESS_AND_MOBILITY_ONLY -> PRIMARY_SUPPORT_REASONS.get(0);
      case PERSONAL_CARE_SUPPORT -> PRIMARY_SUPPORT_REASONS.get(1);
      case VISUAL_IMPAIRMENT -> PRIMARY_SUPPORT_REASONS.get(2);
      case HEARING_IMPAIRMENT -> PRIMARY_SUPPORT_REASONS.get(3);
      case DUAL_IMPAIRMENT -> PRIMARY_SUPPORT_REASONS.get(4);
      case MEMORY_AND_COGNITION -> PRIMARY_SUPPORT_REASONS.get(5);
      case LEARNING_DISABILITY -> PRIMARY_SUPPORT_REASONS.get(6);
      case MENTAL_HEALTH -> PRIMARY_SUPPORT_REASONS.get(7);
      case SUBSTANCE_MISUSE -> PRIMARY_SUPPORT_REASONS.get(8);
      case ASYLUM_SEEKER -> PRIMARY_SUPPORT_REASONS.get(9);
      case SOCIAL_ISOLATION_OR_OTHER -> PRIMARY_SUPPORT_REASONS.get(10);
    };
  }
}
