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
import java.util.Map;
import java.util.UUID;
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

  @Column(name = "title")
  private String title;

  @Column(name = "preferred_name")
  private String preferredName;

  @Column(name = "stated_gender")
  private String statedGender;

  @Column(name = "phenotypic_sex")
  private String phenotypicSex;

  @Column(name = "ethnic_category")
  private String ethnicCategory;

  @Column(name = "primary_support_reason")
  private String primarySupportReason;

  @Column(name = "gp_practice")
  private String gpPractice;

  @Column(name = "main_language")
  private String mainLanguage;

  @Column(name = "interpreter_needed")
  private Boolean interpreterNeeded;

  @Column(name = "email")
  private String email;

  @Column(name = "consent_to_share")
  private Boolean consentToShare;

  @Column(name = "date_of_death")
  private LocalDate dateOfDeath;

  @Column(name = "merged_into")
  private UUID mergedInto;

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

  /** The value of one of the {@link DetailsForm#FIELDS kept details}, as text (a code for a coded one). */
  public String detail(String field) {
    return switch (field) {
      case DetailsForm.TITLE -> title;
      case DetailsForm.GIVEN_NAME -> details.givenName();
      case DetailsForm.FAMILY_NAME -> details.familyName();
      case DetailsForm.PREFERRED_NAME -> preferredName;
      case DetailsForm.ADDRESS -> details.address();
      case DetailsForm.POSTCODE -> details.postcode();
      case DetailsForm.PHONE -> details.phone();
      case DetailsForm.EMAIL -> email;
      case DetailsForm.PREFERRED_LANGUAGE -> details.preferredLanguage();
      case DetailsForm.COMMUNICATION_NEEDS -> details.communicationNeeds();
      case DetailsForm.CONSENT_TO_SHARE -> consentToShare == null ? null : consentToShare.toString();
      case DetailsForm.STATED_GENDER -> statedGender;
      case DetailsForm.PHENOTYPIC_SEX -> phenotypicSex;
      case DetailsForm.ETHNIC_CATEGORY -> ethnicCategory;
      case DetailsForm.PRIMARY_SUPPORT_REASON -> primarySupportReason;
      case DetailsForm.GP_PRACTICE -> gpPractice;
      case DetailsForm.MAIN_LANGUAGE -> mainLanguage;
      case DetailsForm.INTERPRETER_NEEDED -> interpreterNeeded == null ? null : interpreterNeeded.toString();
      case DetailsForm.LANGUAGE -> language.name();
      default -> throw new IllegalArgumentException("no detail " + field);
    };
  }

  /** Sets one kept detail to a value {@link DetailsForm} has checked; null removes it. */
  void changeDetail(String field, String value) {
    PersonDetails d = details;
    switch (field) {
      case DetailsForm.TITLE -> title = value;
      case DetailsForm.GIVEN_NAME -> details = new PersonDetails(value, d.familyName(), d.dateOfBirth(), d.nhsNumber(),
          d.postcode(), d.address(), d.phone(), d.preferredLanguage(), d.communicationNeeds());
      case DetailsForm.FAMILY_NAME -> details = new PersonDetails(d.givenName(), value, d.dateOfBirth(), d.nhsNumber(),
          d.postcode(), d.address(), d.phone(), d.preferredLanguage(), d.communicationNeeds());
      case DetailsForm.PREFERRED_NAME -> preferredName = value;
      case DetailsForm.ADDRESS -> details = new PersonDetails(d.givenName(), d.familyName(), d.dateOfBirth(),
          d.nhsNumber(), d.postcode(), value, d.phone(), d.preferredLanguage(), d.communicationNeeds());
      case DetailsForm.POSTCODE -> details = new PersonDetails(d.givenName(), d.familyName(), d.dateOfBirth(),
          d.nhsNumber(), value, d.address(), d.phone(), d.preferredLanguage(), d.communicationNeeds());
      case DetailsForm.PHONE -> details = new PersonDetails(d.givenName(), d.familyName(), d.dateOfBirth(),
          d.nhsNumber(), d.postcode(), d.address(), value, d.preferredLanguage(), d.communicationNeeds());
      case DetailsForm.EMAIL -> email = value;
      case DetailsForm.PREFERRED_LANGUAGE -> details = new PersonDetails(d.givenName(), d.familyName(),
          d.dateOfBirth(), d.nhsNumber(), d.postcode(), d.address(), d.phone(), value, d.communicationNeeds());
      case DetailsForm.COMMUNICATION_NEEDS -> details = new PersonDetails(d.givenName(), d.familyName(),
          d.dateOfBirth(), d.nhsNumber(), d.postcode(), d.address(), d.phone(), d.preferredLanguage(), value);
      case DetailsForm.CONSENT_TO_SHARE -> consentToShare = value == null ? null : Boolean.valueOf(value);
      case DetailsForm.STATED_GENDER -> statedGender = value;
      case DetailsForm.PHENOTYPIC_SEX -> phenotypicSex = value;
      case DetailsForm.ETHNIC_CATEGORY -> ethnicCategory = value;
      case DetailsForm.PRIMARY_SUPPORT_REASON -> primarySupportReason = value;
      case DetailsForm.GP_PRACTICE -> gpPractice = value;
      case DetailsForm.MAIN_LANGUAGE -> mainLanguage = value;
      case DetailsForm.INTERPRETER_NEEDED -> interpreterNeeded = value == null ? null : Boolean.valueOf(value);
      case DetailsForm.LANGUAGE -> language = Language.valueOf(value);
      default -> throw new IllegalArgumentException("no detail " + field);
    }
    String before = identityKey;
    nameKey = nameKey(details.givenName(), details.familyName());
    postcodeKey = Postcode.key(details.postcode());
    // A record a human confirmed distinct from a look-alike stays without the key that would clash with it.
    identityKey = before == null ? null : identityKey(nameKey, details.dateOfBirth(), postcodeKey);
  }

  /** The identity key the record would have with these changes, or null when it would have none. */
  String identityKeyAfter(Map<String, String> values) {
    if (identityKey == null) {
      return null;
    }
    String given = values.containsKey(DetailsForm.GIVEN_NAME) ? values.get(DetailsForm.GIVEN_NAME) : details.givenName();
    String family = values.containsKey(DetailsForm.FAMILY_NAME) ? values.get(DetailsForm.FAMILY_NAME)
        : details.familyName();
    String postcode = values.containsKey(DetailsForm.POSTCODE) ? values.get(DetailsForm.POSTCODE) : details.postcode();
    if (given == null || family == null) {
      return null;
    }
    return identityKey(nameKey(given, family), details.dateOfBirth(), Postcode.key(postcode));
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

  public String getTitle() {
    return title;
  }

  public String getPreferredName() {
    return preferredName;
  }

  public String getStatedGender() {
    return statedGender;
  }

  public String getPhenotypicSex() {
    return phenotypicSex;
  }

  public String getEthnicCategory() {
    return ethnicCategory;
  }

  public String getPrimarySupportReason() {
    return primarySupportReason;
  }

  public String getGpPractice() {
    return gpPractice;
  }

  public String getMainLanguage() {
    return mainLanguage;
  }

  public Boolean getInterpreterNeeded() {
    return interpreterNeeded;
  }

  public String getEmail() {
    return email;
  }

  /**
   * This record was merged into another: it keeps its name for old links, gives its NHS number up to the surviving
   * record and no longer matches a contact.
   */
  void mergedInto(UUID survivor) {
    mergedInto = survivor;
    identityKey = null;
    PersonDetails d = details;
    details = new PersonDetails(d.givenName(), d.familyName(), d.dateOfBirth(), null, d.postcode(), d.address(),
        d.phone(), d.preferredLanguage(), d.communicationNeeds());
  }

  public UUID getMergedInto() {
    return mergedInto;
  }

  void died(LocalDate on) {
    dateOfDeath = on;
  }

  public LocalDate getDateOfDeath() {
    return dateOfDeath;
  }

  public Boolean getConsentToShare() {
    return consentToShare;
  }
}
