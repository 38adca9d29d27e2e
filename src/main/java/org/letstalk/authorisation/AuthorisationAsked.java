package org.letstalk.authorisation;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What a process asks to have authorised: what kind of request, by whom, for whom and what (the subject: a
 * conversation, a plan, an involvement), the money involved and a summary the authoriser reads.
 */
public record AuthorisationAsked(
    RequestType type,
    String requestedBy,
    UUID personId,
    UUID subjectId,
    BigDecimal weeklyCost,
    BigDecimal oneOffAmount,
    boolean residential,
    String summary) {
}
