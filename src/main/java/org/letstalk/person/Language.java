package org.letstalk.person;

/**
 * English or Welsh: the language the person chose when Welsh was offered to them without their asking (the
 * Active Offer). Their documents are written in it.
 */
public enum Language {
  ENGLISH("en"),
  WELSH("cy");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** The language's tag (BCP 47), as documents and templates name it. */
  public String code() {
    return code;
  }
}
