package org.letstalk.involvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonFinder;
import org.letstalk.validation.ConflictException;
import org.letstalk.web.EngineRestErrors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One open involvement per person, kept by the schema (involvement_open_person_unique) and honoured by the
 * lifecycle: a second episode while one runs, or a second case opened at the same moment, is a conflict that
 * names the case already open, never a 500.
 */
@PostgresTest
class OneOpenCaseTest {

  @Autowired
  Involvements involvements;

  @Autowired
  InvolvementRepository repository;

  @Autowired
  PersonFinder people;

  @Autowired
  PlatformTransactionManager transactions;

  @Test
  void aLaterEpisodeJoinsTheOpenCaseAndASecondOneAtTheSameTimeIsRefusedNamingIt() {
    UUID person = person();
    Involvement first = involvements.open("first-" + UUID.randomUUID(), person, null, true);

    assertThatThrownBy(() -> involvements.open("second-" + UUID.randomUUID(), person, null, true))
        .isInstanceOf(ConflictException.class).hasMessageContaining(first.getId().toString());
    Involvement carers = involvements.open("carers-" + UUID.randomUUID(), person, null, false);
    assertThat(carers.getId()).as("a carer's conversation runs beside it, in the same case").isEqualTo(first.getId());

    involvements.beginLongTermSupport(first.getId(), first.getProcessInstanceId());
    String later = "later-" + UUID.randomUUID();
    assertThat(involvements.open(later, person, null, true).getId()).isEqualTo(first.getId());
    assertThat(repository.findById(first.getId()).orElseThrow().getCurrentProcessInstanceId()).isEqualTo(later);
    assertThat(repository.findByPersonIdOrderByStartedAt(person)).hasSize(1);
  }

  @Test
  void whenTheUniqueKeyRefusesASecondCaseOpenedAtTheSameMomentTheCallerIsToldWhichCaseIsOpen() throws Exception {
    UUID person = person();
    TransactionTemplate tx = new TransactionTemplate(transactions);
    CountDownLatch firstWritten = new CountDownLatch(1);
    CompletableFuture<UUID> first = CompletableFuture.supplyAsync(() -> tx.execute(status -> {
      Involvement opened = involvements.open("race-a-" + UUID.randomUUID(), person, null, true);
      firstWritten.countDown();
      sleep(700);
      return opened.getId();
    }));
    assertThat(firstWritten.await(20, TimeUnit.SECONDS)).isTrue();

    assertThatThrownBy(() -> tx.execute(status -> involvements.open("race-b-" + UUID.randomUUID(), person, null,
        true)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining(first.get(20, TimeUnit.SECONDS).toString());
    assertThat(repository.findByPersonIdOrderByStartedAt(person)).hasSize(1);
  }

  @Test
  void theEngineRestApiAnswersTheConflict409WithItsMessage() {
    ConflictException conflict = new ConflictException("this person's case is already open (involvement 42)");

    Response answer = new EngineRestErrors(null).toResponse(new ProcessEngineException("wrapped", conflict));

    assertThat(answer.getStatus()).isEqualTo(409);
    assertThat(((Map<?, ?>) answer.getEntity()).get("message")).isEqualTo(conflict.getMessage());
  }

  private UUID person() {
    String family = "Case" + Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 40), 36);
    return people.create(new PersonDetails("Ona", family, null, null, null, null, null, null, null), false).getId();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
