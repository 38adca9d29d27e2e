package org.letstalk.involvement;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.letstalk.plan.SupportPlans;
import org.letstalk.team.CaseTeams;
import org.letstalk.validation.ConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's case: opened by the first episode of the involvement process, joined by every later one (a further
 * contact, a review's reassessment, a carer's breakdown, a safeguarding route to Let's Talk 2) whatever its stage,
 * and closed only when no plan of the person's is in force. One open case per person: the schema's unique key
 * (involvement_open_person_unique) refuses a second, and this service answers that with a conflict naming the
 * case that is open.
 */
@Service
@Transactional
public class Involvements implements CaseTeams {

  private final InvolvementRepository involvements;
  private final InvolvementEpisodeRepository episodes;
  private final OpenCases openCases;
  private final SupportPlans plans;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public Involvements(InvolvementRepository involvements, InvolvementEpisodeRepository episodes, OpenCases openCases,
      SupportPlans plans, Clock clock, ApplicationEventPublisher events) {
    this.involvements = involvements;
    this.episodes = episodes;
    this.openCases = openCases;
    this.plans = plans;
    this.clock = clock;
    this.events = events;
  }

  /**
   * The person's case for this episode: the one this episode already opened or joined (a retried step), the
   * one open for the person, or a new one. An {@code exclusive} episode (the involvement process) is the only one
   * of its kind under way in the case; a carer's conversation runs beside it.
   */
  public Involvement open(String processInstanceId, UUID personId, UUID contactId, boolean exclusive) {
    return open(processInstanceId, personId, contactId, exclusive, null, null);
  }

  /**
   * As {@link #open(String, UUID, UUID, boolean)}, allocating a new case to the team and worker the contact chose; a
   * case already open keeps its allocation (a transfer changes it), unless it had none.
   */
  public Involvement open(String processInstanceId, UUID personId, UUID contactId, boolean exclusive,
      UUID allocatedTeamId, String allocatedWorker) {
    Involvement opened = openEpisode(processInstanceId, personId, contactId, exclusive);
    if (!opened.isAllocated() && (allocatedTeamId != null || allocatedWorker != null)) {
      UUID teamBefore = opened.getAllocatedTeamId();
      String workerBefore = opened.getAllocatedWorker();
      opened.allocate(teamBefore == null ? allocatedTeamId : null, workerBefore == null ? allocatedWorker : null);
      if (!Objects.equals(teamBefore, opened.getAllocatedTeamId())
          || !Objects.equals(workerBefore, opened.getAllocatedWorker())) {
        events.publishEvent(new CaseAllocated(personId, opened.getId(), opened.getAllocatedTeamId(),
            opened.getAllocatedWorker(), clock.instant()));
      }
    }
    return opened;
  }

  private Involvement openEpisode(String processInstanceId, UUID personId, UUID contactId, boolean exclusive) {
    Optional<InvolvementEpisode> earlier = episodes.findByProcessInstanceId(processInstanceId);
    if (earlier.isPresent()) {
      return involvements.findById(earlier.get().getInvolvementId()).orElseThrow();
    }
    Involvement involvement = involvements.findByOpenPersonId(personId)
        .map(open -> exclusive ? join(open, processInstanceId) : open)
        .orElseGet(() -> create(processInstanceId, personId, contactId, exclusive));
    episodes.saveAndFlush(new InvolvementEpisode(processInstanceId, involvement.getId(), clock.instant()));
    return involvement;
  }

  private Involvement join(Involvement open, String processInstanceId) {
    if (open.runsAnotherEpisode(processInstanceId)) {
      throw alreadyOpen(open.getId());
    }
    open.episodeStarted(processInstanceId);
    try {
      involvements.flush();
    } catch (OptimisticLockingFailureException raced) {
      throw alreadyOpen(open.getId());
    }
    return open;
  }

  private Involvement create(String processInstanceId, UUID personId, UUID contactId, boolean exclusive) {
    try {
      return involvements.saveAndFlush(
          Involvement.open(processInstanceId, personId, contactId, exclusive, clock.instant()));
    } catch (DataIntegrityViolationException raced) {
      throw openCases.openFor(personId).map(Involvements::alreadyOpen).orElseThrow(() -> raced);
    }
  }

  private static ConflictException alreadyOpen(UUID involvementId) {
    return new ConflictException("this person's case is already open (involvement " + involvementId
        + ") and was being worked on at the same moment: nothing of yours was saved; send it again to add to"
        + " that case");
  }

  /** Let's Talk 3 put a plan in force: the case carries on in long-term support; this episode is over. */
  public Involvement beginLongTermSupport(UUID involvementId, String processInstanceId) {
    Involvement involvement = get(involvementId);
    involvement.beginLongTermSupport(clock.instant());
    involvement.episodeEnded(processInstanceId);
    return involvement;
  }

  /**
   * An authorised closure: the case closes, unless a plan of the person's is still in force, which only a review
   * ends [W ¶193], or another episode is under way in it; then only this episode ends and the case carries on.
   */
  public Involvement closeOrCarryOn(UUID involvementId, String reason, String processInstanceId) {
    Involvement involvement = get(involvementId);
    boolean planInForce = !plans.activeFor(involvement.getPersonId()).isEmpty();
    if (!planInForce && !involvement.runsAnotherEpisode(processInstanceId)) {
      involvement.close(reason, clock.instant());
    } else {
      if (planInForce) {
        involvement.beginLongTermSupport(clock.instant());
      }
      involvement.episodeEnded(processInstanceId);
    }
    return involvement;
  }

  /** The person died: their case closes whatever is in force or under way, which the death has ended. */
  public Optional<Involvement> closeOnDeath(UUID personId, String reason) {
    return involvements.findByOpenPersonId(personId).map(open -> {
      open.close(reason, clock.instant());
      return open;
    });
  }

  /** The case moves to another team and worker (a transfer); the caller moves its work in the same transaction. */
  public Involvement reallocate(UUID involvementId, UUID teamId, String worker) {
    Involvement involvement = get(involvementId);
    involvement.allocate(teamId, worker);
    return involvement;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<UUID> allocatedTeamOf(UUID personId) {
    return involvements.findByOpenPersonId(personId).map(Involvement::getAllocatedTeamId);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<String> allocatedWorkerOf(UUID personId) {
    return involvements.findByOpenPersonId(personId).map(Involvement::getAllocatedWorker);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<UUID> lastTeamOf(UUID personId) {
    return involvements.findByPersonIdOrderByStartedAt(personId).stream().map(Involvement::getAllocatedTeamId)
        .filter(Objects::nonNull).reduce((earlier, later) -> later);
  }

  @Transactional(readOnly = true)
  public Optional<Involvement> openFor(UUID personId) {
    return involvements.findByOpenPersonId(personId);
  }

  private Involvement get(UUID involvementId) {
    return involvements.findById(involvementId).orElseThrow();
  }
}
