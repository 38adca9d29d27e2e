package org.letstalk.audit;

/** What an audit asks of managers afterwards [T 6.15, Part 6]. */
public enum AuditFinding {
  /** No grade below Adequate: the audit goes to the thematic review only. */
  SATISFACTORY,
  /** A Poor grade: the worker's team manager puts support in place. */
  POOR,
  /** An Unacceptable grade: the team manager and service manager intervene the same day. */
  UNACCEPTABLE
}
