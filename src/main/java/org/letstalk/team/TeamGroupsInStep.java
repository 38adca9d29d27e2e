package org.letstalk.team;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On every start, each team's engine groups are made to hold exactly the team's members and managers: the teams table
 * is the one place members are kept, and a restore, a migration or a change made in the engine's Admin is undone.
 */
@Component
class TeamGroupsInStep {

  private final Teams teams;

  TeamGroupsInStep(Teams teams) {
    this.teams = teams;
  }

  // After IdentityBootstrap (the users), before the demo teams.
  @EventListener
  @Order(0)
  public void onReady(ApplicationReadyEvent event) {
    teams.keepAllInStep();
  }
}
