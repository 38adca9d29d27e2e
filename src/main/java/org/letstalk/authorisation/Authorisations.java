package org.letstalk.authorisation;

import java.time.Clock;
import java.util.function.Supplier;
import org.letstalk.store.Idempotent;
import org.letstalk.validation.NotAllowedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Requests for authorisation and their decisions, keyed by the funding-authorisation process instance. */
@Service
@Transactional
public class Authorisations {

  private final AuthorisationRequestRepository requests;
  private final LongTermFunding.Guard longTermFunding;
  private final Clock clock;

  public Authorisations(AuthorisationRequestRepository requests, LongTermFunding.Guard longTermFunding, Clock clock) {
    this.requests = requests;
    this.longTermFunding = longTermFunding;
    this.clock = clock;
  }

  /** Stores the request; long-term funding is refused while a crisis plan is active [T 1.21, 2.43, 2.51]. */
  public AuthorisationRequest ask(String processInstanceId, AuthorisationAsked asked) {
    return Idempotent.write(requests, requests.findByProcessInstanceId(processInstanceId), () -> {
      if (asked.type().decidesLongTermFunding()) {
        longTermFunding.assertNoActiveCrisisPlan(asked.personId());
      }
      return AuthorisationRequest.asked(processInstanceId, asked.type(), asked.personId(), asked.subjectId(),
          asked.requestedBy(), asked.weeklyCost(), asked.oneOffAmount(), asked.residential(), asked.summary(),
          clock.instant());
    });
  }

  public AuthorisationRequest routedTo(String processInstanceId, AuthorisationLevel level) {
    return Idempotent.change(byProcess(processInstanceId), AuthorisationRequest::isDecided,
        request -> request.routedTo(level));
  }

  public AuthorisationRequest escalate(String processInstanceId) {
    return Idempotent.change(byProcess(processInstanceId), AuthorisationRequest::isDecided,
        AuthorisationRequest::escalated);
  }

  /**
   * The decision, never by the person who asked (four-eyes), whatever groups they hold: the requester is refused
   * before their form is even read.
   */
  public AuthorisationRequest decide(String processInstanceId, Supplier<AuthorisationDecided> form,
      String decidedBy) {
    return Idempotent.change(byProcess(processInstanceId), AuthorisationRequest::isDecided, request -> {
      assertNotRequester(request, decidedBy);
      AuthorisationDecided decided = form.get();
      request.decided(decided.decision(), decidedBy, decided.reason(), clock.instant());
    });
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
}
