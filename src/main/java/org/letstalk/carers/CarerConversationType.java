package org.letstalk.carers;

/** The carer's own conversations: connect (Let's Talk 1) and build a good life (Let's Talk 3). */
public enum CarerConversationType {
  LT1("Carer's Let's Talk 1"),
  LT3("Carer's Let's Talk 3");

  private final String label;

  CarerConversationType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
