package org.letstalk.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/** Someone the council supports or has been contacted about. */
@Entity
@Table(name = "person")
public class Person {

  @Id
  private UUID id;

  @Version
  private long version;

  @Column(name = "given_name", nullable = false)
  private String givenName;

  @Column(name = "family_name", nullable = false)
  private String familyName;

  @Column(name = "date_of_birth")
  private LocalDate dateOfBirth;

  @Column(name = "nhs_number")
  private String nhsNumber;

  @Column(name = "postcode")
  private String postcode;

  @Column(name = "address")
  private String address;

  @Column(name = "phone")
  private String phone;

  @Column(name = "preferred_language")
  private String preferredLanguage;

  @Column(name = "communication_needs")
  private String communicationNeeds;

  @Column(name = "name_key", nullable = false)
  private String nameKey;

  @Column(name = "postcode_key")
  private String postcodeKey;

  /** Name, date of birth and postcode together; unique so two simultaneous contacts cannot create twins. */
  @Column(name = "identity_key")
  private String identityKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Person() {
  }

  public static Person from(PersonDetails details, Instant now) {
    Person person = new Person();
    person.id = UUID.randomUUID();
    person.givenName = details.givenName();
    person.familyName = details.familyName();
    person.dateOfBirth = details.dateOfBirth();
    person.nhsNumber = details.nhsNumber();
    person.postcode = details.postcode();
    person.address = details.address();
    person.phone = details.phone();
    person.preferredLanguage = details.preferredLanguage();
    person.communicationNeeds = details.communicationNeeds();
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
  public void completeFrom(PersonDetails details) {
    if (nhsNumber == null && details.nhsNumber() != null) {
      nhsNumber = details.nhsNumber();
    }
    if (dateOfBirth == null && details.dateOfBirth() != null) {
      dateOfBirth = details.dateOfBirth();
    }
    if (phone == null) {
      phone = details.phone();
    }
    if (preferredLanguage == null) {
      preferredLanguage = details.preferredLanguage();
    }
    if (communicationNeeds == null) {
      communicationNeeds = details.communicationNeeds();
    }
  }

  public PersonDetails details() {
    return new PersonDetails(givenName, familyName, dateOfBirth, nhsNumber, postcode, address, phone,
        preferredLanguage, communicationNeeds);
  }

  public UUID getId() {
    return id;
  }

  public String getGivenName() {
    return givenName;
  }

  public String getFamilyName() {
    return familyName;
  }

  public String getFullName() {
    return givenName + " " + familyName;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public String getNhsNumber() {
    return nhsNumber;
  }

  public String getPostcode() {
    return postcode;
  }

  public String getAddress() {
    return address;
  }

  public String getPhone() {
    return phone;
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  public String getCommunicationNeeds() {
    return communicationNeeds;
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
