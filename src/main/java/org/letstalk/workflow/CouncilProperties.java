package org.letstalk.workflow;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code letstalk.council.nation}: ENGLAND (default) or WALES, the nation whose bank holidays are not working days
 * (and, unless set apart, whose eligibility rules apply).
 */
@ConfigurationProperties("letstalk.council")
public record CouncilProperties(Nation nation) {

  public CouncilProperties {
    if (nation == null) {
      nation = Nation.ENGLAND;
    }
  }

  /** The nations a council may be in, with their subdivision of the United Kingdom's holiday calendar. */
  public enum Nation {
    ENGLAND("eng"),
    WALES("wls");

    final String calendarSubdivision;

    Nation(String calendarSubdivision) {
      this.calendarSubdivision = calendarSubdivision;
    }
  }
}
