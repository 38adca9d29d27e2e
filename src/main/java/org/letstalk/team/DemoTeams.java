package org.letstalk.team;

import java.util.List;
import org.letstalk.identity.DemoProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, the council's teams with the demo users: the front door, two localities, the hospital team and the
 * carers' centre. The senior practitioner works in North and in the hospital; each manager runs teams of their own,
 * so the audit has cases from another team to pick.
 */
@Component
class DemoTeams {

  record DemoTeam(String name, String manager, String serviceManager, List<String> members) {
  }

  static final List<DemoTeam> SHIPPED = List.of(
      new DemoTeam("Front door (demo)", "teammanager2", "servicemanager", List.of("frontdoor")),
      new DemoTeam("North locality (demo)", "teammanager", "servicemanager", List.of("practitioner", "senior")),
      new DemoTeam("South locality (demo)", "teammanager2", null, List.of("practitioner2")),
      new DemoTeam("Hospital (demo)", "teammanager", "servicemanager", List.of("hospital", "senior")),
      new DemoTeam("Carers' centre (demo)", "teammanager2", null, List.of("carers")));

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
    for (DemoTeam shipped : SHIPPED) {
      Team team = teams.defineTeam(shipped.name(), shipped.manager(), shipped.serviceManager());
      shipped.members().forEach(member -> teams.addMember(team.getId(), member));
      // Earlier demos put other users in these teams.
      teams.membersOf(team.getId()).stream().filter(member -> !shipped.members().contains(member))
          .forEach(member -> teams.removeMember(team.getId(), member));
    }
  }
}
