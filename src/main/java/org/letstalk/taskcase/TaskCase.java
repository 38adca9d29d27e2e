package org.letstalk.taskcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What Tasklist shows beside a task: the person it is about, as their record summarises them, and, for a request
 * for authorisation, what is being decided. {@code person} is null where the reader may not read the record, and
 * {@code refusal} then says so; {@code decision} is null for a task that decides no authorisation request.
 */
public record TaskCase(String task, Person person, String refusal, Decision decision) {

  /** A line of the record's summary: a label and what it says. */
  public record Line(String label, String detail) {
  }

  /**
   * The person as a worker checks them before acting: who, how old, how to find them, what to beware of, where the
   * case stands and who holds it. {@code safeguarding} is only ever given to those who may read safeguarding detail.
   */
  public record Person(UUID id, String name, LocalDate dateOfBirth, String dateOfBirthShown, Integer age,
      String nhsNumber, String address, List<Line> alerts, String safeguarding, List<Line> allocation,
      List<Line> involvement, List<Line> plans, String record) {
  }

  /** One line of a support plan: the outcome, how it is met, by whom, how often, and its weekly cost. */
  public record PlanItem(String outcome, String howItIsMet, String provider, String frequency, BigDecimal weeklyCost) {
  }

  /**
   * A request for authorisation as the authoriser decides it: what is asked (amounts in pounds), the plan in force and
   * its cost when it changes one, the difference a week, the plan's lines, who asked and why, and the level the
   * decision table chose with the row that chose it.
   */
  public record Decision(String requestType, String asked, BigDecimal weeklyAsked, BigDecimal oneOffAsked,
      boolean residential, String currentPlan, BigDecimal currentWeeklyCost, BigDecimal weeklyDifference,
      List<PlanItem> planItems, String requestedBy, String requestedOn, String rationale, String level,
      String levelWhy, int escalations, String status) {
  }
}
