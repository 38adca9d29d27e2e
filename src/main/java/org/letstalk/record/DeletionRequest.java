package org.letstalk.record;

import static org.letstalk.web.FieldMessages.REQUIRED;
import static org.letstalk.web.FieldMessages.TOO_LONG;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.letstalk.web.ApiRequest;
import org.letstalk.web.Text;

/** {@code POST /api/people/{personId}/notes/{noteId}/deletion-requests}: why the note should go [T 5.14-5.15]. */
@ApiRequest("a note deletion request")
public record DeletionRequest(@NotBlank(message = REQUIRED) @Size(max = 1000, message = TOO_LONG) String reason) {

  public DeletionRequest {
    reason = Text.tidy(reason);
  }
}
