package org.letstalk.taskcase;

import java.util.List;

/**
 * What a task's card in the worktray shows beside Tasklist's own: the kind of work, whom it is about, their date of
 * birth and the alerts every worker is warned of, the due date as a date, whether it is overdue, and the safeguarding
 * flag. {@code person}, {@code dateOfBirth} and {@code alerts} are empty where the reader may not read the record;
 * {@code safeguarding} is null for those who may not know a concern exists.
 */
public record TaskCard(String work, String person, String dateOfBirth, Integer age, List<String> alerts, String due,
    boolean overdue, Boolean safeguarding) {
}
