package org.letstalk.eligibility.flow;

import static org.letstalk.eligibility.EligibilityAnswers.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.letstalk.eligibility.CareActOutcome;
import org.letstalk.eligibility.CarerOutcome;
import org.letstalk.eligibility.EligibilityAnswers;
import org.letstalk.eligibility.EligibilityFor;
import org.letstalk.eligibility.RuleSet;
import org.letstalk.eligibility.WalesNeed;
import org.letstalk.validation.FormInput;

/**
 * Reads the eligibility assessment form (forms/eligibility-assessment.form) into its answers, checked and
 * complete: every answer the decision tables read, by the name they read it under. Unticked boxes count as "no".
 */
public final class EligibilityForms {

  private EligibilityForms() {
  }

  public static EligibilityAnswers answers(RuleSet ruleSet, EligibilityFor eligibilityFor, Map<String, ?> submitted) {
    return FormInput.read(submitted, in -> answers(in, ruleSet, eligibilityFor));
  }

  private static EligibilityAnswers answers(FormInput in, RuleSet ruleSet, EligibilityFor eligibilityFor) {
    Map<String, Object> answers = new LinkedHashMap<>();
    List<WalesNeed> needs = List.of();
    if (ruleSet == RuleSet.WALES) {
      needs = wales(in, answers, eligibilityFor == EligibilityFor.CARER);
    } else if (eligibilityFor == EligibilityFor.CARER) {
      englandCarer(in, answers);
    } else {
      englandAdult(in, answers);
    }
    String evidence = in.requiredText(EVIDENCE, FormInput.LONG_TEXT);
    return new EligibilityAnswers(answers, needs, evidence);
  }

  private static void englandAdult(FormInput in, Map<String, Object> answers) {
    answers.put(IMPAIRMENT_OR_ILLNESS, in.requiredFlag(IMPAIRMENT_OR_ILLNESS));
    answers.put(SIGNIFICANT_IMPACT, in.requiredFlag(SIGNIFICANT_IMPACT));
    for (CareActOutcome outcome : CareActOutcome.values()) {
      boolean unable = false;
      for (String meaning : CareActOutcome.MEANINGS) {
        boolean answer = in.optionalFlag(outcome.field(meaning));
        answers.put(outcome.field(meaning), answer);
        unable |= answer;
      }
      boolean carerMeetsIt = in.optionalFlag(outcome.field(MET_BY_WILLING_CARER));
      boolean carerUnwilling = in.optionalFlag(outcome.field(CARER_UNWILLING));
      if (carerMeetsIt && carerUnwilling) {
        in.reject(outcome.field(CARER_UNWILLING), "contradicts "
            + outcome.field(MET_BY_WILLING_CARER) + ": a carer who is not willing or able to go on cannot be counted "
            + "as meeting this need");
      } else if (carerMeetsIt && !unable) {
        in.reject(outcome.field(MET_BY_WILLING_CARER), "a carer can only meet a need the "
            + "person has: say how " + outcome.label().toLowerCase() + " is not achieved without that help");
      }
      answers.put(outcome.field(MET_BY_WILLING_CARER), carerMeetsIt);
      answers.put(outcome.field(CARER_UNWILLING), carerUnwilling);
    }
  }

  private static void englandCarer(FormInput in, Map<String, Object> answers) {
    answers.put(CARER_NEEDS_FROM_PROVIDING_CARE, in.requiredFlag(CARER_NEEDS_FROM_PROVIDING_CARE));
    answers.put(CARER_HEALTH_DETERIORATING, in.requiredFlag(CARER_HEALTH_DETERIORATING));
    answers.put(CARER_SIGNIFICANT_IMPACT, in.requiredFlag(CARER_SIGNIFICANT_IMPACT));
    for (CarerOutcome outcome : CarerOutcome.values()) {
      for (String meaning : CarerOutcome.MEANINGS) {
        answers.put(outcome.field(meaning), in.optionalFlag(outcome.field(meaning)));
      }
    }
  }

  /**
   * Each described need must say how it meets the four conditions, except where the person needs protecting
   * from abuse or neglect: then eligibility must not hold anything up [W ¶137]. A carer's need also says whether it
   * arises from providing care, the first half of the carer's condition 1 [W ¶157].
   */
  private static List<WalesNeed> wales(FormInput in, Map<String, Object> answers, boolean carer) {
    boolean protection = in.requiredFlag(PROTECTION_FROM_ABUSE_NEEDED);
    answers.put(PROTECTION_FROM_ABUSE_NEEDED, protection);
    List<WalesNeed> needs = new ArrayList<>();
    for (int n = 1; n <= WalesNeed.MAX; n++) {
      String description = in.optionalText(WalesNeed.field(n, "description"), 1000);
      if (description == null) {
        continue;
      }
      String arisesField = WalesNeed.field(n, "arisesFromCaring");
      Boolean arisesFromCaring = !carer ? null
          : protection ? (in.has(arisesField) ? in.requiredFlag(arisesField) : null)
          : in.requiredFlag(arisesField);
      WalesNeed need = protection
          ? new WalesNeed(n, description, arisesFromCaring,
              in.optionalChoice(WalesNeed.field(n, "circumstance"), WalesNeed.Circumstance.class),
              in.optionalChoice(WalesNeed.field(n, "outcomeArea"), WalesNeed.OutcomeArea.class),
              in.optionalChoice(WalesNeed.field(n, "canBeMetBy"), WalesNeed.CanBeMetBy.class),
              in.has(WalesNeed.field(n, "unlikelyToAchieveOutcomes"))
                  ? in.requiredFlag(WalesNeed.field(n, "unlikelyToAchieveOutcomes")) : null,
              in.optionalFlag(WalesNeed.field(n, "directPayment")))
          : new WalesNeed(n, description, arisesFromCaring,
              in.requiredChoice(WalesNeed.field(n, "circumstance"), WalesNeed.Circumstance.class),
              in.requiredChoice(WalesNeed.field(n, "outcomeArea"), WalesNeed.OutcomeArea.class),
              in.requiredChoice(WalesNeed.field(n, "canBeMetBy"), WalesNeed.CanBeMetBy.class),
              in.requiredFlag(WalesNeed.field(n, "unlikelyToAchieveOutcomes")),
              in.optionalFlag(WalesNeed.field(n, "directPayment")));
      if (Boolean.TRUE.equals(need.unlikelyToAchieveOutcomes()) && need.canBeMetBy() != null
          && need.canBeMetBy() != WalesNeed.CanBeMetBy.ONLY_WITH_COUNCIL_CARE_AND_SUPPORT) {
        in.reject(WalesNeed.field(n, "unlikelyToAchieveOutcomes"), "contradicts "
            + WalesNeed.field(n, "canBeMetBy") + ": a need that can be met without the council's care and support "
            + "does not stop the person achieving their outcomes");
      }
      answers.put(WalesNeed.field(n, "description"), description);
      if (carer) {
        answers.put(arisesField, arisesFromCaring);
      }
      answers.put(WalesNeed.field(n, "circumstance"), EligibilityAnswers.name(need.circumstance()));
      answers.put(WalesNeed.field(n, "outcomeArea"), EligibilityAnswers.name(need.outcomeArea()));
      answers.put(WalesNeed.field(n, "canBeMetBy"), EligibilityAnswers.name(need.canBeMetBy()));
      answers.put(WalesNeed.field(n, "unlikelyToAchieveOutcomes"), need.unlikelyToAchieveOutcomes());
      answers.put(WalesNeed.field(n, "directPayment"), need.directPayment());
      needs.add(need);
    }
    if (needs.isEmpty()) {
      in.reject(WalesNeed.field(1, "description"), "describe at least one assessed need");
    }
    return needs;
  }
}
