package org.letstalk.record;

import static org.letstalk.web.FieldMessages.REQUIRED;
import static org.letstalk.web.FieldMessages.TOO_LONG;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.letstalk.web.ApiRequest;
import org.letstalk.web.Text;

/** {@code POST /api/people/{personId}/alerts}: an alert a team manager puts on the record. */
@ApiRequest("an alert")
public record AlertRequest(
    @NotNull(message = REQUIRED) AlertKind kind,
    @NotBlank(message = REQUIRED) @Size(max = 1000, message = TOO_LONG) String detail) {

  public AlertRequest {
    detail = Text.tidy(detail);
  }
}
