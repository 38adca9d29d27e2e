package org.letstalk.safeguarding.flow;

import static org.letstalk.safeguarding.flow.SafeguardingVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.letstalk.safeguarding.AbuseType;
import org.letstalk.safeguarding.Capacity;
import org.letstalk.safeguarding.CareAndSupportNeeds;
import org.letstalk.safeguarding.ConcernDecision;
import org.letstalk.safeguarding.ConcernRoute;
import org.letstalk.safeguarding.EnquiryActions;
import org.letstalk.safeguarding.EnquiryConclusion;
import org.letstalk.safeguarding.EnquiryDiscussion;
import org.letstalk.safeguarding.MeetingKind;
import org.letstalk.safeguarding.MspOutcome;
import org.letstalk.safeguarding.PlanReviewOutcome;
import org.letstalk.safeguarding.ProtectionPlan;
import org.letstalk.safeguarding.ProtectionPlanReview;
import org.letstalk.safeguarding.RaisedConcern;
import org.letstalk.safeguarding.Representation;
import org.letstalk.safeguarding.RepresentativeRole;
import org.letstalk.safeguarding.RiskOutcome;
import org.letstalk.validation.FormInput;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.workflow.ProcessVariables;

/** Reads a concern as raised or reported, the decision on it, and the enquiry's forms [T 3.11; W ¶106-109]. */
public final class SafeguardingForms {

  private SafeguardingForms() {
  }

  /**
   * A concern. From outside the council the reporter, the type of abuse and whether the person is in immediate
   * danger must be given; a process raising a concern may not know the type yet, and the decision-maker records it.
   */
  public static RaisedConcern raised(Map<String, ?> values, boolean external) {
    return FormInput.read(values, in -> {
      UUID personId = in.optional(ProcessVariables.PERSON_ID, 36, SafeguardingForms::recordId);
      String personName = in.requiredText(ProcessVariables.PERSON_NAME, 210);
      String reportedBy = external ? in.requiredText(REPORTED_BY, FormInput.SHORT_TEXT)
          : in.optionalText(REPORTED_BY, FormInput.SHORT_TEXT);
      String description = in.requiredText(CONCERN_DESCRIPTION, FormInput.LONG_TEXT);
      AbuseType abuseType = external ? in.requiredChoice(ABUSE_TYPE, AbuseType.class)
          : in.optionalChoice(ABUSE_TYPE, AbuseType.class);
      String allegedName = in.optionalText(ALLEGED_PERSON_NAME, FormInput.SHORT_TEXT);
      String allegedRelationship = in.optionalText(ALLEGED_PERSON_RELATIONSHIP, FormInput.SHORT_TEXT);
      boolean danger = external ? in.requiredFlag(IMMEDIATE_DANGER) : in.optionalFlag(IMMEDIATE_DANGER);
      String emergencyAction = in.optionalText(EMERGENCY_ACTION_TAKEN, FormInput.LONG_TEXT);
      if (danger && emergencyAction == null && !in.rejected(EMERGENCY_ACTION_TAKEN)) {
        in.reject(EMERGENCY_ACTION_TAKEN,
            "is required when the person is in immediate danger: record what was done to make them safe");
      }
      return new RaisedConcern(personId, personName, reportedBy, description, abuseType, allegedName,
          allegedRelationship, danger, emergencyAction, in.optionalText(PERSON_WANTS, FormInput.LONG_TEXT),
          in.optionalChoice(CAPACITY, Capacity.class));
    });
  }

  /** The decision-maker's answers: the s42 criteria as they see them, the route, and why [T 3.11]. */
  static ConcernDecision decision(Map<String, ?> values) {
    return FormInput.read(values, in -> new ConcernDecision(
        in.requiredChoice(ABUSE_TYPE, AbuseType.class),
        in.requiredChoice(CAPACITY, Capacity.class),
        in.requiredChoice(CARE_AND_SUPPORT_NEEDS, CareAndSupportNeeds.class),
        in.requiredFlag(EXPERIENCING_OR_AT_RISK),
        in.requiredFlag(UNABLE_TO_PROTECT_THEMSELVES),
        in.requiredChoice(ROUTE, ConcernRoute.class),
        in.requiredText(DECISION_REASON, FormInput.LONG_TEXT)));
  }

  /** The discussion or strategy meeting, once held; who represents the person [W ¶27]. */
  static EnquiryDiscussion discussion(Map<String, ?> values, Clock clock) {
    return FormInput.read(values, in -> {
      MeetingKind kind = in.requiredChoice(MEETING_KIND, MeetingKind.class);
      LocalDate heldOn = in.requiredDate(MEETING_HELD_ON);
      if (heldOn != null && heldOn.isAfter(LocalDate.now(clock))) {
        in.reject(MEETING_HELD_ON, "is in the future: record the meeting once it has been held");
      }
      String attendees = in.optionalText(MEETING_ATTENDEES, 1000);
      String notes = in.requiredText(MEETING_NOTES, FormInput.LONG_TEXT);
      String wants = in.requiredText(OUTCOMES_PERSON_WANTS, FormInput.LONG_TEXT);
      return new EnquiryDiscussion(kind, heldOn, attendees, notes, wants, representation(in));
    });
  }

  private static Representation representation(FormInput in) {
    RepresentativeRole role = in.requiredChoice(REPRESENTATIVE_ROLE, RepresentativeRole.class);
    if (role == null || role == RepresentativeRole.NONE) {
      return new Representation(role, null, null);
    }
    return new Representation(role, in.requiredText(REPRESENTATIVE_NAME, FormInput.SHORT_TEXT),
        in.optionalText(REPRESENTATIVE_RELATIONSHIP, FormInput.SHORT_TEXT));
  }

  static EnquiryActions actions(Map<String, ?> values) {
    return FormInput.read(values, in -> new EnquiryActions(in.requiredText(ENQUIRY_ACTIONS_TAKEN, FormInput.LONG_TEXT),
        in.requiredText(ENQUIRY_FINDINGS, FormInput.LONG_TEXT)));
  }

  static ProtectionPlan plan(Map<String, ?> values, Clock clock) {
    return FormInput.read(values, in -> new ProtectionPlan(in.requiredText(PROTECTION_PLAN, FormInput.LONG_TEXT),
        reviewDate(in, clock)));
  }

  /** A review of the plan; its notes (and the next review's date, when the plan goes on) if not yet recorded. */
  static ProtectionPlanReview review(Map<String, ?> values, boolean recorded, Clock clock) {
    return FormInput.read(values, in -> {
      PlanReviewOutcome outcome = in.requiredChoice(PLAN_REVIEW_OUTCOME, PlanReviewOutcome.class);
      if (recorded) {
        return new ProtectionPlanReview(outcome, null, null);
      }
      String notes = in.requiredText(PLAN_REVIEW_NOTES, FormInput.LONG_TEXT);
      return new ProtectionPlanReview(outcome, notes,
          outcome == PlanReviewOutcome.CONTINUE_PLAN ? reviewDate(in, clock) : null);
    });
  }

  static EnquiryConclusion conclusion(Map<String, ?> values) {
    return FormInput.read(values, in -> new EnquiryConclusion(in.requiredChoice(MSP_OUTCOME, MspOutcome.class),
        in.requiredChoice(RISK_OUTCOME, RiskOutcome.class), in.requiredText(CONCLUSION_SUMMARY, FormInput.LONG_TEXT)));
  }

  /** The plan's next review: after today and within six months, so a protection plan never drifts. */
  private static LocalDate reviewDate(FormInput in, Clock clock) {
    LocalDate date = in.requiredDate(PLAN_REVIEW_DUE_ON);
    if (date == null) {
      return null;
    }
    LocalDate today = LocalDate.now(clock);
    if (!date.isAfter(today)) {
      in.reject(PLAN_REVIEW_DUE_ON, "must be after today");
    } else if (date.isAfter(today.plusMonths(6))) {
      in.reject(PLAN_REVIEW_DUE_ON, "is more than six months away: a protection plan must not drift");
    }
    return date;
  }

  private static UUID recordId(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new InputRejectedException(ProcessVariables.PERSON_ID, "is not a record id");
    }
  }
}
