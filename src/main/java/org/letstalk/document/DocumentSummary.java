package org.letstalk.document;

import java.time.Instant;
import java.util.UUID;
import org.letstalk.person.Language;

/** A document as its list shows it, without its content. */
public record DocumentSummary(UUID id, UUID personId, DocumentKind kind, String title, Language language,
    String templateVersion, String contentSha256, String madeBy, Instant madeAt) {
}
