package org.letstalk.record;

import static org.letstalk.web.FieldMessages.REQUIRED;
import static org.letstalk.web.FieldMessages.TOO_LONG;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.letstalk.web.ApiRequest;
import org.letstalk.web.Text;

/**
 * {@code PUT /api/people/{personId}/restriction}: why the record is restricted, and the groups and people who may
 * still read it (at least one of them).
 */
@ApiRequest("a record restriction")
public record RestrictionRequest(
    @NotBlank(message = REQUIRED) @Size(max = 400, message = TOO_LONG) String reason,
    @Size(max = 20, message = "names more than {max} groups") List<String> groups,
    @Size(max = 50, message = "names more than {max} people") List<String> users) {

  public RestrictionRequest {
    reason = Text.tidy(reason);
    groups = tidy(groups);
    users = tidy(users);
  }

  private static List<String> tidy(List<String> names) {
    return names == null ? List.of() : names.stream().map(Text::tidy).filter(n -> n != null).distinct().toList();
  }
}
