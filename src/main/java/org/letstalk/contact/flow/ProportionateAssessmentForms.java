package org.letstalk.contact.flow;

import java.util.Map;
import org.letstalk.contact.ProportionateAssessment;
import org.letstalk.contact.ProportionateAssessment.Outcome;
import org.letstalk.identity.Workers;
import org.letstalk.validation.FormInput;

/**
 * Reads the proportionate assessment form (forms/proportionate-assessment.form): either the refusal and what the
 * council must weigh before it stands [W ¶124-126], or what matters to the person and the five parts of the
 * assessment [W ¶37-42, ¶78], what follows and, for a new case, who takes the conversation on.
 */
public final class ProportionateAssessmentForms {

  static final String ASSESSMENT_AGREED = "assessmentAgreed";
  /** Set by the recording step when a refusal must be overridden; the form then asks no more about agreeing. */
  static final String REFUSAL_OVERRIDDEN = "refusalOverridden";
  static final String CAPACITY_TO_REFUSE = "capacityToRefuse";
  static final String BEST_INTERESTS = "bestInterests";
  static final String AT_RISK_OF_ABUSE_OR_NEGLECT = "atRiskOfAbuseOrNeglect";
  static final String REFUSAL_NOTES = "refusalNotes";
  static final String WHAT_MATTERS = "whatMatters";
  static final String CIRCUMSTANCES = "circumstances";
  static final String PERSONAL_OUTCOMES = "personalOutcomes";
  static final String BARRIERS = "barriers";
  static final String RISKS = "risks";
  static final String STRENGTHS_AND_CAPABILITIES = "strengthsAndCapabilities";
  static final String ASSESSMENT_OUTCOME = "assessmentOutcome";
  static final String ASSESSMENT_OUTCOME_REASON = "assessmentOutcomeReason";
  /** What follows, for the gateway after the recording step. */
  static final String WHAT_FOLLOWS = "proportionateAssessmentOutcome";

  /** The person's words and the practitioner's findings: kept in the table, not in the process. */
  static final String[] CASE_FILE = {REFUSAL_NOTES, WHAT_MATTERS, CIRCUMSTANCES, PERSONAL_OUTCOMES, BARRIERS, RISKS,
      STRENGTHS_AND_CAPABILITIES, ASSESSMENT_OUTCOME_REASON};

  private ProportionateAssessmentForms() {
  }

  static ProportionateAssessment read(Map<String, ?> values, String currentUser, Workers workers) {
    return FormInput.read(values, in -> {
      boolean overridden = in.optionalFlag(REFUSAL_OVERRIDDEN);
      Boolean agreed = overridden ? null : in.requiredFlag(ASSESSMENT_AGREED);
      if (Boolean.FALSE.equals(agreed)) {
        boolean capacity = in.requiredFlag(CAPACITY_TO_REFUSE);
        Boolean bestInterests = capacity ? null : in.requiredFlag(BEST_INTERESTS);
        return new ProportionateAssessment(false, false, capacity, bestInterests,
            in.requiredFlag(AT_RISK_OF_ABUSE_OR_NEGLECT), in.requiredText(REFUSAL_NOTES, FormInput.LONG_TEXT),
            null, null, null, null, null, null, null, null, null, null);
      }
      String whatMatters = in.requiredText(WHAT_MATTERS, FormInput.LONG_TEXT);
      String circumstances = in.requiredText(CIRCUMSTANCES, FormInput.LONG_TEXT);
      String personalOutcomes = in.requiredText(PERSONAL_OUTCOMES, FormInput.LONG_TEXT);
      String barriers = in.requiredText(BARRIERS, FormInput.LONG_TEXT);
      String risks = in.requiredText(RISKS, FormInput.LONG_TEXT);
      String strengths = in.requiredText(STRENGTHS_AND_CAPABILITIES, FormInput.LONG_TEXT);
      Outcome outcome = in.requiredChoice(ASSESSMENT_OUTCOME, Outcome.class);
      String reason = in.requiredText(ASSESSMENT_OUTCOME_REASON, FormInput.LONG_TEXT);
      if (outcome == Outcome.REFUSED || outcome == Outcome.ASSESS_DESPITE_REFUSAL) {
        in.reject(ASSESSMENT_OUTCOME, "choose whether the advice or assistance meets the needs, or care and support"
            + " may be needed");
        return null;
      }
      String[] allocated = outcome == Outcome.CARE_AND_SUPPORT
          ? ContactForms.allocation(in, currentUser, workers) : new String[2];
      return allocated == null ? null
          : new ProportionateAssessment(agreed, overridden, null, null, null, null, whatMatters, circumstances,
              personalOutcomes, barriers, risks, strengths, outcome, reason, allocated[0], allocated[1]);
    });
  }
}
