package org.letstalk.crisis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.letstalk.document.DocumentKind;
import org.letstalk.document.Documents;
import org.springframework.stereotype.Component;

/**
 * The person's copy of their crisis plan, made with each plan: what must happen today and tomorrow, the actions
 * agreed, until when, and who to call if things get worse. One document per plan: a new plan after one that was
 * not working makes a new one.
 */
@Component
public class CrisisPlanDocuments {

  private final Documents documents;

  public CrisisPlanDocuments(Documents documents) {
    this.documents = documents;
  }

  /** What the crisis plan template shows. */
  public record CrisisPlanFacts(LocalDate startsOn, LocalDate endsOn, String todayAndTomorrow, List<String> actions) {
  }

  void made(CrisisPlan plan, String todayAndTomorrow) {
    documents.produce(DocumentKind.CRISIS_PLAN, plan.getId(), plan.getPersonId(), plan.getMadeBy(),
        Map.of("crisis", new CrisisPlanFacts(plan.getStartsOn(), plan.getEndsOn(), todayAndTomorrow,
            plan.getActions())));
  }
}
