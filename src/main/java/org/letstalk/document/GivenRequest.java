package org.letstalk.document;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.letstalk.web.ApiRequest;

/** {@code POST /api/documents/{id}/given}: how the document reached the person, and when (now when left out). */
@ApiRequest("a document given")
public record GivenRequest(@NotNull GivenHow how, Instant givenAt) {
}
