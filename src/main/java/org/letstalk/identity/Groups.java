package org.letstalk.identity;

import java.util.List;

/**
 * Who uses Let's Talk, one group per role; candidate groups in the models use these ids. The front door takes
 * contacts; practitioners hold the conversations; senior practitioners approve a conversation that finds an adult at
 * risk [T 3.11]; team and service managers authorise closures, reassessment outcomes and funding [T 7.18 2.3b,
 * 4.3c, 2.5a] and service managers audit [T 6.8]; the safeguarding team decides s42 enquiries; the funding panel
 * decides funding above a service manager's limit (the council's own rule, not Coventry's advisory panel [C §4.2]),
 * and a head of service hears when the panel leaves a request undecided;
 * the carers' centre holds carers' conversations in their own right [T Part 4]; the finance team invoices the NHS
 * for funding to recover after a continuing health care decision; process owners edit the models.
 * A person may hold several groups, and still never approves their own request.
 */
public final class Groups {

  public static final String FRONT_DOOR = "front-door";
  public static final String PRACTITIONERS = "practitioners";
  public static final String SENIOR_PRACTITIONERS = "senior-practitioners";
  public static final String TEAM_MANAGERS = "team-managers";
  public static final String SERVICE_MANAGERS = "service-managers";
  public static final String SAFEGUARDING = "safeguarding";
  public static final String FUNDING_PANEL = "funding-panel";
  /** Above the panel: told once when the panel leaves a request undecided (the council's own rule). */
  public static final String HEADS_OF_SERVICE = "heads-of-service";
  public static final String CARERS_CENTRE = "carers-centre";
  /** Invoices the NHS for the council's funding to recover after a continuing health care decision [T 2.56]. */
  public static final String FINANCE = "finance";
  public static final String PROCESS_OWNERS = "process-owners";

  /** Reads the metrics (/actuator/prometheus): the operations team's monitoring, no casework and no tasks. */
  public static final String MONITORING = "monitoring";

  public static final List<String> ALL = List.of(FRONT_DOOR, PRACTITIONERS, SENIOR_PRACTITIONERS, TEAM_MANAGERS,
      SERVICE_MANAGERS, SAFEGUARDING, FUNDING_PANEL, HEADS_OF_SERVICE, CARERS_CENTRE, FINANCE, PROCESS_OWNERS);

  /** Groups whose work is people's cases; process owners change models and read no case. */
  public static final List<String> CASEWORK = ALL.stream().filter(group -> !group.equals(PROCESS_OWNERS)).toList();

  /** Teams whose members hold conversations with people. */
  public static final List<String> CONVERSATION_TEAMS = List.of(PRACTITIONERS, SENIOR_PRACTITIONERS, CARERS_CENTRE);

  /**
   * Roles that may take up a team's work from its queue: being in a team says whose work it is, the role what one may
   * do. The front door holds Let's Talk 1 and 2 where the council lets it; managers may pick up their team's work.
   */
  public static final List<String> TEAM_WORK = List.of(PRACTITIONERS, SENIOR_PRACTITIONERS, CARERS_CENTRE, FRONT_DOOR,
      TEAM_MANAGERS);

  /** Roles that may take up what waits in a team's managers' queue. */
  public static final List<String> MANAGING = List.of(TEAM_MANAGERS, SERVICE_MANAGERS);

  private Groups() {
  }

  public static String displayName(String groupId) {
    return switch (groupId) {
      case FRONT_DOOR -> "Front door (contact and screening)";
      case PRACTITIONERS -> "Practitioners";
      case SENIOR_PRACTITIONERS -> "Senior practitioners";
      case TEAM_MANAGERS -> "Team managers";
      case SERVICE_MANAGERS -> "Service managers";
      case SAFEGUARDING -> "Safeguarding adults team";
      case FUNDING_PANEL -> "Funding panel";
      case HEADS_OF_SERVICE -> "Heads of service";
      case CARERS_CENTRE -> "Carers' centre";
      case FINANCE -> "Finance";
      case PROCESS_OWNERS -> "Process owners";
      case MONITORING -> "Monitoring (reads the metrics)";
      default -> groupId;
    };
  }
}
