package org.letstalk.contact;

/**
 * A proportionate assessment after advice or assistance [W ¶71]: the "what matters" conversation and the five parts
 * of every assessment (circumstances, personal outcomes, barriers, risks, strengths and capabilities) [W ¶37-42,
 * ¶78]; or the person's refusal, with what the council must weigh before it stands [W ¶124-126].
 */
public record ProportionateAssessment(
    Boolean assessmentAgreed,
    boolean refusalOverridden,
    Boolean capacityToRefuse,
    Boolean bestInterests,
    Boolean atRiskOfAbuseOrNeglect,
    String refusalNotes,
    String whatMatters,
    String circumstances,
    String personalOutcomes,
    String barriers,
    String risks,
    String strengthsAndCapabilities,
    Outcome outcome,
    String outcomeReason,
    String allocatedUser,
    String allocatedGroup) {

  /** What follows the assessment. */
  public enum Outcome {
    /** The advice or assistance meets the needs: the contact closes. */
    NEEDS_MET,
    /** Care and support may be needed: the person's involvement starts with a Let's Talk 1. */
    CARE_AND_SUPPORT,
    /** The person refused and the refusal stands [W ¶124]. */
    REFUSED,
    /** The person refused, but must still be assessed [W ¶126]. */
    ASSESS_DESPITE_REFUSAL
  }

  /** The decision table assessment-refusal's answer. */
  public enum RefusalDecision {
    NOT_REFUSED, REFUSAL_STANDS, ASSESS_IN_BEST_INTERESTS, ASSESS_FROM_INFORMATION_HELD
  }

  /** Refused now; a refusal already overridden is not asked again. */
  public boolean refused() {
    return !refusalOverridden && Boolean.FALSE.equals(assessmentAgreed);
  }
}
