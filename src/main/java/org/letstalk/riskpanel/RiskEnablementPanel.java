package org.letstalk.riskpanel;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.letstalk.person.PersonRepository;
import org.letstalk.record.RecordPolicy;
import org.letstalk.record.Viewer;
import org.letstalk.validation.FormInput;
import org.letstalk.validation.InputRejectedException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complex case and risk enablement panel [C §4.2]: any member of staff may refer a case where a plan carries
 * significant risk; the panel gives advice and recommendations, and the practitioner and their manager still decide.
 * It is not the funding panel, which decides funding as an authorisation level. The referral, the advice and the
 * decision taken with it are kept with the case.
 */
@Service
@Transactional
public class RiskEnablementPanel {

  public static final String PERSON = "personId";
  public static final String RISK = "panelRisk";
  public static final String TRIED = "panelTriedSoFar";
  public static final String PERSONS_VIEW = "panelPersonsView";
  public static final String QUESTION = "panelQuestion";
  public static final String MET_ON = "panelMetOn";
  public static final String ADVICE = "panelAdvice";
  public static final String DECISION = "panelDecision";
  /** How a refused referral is logged against the record. */
  static final String REFER = "REFER_TO_RISK_PANEL";

  private final JdbcTemplate jdbc;
  private final PersonRepository people;
  private final RecordPolicy policy;
  private final Clock clock;

  public RiskEnablementPanel(JdbcTemplate jdbc, PersonRepository people, RecordPolicy policy, Clock clock) {
    this.jdbc = jdbc;
    this.people = people;
    this.policy = policy;
    this.clock = clock;
  }

  public record Referral(UUID id, UUID personId, String personName, String risk, String triedSoFar,
      String personsView, String question, String referredBy, Instant referredAt, LocalDate panelMetOn,
      String advice, String advisedBy, Instant advisedAt, String decision, String decidedBy, Instant decidedAt) {
  }

  /**
   * Checks and records a referral by whoever is signed in, about a person whose record they may read; the same
   * process's retried step finds the referral it made.
   */
  public Referral refer(String processInstanceId, Map<String, ?> values, Viewer referrer) {
    Referral made = byProcess(processInstanceId);
    if (made != null) {
      return made;
    }
    Object[] read = FormInput.read(values, in -> {
      UUID personId = in.optional(PERSON, 36, RiskEnablementPanel::personId);
      if (personId == null && !in.rejected(PERSON)) {
        in.reject(PERSON, "is required");
      }
      return new Object[] {personId, in.requiredText(RISK, FormInput.LONG_TEXT),
          in.optionalText(TRIED, FormInput.LONG_TEXT), in.requiredText(PERSONS_VIEW, FormInput.LONG_TEXT),
          in.requiredText(QUESTION, FormInput.LONG_TEXT)};
    });
    UUID personId = (UUID) read[0];
    if (!people.existsById(personId)) {
      throw new InputRejectedException(PERSON, "no person has this id; copy it from the person's record");
    }
    policy.require(personId, referrer, REFER);
    UUID id = UUID.randomUUID();
    jdbc.update("""
        insert into risk_panel_referral (id, process_instance_id, person_id, risk, tried_so_far, persons_view,
          question, referred_by, referred_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, processInstanceId,
        personId, read[1], read[2], read[3], read[4], referrer.userId(), Timestamp.from(clock.instant()));
    return get(id);
  }

  /** The panel's advice, recorded once (a retried step changes nothing). */
  public void advised(UUID referralId, Map<String, ?> values, String by) {
    Object[] read = FormInput.read(values, in -> {
      LocalDate metOn = in.requiredDate(MET_ON);
      if (metOn != null && metOn.isAfter(LocalDate.now(clock))) {
        in.reject(MET_ON, "must not be in the future");
      }
      return new Object[] {metOn, in.requiredText(ADVICE, FormInput.LONG_TEXT)};
    });
    jdbc.update("""
        update risk_panel_referral set panel_met_on = ?, advice = ?, advised_by = ?, advised_at = ?
        where id = ? and advice is null""", read[0], read[1], by, Timestamp.from(clock.instant()), referralId);
  }

  /** What the practitioner and their manager decided with the advice, recorded once. */
  public void decided(UUID referralId, Map<String, ?> values, String by) {
    String decision = FormInput.read(values, in -> in.requiredText(DECISION, FormInput.LONG_TEXT));
    jdbc.update("""
        update risk_panel_referral set decision = ?, decided_by = ?, decided_at = ?
        where id = ? and decision is null""", decision, by, Timestamp.from(clock.instant()), referralId);
  }

  @Transactional(readOnly = true)
  public Referral get(UUID id) {
    return jdbc.query(SELECT + " where r.id = ?", (rs, n) -> row(rs), id).stream().findFirst().orElseThrow();
  }

  @Transactional(readOnly = true)
  public List<Referral> of(UUID personId) {
    return jdbc.query(SELECT + " where r.person_id = ? order by r.referred_at", (rs, n) -> row(rs), personId);
  }

  private Referral byProcess(String processInstanceId) {
    return jdbc.query(SELECT + " where r.process_instance_id = ?", (rs, n) -> row(rs), processInstanceId).stream()
        .findFirst().orElse(null);
  }

  private static final String SELECT = """
      select r.*, p.given_name, p.family_name from risk_panel_referral r join person p on p.id = r.person_id""";

  private static Referral row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Referral(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
        rs.getString("given_name") + " " + rs.getString("family_name"), rs.getString("risk"),
        rs.getString("tried_so_far"), rs.getString("persons_view"), rs.getString("question"),
        rs.getString("referred_by"), instant(rs.getTimestamp("referred_at")),
        rs.getObject("panel_met_on", LocalDate.class), rs.getString("advice"), rs.getString("advised_by"),
        instant(rs.getTimestamp("advised_at")), rs.getString("decision"), rs.getString("decided_by"),
        instant(rs.getTimestamp("decided_at")));
  }

  private static Instant instant(Timestamp at) {
    return at == null ? null : at.toInstant();
  }

  private static UUID personId(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new InputRejectedException(PERSON, "must be a person's id, as the person's record shows it");
    }
  }
}
