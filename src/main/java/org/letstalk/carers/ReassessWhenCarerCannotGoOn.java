package org.letstalk.carers;

import java.util.HashMap;
import java.util.Map;
import org.letstalk.conversation.StartOrJoinInvolvement;
import org.letstalk.identity.Groups;
import org.letstalk.review.CarerCanNoLongerCare;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A carer who says at the review of their plan that they can no longer care: everybody they care for is
 * reassessed, a Let's Talk 1 for an existing case in their involvement [T 4.3; W ¶117]. A carer's conversation
 * does the same through its model (carers-conversation).
 */
@Component
class ReassessWhenCarerCannotGoOn {

  private final Carers carers;
  private final StartOrJoinInvolvement involvements;

  ReassessWhenCarerCannotGoOn(Carers carers, StartOrJoinInvolvement involvements) {
    this.carers = carers;
    this.involvements = involvements;
  }

  @EventListener
  void on(CarerCanNoLongerCare said) {
    String carerName = carers.nameOf(said.carerId());
    for (CarerLink link : carers.caredForBy(said.carerId())) {
      Map<String, Object> contact = new HashMap<>();
      contact.put("contactId", null);
      contact.put("crisis", false);
      contact.put("conversationAssignee", null);
      contact.put("conversationTeam", Groups.PRACTITIONERS);
      contact.put("presentingNeed", "Reassessment: the carer " + carerName + " can no longer care [W ¶117]. "
          + said.findings());
      involvements.startOrJoin(link.getCaredForId().toString(), carers.nameOf(link.getCaredForId()), contact);
    }
  }
}
