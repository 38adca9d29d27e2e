package org.letstalk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.letstalk.store.Versioned;

/** A service manager's audit of one case [T 6.8, 6.13-6.15, App B]. */
@Entity
@Table(name = "case_audit")
public class CaseAudit extends Versioned {

  @Column(name = "round_id", nullable = false)
  private UUID roundId;

  @Column(name = "auditor", nullable = false)
  private String auditor;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Column(name = "worker", nullable = false)
  private String worker;

  @Column(name = "team_id", nullable = false)
  private UUID teamId;

  @Column(name = "team_manager", nullable = false)
  private String teamManager;

  @Enumerated(EnumType.STRING) @Column(name = "wellbeing")
  private Grade wellbeing;
  @Enumerated(EnumType.STRING) @Column(name = "keeping_safe")
  private Grade keepingSafe;
  @Enumerated(EnumType.STRING) @Column(name = "proportionality")
  private Grade proportionality;
  @Enumerated(EnumType.STRING) @Column(name = "partnership")
  private Grade partnership;
  @Enumerated(EnumType.STRING) @Column(name = "accountability")
  private Grade accountability;
  @Enumerated(EnumType.STRING) @Column(name = "prevention")
  private Grade prevention;
  @Enumerated(EnumType.STRING) @Column(name = "informal_carers")
  private Grade informalCarers;
  @Enumerated(EnumType.STRING) @Column(name = "support_planning")
  private Grade supportPlanning;
  @Enumerated(EnumType.STRING) @Column(name = "overall_grade")
  private Grade overallGrade;

  @Column(name = "commentary")
  private String commentary;

  @Column(name = "areas_for_development")
  private String areasForDevelopment;

  @Column(name = "good_practice")
  private String goodPractice;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "follow_up_by")
  private String followUpBy;

  @Column(name = "follow_up_action")
  private String followUpAction;

  @Column(name = "follow_up_at")
  private Instant followUpAt;

  protected CaseAudit() {
  }

  static CaseAudit planned(UUID roundId, String auditor, UUID personId, String worker, UUID teamId, String teamManager) {
    CaseAudit audit = new CaseAudit();
    audit.roundId = roundId;
    audit.auditor = auditor;
    audit.personId = personId;
    audit.worker = worker;
    audit.teamId = teamId;
    audit.teamManager = teamManager;
    return audit;
  }

  void complete(Map<Principle, Grade> grades, Grade overall, String commentary, String areasForDevelopment,
      String goodPractice, Instant at) {
    wellbeing = grades.get(Principle.WELLBEING);
    keepingSafe = grades.get(Principle.KEEPING_SAFE);
    proportionality = grades.get(Principle.PROPORTIONALITY);
    partnership = grades.get(Principle.PARTNERSHIP);
    accountability = grades.get(Principle.ACCOUNTABILITY);
    prevention = grades.get(Principle.PREVENTION);
    informalCarers = grades.get(Principle.INFORMAL_CARERS);
    supportPlanning = grades.get(Principle.SUPPORT_PLANNING);
    overallGrade = overall;
    this.commentary = commentary;
    this.areasForDevelopment = areasForDevelopment;
    this.goodPractice = goodPractice;
    this.completedAt = at;
  }

  void followedUp(String by, String action, Instant at) {
    followUpBy = by;
    followUpAction = action;
    followUpAt = at;
  }

  public Map<Principle, Grade> grades() {
    Map<Principle, Grade> grades = new EnumMap<>(Principle.class);
    put(grades, Principle.WELLBEING, wellbeing);
    put(grades, Principle.KEEPING_SAFE, keepingSafe);
    put(grades, Principle.PROPORTIONALITY, proportionality);
    put(grades, Principle.PARTNERSHIP, partnership);
    put(grades, Principle.ACCOUNTABILITY, accountability);
    put(grades, Principle.PREVENTION, prevention);
    put(grades, Principle.INFORMAL_CARERS, informalCarers);
    put(grades, Principle.SUPPORT_PLANNING, supportPlanning);
    return grades;
  }

  private static void put(Map<Principle, Grade> grades, Principle principle, Grade grade) {
    if (grade != null) {
      grades.put(principle, grade);
    }
  }

  /** Unacceptable anywhere outweighs Poor; otherwise the audit needs no managerial follow-up. */
  public AuditFinding finding() {
    boolean unacceptable = overallGrade == Grade.UNACCEPTABLE || grades().containsValue(Grade.UNACCEPTABLE);
    boolean poor = overallGrade == Grade.POOR || grades().containsValue(Grade.POOR);
    return unacceptable ? AuditFinding.UNACCEPTABLE : poor ? AuditFinding.POOR : AuditFinding.SATISFACTORY;
  }

  public boolean isCompleted() {
    return completedAt != null;
  }

  public UUID getRoundId() {
    return roundId;
  }

  public String getAuditor() {
    return auditor;
  }

  public UUID getPersonId() {
    return personId;
  }

  public String getWorker() {
    return worker;
  }

  public UUID getTeamId() {
    return teamId;
  }

  public String getTeamManager() {
    return teamManager;
  }

  public Grade getOverallGrade() {
    return overallGrade;
  }

  public String getCommentary() {
    return commentary;
  }

  public String getAreasForDevelopment() {
    return areasForDevelopment;
  }

  public String getGoodPractice() {
    return goodPractice;
  }

  public String getFollowUpBy() {
    return followUpBy;
  }

  public String getFollowUpAction() {
    return followUpAction;
  }

  public Grade getWellbeing() {
    return wellbeing;
  }

  public Grade getKeepingSafe() {
    return keepingSafe;
  }

  public Grade getProportionality() {
    return proportionality;
  }

  public Grade getPartnership() {
    return partnership;
  }

  public Grade getAccountability() {
    return accountability;
  }

  public Grade getPrevention() {
    return prevention;
  }

  public Grade getInformalCarers() {
    return informalCarers;
  }

  public Grade getSupportPlanning() {
    return supportPlanning;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}
