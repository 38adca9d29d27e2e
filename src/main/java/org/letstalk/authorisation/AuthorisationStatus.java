package org.letstalk.authorisation;

public enum AuthorisationStatus {
  PENDING,
  APPROVED,
  DECLINED,
  RETURNED
}
