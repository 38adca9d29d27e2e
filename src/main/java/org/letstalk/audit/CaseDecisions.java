package org.letstalk.audit;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Everyone who took part in deciding something on a person's case, read from every record that keeps who
 * decided: contacts (the outcome, who the person is), recorded decisions (closures and the rest), authorisations
 * (funding, crisis spends, closures, going straight to Let's Talk 3), the Let's Talk 3 omission asked for,
 * eligibility, safeguarding decisions and enquiries, case note deletions, reviews, a closure after a death, a
 * service manager's advice on an unwise decision, the risk enablement panel's advice and what followed it, deprivation
 * of liberty authorisations and their reviews, and continuing health care decisions.
 * A service manager never audits such a case [T 6.8]. A new kind of decision adds its table here.
 */
@Component
class CaseDecisions {

  private static final String DECIDERS = """
      select person_id, outcome_decided_by as decided_by from contact
      union all select person_id, match_decided_by from contact
      union all select person_id, decided_by from decision
      union all select person_id, decided_by from authorisation_request
      union all select person_id, omission_requested_by from lets_talk_3
      union all select person_id, determined_by from eligibility_determination
      union all select person_id, decided_by from safeguarding_concern
      union all select c.person_id, e.discussion_by from safeguarding_enquiry e
        join safeguarding_concern c on c.id = e.concern_id
      union all select c.person_id, e.actions_by from safeguarding_enquiry e
        join safeguarding_concern c on c.id = e.concern_id
      union all select c.person_id, e.plan_by from safeguarding_enquiry e
        join safeguarding_concern c on c.id = e.concern_id
      union all select c.person_id, e.last_reviewed_by from safeguarding_enquiry e
        join safeguarding_concern c on c.id = e.concern_id
      union all select c.person_id, e.concluded_by from safeguarding_enquiry e
        join safeguarding_concern c on c.id = e.concern_id
      union all select person_id, decided_by from case_note_deletion
      union all select person_id, completed_by from review
      union all select person_id, authorised_by from support_plan
      union all select person_id, case_closed_by from person_death
      union all select person_id, advised_by from unwise_decision_advice
      union all select person_id, advised_by from risk_panel_referral
      union all select person_id, decided_by from risk_panel_referral
      union all select person_id, recorded_by from dols_authorisation
      union all select person_id, reviewed_by from dols_authorisation
      union all select person_id, recorded_by from chc_consideration
      """;

  private final JdbcTemplate jdbc;

  CaseDecisions(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** People about whom this user took part in any decision. */
  Set<UUID> peopleDecidedBy(String userId) {
    return new HashSet<>(jdbc.queryForList("select distinct person_id from (" + DECIDERS
        + ") d where d.person_id is not null and d.decided_by = ?", UUID.class, userId));
  }
}
