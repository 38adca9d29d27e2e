package org.letstalk.team;

import static org.letstalk.web.FieldMessages.REQUIRED;
import static org.letstalk.web.FieldMessages.TOO_LONG;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.letstalk.identity.Groups;
import org.letstalk.security.AuthenticatedUser;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.validation.NotAllowedException;
import org.letstalk.web.ApiRequest;
import org.letstalk.web.Text;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Teams and their members are edited here, and only here, by service managers and process owners (add, remove, move;
 * a worker may be in several teams); everyone signed in may read them.
 */
@RestController
@RequestMapping("/api/teams")
class TeamController {

  private final Teams teams;

  TeamController(Teams teams) {
    this.teams = teams;
  }

  /** A team: its name, its team manager and the service manager above it. */
  @ApiRequest("a team")
  record TeamDefinition(
      @NotBlank(message = REQUIRED) @Size(max = 100, message = TOO_LONG) String name,
      @NotBlank(message = REQUIRED) @Size(max = 100, message = TOO_LONG) String managerUserId,
      @Size(max = 100, message = TOO_LONG) String serviceManagerUserId) {

    TeamDefinition {
      name = Text.tidy(name);
      managerUserId = Text.tidy(managerUserId);
      serviceManagerUserId = Text.tidy(serviceManagerUserId);
    }
  }

  /** A worker joining the team, staying in any other team they are in; {@code manages}: they manage it too. */
  @ApiRequest("a team member")
  record NewMember(@NotBlank(message = REQUIRED) @Size(max = 100, message = TOO_LONG) String workerUserId,
      Boolean manages) {

    NewMember {
      workerUserId = Text.tidy(workerUserId);
    }
  }

  /** A worker moving from this team to another. */
  @ApiRequest("a move to another team")
  record Move(@NotNull(message = REQUIRED) UUID toTeamId) {
  }

  /**
   * A team: {@code groupId} is its queue in Tasklist, {@code managersGroupId} the queue of the requests its managers
   * decide; {@code duties}, what the council relies on it for besides its own cases ({@link TeamDuty}).
   */
  record TeamView(UUID id, String name, String groupId, String managersGroupId, String managerUserId,
      String serviceManagerUserId, List<String> managers, List<String> members, List<TeamDuty> duties) {
  }

  @GetMapping
  List<TeamView> list() {
    return teams.all().stream().map(this::view).toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  TeamView define(HttpServletRequest request, @Valid @RequestBody TeamDefinition body) {
    requireEditor(request);
    return view(teams.defineTeam(body.name(), body.managerUserId(), body.serviceManagerUserId()));
  }

  @PostMapping("/{teamId}/members")
  TeamView addMember(HttpServletRequest request, @PathVariable UUID teamId, @Valid @RequestBody NewMember body) {
    requireEditor(request);
    teams.addMember(teamId, body.workerUserId(), Boolean.TRUE.equals(body.manages()));
    return view(teamId);
  }

  @DeleteMapping("/{teamId}/members/{workerUserId}")
  TeamView removeMember(HttpServletRequest request, @PathVariable UUID teamId, @PathVariable String workerUserId) {
    requireEditor(request);
    teams.removeMember(teamId, workerUserId);
    return view(teamId);
  }

  @PostMapping("/{teamId}/members/{workerUserId}/move")
  TeamView moveMember(HttpServletRequest request, @PathVariable UUID teamId, @PathVariable String workerUserId,
      @Valid @RequestBody Move body) {
    requireEditor(request);
    teams.moveMember(teamId, body.toTeamId(), workerUserId);
    return view(body.toTeamId());
  }

  /**
   * Gives the team a duty (FRONT_DOOR, CARERS_CENTRE or DEFAULT_TEAM), taking it from the team that had it: one team
   * holds each.
   */
  @PutMapping("/{teamId}/duties/{duty}")
  TeamView giveDuty(HttpServletRequest request, @PathVariable UUID teamId, @PathVariable String duty) {
    AuthenticatedUser user = requireEditor(request);
    TeamDuty known = java.util.Arrays.stream(TeamDuty.values()).filter(d -> d.name().equals(duty)).findFirst()
        .orElseThrow(() -> new InputRejectedException("duty", "is not a duty a team can hold: the front door"
            + " (FRONT_DOOR), the carers' centre (CARERS_CENTRE) or the default team (DEFAULT_TEAM)"));
    teams.giveDuty(known, teamId, user.id());
    return view(teamId);
  }

  private TeamView view(UUID teamId) {
    return teams.find(teamId).map(this::view).orElseThrow();
  }

  private static AuthenticatedUser requireEditor(HttpServletRequest request) {
    AuthenticatedUser user = (AuthenticatedUser) request.getAttribute(AuthenticatedUser.ATTRIBUTE);
    if (!user.isIn(Groups.SERVICE_MANAGERS) && !user.isIn(Groups.PROCESS_OWNERS)) {
      throw new NotAllowedException(user.id() + " may not edit teams");
    }
    return user;
  }

  private TeamView view(Team team) {
    return new TeamView(team.getId(), team.getName(), team.getGroupId(), team.getManagersGroupId(),
        team.getManagerUserId(), team.getServiceManagerUserId(), teams.managersOf(team.getId()),
        teams.membersOf(team.getId()), teams.dutiesOf(team.getId()));
  }
}
