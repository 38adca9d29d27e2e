package org.letstalk.team;

import java.util.List;
import org.letstalk.identity.DemoProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, the council's teams with the demo users: the front door, two localities (North is the default team,
 * which holds the work of a worker in no team), the hospital team and the carers' centre. The senior practitioner
 * works in North and in the hospital; each manager runs teams of their own, so the audit has cases from another team
 * to pick, and deputises in the other locality, so a locality's requests always have a second manager who did not
 * ask for them (four-eyes).
 */
@Component
class DemoTeams {

  /** A team: its manager, the service manager above it, its members, a deputy who manages it too, its duties. */
  record DemoTeam(String name, String manager, String serviceManager, List<String> members, String deputy,
      List<TeamDuty> duties) {
  }

  static final List<DemoTeam> SHIPPED = List.of(
      new DemoTeam("Front door (demo)", "teammanager2", "servicemanager", List.of("frontdoor"), null,
          List.of(TeamDuty.FRONT_DOOR)),
      new DemoTeam("North locality (demo)", "teammanager", "servicemanager", List.of("practitioner", "senior"),
          "teammanager2", List.of(TeamDuty.DEFAULT_TEAM)),
      new DemoTeam("South locality (demo)", "teammanager2", null, List.of("practitioner2"), "teammanager",
          List.of()),
      new DemoTeam("Hospital (demo)", "teammanager", "servicemanager", List.of("hospital", "senior"), null,
          List.of()),
      new DemoTeam("Carers' centre (demo)", "teammanager2", null, List.of("carers"), null,
          List.of(TeamDuty.CARERS_CENTRE)));

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
      shipped.duties().forEach(duty -> teams.giveDuty(duty, team.getId(), "demo"));
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
