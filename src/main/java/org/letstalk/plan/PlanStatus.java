package org.letstalk.plan;

public enum PlanStatus {
  DRAFT,
  ACTIVE,
  ENDED
}
