package org.letstalk.contact;

public enum ContactMethod {
  PHONE,
  EMAIL,
  LETTER,
  IN_PERSON,
  ONLINE_FORM,
  REFERRAL_SYSTEM
}
