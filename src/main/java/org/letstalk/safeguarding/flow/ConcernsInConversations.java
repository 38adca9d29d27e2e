package org.letstalk.safeguarding.flow;

import java.util.Map;
import org.letstalk.safeguarding.ConcernInConversation;
import org.letstalk.safeguarding.Safeguarding;
import org.letstalk.safeguarding.SafeguardingConcern;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Service;

/**
 * A safeguarding concern raised in the middle of a Let's Talk 1 or 2: the conversation carries on and the
 * concern goes to the decision-makers at once [T 3.11]. Only someone who can work on the conversation raises it;
 * the conversation's own event sub-process ("Practitioner raises a concern") raises it, by the message
 * conversation-safeguarding-concern.
 */
@Service
public class ConcernsInConversations {

  static final String MESSAGE = "conversation-safeguarding-concern";
  static final String[] CONVERSATION_KEYS = {"lets-talk-1", "lets-talk-2"};

  private final Workflow workflow;
  private final Safeguarding safeguarding;

  public ConcernsInConversations(Workflow workflow, Safeguarding safeguarding) {
    this.workflow = workflow;
    this.safeguarding = safeguarding;
  }

  /** Raises the concern in the conversation {@code processInstanceId}. */
  public SafeguardingConcern raise(String processInstanceId, ConcernInConversation concern) {
    // The caller's own task query: only a conversation they can see and work on.
    if (!workflow.canWorkOn(processInstanceId, CONVERSATION_KEYS)) {
      throw new InputRejectedException("processInstanceId",
          "is not a Let's Talk 1 or 2 under way that you can work on");
    }
    // The conversation belongs to the council, not to the practitioner: raising the concern changes it as part of
    // this one step, which the process checks (no description, an unknown type of abuse: refused, nothing stored).
    // The concern's fields go to the raising step by hand, never into the conversation's variables: each concern is
    // made only of its own request, and its detail stays with the safeguarding process.
    String concernProcess = RaisedHere.told(ConcernsReported.told(concern), () -> workflow.onTheCouncilsBehalf(() -> {
      workflow.correlateLocal(MESSAGE, processInstanceId, Map.of());
      return (String) workflow.variable(processInstanceId, SafeguardingVariables.CONCERN_PROCESS_INSTANCE_ID);
    }));
    return safeguarding.byProcess(concernProcess);
  }
}
