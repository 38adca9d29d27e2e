package org.letstalk.team;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.letstalk.identity.Groups;
import org.letstalk.security.AuthenticatedUser;
import org.letstalk.validation.FormInput;
import org.letstalk.validation.NotAllowedException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Teams are edited here by service managers and process owners; everyone signed in may read them. */
@RestController
@RequestMapping("/api/teams")
class TeamController {

  private final Teams teams;

  TeamController(Teams teams) {
    this.teams = teams;
  }

  @GetMapping
  List<Map<String, Object>> list() {
    return teams.all().stream().map(this::view).toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> define(HttpServletRequest request,
      @RequestBody Map<String, Object> body) {
    AuthenticatedUser user = (AuthenticatedUser) request.getAttribute(AuthenticatedUser.ATTRIBUTE);
    requireEditor(user);
    FormInput in = FormInput.of(body);
    Team team = teams.defineTeam(in.requiredText("name", 100), in.requiredText("managerUserId", 100),
        in.optionalText("serviceManagerUserId", 100));
    return view(team);
  }

  @PostMapping("/{teamId}/members")
  Map<String, Object> addMember(HttpServletRequest request,
      @PathVariable UUID teamId, @RequestBody Map<String, Object> body) {
    AuthenticatedUser user = (AuthenticatedUser) request.getAttribute(AuthenticatedUser.ATTRIBUTE);
    requireEditor(user);
    teams.addMember(teamId, FormInput.of(body).requiredText("workerUserId", 100));
    return teams.all().stream().filter(t -> t.getId().equals(teamId)).findFirst().map(this::view).orElseThrow();
  }

  private static void requireEditor(AuthenticatedUser user) {
    if (!user.isIn(Groups.SERVICE_MANAGERS) && !user.isIn(Groups.PROCESS_OWNERS)) {
      throw new NotAllowedException(user.id() + " may not edit teams");
    }
  }

  private Map<String, Object> view(Team team) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", team.getId());
    view.put("name", team.getName());
    view.put("managerUserId", team.getManagerUserId());
    view.put("serviceManagerUserId", team.getServiceManagerUserId());
    view.put("members", teams.membersOf(team.getId()));
    return view;
  }
}
