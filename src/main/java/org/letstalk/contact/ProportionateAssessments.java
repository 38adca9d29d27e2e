package org.letstalk.contact;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.letstalk.contact.ProportionateAssessment.Outcome;
import org.letstalk.contact.ProportionateAssessment.RefusalDecision;
import org.letstalk.workflow.DecisionTables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the proportionate assessments that follow advice or assistance in Wales [W ¶71], once per task; a refusal
 * is weighed by the decision table {@code assessment-refusal} (process owners edit it) and kept with its answer.
 */
@Service
@Transactional
public class ProportionateAssessments {

  public static final String REFUSAL_TABLE = "assessment-refusal";

  private final JdbcTemplate jdbc;
  private final DecisionTables decisionTables;
  private final Clock clock;

  public ProportionateAssessments(JdbcTemplate jdbc, DecisionTables decisionTables, Clock clock) {
    this.jdbc = jdbc;
    this.decisionTables = decisionTables;
    this.clock = clock;
  }

  /** One assessment (or refusal) as recorded. */
  public record Recorded(UUID contactId, Outcome outcome, RefusalDecision refusalDecision, String whatMatters,
      String circumstances, String personalOutcomes, String barriers, String risks, String strengthsAndCapabilities,
      String refusalNotes, String outcomeReason, String assessedBy, Instant assessedAt) {
  }

  /**
   * Records the assessment, or the refusal with what the decision table said of it, and says what follows. A
   * refusal the table calls no refusal is a table that does not cover the answers: refused, not guessed.
   */
  public Outcome record(String taskId, UUID contactId, UUID personId, ProportionateAssessment a, String by) {
    Outcome outcome;
    RefusalDecision refusalDecision = null;
    if (a.refused()) {
      refusalDecision = weighRefusal(a);
      if (refusalDecision == null || refusalDecision == RefusalDecision.NOT_REFUSED) {
        throw new IllegalStateException("Decision assessment-refusal gave " + refusalDecision
            + " for a refusal; check its rules cover these answers");
      }
      outcome = refusalDecision == RefusalDecision.REFUSAL_STANDS ? Outcome.REFUSED : Outcome.ASSESS_DESPITE_REFUSAL;
    } else {
      outcome = a.outcome();
    }
    jdbc.update("""
        insert into proportionate_assessment (id, task_id, contact_id, person_id, assessment_agreed,
          refusal_overridden, capacity_to_refuse, best_interests, at_risk_of_abuse_or_neglect, refusal_notes,
          refusal_decision, what_matters, circumstances, personal_outcomes, barriers, risks,
          strengths_and_capabilities, outcome, outcome_reason, assessed_by, assessed_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (task_id) do nothing""",
        UUID.randomUUID(), taskId, contactId, personId, a.assessmentAgreed(), a.refusalOverridden(),
        a.capacityToRefuse(), a.bestInterests(), a.atRiskOfAbuseOrNeglect(), a.refusalNotes(),
        a.refused() ? refusalDecision.name() : null, a.whatMatters(), a.circumstances(), a.personalOutcomes(),
        a.barriers(), a.risks(), a.strengthsAndCapabilities(), outcome.name(), a.outcomeReason(), by,
        Timestamp.from(clock.instant()));
    return outcome;
  }

  /** An adult's refusal here; the table also answers for a carer, whose refusal always stands [W ¶125]. */
  private RefusalDecision weighRefusal(ProportionateAssessment a) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("assessmentFor", "ADULT");
    inputs.put("assessmentAgreed", a.assessmentAgreed());
    inputs.put("refusalOverridden", a.refusalOverridden());
    inputs.put("capacityToRefuse", a.capacityToRefuse());
    inputs.put("bestInterests", a.bestInterests());
    inputs.put("atRiskOfAbuseOrNeglect", a.atRiskOfAbuseOrNeglect());
    List<Map<String, Object>> rows = decisionTables.evaluate(REFUSAL_TABLE, inputs);
    Object answer = rows.size() == 1 ? rows.get(0).get("refusalDecision") : null;
    return answer == null ? null : RefusalDecision.valueOf(answer.toString());
  }

  @Transactional(readOnly = true)
  public List<Recorded> of(UUID personId) {
    return jdbc.query("select * from proportionate_assessment where person_id = ? order by assessed_at",
        (rs, n) -> new Recorded(rs.getObject("contact_id", UUID.class), Outcome.valueOf(rs.getString("outcome")),
            rs.getString("refusal_decision") == null ? null
                : RefusalDecision.valueOf(rs.getString("refusal_decision")),
            rs.getString("what_matters"), rs.getString("circumstances"), rs.getString("personal_outcomes"),
            rs.getString("barriers"), rs.getString("risks"), rs.getString("strengths_and_capabilities"),
            rs.getString("refusal_notes"), rs.getString("outcome_reason"), rs.getString("assessed_by"),
            rs.getTimestamp("assessed_at").toInstant()),
        personId);
  }
}
