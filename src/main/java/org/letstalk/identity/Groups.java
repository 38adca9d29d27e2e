package org.letstalk.identity;

import java.util.List;

/** The groups of DOMAIN.md ("Who uses it"); candidate groups in the models use these ids. */
public final class Groups {

  public static final String FRONT_DOOR = "front-door";
  public static final String PRACTITIONERS = "practitioners";
  public static final String SENIOR_PRACTITIONERS = "senior-practitioners";
  public static final String TEAM_MANAGERS = "team-managers";
  public static final String SERVICE_MANAGERS = "service-managers";
  public static final String SAFEGUARDING = "safeguarding";
  public static final String FUNDING_PANEL = "funding-panel";
  public static final String CARERS_CENTRE = "carers-centre";
  public static final String PROCESS_OWNERS = "process-owners";

  public static final List<String> ALL = List.of(FRONT_DOOR, PRACTITIONERS, SENIOR_PRACTITIONERS, TEAM_MANAGERS,
      SERVICE_MANAGERS, SAFEGUARDING, FUNDING_PANEL, CARERS_CENTRE, PROCESS_OWNERS);

  /** Teams whose members hold conversations with people. */
  public static final List<String> CONVERSATION_TEAMS = List.of(PRACTITIONERS, SENIOR_PRACTITIONERS, CARERS_CENTRE);

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
      case CARERS_CENTRE -> "Carers' centre";
      case PROCESS_OWNERS -> "Process owners";
      default -> groupId;
    };
  }
}
