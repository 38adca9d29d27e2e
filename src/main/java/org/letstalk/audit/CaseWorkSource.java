package org.letstalk.audit;

import java.time.Instant;
import java.util.List;

/**
 * Where the audit learns which cases were worked (who took part in deciding them is {@link CaseDecisions}').
 * Contacts are one source; features such as conversations, plans and authorisations register further beans,
 * and the audit takes them all.
 */
public interface CaseWorkSource {

  /** Cases worked in [from, to), with the worker who worked them. */
  List<WorkedCase> casesWorked(Instant from, Instant to);
}
