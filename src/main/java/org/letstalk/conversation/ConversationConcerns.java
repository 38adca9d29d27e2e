package org.letstalk.conversation;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.letstalk.safeguarding.RaiseSafeguardingConcern;
import org.letstalk.safeguarding.Safeguarding;
import org.letstalk.safeguarding.SafeguardingConcern;
import org.letstalk.validation.InputRejectedException;
import org.springframework.stereotype.Service;

/**
 * A safeguarding concern raised in the middle of a Let's Talk 1 or 2: the conversation carries on and the
 * concern goes to the decision-makers at once [T 3.11]. Only someone who can work on the conversation raises it.
 */
@Service
public class ConversationConcerns {

  public static final String MESSAGE = "conversation-safeguarding-concern";
  static final String[] CONVERSATION_KEYS = {"lets-talk-1", "lets-talk-2"};

  private final ProcessEngine engine;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final Safeguarding safeguarding;

  public ConversationConcerns(ProcessEngine engine, RuntimeService runtime, TaskService tasks,
      Safeguarding safeguarding) {
    this.engine = engine;
    this.runtime = runtime;
    this.tasks = tasks;
    this.safeguarding = safeguarding;
  }

  /** Raises the concern in the conversation {@code processInstanceId}; the fields are the concern's own names. */
  public SafeguardingConcern raise(String processInstanceId, Map<String, Object> concern) {
    // The caller's own task query: only a conversation they can see and work on.
    boolean workable = tasks.createTaskQuery().processInstanceId(processInstanceId)
        .processDefinitionKeyIn(CONVERSATION_KEYS).count() > 0;
    if (!workable) {
      throw new InputRejectedException("processInstanceId",
          "is not a Let's Talk 1 or 2 under way that you can work on");
    }
    // The conversation belongs to the council, not to the practitioner: raising the concern changes it as part of
    // this one step, which the process checks (no description, an unknown type of abuse: refused, nothing stored).
    String concernProcess = ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getCommandExecutorTxRequired()
        .execute(command -> {
          command.disableAuthorizationCheck();
          try {
            runtime.createMessageCorrelation(MESSAGE).processInstanceId(processInstanceId)
                .setVariablesLocal(concern).correlateWithResult();
            return (String) runtime.getVariable(processInstanceId, RaiseSafeguardingConcern.CONCERN_PROCESS_INSTANCE_ID);
          } finally {
            command.enableAuthorizationCheck();
          }
        });
    return safeguarding.byProcess(concernProcess);
  }
}
