package org.letstalk.record;

import static org.letstalk.web.FieldMessages.TOO_LONG;
import static org.letstalk.web.FieldMessages.YES_OR_NO;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.letstalk.web.ApiRequest;
import org.letstalk.web.Text;

/** {@code POST /api/note-deletion-requests/{requestId}/decision}: approve or refuse; refusing needs a reason. */
@ApiRequest("a note deletion decision")
public record DeletionDecision(
    @NotNull(message = YES_OR_NO) Boolean approve,
    @Size(max = 1000, message = TOO_LONG) String decisionReason) {

  public DeletionDecision {
    decisionReason = Text.tidy(decisionReason);
  }

  NoteDeletionDecision decision() {
    return new NoteDeletionDecision(approve, decisionReason);
  }
}
