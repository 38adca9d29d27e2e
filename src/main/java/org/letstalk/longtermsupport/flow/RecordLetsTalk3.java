package org.letstalk.longtermsupport.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.conversation.flow.ConversationVariables;
import org.letstalk.longtermsupport.Analysis;
import org.letstalk.longtermsupport.LetsTalk3Conversations;
import org.letstalk.workflow.CompletedTask;
import org.letstalk.workflow.Council;
import org.springframework.stereotype.Component;

/** Validates and stores the Let's Talk 3 analysis [T 2.56]; sets the flags for the CHC and DoLS referrals and the carer's conversation. */
@Component("recordLetsTalk3")
public class RecordLetsTalk3 implements JavaDelegate {

  private final LetsTalk3Conversations letsTalk3;
  private final Council council;

  public RecordLetsTalk3(LetsTalk3Conversations letsTalk3, Council council) {
    this.letsTalk3 = letsTalk3;
    this.council = council;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Analysis analysis = letsTalk3.analyse(execution.getProcessInstanceId(),
        LetsTalk3Forms.analysis(execution.getVariables(), council.inWales()), CompletedTask.userId(execution));
    execution.setVariable(LetsTalk3Variables.CHC_TO_BE_CONSIDERED, analysis.chcToBeConsidered());
    execution.setVariable(LetsTalk3Variables.DOLS_RISK, analysis.dolsRisk());
    // What "Start the carer's conversation" reads, as after a Let's Talk 1 or 2.
    execution.setVariable(ConversationVariables.CARER_ACCEPTED, analysis.carer().accepted());
    execution.setVariable(ConversationVariables.CONVERSATION_ID,
        letsTalk3.get(execution.getProcessInstanceId()).getId().toString());
    execution.setVariable(ConversationVariables.CONVERSATION_HELD_BY, CompletedTask.userId(execution));
  }
}
