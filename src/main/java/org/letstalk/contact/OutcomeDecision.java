package org.letstalk.contact;

import java.util.Map;
import org.letstalk.identity.Workers;
import org.letstalk.validation.FormInput;
import org.letstalk.validation.InputRejectedException;

/** The decision on a contact, with its reason [golden rule 7] and who takes it on. */
public record OutcomeDecision(
    ContactOutcome outcome,
    String reason,
    String informationGiven,
    boolean crisis,
    String allocatedUser,
    String allocatedGroup) {

  public static OutcomeDecision from(Map<String, ?> values, String currentUser, Workers workers) {
    FormInput in = FormInput.of(values);
    ContactOutcome outcome = in.requiredChoice("outcome", ContactOutcome.class);
    String reason = in.requiredText("outcomeReason", FormInput.LONG_TEXT);
    if (outcome == ContactOutcome.INFORMATION_AND_ADVICE) {
      String given = in.requiredText("informationGiven", FormInput.LONG_TEXT);
      return new OutcomeDecision(outcome, reason, given, false, null, null);
    }
    boolean crisis = outcome == ContactOutcome.EXISTING_CASE && in.requiredFlag("crisis");
    Allocation allocation = in.requiredChoice("allocation", Allocation.class);
    return switch (allocation) {
      case MYSELF -> {
        if (!workers.canHoldConversations(currentUser)) {
          throw new InputRejectedException("allocation", "you are not in a team that holds conversations; choose a worker or a team");
        }
        yield new OutcomeDecision(outcome, reason, null, crisis, currentUser, workers.conversationTeamOf(currentUser));
      }
      case NAMED_WORKER -> {
        String worker = in.requiredText("allocatedWorker", 100);
        if (!workers.canHoldConversations(worker)) {
          throw new InputRejectedException("allocatedWorker", "'" + worker + "' is not a worker who holds conversations");
        }
        yield new OutcomeDecision(outcome, reason, null, crisis, worker, workers.conversationTeamOf(worker));
      }
      case TEAM_QUEUE -> {
        String team = in.requiredText("allocatedTeam", 100);
        if (!workers.isConversationTeam(team)) {
          throw new InputRejectedException("allocatedTeam", "'" + team + "' is not a team that holds conversations");
        }
        yield new OutcomeDecision(outcome, reason, null, crisis, null, team);
      }
    };
  }
}
