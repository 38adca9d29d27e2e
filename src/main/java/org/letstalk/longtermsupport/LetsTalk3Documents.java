package org.letstalk.longtermsupport;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.letstalk.conversation.ConversationDocuments;
import org.letstalk.conversation.Strengths;
import org.letstalk.conversation.WhatMatters;
import org.letstalk.document.DocumentKind;
import org.letstalk.document.Documents;
import org.letstalk.identity.Workers;
import org.springframework.stereotype.Component;

/**
 * The person's record of their Let's Talk 3 conversation, made as it is recorded: what a good life looks like for
 * them, their strengths and network, what they can do themselves and what else could help, and what happens
 * next. Its decisions (eligibility, the plan) are documents of their own. One document per Let's Talk 3.
 */
@Component
public class LetsTalk3Documents {

  private static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

  private final Documents documents;
  private final Workers workers;

  public LetsTalk3Documents(Documents documents, Workers workers) {
    this.documents = documents;
    this.workers = workers;
  }

  /** What the Let's Talk 3 record template shows. */
  public record LetsTalk3Facts(LocalDate heldOn, String heldBy, String participation, String participationNotes,
      String representative, String advocate, String carer, Strengths strengths, String outcomesSought,
      String abilityToMeetOwnNeeds, String informalNetwork, String interestsAndOpportunities,
      String otherWaysToMeetNeed, String howPaidSupportMeetsThem, String riskOfHarm, String transport,
      String bestInterestsDecision, WhatMatters whatMatters) {
  }

  void held(LetsTalk3 record, Analysis a) {
    LetsTalk3Facts facts = new LetsTalk3Facts(record.getHeldAt().atZone(COUNCIL_TIME).toLocalDate(),
        workers.nameOf(record.getHeldBy()), a.participation().name(), a.participationNotes(), a.representative(),
        a.advocate().name(), ConversationDocuments.carer(a.carer().present(), a.carer().offered(), a.carer().refused()),
        a.strengths(), a.outcomesSought(), a.abilityToMeetOwnNeeds(), a.informalNetwork(),
        a.interestsAndOpportunities(), a.otherWaysToMeetNeed(), a.howPaidSupportMeetsThem(), a.riskOfHarm(),
        a.transport(), a.bestInterestsDecision(), a.whatMatters());
    documents.produce(DocumentKind.LETS_TALK_3_RECORD, record.getId(), record.getPersonId(), record.getHeldBy(),
        Map.of("conversation", facts));
  }
}
