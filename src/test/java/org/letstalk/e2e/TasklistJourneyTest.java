package org.letstalk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.letstalk.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Tasklist journey in headless Chromium, against the whole application on PostgreSQL: the front door
 * records a new contact, a practitioner finds it in the inbox, claims it and decides it becomes a new case
 * for themselves. Screenshots of each step: target/e2e-screenshots/.
 *
 * <p>Skipped (with how to enable it) when Chromium is not installed, unless LETSTALK_REQUIRE_BROWSER=1 (CI),
 * where a missing browser fails the build.
 */
@PostgresTest
class TasklistJourneyTest {

  static final String PASSWORD = "Journey-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);

  static Browser browser;

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identity;

  String practitioner;


  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  /** On a failure, the page as the user saw it, next to the step screenshots. */
  @RegisterExtension
  static final TestWatcher SCREENSHOT_ON_FAILURE = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      if (browser != null) {
        browser.screenshot("failed");
        browser.savePageSource("failed");
      }
    }
  };

  /** Per test, so a machine without Chromium reports the test as skipped, with how to enable it. */
  @BeforeEach
  void startBrowser() {
    if (!"1".equals(System.getenv("LETSTALK_REQUIRE_BROWSER"))) {
      assumeTrue(Browser.installed(), Browser.HOW_TO_ENABLE);
    }
    if (browser == null) {
      browser = new Browser();
    }
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  /**
   * A practitioner new to the team, so their inbox holds only what this journey gives them: the test database
   * is shared with every other test, whose work fills the demo users' inboxes.
   */
  @BeforeEach
  void aNewPractitionerJoinsTheTeam() {
    practitioner = "e2e" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    User user = identity.newUser(practitioner);
    user.setFirstName("Nia");
    user.setLastName("Newcomer");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    identity.createMembership(practitioner, "practitioners");
  }

  @Test
  void theFrontDoorRecordsAContactAndAPractitionerTakesItOnAsANewCase() {
    String familyName = "Browser" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    String person = "Ada " + familyName;
    Tasklist tasklist = new Tasklist(browser, port);

    tasklist.signIn("frontdoor", "demo");
    browser.screenshot("front-door-signed-in");
    Tasklist.Form contact = tasklist.startProcess("New contact");
    contact.fill("givenName", "Ada").fill("familyName", familyName)
        .select("routeOfAccess", "The person themselves").select("contactMethod", "Phone")
        .fill("presentingNeed", "Wants to get back to the lunch club after a fall")
        .choose("consentToShare", "Yes");
    browser.screenshot("front-door-new-contact-form");
    contact.submit();
    browser.waitUntil(d -> contactAbout(person) != null);
    browser.screenshot("front-door-contact-recorded");

    ProcessInstance recorded = contactAbout(person);
    assertThat(openTask(recorded).getTaskDefinitionKey()).isEqualTo("Task_DecideContactOutcome");

    tasklist.signIn(practitioner, PASSWORD).showFilter("My team's tasks")
        .waitForTask("Decide what happens next: " + person);
    browser.screenshot("practitioner-inbox");
    Tasklist.TaskView decide = tasklist.openTask("Decide what happens next: " + person).claim();
    browser.screenshot("practitioner-claimed");
    decide.form().choose("outcome", "Progress to a new case")
        .fill("outcomeReason", "Wants to talk about getting out again; no other support in place")
        .choose("allocation", "Me");
    browser.screenshot("practitioner-decision");
    decide.form().submit();

    tasklist.showFilter("My tasks").waitForTask("Let's Talk 1: " + person);
    browser.screenshot("practitioner-conversation-in-inbox");
    Task conversation = tasks.createTaskQuery().taskName("Let's Talk 1: " + person).singleResult();
    assertThat(conversation.getTaskDefinitionKey()).isEqualTo("Task_HoldLetsTalk1");
    assertThat(conversation.getAssignee()).isEqualTo(practitioner);
  }

  private ProcessInstance contactAbout(String personName) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("new-contact")
        .variableValueEquals("personName", personName).singleResult();
  }

  private Task openTask(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }
}
