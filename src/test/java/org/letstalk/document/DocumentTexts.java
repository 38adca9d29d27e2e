package org.letstalk.document;

/** A document's text as a reader reads it, for tests of other features. */
public final class DocumentTexts {

  private DocumentTexts() {
  }

  public static String of(byte[] pdf) {
    return PdfChecks.text(pdf);
  }
}
