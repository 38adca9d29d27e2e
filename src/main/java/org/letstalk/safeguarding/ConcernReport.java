package org.letstalk.safeguarding;

import static org.letstalk.web.FieldMessages.REQUIRED;
import static org.letstalk.web.FieldMessages.TOO_LONG;
import static org.letstalk.web.FieldMessages.YES_OR_NO;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.letstalk.web.ApiRequest;
import org.letstalk.web.Text;

/**
 * {@code POST /api/safeguarding-concerns}: a concern from outside the council (police, a provider, a neighbour),
 * the start form's fields. The reporter, the type of abuse and whether the person is in immediate danger are
 * required.
 */
@ApiRequest("a safeguarding concern")
public record ConcernReport(
    UUID personId,
    @NotBlank(message = REQUIRED) @Size(max = 210, message = TOO_LONG) String personName,
    @NotBlank(message = REQUIRED) @Size(max = 200, message = TOO_LONG) String reportedBy,
    @NotBlank(message = REQUIRED) @Size(max = 4000, message = TOO_LONG) String concernDescription,
    @NotNull AbuseType abuseType,
    @Size(max = 200, message = TOO_LONG) String allegedPersonName,
    @Size(max = 200, message = TOO_LONG) String allegedPersonRelationship,
    @NotNull(message = YES_OR_NO) Boolean immediateDanger,
    @Size(max = 4000, message = TOO_LONG) String emergencyActionTaken,
    @Size(max = 4000, message = TOO_LONG) String personWants,
    Capacity capacity) {

  public ConcernReport {
    personName = Text.tidy(personName);
    reportedBy = Text.tidy(reportedBy);
    concernDescription = Text.tidy(concernDescription);
    allegedPersonName = Text.tidy(allegedPersonName);
    allegedPersonRelationship = Text.tidy(allegedPersonRelationship);
    emergencyActionTaken = Text.tidy(emergencyActionTaken);
    personWants = Text.tidy(personWants);
  }
}
