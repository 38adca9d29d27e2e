package org.letstalk.workflow;

import org.springframework.stereotype.Component;

/**
 * The council's nation for the models ({@code ${council.nation()}}): a decision input where the law of England and
 * of Wales differ, so that the difference is a row of a decision table, not a branch in Java.
 */
@Component("council")
public class Council {

  private final CouncilProperties properties;

  public Council(CouncilProperties properties) {
    this.properties = properties;
  }

  /** ENGLAND or WALES. */
  public String nation() {
    return properties.nation().name();
  }

  public boolean inWales() {
    return properties.nation() == CouncilProperties.Nation.WALES;
  }
}
