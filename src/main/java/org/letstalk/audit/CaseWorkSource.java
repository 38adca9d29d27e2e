package org.letstalk.audit;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Where the audit learns which cases were worked and who decided what. Contacts are one source; features
 * such as conversations, plans and authorisations register further beans, and the audit takes them all.
 */
public interface CaseWorkSource {

  /** Cases worked in [from, to), with the worker who worked them. */
  List<WorkedCase> casesWorked(Instant from, Instant to);

  /** People about whom this user made any decision (a manager never audits those [T 6.8]). */
  Set<UUID> peopleDecidedBy(String userId);
}
