package org.letstalk.review;

/** Who asked for an early review. */
public enum RequesterRole {
  PERSON,
  CARER,
  ADVOCATE,
  PROVIDER,
  PRACTITIONER
}
