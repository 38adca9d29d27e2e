package org.letstalk.team;

import org.letstalk.identity.DemoProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** In demo mode, two teams of the demo users, so the audit has cases from another team to pick. */
@Component
class DemoTeams {

  private final Teams teams;
  private final DemoProperties demo;

  DemoTeams(Teams teams, DemoProperties demo) {
    this.teams = teams;
    this.demo = demo;
  }

  // After IdentityBootstrap has created the demo users.
  @EventListener
  @Order(Ordered.LOWEST_PRECEDENCE)
  public void onReady(ApplicationReadyEvent event) {
    if (!demo.enabled()) {
      return;
    }
    Team north = teams.defineTeam("North locality (demo)", "teammanager", "servicemanager");
    teams.addMember(north.getId(), "practitioner");
    teams.addMember(north.getId(), "senior");
    Team south = teams.defineTeam("South locality (demo)", "teammanager2", null);
    teams.addMember(south.getId(), "practitioner2");
    teams.addMember(south.getId(), "carers");
    teams.addMember(south.getId(), "frontdoor");
  }
}
