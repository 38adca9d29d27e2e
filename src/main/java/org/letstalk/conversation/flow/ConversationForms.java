package org.letstalk.conversation.flow;

import static org.letstalk.conversation.flow.ConversationVariables.*;

import org.letstalk.conversation.Advocate;
import org.letstalk.conversation.AllegedPerson;
import org.letstalk.conversation.CarerOffer;
import org.letstalk.conversation.Conclusion;
import org.letstalk.conversation.ConversationForm;
import org.letstalk.conversation.ConversationOutcome;
import org.letstalk.conversation.HeldHow;
import org.letstalk.conversation.Participation;
import org.letstalk.conversation.Risks;
import org.letstalk.conversation.Strengths;
import org.letstalk.conversation.WhatMatters;
import org.letstalk.validation.FormInput;

/**
 * Reads what every conversation's form records, with the rules the server enforces: strengths in three parts
 * [T 1.18], how the person took part or who represented them and with what capacity [T 1.24, 2.34], and the
 * carer [T 1.22; T App B item 7].
 */
public final class ConversationForms {

  static final String STRENGTHS_FIRST =
      "every conversation starts with strengths: personal, informal network and community";

  private ConversationForms() {
  }

  public static ConversationForm read(FormInput in) {
    String presentingNeeds = in.requiredText(PRESENTING_NEEDS, FormInput.LONG_TEXT);
    String circumstances = in.requiredText(RELEVANT_CIRCUMSTANCES, FormInput.LONG_TEXT);
    String wellbeing = in.requiredText(WELLBEING_AND_OUTCOMES, FormInput.LONG_TEXT);
    Strengths strengths = strengths(in);
    String actions = in.requiredText(AGREED_ACTIONS, FormInput.LONG_TEXT);
    String connections = in.optionalText(COMMUNITY_CONNECTIONS, FormInput.LONG_TEXT);

    Participation participation = in.requiredChoice(PARTICIPATION, Participation.class);
    String participationNotes = in.optionalText(PARTICIPATION_NOTES, FormInput.LONG_TEXT);
    Boolean hasCapacity = in.has(HAS_CAPACITY) ? in.requiredFlag(HAS_CAPACITY) : null;
    String bestInterests = in.optionalText(BEST_INTERESTS_DECISION, FormInput.LONG_TEXT);
    String representative = in.optionalText(REPRESENTATIVE, FormInput.SHORT_TEXT);
    Advocate advocate = in.optionalChoice(ADVOCATE, Advocate.class);
    if (participation == Participation.COULD_NOT_TAKE_PART) {
      if (participationNotes == null && !in.rejected(PARTICIPATION_NOTES)) {
        in.reject(PARTICIPATION_NOTES, "say why the person could not take part");
      }
      if (hasCapacity == null) {
        in.reject(HAS_CAPACITY, "record whether the person has capacity for this decision");
      }
      if (representative == null && !in.rejected(REPRESENTATIVE)) {
        in.reject(REPRESENTATIVE, "record who represented the person");
      }
    }
    if (Boolean.FALSE.equals(hasCapacity) && !in.rejected(HAS_CAPACITY) && bestInterests == null
        && !in.rejected(BEST_INTERESTS_DECISION)) {
      in.reject(BEST_INTERESTS_DECISION,
          "a person without capacity for this decision needs a best-interests decision");  // [T 2.34]
    }

    CarerOffer carer = carerOffer(in);
    HeldHow heldHow = in.requiredChoice(HELD_HOW, HeldHow.class);
    Risks risks = risks(in);
    return new ConversationForm(presentingNeeds, circumstances, wellbeing, strengths, actions, connections,
        participation, participationNotes, hasCapacity, bestInterests, representative,
        advocate == null ? Advocate.NONE : advocate, carer.present(), carer.offered(), carer.refused(),
        carer.refusedReason(), carer.notOfferedReason(), heldHow, risks);
  }

  /**
   * Every Let's Talk 1 and 2 explores risks and records them with the actions to be taken [T 3.8 Standard 1]; a
   * need calling for urgent action (self-neglect, hoarding, failure to gain access) says what is done now
   * [T 2.33, 2.43].
   */
  static Risks risks(FormInput in) {
    String explored = in.requiredText(RISKS_EXPLORED, FormInput.LONG_TEXT);
    boolean selfNeglect = in.optionalFlag(RISK_SELF_NEGLECT);
    boolean hoarding = in.optionalFlag(RISK_HOARDING);
    boolean noAccess = in.optionalFlag(RISK_FAILURE_TO_GAIN_ACCESS);
    String urgentAction = in.optionalText(URGENT_ACTION, FormInput.LONG_TEXT);
    boolean urgent = selfNeglect || hoarding || noAccess;
    if (urgent && urgentAction == null && !in.rejected(URGENT_ACTION)) {
      in.reject(URGENT_ACTION, "say what is being done now about the self-neglect, hoarding or failure to gain"
          + " access");
    }
    return new Risks(explored, selfNeglect, hoarding, noAccess, urgent ? urgentAction : null);
  }

  /**
   * Whether there is an informal carer and what they were offered, on every conversation's form: a carer not
   * offered a conversation of their own needs a reason [T App B item 7; golden rule 6], one who refused it too.
   */
  public static CarerOffer carerOffer(FormInput in) {
    boolean carerPresent = in.requiredFlag(CARER_PRESENT);
    if (!carerPresent) {
      return new CarerOffer(false, null, null, null, null);
    }
    boolean offered = in.requiredFlag(CARER_CONVERSATION_OFFERED);
    boolean refused = offered && in.optionalFlag(CARER_CONVERSATION_REFUSED);
    String refusedReason = in.optionalText(CARER_REFUSED_REASON, 1000);
    if (refused && refusedReason == null && !in.rejected(CARER_REFUSED_REASON)) {
      in.reject(CARER_REFUSED_REASON, "record why the carer refused their own conversation");
    }
    String notOfferedReason = in.optionalText(CARER_NOT_OFFERED_REASON, 1000);
    if (!offered && !in.rejected(CARER_CONVERSATION_OFFERED) && notOfferedReason == null
        && !in.rejected(CARER_NOT_OFFERED_REASON)) {
      in.reject(CARER_NOT_OFFERED_REASON, "say why the carer was not offered a conversation of their own");
    }
    return new CarerOffer(true, offered, refused, refused ? refusedReason : null,
        offered ? null : notOfferedReason);
  }

  /** Each part of the strengths is required on any conversation's form, a carer's and a Let's Talk 3's included. */
  /**
   * Wales: what matters to the person in their own words and the barriers to their outcomes, both required; with the
   * circumstances, outcomes, risks and strengths, the five elements of assessment [W ¶37-42, ¶78]. Not asked in
   * England.
   */
  public static WhatMatters whatMatters(FormInput in, boolean inWales) {
    return inWales ? new WhatMatters(in.requiredText(ConversationVariables.WHAT_MATTERS, FormInput.LONG_TEXT),
        in.requiredText(ConversationVariables.BARRIERS, FormInput.LONG_TEXT)) : WhatMatters.NOT_ASKED;
  }

  public static Strengths strengths(FormInput in) {
    return new Strengths(strength(in, STRENGTHS_PERSONAL), strength(in, STRENGTHS_NETWORK),
        strength(in, STRENGTHS_COMMUNITY));
  }

  private static String strength(FormInput in, String field) {
    if (!in.has(field)) {
      in.reject(field, STRENGTHS_FIRST);
      return null;
    }
    return in.requiredText(field, FormInput.LONG_TEXT);
  }

  /** How the conversation ended, with its rationale and the options not taken [N 5.2]. */
  public static Conclusion conclusion(FormInput in) {
    return new Conclusion(in.requiredChoice(OUTCOME, ConversationOutcome.class),
        in.requiredText(OUTCOME_RATIONALE, FormInput.LONG_TEXT),
        in.optionalText(ALTERNATIVES_NOT_CHOSEN, FormInput.LONG_TEXT), allegedPerson(in));
  }

  /** Who a safeguarding concern the conversation ends in names, if anyone [W ¶27]. */
  public static AllegedPerson allegedPerson(FormInput in) {
    return new AllegedPerson(in.optionalText(CONCERN_ALLEGED_PERSON_NAME, FormInput.SHORT_TEXT),
        in.optionalText(CONCERN_ALLEGED_PERSON_RELATIONSHIP, FormInput.SHORT_TEXT));
  }
}
