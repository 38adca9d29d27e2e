package org.letstalk.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * A fresh production node used to let an anonymous caller make themselves administrator on the webapps' first-run
 * page: now it starts only with an administrator (configured, or already there), or the operator's word.
 */
class FirstAdministratorTest {

  @Test
  void productionWithoutAnAdministratorRefusesToStartAndSaysWhatToSet() {
    assertThatThrownBy(() -> IdentityBootstrap.checkAdministrator(false, false, false))
        .hasMessageContaining("CAMUNDA_BPM_ADMINUSER_ID").hasMessageContaining("LETSTALK_ACCEPT_SETUP_PAGE");
  }

  @Test
  void anAdministratorTheDemoOrTheOperatorsWordLetItStart() {
    assertThatCode(() -> IdentityBootstrap.checkAdministrator(true, false, false)).doesNotThrowAnyException();
    assertThatCode(() -> IdentityBootstrap.checkAdministrator(false, true, false)).doesNotThrowAnyException();
    assertThatCode(() -> IdentityBootstrap.checkAdministrator(false, false, true)).doesNotThrowAnyException();
  }
}
