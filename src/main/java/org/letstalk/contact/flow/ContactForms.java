package org.letstalk.contact.flow;

import static org.letstalk.contact.flow.ContactVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.letstalk.contact.Allocation;
import org.letstalk.contact.ContactMethod;
import org.letstalk.contact.ContactOutcome;
import org.letstalk.contact.InformationAdviceOrAssistance;
import org.letstalk.contact.MatchDecision;
import org.letstalk.contact.NewContact;
import org.letstalk.contact.OutcomeDecision;
import org.letstalk.contact.RequestRoute;
import org.letstalk.contact.RouteOfAccess;
import org.letstalk.identity.Groups;
import org.letstalk.identity.Workers;
import org.letstalk.person.DetailsForm;
import org.letstalk.person.Language;
import org.letstalk.person.NhsNumber;
import org.letstalk.person.PersonDetails;
import org.letstalk.team.Team;
import org.letstalk.team.Teams;
import org.letstalk.person.Postcode;
import org.letstalk.person.ReportedDetails;
import org.letstalk.validation.FormInput;
import org.letstalk.validation.InputRejectedException;

/**
 * Reads the front door's forms, field by field: the contact (from the Tasklist start form, and checked the same
 * way before another system's contact starts the process), the match decision and the outcome.
 */
public final class ContactForms {

  private ContactForms() {
  }

  public static NewContact newContact(Map<String, ?> values, Clock clock) {
    return FormInput.read(values, in -> {
      LocalDate dateOfBirth = in.optionalDate(DATE_OF_BIRTH);
      if (dateOfBirth != null) {
        LocalDate today = LocalDate.now(clock);
        if (dateOfBirth.isAfter(today)) {
          in.reject(DATE_OF_BIRTH, "is in the future");
        } else if (dateOfBirth.isBefore(today.minusYears(130))) {
          in.reject(DATE_OF_BIRTH, "is more than 130 years ago");
        }
      }
      PersonDetails person = new PersonDetails(
          in.requiredText(GIVEN_NAME, 100),
          in.requiredText(FAMILY_NAME, 100),
          dateOfBirth,
          in.optional(NHS_NUMBER, 20, nhs -> NhsNumber.normalise(NHS_NUMBER, nhs)),
          in.optional(POSTCODE, 10, postcode -> Postcode.normalise(POSTCODE, postcode)),
          in.optionalText(ADDRESS, 300),
          DetailsForm.phone(in),
          in.optionalText(PREFERRED_LANGUAGE, 100),
          in.optionalText(COMMUNICATION_NEEDS, 1000));
      // Checked against the same code lists as a change on the person's record.
      ReportedDetails reported = ReportedDetails.of(DetailsForm.readGiven(in));
      RouteOfAccess route = in.requiredChoice(ROUTE_OF_ACCESS, RouteOfAccess.class);
      String contactName = in.optionalText(CONTACT_NAME, FormInput.SHORT_TEXT);
      if (route != null && route != RouteOfAccess.SELF && contactName == null && !in.rejected(CONTACT_NAME)) {
        in.reject(CONTACT_NAME, "is required when someone other than the person makes contact");
      }
      boolean safeguarding = in.optionalFlag(SAFEGUARDING_CONCERN);
      String safeguardingDetail = in.optionalText(SAFEGUARDING_DETAIL, FormInput.LONG_TEXT);
      if (safeguarding && safeguardingDetail == null && !in.rejected(SAFEGUARDING_DETAIL)) {
        in.reject(SAFEGUARDING_DETAIL, "is required when a safeguarding concern is ticked");
      }
      String allegedPersonName = in.optionalText(ALLEGED_PERSON_NAME, FormInput.SHORT_TEXT);
      String allegedPersonRelationship = in.optionalText(ALLEGED_PERSON_RELATIONSHIP, FormInput.SHORT_TEXT);
      return new NewContact(
          person,
          reported,
          route,
          in.requiredChoice(CONTACT_METHOD, ContactMethod.class),
          contactName,
          in.optionalText(CONTACT_RELATIONSHIP, FormInput.SHORT_TEXT),
          in.optionalText(CONTACT_PHONE, 40),
          in.requiredText(PRESENTING_NEED, FormInput.LONG_TEXT),
          in.requiredFlag(CONSENT_TO_SHARE),
          in.optionalText(CONSENT_NOTES, 1000),
          in.optionalFlag(INTERPRETER_NEEDED),
          in.optionalChoice(LANGUAGE, Language.class),
          safeguarding,
          safeguardingDetail,
          safeguarding ? allegedPersonName : null,
          safeguarding ? allegedPersonRelationship : null,
          in.optionalChoice(REQUEST_ROUTE, RequestRoute.class));
    });
  }

  static MatchDecision matchDecision(Map<String, ?> values) {
    return FormInput.read(values, in -> new MatchDecision(in.requiredFlag(MATCH_CONFIRMED),
        in.requiredText(MATCH_DECISION_REASON, FormInput.LONG_TEXT)));
  }

  /**
   * Who may hold the first conversations of a new case besides the workers who hold conversations: the front door,
   * where the council's table front-door-holds lets it (no hand-off).
   */
  interface FrontDoorHolds {
    boolean letsTheFrontDoorHold(ContactOutcome outcome, boolean crisis);
  }

  /**
   * The decision on a contact, with its reason [N 5.2] and who takes it on: never a waiting list [N 3.7d]. The work
   * goes to a worker and their team's queue, or to a team's queue. In Wales information and advice also says whether
   * information alone was given, or advice or assistance, which a proportionate assessment must follow [W ¶71].
   */
  static OutcomeDecision outcome(Map<String, ?> values, String currentUser, Workers workers, boolean inWales,
      Teams teams, FrontDoorHolds frontDoor) {
    return FormInput.read(values, in -> {
      ContactOutcome outcome = in.requiredChoice(OUTCOME, ContactOutcome.class);
      String reason = in.requiredText(OUTCOME_REASON, FormInput.LONG_TEXT);
      if (outcome == null) {
        return null;
      }
      if (outcome == ContactOutcome.INFORMATION_AND_ADVICE) {
        String given = in.requiredText(INFORMATION_GIVEN, FormInput.LONG_TEXT);
        InformationAdviceOrAssistance kind = inWales
            ? in.requiredChoice(INFORMATION_ADVICE_OR_ASSISTANCE, InformationAdviceOrAssistance.class) : null;
        if (in.optionalFlag(CRISIS)) {
          // Never dropped silently: a crisis needs a conversation, not information alone.
          throw new InputRejectedException(CRISIS, "a person in crisis needs a conversation: progress the contact to"
              + " a new or existing case, or answer no");
        }
        return new OutcomeDecision(outcome, reason, given, false, null, null, kind);
      }
      // A new case in crisis goes straight to Let's Talk 2, as an existing case in crisis does [T 2.37].
      boolean crisis = outcome == ContactOutcome.EXISTING_CASE ? in.requiredFlag(CRISIS) : in.optionalFlag(CRISIS);
      String[] allocated = teamAllocation(in, currentUser, workers, teams,
          outcome == ContactOutcome.NEW_CASE && frontDoor.letsTheFrontDoorHold(outcome, crisis));
      return allocated == null ? null
          : new OutcomeDecision(outcome, reason, null, crisis, allocated[0], allocated[1], null);
    });
  }

  /**
   * Who takes a contact's conversation on, {user, team queue}: a worker and their team's queue, or a team's queue by
   * its name; {@code frontDoorHolds}: the front door may take it on themselves. Null when refused (the problem noted).
   */
  static String[] teamAllocation(FormInput in, String currentUser, Workers workers, Teams teams,
      boolean frontDoorHolds) {
    Allocation allocation = in.requiredChoice(ALLOCATION, Allocation.class);
    if (allocation == null) {
      return null;
    }
    return switch (allocation) {
      case MYSELF -> {
        boolean frontDoor = frontDoorHolds && workers.isIn(currentUser, Groups.FRONT_DOOR);
        if (!workers.canHoldConversations(currentUser) && !frontDoor) {
          in.reject(ALLOCATION, "you are not in a team that holds conversations; choose a worker or a team");
          yield null;
        }
        if (teams.teamsOf(currentUser).isEmpty() && !workers.canHoldConversations(currentUser)) {
          in.reject(ALLOCATION, "you are in no team yet; choose a worker or a team");
          yield null;
        }
        String queue = workersQueue(in, currentUser, "you work", teams);
        yield queue == null ? null : new String[] {currentUser, queue};
      }
      case NAMED_WORKER -> {
        String worker = in.requiredText(ALLOCATED_WORKER, 100);
        if (worker != null && !workers.canHoldConversations(worker)) {
          in.reject(ALLOCATED_WORKER, "'" + worker + "' is not a worker who holds conversations");
          yield null;
        }
        String queue = worker == null ? null : workersQueue(in, worker, "'" + worker + "' works", teams);
        yield queue == null ? null : new String[] {worker, queue};
      }
      case TEAM_QUEUE -> {
        String team = in.requiredText(ALLOCATED_TEAM, 100);
        if (team == null) {
          yield null;
        }
        // A team by its name or queue; the roles' queues of before teams owned cases are still understood.
        Optional<String> queue = teams.named(team).map(Team::getGroupId)
            .or(() -> Optional.of(team).filter(workers::isConversationTeam));
        if (queue.isEmpty()) {
          in.reject(ALLOCATED_TEAM, "'" + team + "' is not a team; the teams are "
              + String.join(", ", teams.all().stream().map(Team::getName).toList()));
          yield null;
        }
        yield new String[] {null, queue.get()};
      }
    };
  }

  /**
   * The queue of the team that holds a worker's new case: the team the form names, if the worker is in it, else their
   * one team. A worker in several teams has no default: which team holds the case is asked, never guessed.
   */
  private static String workersQueue(FormInput in, String worker, String whoWorks, Teams teams) {
    String named = in.optionalText(ALLOCATED_TEAM, 100);
    Optional<String> queue = teams.queueOf(worker, named);
    if (queue.isPresent()) {
      return queue.get();
    }
    List<String> theirs = teams.teamsOf(worker).stream().map(Team::getName).toList();
    in.reject(ALLOCATED_TEAM, named == null
        ? whoWorks + " in several teams (" + String.join(", ", theirs) + "); choose which team holds the case"
        : theirs.isEmpty() ? whoWorks + " in no team; leave the team empty"
        : "'" + named + "' is not one of the teams " + whoWorks + " in: " + String.join(", ", theirs));
    return null;
  }

  /**
   * Who takes the conversation on, from the allocation fields: {user, team}, either may be null; null when the
   * answer is missing or refused (the problem noted).
   */
  static String[] allocation(FormInput in, String currentUser, Workers workers) {
    Allocation allocation = in.requiredChoice(ALLOCATION, Allocation.class);
    if (allocation == null) {
      return null;
    }
    return switch (allocation) {
      case MYSELF -> {
        if (!workers.canHoldConversations(currentUser)) {
          in.reject(ALLOCATION, "you are not in a team that holds conversations; choose a worker or a team");
          yield null;
        }
        yield new String[] {currentUser, workers.conversationTeamOf(currentUser)};
      }
      case NAMED_WORKER -> {
        String worker = in.requiredText(ALLOCATED_WORKER, 100);
        if (worker != null && !workers.canHoldConversations(worker)) {
          in.reject(ALLOCATED_WORKER, "'" + worker + "' is not a worker who holds conversations");
          yield null;
        }
        yield worker == null ? null : new String[] {worker, workers.conversationTeamOf(worker)};
      }
      case TEAM_QUEUE -> {
        String team = in.requiredText(ALLOCATED_TEAM, 100);
        if (team != null && !workers.isConversationTeam(team)) {
          in.reject(ALLOCATED_TEAM, "'" + team + "' is not a team that holds conversations");
        }
        yield new String[] {null, team};
      }
    };
  }
}
