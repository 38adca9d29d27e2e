package org.letstalk.authorisation.flow;

import static org.letstalk.authorisation.flow.AuthorisationVariables.*;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.letstalk.authorisation.AuthorisationAsked;
import org.letstalk.authorisation.AuthorisationDecided;
import org.letstalk.authorisation.AuthorisationDecision;
import org.letstalk.authorisation.RequestType;
import org.letstalk.validation.FormInput;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.workflow.ProcessVariables;

/** Reads what a calling process asks to have authorised, and the authoriser's decision form. */
final class AuthorisationForms {

  private AuthorisationForms() {
  }

  static AuthorisationAsked asked(Map<String, ?> variables) {
    return FormInput.read(variables, in -> {
      RequestType type = in.requiredChoice(REQUEST_TYPE, RequestType.class);
      String requestedBy = in.requiredText(REQUESTED_BY, 100);
      UUID personId = in.requiredText(ProcessVariables.PERSON_ID, 36) == null ? null
          : recordId(in, ProcessVariables.PERSON_ID);
      UUID subjectId = recordId(in, SUBJECT_ID);
      BigDecimal weeklyCost = in.optionalAmount(WEEKLY_COST);
      BigDecimal oneOff = in.optionalAmount(ONE_OFF_AMOUNT);
      boolean residential = in.optionalFlag(RESIDENTIAL);
      String summary = in.requiredText(SUMMARY, FormInput.LONG_TEXT);
      if (type == RequestType.LT2_SPEND && oneOff == null && !in.rejected(ONE_OFF_AMOUNT)) {
        in.reject(ONE_OFF_AMOUNT, "a spend needs its amount");
      }
      if (type != null && type.decidesLongTermFunding() && weeklyCost == null && !in.rejected(WEEKLY_COST)) {
        in.reject(WEEKLY_COST, "a funding request needs its weekly cost");
      }
      return new AuthorisationAsked(type, requestedBy, personId, subjectId, weeklyCost, oneOff, residential, summary);
    });
  }

  static AuthorisationDecided decided(Map<String, ?> variables) {
    return FormInput.read(variables, in -> {
      AuthorisationDecision decision = in.requiredChoice(AUTHORISATION_DECISION, AuthorisationDecision.class);
      String reason = in.optionalText(AUTHORISATION_REASON, FormInput.LONG_TEXT);
      if (reason == null && !in.rejected(AUTHORISATION_REASON)) {
        if (decision == AuthorisationDecision.DECLINED) {
          in.reject(AUTHORISATION_REASON, "say why the request is declined");
        } else if (decision == AuthorisationDecision.RETURNED) {
          in.reject(AUTHORISATION_REASON, "say what needs to change");
        }
      }
      return new AuthorisationDecided(decision, reason);
    });
  }

  private static UUID recordId(FormInput in, String field) {
    return in.optional(field, 36, text -> {
      try {
        return UUID.fromString(text);
      } catch (IllegalArgumentException e) {
        throw new InputRejectedException(field, "is not a record id");
      }
    });
  }
}
