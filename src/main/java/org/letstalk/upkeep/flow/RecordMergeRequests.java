package org.letstalk.upkeep.flow;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.letstalk.identity.Groups;
import org.letstalk.involvement.Involvement;
import org.letstalk.involvement.Involvements;
import org.letstalk.person.Person;
import org.letstalk.person.PersonMerge;
import org.letstalk.person.PersonRepository;
import org.letstalk.person.RecordMerges;
import org.letstalk.record.RecordPolicy;
import org.letstalk.record.RecordUpkeep;
import org.letstalk.record.Viewer;
import org.letstalk.validation.ConflictException;
import org.letstalk.validation.FormInput;
import org.letstalk.validation.NoSuchRecordException;
import org.letstalk.validation.NotAllowedException;
import org.letstalk.workflow.ProcessVariables;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two records of one person: a practitioner proposes the merge, which starts record-merge, and a team manager
 * other than the proposer decides it there, from Tasklist or the API. The person's running work must all be on the
 * surviving record, so that no process is left naming the record merged away: the one open case, if any, survives.
 */
@Service
@Transactional
public class RecordMergeRequests {

  public static final String PROPOSE_MERGE = "PROPOSE_MERGE";
  public static final String DECIDE_MERGE = "DECIDE_MERGE";

  static final Set<String> MAY_DECIDE = Set.of(Groups.TEAM_MANAGERS);

  private final RecordMerges merges;
  private final PersonRepository people;
  private final Involvements involvements;
  private final RecordPolicy policy;
  private final Workflow workflow;

  public RecordMergeRequests(RecordMerges merges, PersonRepository people, Involvements involvements,
      RecordPolicy policy, Workflow workflow) {
    this.merges = merges;
    this.people = people;
    this.involvements = involvements;
    this.policy = policy;
    this.workflow = workflow;
  }

  public PersonMerge propose(UUID survivingId, Map<String, ?> values, Viewer viewer) {
    if (RecordUpkeep.PROPOSE_MERGE.stream().noneMatch(viewer::isIn)) {
      throw new NotAllowedException(viewer.userId() + " may not propose a merge");
    }
    Proposal proposal = FormInput.read(values, in -> new Proposal(
        in.optional(RecordMerges.DUPLICATE_PERSON_ID, 40, RecordMergeRequests::uuid),
        in.requiredText(RecordMerges.REASON, 1000)));
    if (proposal.duplicateId() == null) {
      throw new org.letstalk.validation.InputRejectedException(RecordMerges.DUPLICATE_PERSON_ID, "is required");
    }
    policy.require(survivingId, viewer, PROPOSE_MERGE);
    policy.require(proposal.duplicateId(), viewer, PROPOSE_MERGE);
    Person surviving = person(survivingId);
    Person duplicate = person(proposal.duplicateId());
    requireWorkOnTheSurvivor(surviving, duplicate);
    PersonMerge merge = merges.propose(survivingId, duplicate.getId(), proposal.reason(), viewer.userId());
    Map<String, Object> variables = new HashMap<>();
    variables.put(MergeVariables.MERGE_ID, merge.getId().toString());
    variables.put(ProcessVariables.PERSON_ID, survivingId.toString());
    variables.put(ProcessVariables.PERSON_NAME, surviving.getFullName());
    variables.put(MergeVariables.PERSON_RECORD, "/people/" + survivingId);
    variables.put(MergeVariables.DUPLICATE_NAME, duplicate.getFullName());
    variables.put(MergeVariables.DUPLICATE_RECORD, "/people/" + duplicate.getId());
    variables.put(MergeVariables.REASON, merge.getReason());
    variables.put(MergeVariables.PROPOSED_BY, viewer.userId());
    merges.awaitDecisionIn(merge.getId(), workflow.onTheCouncilsBehalf(
        () -> workflow.startByMessage(MergeVariables.PROPOSED, merge.getId().toString(), variables)));
    return merge;
  }

  /** A team manager's decision, through the open task of the merge's process. */
  public PersonMerge decide(UUID survivingId, UUID mergeId, Map<String, ?> values, Viewer manager) {
    PersonMerge merge = merges.undecided(mergeId);
    if (!merge.getSurvivingPersonId().equals(survivingId)) {
      throw new NoSuchRecordException("no merge " + mergeId + " into " + survivingId);
    }
    requireMayDecide(merge, manager);
    Workflow.OpenTask task = workflow.openTasks(merge.getProcessInstanceId()).stream().findFirst()
        .orElseThrow(() -> new NotAllowedException(manager.userId() + " may not decide this merge"));
    Map<String, Object> variables = new HashMap<>();
    values.forEach((key, value) -> {
      if (key.equals(MergeVariables.APPROVE) || key.equals(MergeVariables.DECISION_REASON)) {
        variables.put(key, value);
      }
    });
    workflow.complete(task.id(), variables);
    return merges.merge(mergeId);
  }

  /** Called by the decision step: four-eyes, the checks again, then the merge (or the refusal) recorded. */
  PersonMerge record(UUID mergeId, Map<String, ?> values, Viewer manager) {
    PersonMerge merge = merges.undecided(mergeId);
    requireMayDecide(merge, manager);
    Decision decision = FormInput.read(values, in -> {
      boolean approve = in.requiredFlag(MergeVariables.APPROVE);
      String why = approve || in.rejected(MergeVariables.APPROVE)
          ? in.optionalText(MergeVariables.DECISION_REASON, 1000)
          : in.requiredText(MergeVariables.DECISION_REASON, 1000);
      return new Decision(approve, why);
    });
    if (decision.approve()) {
      requireWorkOnTheSurvivor(person(merge.getSurvivingPersonId()), person(merge.getMergedPersonId()));
    }
    policy.require(merge.getSurvivingPersonId(), manager, DECIDE_MERGE);
    policy.require(merge.getMergedPersonId(), manager, DECIDE_MERGE);
    return merges.decide(mergeId, decision.approve(), decision.reason(), manager.userId());
  }

  private static void requireMayDecide(PersonMerge merge, Viewer manager) {
    if (MAY_DECIDE.stream().noneMatch(manager::isIn)) {
      throw new NotAllowedException(manager.userId() + " is not a team manager");
    }
    if (manager.userId().equals(merge.getProposedBy())) {
      throw new NotAllowedException("nobody approves their own proposal: another team manager must");
    }
  }

  /**
   * One open case per person: two open involvements cannot become one, and work running on the record merged away
   * would be left naming it. Either is refused naming the records, so the proposer can end one or merge the other way.
   */
  private void requireWorkOnTheSurvivor(Person surviving, Person duplicate) {
    merges.requireMergeable(surviving, duplicate);
    var survivorCase = involvements.openFor(surviving.getId());
    var duplicateCase = involvements.openFor(duplicate.getId());
    if (survivorCase.isPresent() && duplicateCase.isPresent()) {
      throw new ConflictException("both records have an open case: involvement " + survivorCase.get().getId()
          + " on " + surviving.getId() + " and involvement " + duplicateCase.get().getId() + " on "
          + duplicate.getId() + "; close one of them before merging");
    }
    if (duplicateCase.isPresent() || workflow.runningWith(ProcessVariables.PERSON_ID, duplicate.getId().toString()) > 0) {
      throw new ConflictException("record " + duplicate.getId() + " has work under way"
          + duplicateCase.map(Involvement::getId).map(id -> " (involvement " + id + ")").orElse("")
          + ": merge " + surviving.getId() + " into it instead, so the work keeps its record");
    }
  }

  private Person person(UUID personId) {
    return people.findById(personId).orElseThrow(() -> new NoSuchRecordException("no person " + personId));
  }

  private static UUID uuid(String raw) {
    try {
      return UUID.fromString(raw);
    } catch (IllegalArgumentException e) {
      throw new org.letstalk.validation.InputRejectedException(RecordMerges.DUPLICATE_PERSON_ID,
          "must be the id of the other record, as its page address shows it");
    }
  }

  private record Proposal(UUID duplicateId, String reason) {
  }

  private record Decision(boolean approve, String reason) {
  }
}
