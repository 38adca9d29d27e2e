package org.letstalk.authorisation;

/**
 * Who authorises, lowest first. The table authorisation-level in processes/authorisation-level.dmn picks one for a
 * request, and the table authorisation-group beside it names the group that decides at each level.
 */
public enum AuthorisationLevel {
  TEAM_MANAGER,
  SERVICE_MANAGER,
  PANEL;

  /** Where an undecided request goes next; the panel is the last level. */
  AuthorisationLevel next() {
    return this == PANEL ? PANEL : values()[ordinal() + 1];
  }
}
