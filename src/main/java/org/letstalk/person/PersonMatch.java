package org.letstalk.person;

import java.util.UUID;

/** What the search for the person found. */
public record PersonMatch(MatchStatus status, UUID personId, UUID candidateId) {

  public enum MatchStatus {
    /** Same NHS number. */
    NHS_NUMBER,
    /** Same name, date of birth and postcode. */
    NAME_DATE_OF_BIRTH_POSTCODE,
    /** Nobody like them on record: a new person record was made. */
    NEW_PERSON,
    /** Somebody similar: a human must confirm or reject before anything is linked. */
    UNCERTAIN,
    /** A human confirmed the uncertain match. */
    CONFIRMED,
    /** A human rejected the uncertain match: a new person record was made. */
    REJECTED
  }

  public boolean needsConfirmation() {
    return status == MatchStatus.UNCERTAIN;
  }
}
