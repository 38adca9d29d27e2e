package org.letstalk.caseload;

/** Open tasks and, of them, those past their due date. */
public record TaskCount(long open, long overdue) {

  public static final TaskCount NONE = new TaskCount(0, 0);
}
