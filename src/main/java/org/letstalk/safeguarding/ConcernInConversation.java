package org.letstalk.safeguarding;

import static org.letstalk.web.FieldMessages.REQUIRED;
import static org.letstalk.web.FieldMessages.TOO_LONG;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.letstalk.web.ApiRequest;
import org.letstalk.web.Text;

/**
 * {@code POST /api/conversations/{processInstanceId}/safeguarding-concerns}: what the practitioner tells; the
 * person and where it was raised come from the conversation.
 */
@ApiRequest("a safeguarding concern raised in a conversation")
public record ConcernInConversation(
    @NotBlank(message = REQUIRED) @Size(max = 4000, message = TOO_LONG) String concernDescription,
    AbuseType abuseType,
    @Size(max = 200, message = TOO_LONG) String allegedPersonName,
    @Size(max = 200, message = TOO_LONG) String allegedPersonRelationship,
    Boolean immediateDanger,
    @Size(max = 4000, message = TOO_LONG) String emergencyActionTaken,
    @Size(max = 4000, message = TOO_LONG) String personWants,
    Capacity capacity) {

  public ConcernInConversation {
    concernDescription = Text.tidy(concernDescription);
    allegedPersonName = Text.tidy(allegedPersonName);
    allegedPersonRelationship = Text.tidy(allegedPersonRelationship);
    emergencyActionTaken = Text.tidy(emergencyActionTaken);
    personWants = Text.tidy(personWants);
  }
}
