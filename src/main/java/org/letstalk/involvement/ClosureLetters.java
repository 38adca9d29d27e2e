package org.letstalk.involvement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.letstalk.document.DocumentKind;
import org.letstalk.document.Documents;
import org.springframework.stereotype.Component;

/**
 * The letter that tells the person their case has closed, why, and how to come back: made when the case closes,
 * once per case, in the person's language.
 */
@Component
public class ClosureLetters {

  private static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

  private final Documents documents;

  public ClosureLetters(Documents documents) {
    this.documents = documents;
  }

  /** What the closure letter shows. */
  public record ClosureFacts(LocalDate closedOn, String reason) {
  }

  /** Makes the letter if the case has closed (an episode that ended while the case carries on makes none). */
  public void closed(Involvement involvement, String closedBy) {
    if (involvement.getStatus() != InvolvementStatus.CLOSED) {
      return;
    }
    documents.produce(DocumentKind.CLOSURE_LETTER, involvement.getId(), involvement.getPersonId(),
        closedBy == null ? "system" : closedBy, Map.of("closure", new ClosureFacts(
            involvement.getEndedAt().atZone(COUNCIL_TIME).toLocalDate(), involvement.getEndReason())));
  }
}
