package org.letstalk.authorisation;

import org.letstalk.identity.Groups;

/** Who authorises, lowest first; the table processes/authorisation-level.dmn picks one. */
public enum AuthorisationLevel {
  TEAM_MANAGER(Groups.TEAM_MANAGERS),
  SERVICE_MANAGER(Groups.SERVICE_MANAGERS),
  PANEL(Groups.FUNDING_PANEL);

  private final String group;

  AuthorisationLevel(String group) {
    this.group = group;
  }

  public String group() {
    return group;
  }

  /** Where an undecided request goes next; the panel is the last level. */
  AuthorisationLevel next() {
    return this == PANEL ? PANEL : values()[ordinal() + 1];
  }
}
