package org.letstalk.involvement.flow;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.letstalk.identity.Groups;
import org.letstalk.identity.Workers;
import org.letstalk.involvement.CaseTransfer;
import org.letstalk.involvement.CaseTransferRepository;
import org.letstalk.involvement.CaseTransferred;
import org.letstalk.involvement.Involvement;
import org.letstalk.involvement.Involvements;
import org.letstalk.plan.SupportPlans;
import org.letstalk.team.Team;
import org.letstalk.team.Teams;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.validation.InputRejectedException.Problem;
import org.letstalk.validation.NoSuchRecordException;
import org.letstalk.workflow.ProcessVariables;
import org.letstalk.workflow.Workflow;
import org.letstalk.workflow.Workflow.CaseWorkMove;
import org.letstalk.workflow.Workflow.CaseWorkMoved;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team manager moves a case to another team and worker, with a reason. In one transaction, engine and records
 * together: the case's allocation, every open task of the case (its queue and, where the old worker held it, its
 * assignee), every running process's queue and worker (so each review and check-in still to come goes to the new
 * ones), the plans in force, and the transfer itself for the chronology. Anything failing part-way leaves it all as
 * it was. {@link CaseTransferred} tells whoever listens (the new worker's notice).
 */
@Service
public class CaseTransfers {

  /** Variables a model chooses a queue by, and those it names the worker by. */
  static final Set<String> QUEUE_VARIABLES = Set.of(ProcessVariables.CONVERSATION_TEAM, "team", "letsTalk2Team",
      "assessmentTeam");
  static final Set<String> WORKER_VARIABLES = Set.of(ProcessVariables.CONVERSATION_ASSIGNEE, "conversationHeldBy",
      "allocatedWorker", "letsTalk2Assignee");
  static final Set<String> MANAGER_VARIABLES = Set.of("caseTeamManagers", "authorisationGroup");

  /** What the manager asks: the team, the worker in it, and why. */
  public record Transfer(UUID toTeamId, String toWorker, String reason) {
  }

  private final Involvements involvements;
  private final CaseTransferRepository transfers;
  private final Teams teams;
  private final Workers workers;
  private final SupportPlans plans;
  private final Workflow workflow;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public CaseTransfers(Involvements involvements, CaseTransferRepository transfers, Teams teams, Workers workers,
      SupportPlans plans, Workflow workflow, ApplicationEventPublisher events, Clock clock) {
    this.involvements = involvements;
    this.transfers = transfers;
    this.teams = teams;
    this.workers = workers;
    this.plans = plans;
    this.workflow = workflow;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public CaseTransfer transfer(UUID personId, Transfer transfer, String by) {
    Involvement involvement = involvements.openFor(personId)
        .orElseThrow(() -> new NoSuchRecordException("this person has no open case to transfer"));
    Optional<Team> to = check(involvement, transfer);
    UUID fromTeamId = involvement.getAllocatedTeamId();
    String fromWorker = involvement.getAllocatedWorker();
    Optional<Team> from = teams.find(fromTeamId);
    Team team = to.orElseThrow();

    involvements.reallocate(involvement.getId(), team.getId(), transfer.toWorker());
    plans.reallocate(personId, team.getGroupId(), transfer.toWorker());
    CaseWorkMoved moved = workflow.moveCaseWork(personId.toString(), new CaseWorkMove(queues(from, team),
        from.map(f -> Set.of(f.getGroupId(), f.getManagersGroupId())).orElse(Set.of()), fromWorker,
        transfer.toWorker(), queueVariables(), WORKER_VARIABLES));
    CaseTransfer saved = transfers.saveAndFlush(CaseTransfer.of(involvement, fromTeamId, fromWorker,
        transfer.reason(), by, clock.instant(), moved.tasks(), moved.processes()));
    events.publishEvent(new CaseTransferred(personId, involvement.getId(), fromTeamId, fromWorker, team.getId(),
        transfer.toWorker(), transfer.reason(), by, saved.getTransferredAt()));
    return saved;
  }

  /** Every problem with the request at once; the team when there is none. */
  private Optional<Team> check(Involvement involvement, Transfer transfer) {
    List<Problem> problems = new ArrayList<>();
    Optional<Team> to = teams.find(transfer.toTeamId());
    if (transfer.toTeamId() == null) {
      problems.add(new Problem("toTeamId", "is required"));
    } else if (to.isEmpty()) {
      problems.add(new Problem("toTeamId", "is not a team"));
    }
    if (transfer.toWorker() == null) {
      problems.add(new Problem("toWorker", "is required"));
    } else if (!workers.exists(transfer.toWorker())) {
      problems.add(new Problem("toWorker", "is not a known user"));
    } else if (to.isPresent() && !teams.membersOf(to.get().getId()).contains(transfer.toWorker())) {
      problems.add(new Problem("toWorker", "is not a member of " + to.get().getName()));
    }
    if (transfer.reason() == null) {
      problems.add(new Problem("reason", "is required"));
    }
    if (problems.isEmpty() && to.get().getId().equals(involvement.getAllocatedTeamId())
        && transfer.toWorker().equals(involvement.getAllocatedWorker())) {
      problems.add(new Problem("toWorker", "already holds this case in that team"));
    }
    if (!problems.isEmpty()) {
      throw new InputRejectedException(problems);
    }
    return to;
  }

  /**
   * The old team's queue and its managers' queue become the new team's; a case of before teams owned cases moves from
   * the roles' queues it was in (only on the tasks that took their queue from the case).
   */
  private static Map<String, String> queues(Optional<Team> from, Team to) {
    Map<String, String> queues = new HashMap<>();
    from.ifPresent(team -> {
      queues.put(team.getGroupId(), to.getGroupId());
      queues.put(team.getManagersGroupId(), to.getManagersGroupId());
    });
    if (from.isEmpty()) {
      Groups.CONVERSATION_TEAMS.forEach(role -> queues.put(role, to.getGroupId()));
    }
    return queues;
  }

  private static Set<String> queueVariables() {
    Set<String> names = new LinkedHashSet<>(QUEUE_VARIABLES);
    names.addAll(MANAGER_VARIABLES);
    return names;
  }
}
