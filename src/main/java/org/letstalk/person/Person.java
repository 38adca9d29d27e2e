package org.letstalk.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.letstalk.store.Versioned;

/** Someone the council supports or has been contacted about. */
@Entity
@Table(name = "person")
public class Person extends Versioned {

  @Embedded
  private PersonDetails details;

  @Column(name = "name_key", nullable = false)
  private String nameKey;

  @Column(name = "postcode_key")
  private String postcodeKey;

  /** Name, date of birth and postcode together; unique so two simultaneous contacts cannot create twins. */
  @Column(name = "identity_key")
  private String identityKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "language", nullable = false)
  private Language language = Language.ENGLISH;

  protected Person() {
  }

  public static Person from(PersonDetails details, Instant now) {
    Person person = new Person();
    person.details = details;
    person.nameKey = nameKey(details.givenName(), details.familyName());
    person.postcodeKey = Postcode.key(details.postcode());
    person.identityKey = identityKey(person.nameKey, details.dateOfBirth(), person.postcodeKey);
    person.createdAt = now;
    return person;
  }

  static String nameKey(String givenName, String familyName) {
    return (givenName.strip() + " " + familyName.strip()).toLowerCase(Locale.UK).replaceAll("\\s+", " ");
  }

  static String identityKey(String nameKey, LocalDate dateOfBirth, String postcodeKey) {
    if (dateOfBirth == null || postcodeKey == null) {
      return null;
    }
    return nameKey + "|" + dateOfBirth + "|" + postcodeKey;
  }

  /** A person a human has confirmed is distinct from an identical-looking record. */
  void markConfirmedDistinct() {
    identityKey = null;
  }

  /** Fills in what the record lacks from a later contact; never overwrites what is already known. */
  public void completeFrom(PersonDetails later) {
    details = details.completedFrom(later);
  }

  /** The person's answer to the Active Offer at their latest contact; a contact where nobody asked changes nothing. */
  public void chooseLanguage(Language chosen) {
    if (chosen != null) {
      language = chosen;
    }
  }

  /** English or Welsh, for what the council writes to them. */
  public Language getLanguage() {
    return language;
  }

  public PersonDetails details() {
    return details;
  }

  public String getGivenName() {
    return details.givenName();
  }

  public String getFamilyName() {
    return details.familyName();
  }

  public String getFullName() {
    return details.givenName() + " " + details.familyName();
  }

  public LocalDate getDateOfBirth() {
    return details.dateOfBirth();
  }

  public String getNhsNumber() {
    return details.nhsNumber();
  }

  public String getPostcode() {
    return details.postcode();
  }

  public String getAddress() {
    return details.address();
  }

  public String getPhone() {
    return details.phone();
  }

  public String getPreferredLanguage() {
    return details.preferredLanguage();
  }

  public String getCommunicationNeeds() {
    return details.communicationNeeds();
  }

  public String getNameKey() {
    return nameKey;
  }

  public String getPostcodeKey() {
    return postcodeKey;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
