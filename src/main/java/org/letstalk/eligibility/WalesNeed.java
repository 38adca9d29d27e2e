package org.letstalk.eligibility;

/**
 * One assessed need under the Welsh regulations, whose eligibility is decided on its own [W ¶135]. The
 * choices are the values the {@code wales-eligibility} and {@code wales-carers-eligibility} tables test. For a
 * carer, {@code arisesFromCaring} is condition 1's first half and {@code circumstance} is that of the person
 * cared for [W ¶157]; for an adult {@code arisesFromCaring} is null.
 */
public record WalesNeed(int number, String description, Boolean arisesFromCaring, Circumstance circumstance,
    OutcomeArea outcomeArea, CanBeMetBy canBeMetBy, Boolean unlikelyToAchieveOutcomes, boolean directPayment) {

  /** Most needs a form can list; Welsh assessments rarely record more separately. */
  public static final int MAX = 5;

  /** Condition 1 [W ¶141]; for a carer, the circumstances of the person cared for [W ¶157]. */
  public enum Circumstance {
    PHYSICAL_OR_MENTAL_ILL_HEALTH, AGE, DISABILITY, ALCOHOL_OR_DRUG_DEPENDENCE, OTHER_SIMILAR, NONE_OF_THESE
  }

  /** Condition 2 [W ¶142]. */
  public enum OutcomeArea {
    SELF_CARE_OR_DOMESTIC_ROUTINES, COMMUNICATION, PROTECTION_FROM_ABUSE_OR_NEGLECT,
    WORK_EDUCATION_LEARNING_OR_LEISURE, FAMILY_OR_PERSONAL_RELATIONSHIPS, SOCIAL_RELATIONSHIPS_AND_COMMUNITY,
    CARING_FOR_A_CHILD, NONE_OF_THESE
  }

  /** Condition 3 [W ¶143-145]; for a carer, BY_A_WILLING_AND_ABLE_CARER reads "with others' willing support" [W ¶159]. */
  public enum CanBeMetBy {
    BY_THE_PERSON_ALONE, BY_A_WILLING_AND_ABLE_CARER, BY_COMMUNITY_SERVICES, ONLY_WITH_COUNCIL_CARE_AND_SUPPORT
  }

  public static String field(int number, String answer) {
    return "need" + number + "_" + answer;
  }
}
