package org.letstalk.record;

import static org.letstalk.web.FieldMessages.REQUIRED;
import static org.letstalk.web.FieldMessages.TOO_LONG;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.letstalk.web.ApiRequest;
import org.letstalk.web.Text;

/** {@code POST /api/people/{personId}/notes}: a case note [T 5.11, 5.15]. */
@ApiRequest("a case note")
public record NoteRequest(
    @NotNull(message = REQUIRED) LocalDate date,
    @NotNull NoteKind kind,
    @NotNull NoteCategory category,
    @Size(max = 2000, message = TOO_LONG) String evidence,
    @NotBlank(message = REQUIRED) @Size(max = 4000, message = TOO_LONG) String text) {

  public NoteRequest {
    evidence = Text.tidy(evidence);
    text = Text.tidy(text);
  }

  NoteContent content() {
    return new NoteContent(date, kind, category, evidence, text);
  }
}
