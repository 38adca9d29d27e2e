package org.letstalk.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The council as England's Client Level Data names it: its three-digit local authority code, on every row of
 * the extract.
 */
@ConfigurationProperties("letstalk.client-level-data")
public record ClientLevelDataProperties(String laCode) {

  public ClientLevelDataProperties {
    if (laCode == null || !laCode.matches("\\d{3}")) {
      throw new IllegalArgumentException(
          "letstalk.client-level-data.la-code must be the council's three-digit local authority code, not " + laCode);
    }
  }
}
