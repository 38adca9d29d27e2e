package org.letstalk.team;

/**
 * What the council relies on one team for besides its own cases. Without a team for a duty its work waits in the
 * role's queue, as before teams owned cases.
 */
public enum TeamDuty {
  /** Its queue holds the contacts of whoever is in no team, and those from other systems. */
  FRONT_DOOR,
  /** Its queue holds a carer offered a conversation of their own until a worker of the centre takes them on. */
  CARERS_CENTRE,
  /** Its queue holds the work of a worker in no team, and its managers are told so the worker is put in a team. */
  DEFAULT_TEAM
}
