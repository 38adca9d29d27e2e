package org.letstalk.modelcheck;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.letstalk.store.Identified;
import org.letstalk.workflow.DecisionTables;
import org.letstalk.workflow.DueDates;
import org.letstalk.workflow.Workflow;

/**
 * The shape of the house, checked on the compiled application (not the tests): each feature's domain knows
 * nothing of the engine; its {@code flow} package is where the engine meets it; only the workflow facade reaches
 * the engine's internals; and the features depend on one another without cycles.
 */
class ArchitectureTest {

  /**
   * What faces the engine by design: the facade ({@code workflow}), and the infrastructure that plugs into the
   * engine: its users and groups ({@code identity}), the sign-in its REST API and webapps share with ours
   * ({@code security}), and the answers of its REST API and of ours to its exceptions ({@code web}).
   */
  static final String[] ENGINE_FACING = {"org.letstalk.workflow..", "org.letstalk.identity..",
      "org.letstalk.security..", "org.letstalk.web.."};
  static final String FLOW = "org.letstalk..flow..";
  static final Set<String> STARTS_OR_MESSAGES = Set.of("startByMessage", "correlate", "correlateLocal",
      "correlateIfWaiting");

  static JavaClasses application;

  @BeforeAll
  static void importTheApplication() {
    application = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.letstalk");
  }

  @Test
  void theDomainImportsNothingFromTheEngine() {
    noClasses().that().resideOutsideOfPackages(FLOW).and().resideOutsideOfPackages(ENGINE_FACING)
        .should().dependOnClassesThat().resideInAPackage("org.camunda..")
        .because("a feature's entities, repositories and services take and return its own records; the engine is"
            + " met in its flow package")
        .check(application);
  }

  @Test
  void flowMeetsTheEngineThroughTheDelegateApi() {
    noClasses().that().resideInAPackage(FLOW)
        .should().dependOnClassesThat(resideInAPackage("org.camunda..")
            .and(not(resideInAnyPackage("org.camunda.bpm.engine.delegate..", "org.camunda.bpm.engine.variable.."))))
        .because("a delegate or listener reads and writes its execution; everything else it asks of the engine goes"
            + " through the workflow facade")
        .check(application);
  }

  @Test
  void onlyTheFacadeReachesTheEnginesInternals() {
    noClasses().that().resideOutsideOfPackage("org.letstalk.workflow..")
        .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
        .because("moving to another Camunda 7 line (a fork such as Operaton) should change the facade only")
        .check(application);
  }

  @Test
  void onlyTheSignInAndTheEngineApisSetUpReachTheWebappsAndRestInternals() {
    noClasses().that().resideOutsideOfPackages("org.letstalk.workflow..", "org.letstalk.security..",
            "org.letstalk.web..")
        .should().dependOnClassesThat().resideInAPackage("org.camunda..impl..")
        .because("the sign-in shares the webapps' session and the engine REST API's basic authentication, and the"
            + " engine REST API is set up with our error answers; nothing else needs their internals")
        .check(application);
  }

  @Test
  void theDomainAsksTheWorkflowOnlyForRuleTablesAndWorkingDays() {
    noClasses().that().resideOutsideOfPackages(FLOW).and().resideOutsideOfPackages(ENGINE_FACING)
        .should().dependOnClassesThat(resideInAPackage("org.letstalk.workflow..")
            .and(not(belongToAnyOf(DecisionTables.class, DueDates.class))))
        .because("the rules process owners tune are read from the decision tables; starting and messaging processes"
            + " is the flow's")
        .check(application);
  }

  @Test
  void onlyFlowStartsOrMessagesProcesses() {
    noClasses().that().resideOutsideOfPackages(FLOW, "org.letstalk.workflow..")
        .should(startOrMessageAProcess())
        .because("every start of a process, and every message to one, sits beside the flow code of its feature")
        .check(application);
  }

  @Test
  void everyEntityBeginsWithTheSameHeader() {
    classes().that().areAnnotatedWith(Entity.class)
        .should().beAssignableTo(Identified.class)
        .andShould().resideOutsideOfPackage(FLOW)
        .because("every row has the same id (and, if it changes, the same optimistic lock: store.Versioned), and"
            + " belongs to its feature's domain")
        .check(application);
  }

  @Test
  void featuresDependOnEachOtherWithoutCycles() {
    slices().matching("org.letstalk.(*)..").should().beFreeOfCycles().check(application);
  }

  @Test
  void authorisationKnowsNothingOfTheFeaturesItServes() {
    noClasses().that().resideInAPackage("org.letstalk.authorisation..")
        .should().dependOnClassesThat().resideInAnyPackage("org.letstalk.conversation..", "org.letstalk.crisis..",
            "org.letstalk.involvement..", "org.letstalk.longtermsupport..", "org.letstalk.carers..",
            "org.letstalk.review..")
        .because("a manager's authorisation serves every feature; a feature that must refuse a request answers the"
            + " question authorisation asks (LongTermFunding.Guard)")
        .check(application);
  }

  /** Calls the workflow facade to start a process or deliver a message to one. */
  static ArchCondition<JavaClass> startOrMessageAProcess() {
    return new ArchCondition<>("start or message a process") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (JavaMethodCall call : item.getMethodCallsFromSelf()) {
          if (call.getTargetOwner().isEquivalentTo(Workflow.class) && STARTS_OR_MESSAGES.contains(call.getName())) {
            events.add(SimpleConditionEvent.violated(call, call.getDescription()));
          }
        }
      }
    };
  }
}
