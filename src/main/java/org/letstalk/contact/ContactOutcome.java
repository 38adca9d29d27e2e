package org.letstalk.contact;

/** What happens after a contact [T §4.1–4.3]. */
public enum ContactOutcome {
  /** Information and advice or signposting; the contact closes. */
  INFORMATION_AND_ADVICE,
  /** A new case: a conversation starts with the person. */
  NEW_CASE,
  /** The person already has a case: linked to it (crisis or not). */
  EXISTING_CASE
}
