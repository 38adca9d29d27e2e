package org.letstalk.involvement.flow;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.letstalk.involvement.CaseContext;
import org.letstalk.workflow.ProcessVariables;

/** The involvement's process (processes/involvement.bpmn): its messages and the variables its steps share. */
public final class InvolvementVariables {

  public static final String PROCESS_KEY = "involvement";
  /** Starts the person's involvement (its start event "Contact progressed"). */
  public static final String STARTED = "involvement-started";
  /** A further contact about the person, into the involvement running for them. */
  public static final String FURTHER_CONTACT = "involvement-further-contact";

  /** What a progressed contact hands the involvement, starting or joining it. */
  public static final String CRISIS = "crisis";
  public static final String PRESENTING_NEED = "presentingNeed";

  /** LT1 or LT2: the conversation the involvement holds next. */
  public static final String NEXT_CONVERSATION = "nextConversation";
  /** Why the last conversation (or Let's Talk 3) ended as it did; the closure's reason. */
  public static final String CONVERSATION_RATIONALE = "conversationRationale";
  public static final String CLOSURE_NEXT_STEP = "closureNextStep";
  static final String CLOSURE_NEXT_STEP_REASON = "closureNextStepReason";
  static final String NEW_CONTACT_ACTION = "newContactAction";
  /** The authoriser's reason, handed back by funding-authorisation. */
  static final String AUTHORISATION_REASON = "authorisationReason";

  /** Set on the process that started or joined an involvement: which one, and whether it was already running. */
  public static final String INVOLVEMENT_PROCESS_ID = "involvementProcessId";
  public static final String JOINED = "joinedInvolvement";

  private InvolvementVariables() {
  }

  /** Whose case this process is about, from the variables the involvement passes to each conversation. */
  public static CaseContext context(VariableScope scope) {
    return new CaseContext(ProcessVariables.uuidOrNull(scope, ProcessVariables.PERSON_ID),
        ProcessVariables.uuidOrNull(scope, ProcessVariables.CONTACT_ID),
        ProcessVariables.uuidOrNull(scope, ProcessVariables.INVOLVEMENT_ID));
  }
}
