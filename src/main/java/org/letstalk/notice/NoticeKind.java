package org.letstalk.notice;

/**
 * What a notice says. It names what and where (a link) and the person by their initials only: an email may be read
 * where a record may not, so it carries nothing more of the case.
 */
public enum NoticeKind {
  CASE_ALLOCATED("A case has been allocated to you", "A case has been allocated to you"),
  CASE_TRANSFERRED("A case has been transferred to you", "A case has been transferred to you"),
  WORK_OVERDUE("Your work is overdue", "A task of yours is past its due date"),
  DECISION_OVERDUE("A decision waits on you", "A decision waits on you and is past its due date"),
  WORKER_IN_NO_TEAM("A worker in no team was given a case", "A worker who is in no team was given a case; it waits"
      + " in your team's queue until you put them in a team");

  private final String subject;
  private final String opening;

  NoticeKind(String subject, String opening) {
    this.subject = subject;
    this.opening = opening;
  }

  String subject() {
    return "Let's Talk: " + subject;
  }

  String opening() {
    return opening;
  }

  boolean isAboutATask() {
    return this == WORK_OVERDUE || this == DECISION_OVERDUE;
  }
}
