package org.letstalk.record;

import java.time.LocalDate;
import org.letstalk.validation.FormInput;
import org.letstalk.validation.InputRejectedException;

/** What a practitioner writes in a case note, checked the same way from the page and the API. */
public record NoteContent(LocalDate date, NoteKind kind, NoteCategory category, String evidence, String text) {

  public static NoteContent from(FormInput in, LocalDate today) {
    LocalDate date = in.requiredDate("date");
    if (date.isAfter(today)) {
      throw new InputRejectedException("date", "must not be in the future");
    }
    NoteKind kind = in.requiredChoice("kind", NoteKind.class);
    NoteCategory category = in.requiredChoice("category", NoteCategory.class);
    String evidence = in.optionalText("evidence", 2000);
    if (category == NoteCategory.OPINION && evidence == null) {
      throw new InputRejectedException("evidence", "is required for an opinion or professional judgement [T 5.15]");
    }
    return new NoteContent(date, kind, category, evidence, in.requiredText("text", FormInput.LONG_TEXT));
  }
}
