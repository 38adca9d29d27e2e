package org.letstalk.document;

/** How a document reached the person. */
public enum GivenHow {
  IN_PERSON,
  POST,
  EMAIL
}
