package org.letstalk.safeguarding;

import java.util.Map;
import java.util.UUID;
import org.letstalk.validation.FormInput;
import org.letstalk.validation.InputRejectedException;

/**
 * A concern as raised, checked field by field. The same names serve the Tasklist start form,
 * {@code POST /api/safeguarding-concerns} and the variables a raising process hands over.
 */
public record RaisedConcern(
    UUID personId,
    String personName,
    String reportedBy,
    String description,
    AbuseType abuseType,
    String allegedPersonName,
    String allegedPersonRelationship,
    boolean immediateDanger,
    String emergencyAction,
    String personWants,
    Capacity capacity) {

  /** What someone outside the council tells us; also the fields of the start form. */
  public static final String[] EXTERNAL_FIELDS = {
      "personId", "personName", "reportedBy", "concernDescription", "abuseType", "allegedPersonName",
      "allegedPersonRelationship", "immediateDanger", "emergencyActionTaken", "personWants", "capacity"};

  /**
   * Reads a concern. From outside the council the reporter, the type of abuse and whether the person is in
   * immediate danger must be given; a process raising a concern may not know the type yet, and the
   * decision-maker records it.
   */
  public static RaisedConcern from(Map<String, ?> values, boolean external) {
    FormInput in = FormInput.of(values);
    UUID personId = uuid(in, "personId");
    String personName = in.requiredText("personName", 210);
    String reportedBy = external ? in.requiredText("reportedBy", FormInput.SHORT_TEXT)
        : in.optionalText("reportedBy", FormInput.SHORT_TEXT);
    String description = in.requiredText("concernDescription", FormInput.LONG_TEXT);
    AbuseType abuseType = external ? in.requiredChoice("abuseType", AbuseType.class)
        : in.optionalChoice("abuseType", AbuseType.class);
    String allegedName = in.optionalText("allegedPersonName", FormInput.SHORT_TEXT);
    String allegedRelationship = in.optionalText("allegedPersonRelationship", FormInput.SHORT_TEXT);
    boolean danger = external ? in.requiredFlag("immediateDanger") : in.optionalFlag("immediateDanger");
    String emergencyAction = in.optionalText("emergencyActionTaken", FormInput.LONG_TEXT);
    if (danger && emergencyAction == null) {
      throw new InputRejectedException("emergencyActionTaken",
          "is required when the person is in immediate danger: record what was done to make them safe");
    }
    return new RaisedConcern(personId, personName, reportedBy, description, abuseType, allegedName,
        allegedRelationship, danger, emergencyAction, in.optionalText("personWants", FormInput.LONG_TEXT),
        in.optionalChoice("capacity", Capacity.class));
  }

  static UUID uuid(FormInput in, String field) {
    String text = in.optionalText(field, 36);
    if (text == null) {
      return null;
    }
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new InputRejectedException(field, "is not a record id");
    }
  }
}
