package org.letstalk.record;

import java.time.LocalDate;
import org.letstalk.validation.FormInput;
import org.letstalk.validation.Problems;

/** What a practitioner writes in a case note [T 5.11, 5.15], checked the same way from the page and the API. */
public record NoteContent(LocalDate date, NoteKind kind, NoteCategory category, String evidence, String text) {

  public static final String DATE = "date";
  public static final String KIND = "kind";
  public static final String CATEGORY = "category";
  public static final String EVIDENCE = "evidence";
  public static final String TEXT = "text";

  /** Reads the page's form. */
  static NoteContent read(FormInput in) {
    return new NoteContent(in.requiredDate(DATE), in.requiredChoice(KIND, NoteKind.class),
        in.requiredChoice(CATEGORY, NoteCategory.class), in.optionalText(EVIDENCE, 2000),
        in.requiredText(TEXT, FormInput.LONG_TEXT));
  }

  /** Before any record a council keeps: the earliest date a note may bear when the person's birth is not known. */
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  /**
   * Never dated ahead, nor before the person was born (before 1900 when that is not known); an opinion or
   * professional judgement always with its evidence [T 5.15].
   */
  void check(LocalDate today, LocalDate bornOn) {
    Problems problems = new Problems();
    if (date.isAfter(today)) {
      problems.add(DATE, "must not be in the future");
    } else if (bornOn != null && date.isBefore(bornOn)) {
      problems.add(DATE, "must not be before the person was born (" + bornOn + ")");
    } else if (date.isBefore(EARLIEST)) {
      problems.add(DATE, "must not be before 1900");
    }
    if (category == NoteCategory.OPINION && evidence == null) {
      problems.add(EVIDENCE, "is required for an opinion or professional judgement");  // [T 5.15]
    }
    problems.throwIfAny();
  }
}
