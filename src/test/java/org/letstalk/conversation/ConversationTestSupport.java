package org.letstalk.conversation;


import org.letstalk.crisis.CrisisPlans;
import org.letstalk.involvement.InvolvementRepository;
import org.letstalk.involvement.DecisionRepository;
import org.letstalk.crisis.CrisisCheckInRepository;
import org.letstalk.crisis.SpendRepository;
import org.letstalk.crisis.CrisisPlanRepository;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.letstalk.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** The records of conversations and crisis plans, and the person an involvement is about. */
public abstract class ConversationTestSupport extends ProcessTestSupport {

  @Autowired
  protected ConversationRepository conversations;

  @Autowired
  protected CrisisPlanRepository plans;

  @Autowired
  protected SpendRepository spends;

  @Autowired
  protected CrisisCheckInRepository checkIns;

  @Autowired
  protected DecisionRepository decisions;

  @Autowired
  protected InvolvementRepository involvements;

  @Autowired
  protected CrisisPlans crisisPlans;

  protected UUID personOf(ProcessInstance involvement) {
    return UUID.fromString((String) runtime.getVariable(involvement.getId(), "personId"));
  }
}
