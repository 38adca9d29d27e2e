package org.letstalk.authorisation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.letstalk.conversation.CrisisPlans;
import org.letstalk.validation.FormInput;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.validation.NotAllowedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Requests for authorisation and their decisions, keyed by the funding-authorisation process instance. */
@Service
@Transactional
public class Authorisations {

  private final AuthorisationRequestRepository requests;
  private final CrisisPlans crisisPlans;
  private final Clock clock;

  public Authorisations(AuthorisationRequestRepository requests, CrisisPlans crisisPlans, Clock clock) {
    this.requests = requests;
    this.crisisPlans = crisisPlans;
    this.clock = clock;
  }

  /** Validates the caller's inputs and stores the request. */
  public AuthorisationRequest ask(String processInstanceId, Map<String, ?> inputs) {
    return requests.findByProcessInstanceId(processInstanceId).orElseGet(() -> {
      FormInput in = FormInput.of(inputs);
      RequestType type = in.requiredChoice("requestType", RequestType.class);
      String requestedBy = in.requiredText("requestedBy", 100);
      UUID personId = uuid(in, "personId", true);
      UUID subjectId = uuid(in, "subjectId", false);
      BigDecimal weeklyCost = in.optionalAmount("weeklyCost");
      BigDecimal oneOff = in.optionalAmount("oneOffAmount");
      boolean residential = in.optionalFlag("residential");
      String summary = in.requiredText("summary", FormInput.LONG_TEXT);
      if (type == RequestType.LT2_SPEND && oneOff == null) {
        throw new InputRejectedException("oneOffAmount", "a spend needs its amount");
      }
      if (type.decidesLongTermFunding()) {
        if (weeklyCost == null) {
          throw new InputRejectedException("weeklyCost", "a funding request needs its weekly cost");
        }
        crisisPlans.assertNoActiveCrisisPlan(personId);
      }
      return requests.saveAndFlush(AuthorisationRequest.asked(processInstanceId, type, personId, subjectId,
          requestedBy, weeklyCost, oneOff, residential, summary, clock.instant()));
    });
  }

  public AuthorisationRequest routedTo(String processInstanceId, AuthorisationLevel level) {
    AuthorisationRequest request = byProcess(processInstanceId);
    if (request.getStatus() == AuthorisationStatus.PENDING) {
      request.routedTo(level);
    }
    return request;
  }

  public AuthorisationRequest escalate(String processInstanceId) {
    AuthorisationRequest request = byProcess(processInstanceId);
    if (request.getStatus() == AuthorisationStatus.PENDING) {
      request.escalated();
    }
    return request;
  }

  /** The decision, never by the person who asked (four-eyes), whatever groups they hold. */
  public AuthorisationRequest decide(String processInstanceId, Map<String, ?> form, String decidedBy) {
    AuthorisationRequest request = byProcess(processInstanceId);
    if (request.getStatus() != AuthorisationStatus.PENDING) {
      return request;
    }
    assertNotRequester(request, decidedBy);
    FormInput in = FormInput.of(form);
    AuthorisationDecision decision = in.requiredChoice("authorisationDecision", AuthorisationDecision.class);
    String reason = in.optionalText("authorisationReason", FormInput.LONG_TEXT);
    if (reason == null && decision == AuthorisationDecision.DECLINED) {
      throw new InputRejectedException("authorisationReason", "say why the request is declined");
    }
    if (reason == null && decision == AuthorisationDecision.RETURNED) {
      throw new InputRejectedException("authorisationReason", "say what needs to change");
    }
    request.decided(decision, decidedBy, reason, clock.instant());
    return request;
  }

  /** Refuses the requester: used when the task is claimed or assigned, and again when it is decided. */
  public void assertNotRequester(String processInstanceId, String userId) {
    assertNotRequester(byProcess(processInstanceId), userId);
  }

  private static void assertNotRequester(AuthorisationRequest request, String userId) {
    if (userId == null) {
      throw new NotAllowedException("An authorisation is decided by a signed-in manager");
    }
    if (userId.equals(request.getRequestedBy())) {
      throw new NotAllowedException(userId + " asked for this and cannot authorise it: another manager must decide");
    }
  }

  @Transactional(readOnly = true)
  public AuthorisationRequest byProcess(String processInstanceId) {
    return requests.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("No authorisation request for process " + processInstanceId));
  }

  private static UUID uuid(FormInput in, String field, boolean required) {
    String text = required ? in.requiredText(field, 36) : in.optionalText(field, 36);
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
