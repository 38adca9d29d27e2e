package org.letstalk.invariants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.carers.CarersFixtures.carerDetails;
import static org.letstalk.carers.CarersFixtures.carerRecord;
import static org.letstalk.carers.CarersFixtures.carersLetsTalk1;
import static org.letstalk.carers.CarersFixtures.carersPlan;
import static org.letstalk.carers.CarersFixtures.eligibleCarer;
import static org.letstalk.carers.CarersFixtures.letsTalk1WithCarerAccepting;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.letsTalk1;
import static org.letstalk.conversation.ConversationFixtures.letsTalk2;
import static org.letstalk.conversation.ConversationFixtures.review;
import static org.letstalk.longtermsupport.LetsTalk3Fixtures.analysis;
import static org.letstalk.longtermsupport.LetsTalk3Fixtures.eligibleAnswers;
import static org.letstalk.longtermsupport.LetsTalk3Fixtures.plan;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.letstalk.PostgresTest;
import org.letstalk.ProcessTestSupport;
import org.letstalk.review.flow.EarlyReviews;
import org.letstalk.review.flow.ReviewForms;
import org.letstalk.validation.ConflictException;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.validation.NoSuchRecordException;
import org.letstalk.validation.NotAllowedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContextManager;

/**
 * The case's invariants, as properties [issue: one person, one case, for years]: random sequences of real events
 * (new and further contacts, crises, every conversation, plans authorised, declined or returned, reviews, early
 * review requests, reassessments, carers who can no longer care, closures), with the engine's clock moved between
 * them, driven through the engine and the application's services as users would drive them. After every step:
 * <ul>
 *   <li>at most one open involvement per person;</li>
 *   <li>at most one active plan per person and kind (adult, carer's);</li>
 *   <li>exactly one running review cycle per active plan, none for a plan no longer in force;</li>
 *   <li>no open task about a person whose case is closed;</li>
 *   <li>the weekly cost last authorised is the cost of the version in force.</li>
 * </ul>
 * A refusal a user would see (bad input, a conflict, not allowed) is an allowed answer; anything else fails.
 * How many sequences and how long: {@code -Djqwik.tries.default} (junit-platform.properties) and
 * {@code -Dletstalk.invariants.steps}; jqwik prints the seed to repeat a failing run.
 */
@PostgresTest
class CaseInvariantsPropertyTest extends ProcessTestSupport {

  /** The longest sequence of events in one try. */
  static final int STEPS = Integer.getInteger("letstalk.invariants.steps", 40);

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final List<String> USERS = List.of("practitioner", "practitioner2", "carers", "teammanager",
      "teammanager2", "servicemanager", "panel", "headofservice");
  private static final AtomicLong TRIES = new AtomicLong();
  private static final AtomicLong STEPS_RUN = new AtomicLong();
  private static final AtomicLong REFUSED = new AtomicLong();
  private static final Map<String, Long> DONE = new TreeMap<>();

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  EarlyReviews earlyReviews;

  private final Map<String, List<String>> groupsOf = new HashMap<>();

  /** jqwik runs the property; Spring's test context (the one every @PostgresTest shares) supplies the beans. */
  private static TestContextManager spring;

  @BeforeContainer
  static void startSpringsTestContext() throws Exception {
    spring = new TestContextManager(CaseInvariantsPropertyTest.class);
    spring.beforeTestClass();
  }

  @BeforeProperty
  void wireTheApplication() throws Exception {
    spring.prepareTestInstance(this);
    // Process test coverage, as for a JUnit test method.
    spring.beforeTestMethod(this, property());
    AbstractAssertions.init(engine);
  }

  @AfterProperty
  void resetEngineState() throws Exception {
    AbstractAssertions.reset();
    identity.clearAuthentication();
    ClockUtil.reset();
    spring.afterTestMethod(this, property(), null);
  }

  @AfterContainer
  static void sayWhatWasCovered() throws Exception {
    spring.afterTestClass();
    System.out.printf("Case invariants: %d sequences, %d steps (%d refused as a user would see); tasks done: %s%n",
        TRIES.get(), STEPS_RUN.get(), REFUSED.get(), DONE);
  }

  private static java.lang.reflect.Method property() throws NoSuchMethodException {
    return CaseInvariantsPropertyTest.class.getDeclaredMethod("theCaseInvariantsHoldAfterEveryStep", List.class);
  }

  @Property(shrinking = ShrinkingMode.BOUNDED)
  void theCaseInvariantsHoldAfterEveryStep(@ForAll("lives") List<Step> steps) {
    TRIES.incrementAndGet();
    World world = new World();
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2031, 1, 6, 9, 0).atZone(LONDON).toInstant()));
    try {
      List<String> done = new ArrayList<>();
      for (Step step : steps) {
        done.add(world.take(step));
        STEPS_RUN.incrementAndGet();
        world.runDueJobs();
        world.checkInvariants(done);
      }
    } finally {
      identity.clearAuthentication();
      ClockUtil.reset();
    }
  }

  // ---- the events ----------------------------------------------------------------------------------------------

  /** One event: a contact, a piece of work on an open task, an early-review request, or time passing. */
  sealed interface Step permits Contact, Work, EarlyReview, TimePasses {
  }

  /** A contact about person 0 or 1: the first makes their case, later ones are about an existing case. */
  record Contact(int person, boolean crisis) implements Step {
  }

  /** Somebody does the {@code pick}th open task of the world, answering it one of its ways ({@code variant}). */
  record Work(int pick, int variant) implements Step {
  }

  /** The person, a carer or a provider asks for an early review of the person's latest plan. */
  record EarlyReview(int person) implements Step {
  }

  record TimePasses(int days) implements Step {
  }

  @Provide
  Arbitrary<List<Step>> lives() {
    Arbitrary<Step> contact = Arbitraries.integers().between(0, 1)
        .flatMap(person -> Arbitraries.of(false, false, true).map(crisis -> new Contact(person, crisis)));
    Arbitrary<Step> work = Arbitraries.integers().between(0, 5)
        .flatMap(pick -> Arbitraries.integers().between(0, 59).map(variant -> new Work(pick, variant)));
    Arbitrary<Step> early = Arbitraries.integers().between(0, 1).map(EarlyReview::new);
    Arbitrary<Step> time = Arbitraries.of(1, 3, 7, 15, 30, 45, 90, 200, 380).map(TimePasses::new);
    // Every life starts with a first contact; what follows is random, of any length up to STEPS.
    return Arbitraries.frequencyOf(Tuple.of(2, contact), Tuple.of(12, work), Tuple.of(1, early), Tuple.of(3, time))
        .list().ofMinSize(0).ofMaxSize(STEPS - 1).withSizeDistribution(RandomDistribution.uniform())
        .map(rest -> {
          List<Step> life = new ArrayList<>(List.of(new Contact(0, false)));
          life.addAll(rest);
          return life;
        });
  }

  // ---- the world of one try: two people, each with a carer who may come forward ------------------------------

  final class World {

    private final List<Map<String, Object>> contacts = List.of(contactAbout("Ada"), contactAbout("Bert"));
    private final List<Map<String, Object>> carers = List.of(carerDetails("Daughter"), carerDetails("Son"));
    private final String[] personIds = new String[2];
    /**
     * Every authorisation decided, in the order the steps decided them. The engine's clock stands still within a
     * step and between steps unless time passes, so two decisions can share their moment to the microsecond; this
     * order, not the timestamps, says which was last.
     */
    private final List<String> decisions = new ArrayList<>();

    String take(Step step) {
      if (step instanceof Contact contact) {
        return contact(contact);
      }
      if (step instanceof Work work) {
        return work(work);
      }
      if (step instanceof EarlyReview early) {
        return earlyReview(early);
      }
      int days = ((TimePasses) step).days();
      ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + days * 86_400_000L));
      return step(step, "time passed");
    }

    private String contact(Contact c) {
      boolean known = personIds[c.person()] != null;
      Map<String, Object> outcome = known
          ? Map.of("outcome", "EXISTING_CASE", "outcomeReason", "Known to us", "crisis", c.crisis(),
              "allocation", "NAMED_WORKER", "allocatedWorker", "practitioner")
          : Map.of("outcome", "NEW_CASE", "outcomeReason", "Needs a conversation", "allocation", "NAMED_WORKER",
              "allocatedWorker", "practitioner");
      String told = refusedOr(() -> {
        ProcessInstance contact = startContact("frontdoor", contacts.get(c.person()));
        Task decide = taskService.createTaskQuery().processInstanceId(contact.getId())
            .taskDefinitionKey("Task_DecideContactOutcome").singleResult();
        assertThat(decide).as("the contact waits for its outcome").isNotNull();
        as("frontdoor", () -> taskService.complete(decide.getId(), new HashMap<>(outcome)));
        personIds[c.person()] = (String) historicVariable(contact, "personId");
      });
      return step(c, told);
    }

    private String earlyReview(EarlyReview e) {
      String person = personIds[e.person()];
      List<String> series = person == null ? List.of() : jdbc.queryForList("select series_id::text from support_plan"
          + " where person_id = ?::uuid and plan_type <> 'CARER_SUPPORT' order by created_at desc limit 1",
          String.class, person);
      if (series.isEmpty()) {
        return step(e, "no plan to ask about");
      }
      boolean inForce = inForce(series.get(0));
      String told = refusedOr(() -> as("practitioner", () -> earlyReviews.request(ReviewForms.request(Map.of(
          "supportPlanId", series.get(0), "requesterRole", "PROVIDER", "requestedBy", "Home Care Ltd",
          "requestReason", "Two falls this week")))));
      assertThat(told.equals("done")).as("an early review is taken only for a plan in force").isEqualTo(inForce);
      return step(e, told);
    }

    private String work(Work w) {
      List<Task> open = openTasks().stream().filter(t -> FORMS.containsKey(t.getTaskDefinitionKey())).toList();
      if (open.isEmpty()) {
        return step(w, "nothing to do");
      }
      Task task = open.get(w.pick() % open.size());
      String key = task.getTaskDefinitionKey();
      Map<String, Object> form = new HashMap<>(FORMS.get(key).answer(w.variant(), this, task));
      String user = userFor(task);
      String told = refusedOr(() -> as(user, () -> {
        if (task.getAssignee() == null) {
          taskService.claim(task.getId(), user);
        }
        taskService.complete(task.getId(), form);
      }));
      if (told.equals("done")) {
        synchronized (DONE) {
          DONE.merge(key, 1L, Long::sum);
        }
      }
      return step(w, key + " by " + user + " " + form.getOrDefault("outcome",
          form.getOrDefault("reviewOutcome", form.getOrDefault("authorisationDecision", ""))) + ": " + told);
    }

    Map<String, Object> carerFor(Task task) {
      String caredFor = (String) taskService.getVariable(task.getId(), "caredForId");
      return caredFor != null && caredFor.equals(personIds[1]) ? carers.get(1) : carers.get(0);
    }

    private String step(Step step, String told) {
      return ClockUtil.getCurrentTime().toInstant().atZone(LONDON).toLocalDate() + " " + step + " -> " + told;
    }

    /** Everybody this world is about: the two people and any carer who came forward for them. */
    List<String> people() {
      Set<String> ids = new LinkedHashSet<>();
      for (String id : personIds) {
        if (id != null) {
          ids.add(id);
          ids.addAll(jdbc.queryForList("select carer_id::text from carer_link where cared_for_id = ?::uuid",
              String.class, id));
        }
      }
      return new ArrayList<>(ids);
    }

    /** Open tasks about the world's people, in the order they appeared (the order a Tasklist shows them). */
    List<Task> openTasks() {
      Map<String, Task> tasks = new LinkedHashMap<>();
      for (String id : people()) {
        for (String variable : List.of("personId", "caredForId")) {
          taskService.createTaskQuery().processVariableValueEquals(variable, id).active().list()
              .forEach(t -> tasks.put(t.getId(), t));
        }
      }
      return tasks.values().stream().sorted(Comparator.comparing(Task::getCreateTime)
          .thenComparing(Task::getTaskDefinitionKey).thenComparing(Task::getName)).toList();
    }

    /** Runs the jobs now due in the world's processes, as the job executor would. */
    void runDueJobs() {
      for (int round = 0; round < 50; round++) {
        List<Job> due = new ArrayList<>();
        for (String id : people()) {
          for (ProcessInstance instance : runtime.createProcessInstanceQuery().variableValueEquals("personId", id)
              .list()) {
            due.addAll(management.createJobQuery().processInstanceId(instance.getId()).executable().list());
          }
        }
        if (due.isEmpty()) {
          return;
        }
        due.stream().filter(job -> management.createJobQuery().jobId(job.getId()).count() > 0)
            .forEach(job -> management.executeJob(job.getId()));
      }
    }

    void checkInvariants(List<String> done) {
      List<String> people = people();
      if (people.isEmpty()) {
        return;
      }
      String ids = "{" + String.join(",", people) + "}";
      String steps = "after:\n  " + String.join("\n  ", done);
      // A step decides at most one authorisation; the timestamps only order those of a step that decided more.
      jdbc.queryForList("select id::text from authorisation_request where person_id = any(?::uuid[])"
          + " and decided_at is not null order by decided_at, requested_at", String.class, ids).stream()
          .filter(id -> !decisions.contains(id)).forEach(decisions::add);
      assertThat(jdbc.queryForList("select person_id::text from involvement where status = 'OPEN'"
          + " and person_id = any(?::uuid[]) group by person_id having count(*) > 1", String.class, ids))
          .as("at most one open involvement per person, " + steps).isEmpty();
      assertThat(jdbc.queryForList("select person_id::text from support_plan where status = 'ACTIVE'"
          + " and person_id = any(?::uuid[]) group by person_id, plan_type = 'CARER_SUPPORT' having count(*) > 1",
          String.class, ids)).as("at most one active plan per person and kind, " + steps).isEmpty();
      for (Map<String, Object> plan : jdbc.queryForList("select series_id::text as series,"
          + " bool_or(status = 'ACTIVE') as active from support_plan where person_id = any(?::uuid[])"
          + " group by series_id", ids)) {
        long cycles = runtime.createProcessInstanceQuery().processDefinitionKey("review-cycle")
            .processInstanceBusinessKey((String) plan.get("series")).count();
        assertThat(cycles).as("review cycles of plan " + plan.get("series") + " (in force: " + plan.get("active")
            + "), " + steps).isEqualTo(Boolean.TRUE.equals(plan.get("active")) ? 1 : 0);
      }
      for (String closed : jdbc.queryForList("select person_id::text from involvement"
          + " where person_id = any(?::uuid[]) group by person_id having bool_and(status = 'CLOSED')",
          String.class, ids)) {
        assertThat(taskService.createTaskQuery().processVariableValueEquals("personId", closed).active().list())
            .extracting(Task::getName).as("open tasks about " + closed + " whose case is closed, " + steps).isEmpty();
      }
      for (Map<String, Object> version : jdbc.queryForList("select v.id::text as id, v.person_id::text as person,"
          + " v.weekly_cost as cost, v.authorised_at from support_plan v where v.status = 'ACTIVE'"
          + " and v.person_id = any(?::uuid[])", ids)) {
        BigDecimal authorised = null;
        int last = -1;
        for (Map<String, Object> request : jdbc.queryForList("select r.id::text as id, r.weekly_cost as cost"
            + " from authorisation_request r where r.person_id = ?::uuid and r.status = 'APPROVED'"
            + " and r.request_type in ('LT3_SUPPORT_PLAN', 'LT1_FUNDING_CHANGE', 'REVIEW_PLAN_CHANGE')"
            + " and r.decided_at <= ?", version.get("person"), version.get("authorised_at"))) {
          int when = decisions.indexOf((String) request.get("id"));
          if (when > last) {
            last = when;
            authorised = (BigDecimal) request.get("cost");
          }
        }
        assertThat(authorised).as("weekly cost last authorised for version " + version.get("id") + ", " + steps)
            .isNotNull().isEqualByComparingTo((BigDecimal) version.get("cost"));
      }
    }

    private boolean inForce(String series) {
      return Boolean.TRUE.equals(jdbc.queryForObject("select bool_or(status = 'ACTIVE') from support_plan"
          + " where series_id = ?::uuid", Boolean.class, series));
    }
  }

  // ---- who does a task, and how they answer it -----------------------------------------------------------------

  /** The assignee, or the first demo user of one of its candidate groups who did not ask for it (four-eyes). */
  private String userFor(Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    Object requester = taskService.getVariable(task.getId(), "requestedBy");
    Set<String> groups = new LinkedHashSet<>();
    for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
      if (link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    for (String user : USERS) {
      if (!user.equals(requester) && groupsOf(user).stream().anyMatch(groups::contains)) {
        return user;
      }
    }
    throw new AssertionError("nobody to do " + task.getName() + " (groups " + groups + ")");
  }

  private List<String> groupsOf(String user) {
    return groupsOf.computeIfAbsent(user,
        u -> identity.createGroupQuery().groupMember(u).list().stream().map(Group::getId).toList());
  }

  /** Runs what a user did; a refusal they would be shown is an answer, anything else fails the property. */
  private static String refusedOr(Runnable action) {
    try {
      action.run();
      return "done";
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t instanceof InputRejectedException || t instanceof ConflictException || t instanceof NotAllowedException
            || t instanceof NoSuchRecordException) {
          REFUSED.incrementAndGet();
          return "refused (" + t.getClass().getSimpleName() + ": " + t.getMessage() + ")";
        }
      }
      throw e;
    }
  }

  @FunctionalInterface
  interface Answer {
    Map<String, Object> answer(int variant, World world, Task task);
  }

  private static final Map<String, Answer> FORMS = new HashMap<>();

  static {
    FORMS.put("Task_HoldLetsTalk1", (v, w, t) -> switch (v % 9) {
      case 0, 1 -> letsTalk1("LT1");
      case 2 -> letsTalk1("LT2");
      case 3, 4 -> letsTalk1("LT3");
      case 5 -> letsTalk1("NO_ONGOING_NEED");
      case 6 -> with(letsTalk1("LT1"), "hasCapacity", true, "fundingChange", true, "newWeeklyCost", 60 + v);
      case 7 -> with(letsTalk1("NO_ONGOING_NEED"), "hasCapacity", true, "fundingChange", true,
          "newWeeklyCost", 60 + v);
      default -> letsTalk1WithCarerAccepting("LT1");
    });
    FORMS.put("Task_ReviseFundingChange", (v, w, t) -> Map.of("newWeeklyCost", 70 + v,
        "fundingChangeReason", "Revised with her after the manager's question"));
    FORMS.put("Task_ConsiderFurtherContact", (v, w, t) -> Map.of("newContactAction",
        "Talked it through with the worker holding the conversation"));
    FORMS.put("Task_ReconsiderClosure", (v, w, t) -> Map.of("closureNextStep", v % 2 == 0 ? "ASK_AGAIN" : "LT1",
        "closureNextStepReason", "Spoke to her again; nothing else is needed"));
    FORMS.put("Task_HoldLetsTalk2", (v, w, t) -> letsTalk2(7 + v % 21));
    FORMS.put("Task_CheckIn", (v, w, t) -> Map.of("checkInNotes", "Warm and eating", "planWorking", true));
    FORMS.put("Task_CrisisPlanUnderWay", (v, w, t) -> Map.of("planDecision", "REVIEW_NOW",
        "planDecisionReason", "Settled sooner than planned"));
    FORMS.put("Task_ReviewCrisisPlan", (v, w, t) -> review(List.of("LT1", "LT3", "NO_ONGOING_NEED").get(v % 3)));
    FORMS.put("Task_HoldLetsTalk3", (v, w, t) -> analysis());
    FORMS.put("Task_AssessEligibility", (v, w, t) -> eligibleAnswers());
    FORMS.put("Task_FinancialAssessment", (v, w, t) -> Map.of("financialOutcome", "FULL_COST_SELF_FUNDER"));
    FORMS.put("Task_WriteSupportPlan", (v, w, t) -> with(plan(), "personalBudget", 400,
        "item1_weeklyCost", 100 + (v % 10) * 10));
    FORMS.put("Task_DecideAuthorisation", (v, w, t) -> Map.of("authorisationDecision",
        List.of("APPROVED", "APPROVED", "APPROVED", "RETURNED", "DECLINED").get(v % 5),
        "authorisationReason", "Decided with the team"));
    FORMS.put("Task_ReviewPlan", (v, w, t) -> reviewed(v));
    FORMS.put("Task_OverdueReviewEscalation", (v, w, t) -> Map.of("escalationAction", "Reminded the worker"));
    FORMS.put("Task_RecordCarerDetails", (v, w, t) -> w.carerFor(t));
    FORMS.put("Task_HoldCarersLetsTalk1", (v, w, t) -> switch (v % 4) {
      case 0 -> carersLetsTalk1("LT1");
      case 1 -> with(carersLetsTalk1("LT1"), "ableToCareNow", false, "riskOfBreakdown", "HIGH",
          "riskOfBreakdownNotes", "Cannot lift her any more");
      case 2 -> carersLetsTalk1("LT3");
      default -> carersLetsTalk1("NO_ONGOING_NEED");
    });
    FORMS.put("Task_HoldCarersLetsTalk3", (v, w, t) -> carerRecord());
    FORMS.put("Task_AssessCarersEligibility", (v, w, t) -> eligibleCarer());
    FORMS.put("Task_WriteCarersSupportPlan", (v, w, t) -> carersPlan());
  }

  private static Map<String, Object> reviewed(int variant) {
    Map<String, Object> form = new HashMap<>();
    form.put("reviewFindings", "Talked it through with her and her family");
    form.put("personTookPart", true);
    form.put("carerTookPart", false);
    switch (variant % 6) {
      case 2 -> {
        form.put("reviewOutcome", "UPDATE_PLAN");
        form.put("planChanges", "An extra call each week");
        form.put("newWeeklyCost", 150.0 + variant);
      }
      case 3 -> form.put("reviewOutcome", "REASSESSMENT");
      case 4 -> {
        form.put("reviewOutcome", "END_PLAN");
        form.put("closureReasons", "Managing without paid support now");
        form.put("outcomesEvaluation", "Outcomes met");
        form.put("informationAndAdvice", "How to reach the front door again");
      }
      case 5 -> {
        form.put("reviewOutcome", "NO_CHANGE");
        form.put("carerCanNoLongerCare", true);
      }
      default -> form.put("reviewOutcome", "NO_CHANGE");
    }
    return form;
  }
}
