package org.letstalk.upkeep.flow;

/** The variables and messages of person-died (processes/person-died.bpmn). */
final class DeathVariables {

  /** A death recorded on the person's record: the start event of person-died; business key = person id. */
  static final String DEATH_RECORDED = "person-death-recorded";

  /** To every process of the person that waits for it ("The person died" in review-cycle and involvement). */
  static final String PERSON_DIED = "person-died";

  static final String DATE_OF_DEATH = "dateOfDeath";
  static final String CLOSING_NOTE = "closingNote";

  private DeathVariables() {
  }
}
