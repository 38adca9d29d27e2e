package org.letstalk.taskcase;

/**
 * What a task's card in the worktray shows beside Tasklist's own: whom it is about and their date of birth, the due
 * date as a date, whether it is overdue, and the safeguarding flag. {@code person} and {@code dateOfBirth} are null
 * where the reader may not read the record; {@code safeguarding} is null for those who may not know a concern exists.
 */
public record TaskCard(String person, String dateOfBirth, Integer age, String due, boolean overdue,
    Boolean safeguarding) {
}
