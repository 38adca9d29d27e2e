package org.letstalk.review;

import java.util.List;
import java.util.UUID;
import org.letstalk.person.PersonRepository;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlans;
import org.letstalk.record.AccessLog;
import org.letstalk.record.RecordPolicy;
import org.letstalk.record.Viewer;
import org.letstalk.validation.NoSuchRecordException;
import org.letstalk.validation.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An early review asked for from the person's record: finds the plan in force the request is about, so nobody types
 * a plan's id, and says who asked from the signed-in worker when a practitioner did.
 */
@Service
@Transactional
public class PlanToReview {

  static final String REQUEST_EARLY_REVIEW = "REQUEST_EARLY_REVIEW";

  private final SupportPlans plans;
  private final PersonRepository people;
  private final AccessLog accessLog;
  private final RecordPolicy policy;

  public PlanToReview(SupportPlans plans, PersonRepository people, AccessLog accessLog, RecordPolicy policy) {
    this.plans = plans;
    this.people = people;
    this.accessLog = accessLog;
    this.policy = policy;
  }

  /** The request for the person's plan in force: their own, or the carer's plan when {@code carersPlan} says so. */
  public EarlyReviewRequest request(UUID personId, EarlyReviewFromRecord asked, Viewer viewer) {
    List<SupportPlan> inForce = inForce(personId, viewer);
    Problems problems = new Problems();
    String requestedBy = requester(asked, viewer, problems);
    List<SupportPlan> chosen = asked.carersPlan() == null ? inForce : inForce.stream()
        .filter(plan -> (plan.getPlanType() == PlanType.CARER_SUPPORT) == asked.carersPlan()).toList();
    if (inForce.isEmpty()) {
      problems.add("personId", "has no plan in force to review");
    } else if (chosen.isEmpty()) {
      problems.add("carersPlan", asked.carersPlan() ? "this person has no carer's plan in force"
          : "this person has only a carer's plan in force");
    } else if (chosen.size() > 1) {
      problems.add("carersPlan", "is required: this person has a plan of their own and a carer's plan in force;"
          + " say whether the carer's plan is the one to review");
    }
    problems.throwIfAny();
    return new EarlyReviewRequest(chosen.get(0).getSeriesId(), asked.requesterRole(), requestedBy,
        asked.requestReason());
  }

  /** The request for the plan whose button was pressed on the record, which must be this person's and in force. */
  public EarlyReviewRequest request(UUID personId, UUID planId, EarlyReviewFromRecord asked, Viewer viewer) {
    Problems problems = new Problems();
    String requestedBy = requester(asked, viewer, problems);
    boolean theirs = planId != null && inForce(personId, viewer).stream()
        .anyMatch(plan -> plan.getId().equals(planId) || plan.getSeriesId().equals(planId));
    if (!theirs) {
      problems.add("supportPlanId", "is not a plan of this person's in force");
    }
    problems.throwIfAny();
    return new EarlyReviewRequest(plans.get(planId).getSeriesId(), asked.requesterRole(), requestedBy,
        asked.requestReason());
  }

  private List<SupportPlan> inForce(UUID personId, Viewer viewer) {
    if (!people.existsById(personId)) {
      throw new NoSuchRecordException("no person " + personId);
    }
    policy.require(personId, viewer, REQUEST_EARLY_REVIEW);
    return plans.activeFor(personId);
  }

  private static String requester(EarlyReviewFromRecord asked, Viewer viewer, Problems problems) {
    if (asked.requesterRole() == RequesterRole.PRACTITIONER) {
      return viewer.userId();
    }
    if (asked.requestedBy() == null) {
      problems.add("requestedBy", "is required: the name of whoever asked for the review");
    }
    return asked.requestedBy();
  }

  /** Logs the request on the person's record once the request process has taken it. */
  public void logged(UUID personId, EarlyReviewRequest request, Viewer viewer) {
    accessLog.record(personId, viewer.userId(), REQUEST_EARLY_REVIEW, "plan " + request.planId());
  }
}
