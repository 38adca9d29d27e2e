package org.letstalk.involvement;

import java.util.UUID;

/** Whose case a record belongs to: the person, the contact that began it and the involvement it is part of. */
public record CaseContext(UUID personId, UUID contactId, UUID involvementId) {
}
