package org.letstalk.record;

import static org.letstalk.web.FieldMessages.REQUIRED;
import static org.letstalk.web.FieldMessages.TOO_LONG;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.letstalk.web.ApiRequest;
import org.letstalk.web.Text;

/** {@code POST /api/people/{personId}/alerts/{alertId}/end}: why the alert no longer applies. */
@ApiRequest("the end of an alert")
public record AlertEnd(@NotBlank(message = REQUIRED) @Size(max = 1000, message = TOO_LONG) String reason) {

  public AlertEnd {
    reason = Text.tidy(reason);
  }
}
