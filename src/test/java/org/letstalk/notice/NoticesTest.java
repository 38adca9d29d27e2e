package org.letstalk.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.letsTalk1;
import static org.letstalk.conversation.ConversationFixtures.newCaseFor;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.letstalk.PostgresTest;
import org.letstalk.TestMailServer;
import org.letstalk.caseload.flow.OverdueWork;
import org.letstalk.conversation.ConversationTestSupport;
import org.letstalk.identity.Groups;
import org.letstalk.person.Person;
import org.letstalk.person.PersonRepository;
import org.letstalk.team.Teams;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Email notices through a real SMTP server (GreenMail): a worker told of a case allocated to them and of their
 * overdue work, a manager of a decision waiting on them; each email says what and where and nothing of the case but
 * the person's initials; turning emails off stops them; a mail server that is down fails nothing a practitioner does,
 * and the notice goes when it is back.
 */
@PostgresTest
class NoticesTest extends ConversationTestSupport {

  @RegisterExtension
  static final GreenMailExtension MAIL = new GreenMailExtension(
      new ServerSetup(TestMailServer.PORT, TestMailServer.HOST, ServerSetup.PROTOCOL_SMTP));

  private static final String PASSWORD = "demo";

  @Autowired
  NoticeSender sender;

  @Autowired
  OverdueWork overdue;

  @Autowired
  Teams teams;

  @Autowired
  PersonRepository people;

  @Autowired
  TestRestTemplate http;

  @Autowired
  JdbcTemplate jdbc;

  String worker;
  String colleague;
  String manager;
  UUID team;

  /** Other tests move the clock; the sweep's mark is set where this test starts looking. */
  void sweptUpTo(Instant mark) {
    jdbc.update("update notice_sweep set swept_to = ? where id = 'overdue-tasks'", java.sql.Timestamp.from(mark));
  }

  @BeforeEach
  void aWorkerInATeamWithItsManager() {
    String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);
    worker = user("notice-worker-" + suffix, Groups.PRACTITIONERS);
    manager = user("notice-manager-" + suffix, Groups.TEAM_MANAGERS);
    colleague = user("notice-colleague-" + suffix, Groups.PRACTITIONERS);
    team = teams.defineTeam("Notice team " + suffix, manager, null).getId();
    teams.addMember(team, worker);
    teams.addMember(team, colleague);
  }

  @Test
  void aWorkerIsToldOnceOfACaseAllocatedToThemWithALinkAndTheInitialsOnly() throws Exception {
    ProcessInstance involvement = involvementFrom(contactAbout("Dorothea"), newCaseFor(worker));
    Person person = people.findById(personOf(involvement)).orElseThrow();

    sender.sendWaiting();
    sender.sendWaiting();

    MimeMessage mail = onlyMailTo(worker);
    String text = GreenMailUtil.getBody(mail);
    assertThat(mail.getSubject()).isEqualTo("Let's Talk: A case has been allocated to you");
    assertThat(text).contains("the person with the initials D. " + person.getFamilyName().charAt(0) + ".")
        .contains("http://localhost:8080/people/" + person.getId());
    withoutCaseDetail(text, person);
  }

  @Test
  void theWorkerACaseIsTransferredToIsTold() throws Exception {
    ProcessInstance involvement = involvementFrom(contactAbout("Imogen"), newCaseFor(worker));
    Person person = people.findById(personOf(involvement)).orElseThrow();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> transferred = http.withBasicAuth(manager, PASSWORD).exchange(
        "/api/people/" + person.getId() + "/transfer", HttpMethod.POST, new HttpEntity<>(Map.of("toTeamId",
            team.toString(), "toWorker", colleague, "reason", "Her worker is leaving the team"), headers), String.class);
    assertThat(transferred.getStatusCode().value()).as(transferred.getBody()).isEqualTo(200);

    sender.sendWaiting();

    MimeMessage mail = onlyMailTo(colleague);
    assertThat(mail.getSubject()).isEqualTo("Let's Talk: A case has been transferred to you");
    assertThat(GreenMailUtil.getBody(mail)).contains("/people/" + person.getId()).doesNotContain("leaving");
    withoutCaseDetail(GreenMailUtil.getBody(mail), person);
  }

  @Test
  void workFallingDueIsToldToTheWorkerOnceHoweverOftenTheSweepRuns() throws Exception {
    ProcessInstance involvement = involvementFrom(contactAbout("Edwina"), newCaseFor(worker));
    Person person = people.findById(personOf(involvement)).orElseThrow();
    Task letsTalk1 = task("Task_HoldLetsTalk1", calledProcessInstance("lets-talk-1", involvement));
    Instant now = Instant.now();
    sweptUpTo(now.minusSeconds(60));
    overdue.sweep(now);
    letsTalk1.setDueDate(Date.from(now.plusSeconds(1)));
    taskService.saveTask(letsTalk1);

    overdue.sweep(now.plusSeconds(2));
    overdue.sweep(now.plusSeconds(3));
    sender.sendWaiting();

    List<MimeMessage> mails = mailsTo(worker);
    assertThat(mails).extracting(MimeMessage::getSubject)
        .containsExactlyInAnyOrder("Let's Talk: A case has been allocated to you", "Let's Talk: Your work is overdue");
    String text = GreenMailUtil.getBody(mails.stream().filter(m -> subject(m).contains("overdue")).findFirst()
        .orElseThrow());
    assertThat(text).contains("/camunda/app/tasklist/default/#/?task=" + letsTalk1.getId()).contains("It was due on");
    withoutCaseDetail(text, person);
  }

  @Test
  void aDecisionPastItsDueDateIsToldToTheManagerOfTheCasesTeam() throws Exception {
    ProcessInstance involvement = involvementFrom(contactAbout("Florence"), newCaseFor(worker));
    Person person = people.findById(personOf(involvement)).orElseThrow();
    complete(worker, calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1",
        letsTalk1("NO_ONGOING_NEED"));
    Task decide = task("Task_DecideAuthorisation", calledProcessInstance("funding-authorisation", involvement));
    Instant now = Instant.now();
    sweptUpTo(now.minusSeconds(60));
    overdue.sweep(now);
    decide.setDueDate(Date.from(now.plusSeconds(1)));
    taskService.saveTask(decide);

    overdue.sweep(now.plusSeconds(2));
    sender.sendWaiting();

    MimeMessage mail = onlyMailTo(manager);
    assertThat(mail.getSubject()).isEqualTo("Let's Talk: A decision waits on you");
    assertThat(GreenMailUtil.getBody(mail)).contains("?task=" + decide.getId());
    withoutCaseDetail(GreenMailUtil.getBody(mail), person);
  }

  @Test
  void someoneWhoTurnedEmailsOffIsSentNone() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> unclear = http.withBasicAuth(worker, PASSWORD).exchange("/api/me/notices", HttpMethod.PUT,
        new HttpEntity<>(Map.of(), headers), String.class);
    assertThat(unclear.getStatusCode().value()).isEqualTo(400);
    assertThat(unclear.getBody()).contains("emails");
    assertThat(choose(worker, false)).isEqualTo(200);
    assertThat(http.withBasicAuth(worker, PASSWORD).getForObject("/api/me/notices", Map.class))
        .containsEntry("emails", false);

    involvementFrom(contactAbout("Gwendolen"), newCaseFor(worker));
    sender.sendWaiting();

    assertThat(mailsTo(worker)).isEmpty();
    assertThat(jdbc.queryForList("select outcome from notice where recipient_user_id = ?", String.class, worker))
        .containsExactly("TURNED_OFF");
  }

  @Test
  void aMailServerThatIsDownFailsNothingAndTheNoticeGoesWhenItIsBack() {
    MAIL.stop();
    ProcessInstance involvement = involvementFrom(contactAbout("Henrietta"), newCaseFor(worker));
    assertThat(task("Task_HoldLetsTalk1", calledProcessInstance("lets-talk-1", involvement)).getAssignee())
        .as("the allocation stands").isEqualTo(worker);

    sender.sendWaiting();
    assertThat(jdbc.queryForObject("select attempts from notice where recipient_user_id = ?", Integer.class, worker))
        .isOne();

    MAIL.start();
    sender.sendWaiting();
    assertThat(mailsTo(worker)).hasSize(1);
  }

  private void withoutCaseDetail(String text, Person person) {
    assertThat(text).doesNotContainIgnoringCase(person.getGivenName()).doesNotContainIgnoringCase(person.getFamilyName())
        .doesNotContain("M41 5SL").doesNotContain("1941").doesNotContain("hip").doesNotContain("Trafford");
    if (person.getNhsNumber() != null) {
      assertThat(text).doesNotContain(person.getNhsNumber());
    }
  }

  private int choose(String user, boolean emails) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, PASSWORD).exchange("/api/me/notices", HttpMethod.PUT,
        new HttpEntity<>(Map.of("emails", emails), headers), Map.class).getStatusCode().value();
  }

  private MimeMessage onlyMailTo(String user) {
    List<MimeMessage> mails = mailsTo(user);
    assertThat(mails).as("mail to " + user).hasSize(1);
    return mails.get(0);
  }

  private List<MimeMessage> mailsTo(String user) {
    return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
      try {
        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
            .anyMatch(a -> a.toString().equals(user + "@example.org"));
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String user(String id, String group) {
    org.camunda.bpm.engine.identity.User user = identity.newUser(id);
    user.setFirstName("Worker");
    user.setLastName(id);
    user.setEmail(id + "@example.org");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    identity.createMembership(id, group);
    return id;
  }
}
