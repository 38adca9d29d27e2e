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
 * so the audit has cases from another team to pick, and deputises in the other locality, so a locality's requests
 * always have a second manager who did not ask for them (four-eyes).
 */
@Component
class DemoTeams {

  /** A team: its manager, the service manager above it, its members and a deputy who manages it too. */
  record DemoTeam(String name, String manager, String serviceManager, List<String> members, String deputy) {
  }

  static final List<DemoTeam> SHIPPED = List.of(
      new DemoTeam("Front door (demo)", "teammanager2", "servicemanager", List.of("frontdoor"), null),
      new DemoTeam("North locality (demo)", "teammanager", "servicemanager", List.of("practitioner", "senior"),
          "teammanager2"),
      new DemoTeam("South locality (demo)", "teammanager2", null, List.of("practitioner2"), "teammanager"),
      new DemoTeam("Hospital (demo)", "teammanager", "servicemanager", List.of("hospital", "senior"), null),
      new DemoTeam("Carers' centre (demo)", "teammanager2", null, List.of("carers"), null));

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
      if (shipped.deputy() != null) {
        teams.addMember(team.getId(), shipped.deputy(), true);
      }
      // Earlier demos put other users in these teams.
      teams.membersOf(team.getId()).stream()
          .filter(member -> !shipped.members().contains(member) && !member.equals(shipped.deputy()))
          .forEach(member -> teams.removeMember(team.getId(), member));
    }
  }
}
