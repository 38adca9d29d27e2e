package org.letstalk.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;
import org.letstalk.workflow.CompletedTask;
import org.letstalk.workflow.modelrules.Beans;
import org.letstalk.workflow.modelrules.ModelRules;
import org.letstalk.workflow.Workflow;
import org.letstalk.workflow.modelrules.DiagramLayout;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The house conventions, checked on every model in processes/ and forms/ (no Spring context, plain XML and JSON),
 * so a model changed in Camunda Modeler is caught before it is deployed. One test per file; each failure names
 * the file, the element and what to change.
 *
 * <p>Ids: a process id is kebab-case ({@code new-contact}); a decision id too, its words may be camelCase
 * ({@code authorisation-level}, {@code care-act-outcome-homeSafety}); every flow
 * node, sequence flow, message, error, signal and escalation has an id made of a type prefix, an underscore and
 * a readable name ({@code Task_DecideContactOutcome}, {@code Gateway_Outcome}, {@code Flow_ToConversation},
 * {@code Message_lets_talk_2}), never Modeler's generated {@code Activity_0x1y2z3}-style ids.
 */
class ModelConventionsTest {

  private static final Pattern START_TAG = Pattern.compile("<[A-Za-z]");

  static final Pattern PROCESS_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  static final Pattern DECISION_ID =
      Pattern.compile("[a-z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*|Decision_[A-Za-z][A-Za-z0-9_]*");
  static final Pattern ELEMENT_ID = Pattern.compile(
      "(StartEvent|EndEvent|Event|IntermediateEvent|BoundaryEvent|Boundary|Timer|Task|Activity|SubProcess"
          + "|CallActivity|Gateway|Flow|Message|Error|Signal|Escalation|Decision|Link|Compensation)"
          + "_[A-Za-z0-9][A-Za-z0-9_]*");
  /** Modeler's generated ids: a prefix and seven random characters, with a digit among them. */
  static final Pattern GENERATED_ID = Pattern.compile("[A-Za-z]+_(?=[a-z0-9]*[0-9])[a-z0-9]{7}");

  static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
  static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
  /** A name at the start of a property path that is not a method call: a variable or a bean. */
  static final Pattern ROOT_NAME = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)(?!\\w)(?!\\s*\\()");
  static final Set<String> EL_WORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne",
      "lt", "gt", "le", "ge", "div", "mod", "instanceof");
  /** Names the engine itself provides to expressions (decisionResult: in a business rule task's output mapping). */
  static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "externalTask", "authenticatedUserId",
      "loopCounter", "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances", "decisionResult");

  /** A variable written by Java: its name as a literal, or as a constant ({@code FIELD} or {@code Holder.FIELD}). */
  static final Pattern JAVA_WRITE = Pattern.compile(
      "\\.(?:setVariable|setVariableLocal|putValue|putValueTyped|put)\\(\\s*(?:\"(\\w+)\"|(?:\\w+\\.)*([A-Z][A-Z0-9_]*)\\s*,)");
  /** The synthetic method of a lambda, named for the method it is written in. */
  static final Pattern LAMBDA = Pattern.compile("^lambda\\$(\\w+?)\\$\\d+$");
  static final Path WORKFLOW_PACKAGE = Path.of("src", "main", "java", "org", "letstalk", "workflow");
  /** The engine's ways of starting a process or delivering a message, which only the workflow facade uses. */
  static final Pattern ENGINE_START = Pattern.compile("\\b(startProcessInstanceBy\\w+|createProcessInstanceBy\\w+"
      + "|submitStartForm|createMessageCorrelation|correlateMessage|correlateStartMessage)\\s*\\(");
  /** A variable read or written by a literal name. */
  static final Pattern LITERAL_VARIABLE =
      Pattern.compile("\\.(?:get|set|remove)Variables?(?:Local)?(?:Typed)?\\(\\s*\"");
  /** A string constant, as the flow packages name their variables. */
  static final Pattern JAVA_CONSTANT = Pattern.compile("static final String ([A-Z][A-Z0-9_]*) = \"([^\"]+)\";");

  static Set<String> formIds;
  static Set<String> formKeys;
  static Set<String> beans;
  static Set<String> decisions;
  static Map<String, List<String>> decisionInputs;
  static Set<String> processIds;
  static Set<String> writtenByJavaOrModels;
  /** The class of each component bean, by bean name. */
  static Map<String, String> beanClasses = new HashMap<>();
  /** Beans that start another process (through Workflow.startByMessage, themselves or through another class). */
  static Set<String> startingBeans;
  /** Beans that read the task just completed (CompletedTask): the Record step of a human step. */
  static Set<String> recordingBeans;

  @BeforeAll
  static void readEverything() throws IOException {
    ObjectMapper json = new ObjectMapper();
    formIds = new HashSet<>();
    formKeys = new HashSet<>();
    for (Path form : Models.files(Models.FORMS, ".form")) {
      JsonNode root = json.readTree(form.toFile());
      formIds.add(root.path("id").asText());
      collectKeys(root, formKeys);
    }

    beans = springBeanNames();
    JavaClasses application = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.letstalk");
    startingBeans = beansReaching(application, Workflow.class, "startByMessage");
    recordingBeans = beansCalling(application, CompletedTask.class, Set.of("taskId", "userId"));

    decisions = new HashSet<>();
    decisionInputs = new HashMap<>();
    for (Path dmn : Models.files(Models.PROCESSES, ".dmn")) {
      for (Element decision : byLocalName(Models.parse(dmn), "decision")) {
        decisions.add(decision.getAttribute("id"));
        List<String> inputs = new ArrayList<>();
        byLocalName(decision, "inputExpression").forEach(input -> byLocalName(input, "text")
            .forEach(text -> inputs.add(text.getTextContent().strip())));
        decisionInputs.put(decision.getAttribute("id"), inputs);
      }
    }

    processIds = new HashSet<>();
    writtenByJavaOrModels = new HashSet<>(formKeys);
    for (Path file : Models.files(Models.PROCESSES, ".bpmn")) {
      Document bpmn = Models.parse(file);
      Models.bpmn(bpmn, "process").forEach(p -> processIds.add(p.getAttribute("id")));
      writtenByJavaOrModels.addAll(writtenInModel(bpmn));
    }
    Map<String, Set<String>> constants = new HashMap<>();
    for (Path source : javaSources()) {
      Matcher constant = JAVA_CONSTANT.matcher(Files.readString(source));
      while (constant.find()) {
        constants.computeIfAbsent(constant.group(1), name -> new HashSet<>()).add(constant.group(2));
      }
    }
    for (Path source : javaSources()) {
      Matcher write = JAVA_WRITE.matcher(Files.readString(source));
      while (write.find()) {
        if (write.group(1) != null) {
          writtenByJavaOrModels.add(write.group(1));
        } else {
          writtenByJavaOrModels.addAll(constants.getOrDefault(write.group(2), Set.of()));
        }
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> everyProcessFollowsTheConventions() {
    return Models.files(Models.PROCESSES, ".bpmn").stream()
        .map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
          List<String> problems = processProblems(Models.parse(file));
          assertThat(problems).as(file + " breaks the conventions (README: For process owners)").isEmpty();
        }));
  }

  /** The rules the engine applies to every deployment (workflow.DeploymentCheck), over the shipped models. */
  @TestFactory
  Stream<DynamicTest> everyModelPassesTheDeploymentCheck() {
    Beans applicationBeans = new Beans(stepBeans(), beans);
    return Stream.concat(Models.files(Models.PROCESSES, ".bpmn").stream(), Models.files(Models.PROCESSES, ".dmn").stream())
        .map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
          List<String> problems = file.toString().endsWith(".bpmn")
              ? ModelRules.problems(Bpmn.readModelFromFile(file.toFile()), applicationBeans)
              : ModelRules.problems(Dmn.readModelFromFile(file.toFile()));
          assertThat(problems).as(file + " would be refused at deployment").isEmpty();
        }));
  }

  /** Beans a model calls as steps: delegates and listeners. */
  static Set<String> stepBeans() {
    Set<String> steps = new HashSet<>();
    beanClasses.forEach((name, className) -> {
      try {
        Class<?> type = Class.forName(className);
        if (JavaDelegate.class.isAssignableFrom(type) || TaskListener.class.isAssignableFrom(type)
            || ExecutionListener.class.isAssignableFrom(type)) {
          steps.add(name);
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    });
    return steps;
  }

  /**
   * Every diagram reads as its process runs, drawn as Modeler draws it at 100%: each branch label beside its own
   * flow, no label on a shape or another label, no flow through or along a shape it does not connect, every
   * position stored, every task name inside its box.
   */
  @TestFactory
  Stream<DynamicTest> everyDiagramReadsAsTheProcessRuns() {
    return Models.files(Models.PROCESSES, ".bpmn").stream()
        .map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
          List<String> problems = DiagramLayout.problems(Bpmn.readModelFromFile(file.toFile()));
          assertThat(problems).as(file + ": lay the diagram out again in Camunda Modeler (README: For process owners)")
              .isEmpty();
        }));
  }

  @TestFactory
  Stream<DynamicTest> everyDecisionHasAReadableIdAndHistoryTimeToLive() {
    return Models.files(Models.PROCESSES, ".dmn").stream()
        .map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
          List<String> problems = new ArrayList<>();
          for (Element decision : byLocalName(Models.parse(file), "decision")) {
            String id = decision.getAttribute("id");
            if (!DECISION_ID.matcher(id).matches()) {
              problems.add("decision id '" + id
                  + "' is not kebab-case (e.g. authorisation-level, care-act-outcome-homeSafety)");
            }
          }
          assertThat(problems).as(file.toString()).isEmpty();
        }));
  }

  @TestFactory
  Stream<DynamicTest> everyFormIsNamedByItsIdAndHasUniqueKeys() {
    ObjectMapper json = new ObjectMapper();
    return Models.files(Models.FORMS, ".form").stream()
        .map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
          JsonNode root = json.readTree(file.toFile());
          String expected = file.getFileName().toString().replaceFirst("\\.form$", "");
          assertThat(root.path("id").asText()).as(file + ": the form id is its file name, as formRef uses it")
              .isEqualTo(expected);
          List<String> keys = new ArrayList<>();
          collectKeys(root, keys);
          assertThat(keys).as(file + ": a field key used twice").doesNotHaveDuplicates();
        }));
  }

  /**
   * Camunda Modeler saves one element per line, indented two spaces a level. A model kept that way changes, when a
   * process owner saves it, only where they changed it; {@code bin/format-models} re-saves a hand-edited one so.
   */
  @TestFactory
  Stream<DynamicTest> everyModelIsSavedAsModelerSavesIt() {
    return Stream.concat(Models.files(Models.PROCESSES, ".bpmn").stream(), Models.files(Models.PROCESSES, ".dmn").stream())
        .map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
          List<String> problems = new ArrayList<>();
          List<String> lines = Files.readAllLines(file);
          int depth = 0;
          boolean inText = false;
          for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String tag = line.strip();
            if (inText) {
              inText = !tag.contains("</");
              continue;
            }
            if (i == 0 || tag.isEmpty() || !tag.startsWith("<")) {
              continue;
            }
            boolean closing = tag.startsWith("</");
            int expected = closing ? depth - 1 : depth;
            int indent = line.length() - line.stripLeading().length();
            if (indent != 2 * Math.max(expected, 0)) {
              problems.add("line " + (i + 1) + " is indented " + indent + " spaces, Modeler would indent it "
                  + 2 * Math.max(expected, 0));
            }
            Matcher opened = START_TAG.matcher(tag);
            int elements = 0;
            while (opened.find()) {
              elements++;
            }
            if (elements > 1) {
              problems.add("line " + (i + 1) + " holds " + elements + " elements; Modeler puts each on its own line");
            }
            boolean selfClosed = tag.endsWith("/>");
            boolean closedOnLine = !closing && tag.contains("</");
            if (!closing && !selfClosed && !closedOnLine && !tag.endsWith(">")) {
              inText = true; // text running over several lines, such as a FEEL expression
              continue;
            }
            if (closing) {
              depth--;
            } else if (!selfClosed && !closedOnLine && elements == 1) {
              depth++;
            }
          }
          assertThat(problems).as(file + ": run bin/format-models, or open and save it in Camunda Modeler").isEmpty();
        }));
  }

  /**
   * Processes are started only by a named message their model shows, through the workflow facade: Java outside
   * {@code workflow/} never starts one by key or id, nor correlates a message itself.
   */
  @Test
  void noJavaStartsAProcessByKey() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path source : javaSources()) {
      if (source.startsWith(WORKFLOW_PACKAGE)) {
        continue;
      }
      List<String> lines = Files.readAllLines(source);
      for (int i = 0; i < lines.size(); i++) {
        Matcher start = ENGINE_START.matcher(lines.get(i));
        if (start.find()) {
          problems.add(source + " line " + (i + 1) + ": " + start.group(1) + " starts a process the models do not"
              + " show; start it with a message throw event (or a call activity) in the model, or from our API by"
              + " a named message start event through Workflow.startByMessage");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** Variable names are constants beside the flow code that uses them, never literals in a call. */
  @Test
  void processVariablesAreNamedByConstants() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path source : javaSources()) {
      List<String> lines = Files.readAllLines(source);
      for (int i = 0; i < lines.size(); i++) {
        if (LITERAL_VARIABLE.matcher(lines.get(i)).find()) {
          problems.add(source + " line " + (i + 1) + ": name the variable with a constant of the flow package: "
              + lines.get(i).strip());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theModelsAreThere() {
    assertThat(Models.files(Models.PROCESSES, ".bpmn")).as("run from the project folder").isNotEmpty();
    assertThat(beans).as("Spring beans found in the compiled classes").contains("dueDates");
    assertThat(startingBeans).as("beans that start a process").contains("startOrJoinInvolvement",
        "startCarersConversation", "startReviewCycle", "reassessEveryoneCaredFor", "raiseSafeguardingConcern",
        "sendAuthorisationNotice").doesNotContain("requestEarlyReview", "recordLetsTalk1");
    assertThat(recordingBeans).as("beans that record a human step").contains("recordLetsTalk1", "recordLetsTalk2",
        "recordAuthorisationDecision").doesNotContain("recordContact");
  }

  List<String> processProblems(Document bpmn) {
    List<String> problems = new ArrayList<>();
    Set<String> drawn = new HashSet<>();
    Set<String> planes = new HashSet<>();
    byLocalName(bpmn, "BPMNShape").forEach(s -> drawn.add(s.getAttribute("bpmnElement")));
    byLocalName(bpmn, "BPMNEdge").forEach(s -> drawn.add(s.getAttribute("bpmnElement")));
    byLocalName(bpmn, "BPMNPlane").forEach(s -> planes.add(s.getAttribute("bpmnElement")));
    Models.bpmn(bpmn, "participant").forEach(p -> {
      if (planes.contains(((Element) p.getParentNode()).getAttribute("id"))) {
        planes.add(p.getAttribute("processRef"));
      }
    });

    for (String kind : List.of("message", "error", "signal", "escalation")) {
      for (Element definition : Models.bpmn(bpmn, kind)) {
        checkElementId(definition, problems);
      }
    }

    for (Element process : Models.executableProcesses(bpmn)) {
      String id = process.getAttribute("id");
      if (!PROCESS_ID.matcher(id).matches()) {
        problems.add("process id '" + id + "' is not kebab-case (e.g. new-contact)");
      }
      if (!planes.contains(id)) {
        problems.add(id + ": no diagram; open and save it in Camunda Modeler");
      }

      for (Element element : Models.coverableElements(process)) {
        checkElementId(element, problems);
        if (!drawn.contains(element.getAttribute("id"))) {
          problems.add(element.getAttribute("id") + ": not drawn in the diagram");
        }
      }
      Models.bpmn(process, "userTask").forEach(task -> checkFormRef(task, problems));
      Models.bpmn(process, "startEvent").forEach(start -> checkFormRef(start, problems));
      checkReferences(process, problems);
      checkVariablesRead(process, problems);
      checkStartsAreShown(process, problems);
      checkHumanSteps(process, problems);
    }
    return problems;
  }

  /**
   * Every start of one process by another is visible in the model: a bean that starts a process is used only on
   * a message throw event (or a send task) whose name says what starts, never hidden in a service task.
   */
  static void checkStartsAreShown(Element process, List<String> problems) {
    for (Element element : Models.bpmn(process, "*")) {
      String bean = beanOf(element);
      if (bean == null || !startingBeans.contains(bean)) {
        continue;
      }
      Element node = "messageEventDefinition".equals(element.getLocalName())
          ? (Element) element.getParentNode() : element;
      boolean shown = "sendTask".equals(node.getLocalName())
          || "messageEventDefinition".equals(element.getLocalName())
          && Set.of("intermediateThrowEvent", "endEvent").contains(node.getLocalName());
      if (!shown) {
        problems.add(node.getAttribute("id") + ": ${" + bean + "} starts another process; use it on a message throw"
            + " event named for what it starts (or call the process with a call activity), so the start shows");
      }
    }
  }

  /**
   * A Record step (a bean that reads the task just completed) follows only a user task with the {@code completedTask}
   * complete listener; the rest of the human-step contract is the deployment check's ({@code modelrules.HumanSteps}).
   */
  static void checkHumanSteps(Element process, List<String> problems) {
    Map<String, Element> byId = new HashMap<>();
    Models.bpmn(process, "*").forEach(e -> byId.put(e.getAttribute("id"), e));
    List<Element> flows = Models.bpmn(process, "sequenceFlow");
    for (Element element : Models.bpmn(process, "*")) {
      String bean = beanOf(element);
      if (bean == null || !recordingBeans.contains(bean)) {
        continue;
      }
      Element step = "messageEventDefinition".equals(element.getLocalName())
          ? (Element) element.getParentNode() : element;
      String id = step.getAttribute("id");
      List<Element> in = flows.stream().filter(f -> f.getAttribute("targetRef").equals(id)).toList();
      boolean afterHumanStep = !in.isEmpty() && in.stream().map(f -> byId.get(f.getAttribute("sourceRef")))
          .allMatch(source -> source != null && "userTask".equals(source.getLocalName())
              && Models.elements(source, Models.CAMUNDA, "taskListener").stream()
                  .anyMatch(l -> "${completedTask}".equals(l.getAttribute("delegateExpression"))));
      if (!afterHumanStep) {
        problems.add(id + ": ${" + bean + "} records the task just completed; it must follow straight after a user"
            + " task with <camunda:taskListener delegateExpression=\"${completedTask}\" event=\"complete\" />");
      }
    }
  }

  /** The bean a {@code camunda:delegateExpression="${bean}"} names, or null. */
  static String beanOf(Element element) {
    Matcher bean = Pattern.compile("\\$\\{\\s*(\\w+)\\s*}").matcher(Models.camunda(element, "delegateExpression"));
    return bean.matches() ? bean.group(1) : null;
  }

  static void checkElementId(Element element, List<String> problems) {
    String id = element.getAttribute("id");
    if (!ELEMENT_ID.matcher(id).matches() || GENERATED_ID.matcher(id).matches()) {
      problems.add(element.getLocalName() + " id '" + id
          + "' is not readable: use Type_Name, e.g. Task_DecideContactOutcome, Gateway_Outcome, Flow_ToConversation");
    }
  }

  static void checkFormRef(Element element, List<String> problems) {
    String formRef = Models.camunda(element, "formRef");
    if (formRef.isBlank()) {
      return;
    }
    if (!formIds.contains(formRef)) {
      problems.add(element.getAttribute("id") + ": camunda:formRef '" + formRef
          + "' is not the id of a form in forms/");
    }
    if (!"latest".equals(Models.camunda(element, "formRefBinding"))) {
      problems.add(element.getAttribute("id") + ": camunda:formRefBinding should be \"latest\"");
    }
  }

  static void checkReferences(Element process, List<String> problems) {
    for (Element element : Models.bpmn(process, "*")) {
      String id = element.getAttribute("id");
      String delegate = Models.camunda(element, "delegateExpression");
      Matcher bean = Pattern.compile("\\$\\{\\s*(\\w+)\\s*}").matcher(delegate);
      if (!delegate.isBlank() && (!bean.matches() || !beans.contains(bean.group(1)))) {
        problems.add(id + ": camunda:delegateExpression '" + delegate
            + "' does not name a Spring bean (@Component(\"name\") in src/main/java)");
      }
      String className = Models.camunda(element, "class");
      if (!className.isBlank() && !ClassUtils.isPresent(className, ModelConventionsTest.class.getClassLoader())) {
        problems.add(id + ": camunda:class '" + className + "' does not exist");
      }
      String decisionRef = Models.camunda(element, "decisionRef");
      if (!decisionRef.isBlank() && !decisionRef.contains("{") && !decisions.contains(decisionRef)) {
        problems.add(id + ": camunda:decisionRef '" + decisionRef + "' is not a decision in processes/*.dmn");
      }
      String calledElement = element.getAttribute("calledElement");
      if ("callActivity".equals(element.getLocalName()) && !calledElement.contains("{")
          && !processIds.contains(calledElement)) {
        problems.add(id + ": calledElement '" + calledElement + "' is not a process in processes/*.bpmn");
      }
    }
  }

  /**
   * Every variable an expression of the process reads (conditions, assignees, due dates, task names, ...) and
   * every plain variable a decision it calls takes as input must be written by something: a field of a form in
   * forms/, Java in src/main/java that sets it by its name's constant or literal ({@code execution.setVariable(NAME,
   * ...)}, {@code putValue(NAME, ...)}, or {@code variables.put(NAME, ...)} for start variables),
   * a decision's result variable, an input/output mapping or a call activity's out mapping.
   *
   * <p>Limits, deliberately pragmatic: it checks that a name is written somewhere in the application, not that
   * it is written on every path before it is read, nor by a form of this process; any name put into any Map
   * counts, and a constant counts with every value a constant of its name has anywhere; FEEL in forms and nested
   * braces in expressions are not parsed.
   */
  static void checkVariablesRead(Element process, List<String> problems) {
    Set<String> written = new HashSet<>(writtenByJavaOrModels);
    Set<String> read = new TreeSet<>();
    for (String expression : expressions(process)) {
      Matcher body = EXPRESSION.matcher(expression);
      while (body.find()) {
        Matcher name = ROOT_NAME.matcher(STRING_LITERAL.matcher(body.group(1)).replaceAll("''"));
        while (name.find()) {
          read.add(name.group(1));
        }
      }
    }
    for (Element task : Models.bpmn(process, "businessRuleTask")) {
      decisionInputs.getOrDefault(Models.camunda(task, "decisionRef"), List.of()).stream()
          .filter(input -> input.matches("[A-Za-z_]\\w*")).forEach(read::add);
    }
    read.removeAll(EL_WORDS);
    read.removeAll(ENGINE_NAMES);
    read.removeAll(beans);
    read.removeAll(written);
    read.forEach(name -> problems.add(process.getAttribute("id") + ": reads the variable '" + name
        + "' but no form field, delegate (setVariable(\"" + name + "\", ...)) or mapping writes it"));
  }

  /** Attribute values and texts of the process that can hold expressions, documentation left out. */
  static List<String> expressions(Element process) {
    List<String> found = new ArrayList<>();
    collectExpressions(process, found);
    return found;
  }

  private static void collectExpressions(Node node, List<String> found) {
    if (node instanceof Element element) {
      if ("documentation".equals(element.getLocalName())) {
        return;
      }
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr attribute = (Attr) attributes.item(i);
        // A delegate expression names a bean, checked on its own above.
        if (attribute.getValue().contains("{") && !"delegateExpression".equals(attribute.getLocalName())) {
          found.add(attribute.getValue());
        }
      }
    } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
      if (node.getNodeValue().contains("{")) {
        found.add(node.getNodeValue());
      }
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      collectExpressions(child, found);
    }
  }

  /** Variables a model itself writes: results, mappings, loop variables, the initiator. */
  static Set<String> writtenInModel(Document bpmn) {
    Set<String> written = new HashSet<>();
    for (Element element : Models.bpmn(bpmn, "*")) {
      addIfPresent(written, Models.camunda(element, "resultVariable"));
      addIfPresent(written, Models.camunda(element, "initiator"));
      addIfPresent(written, Models.camunda(element, "elementVariable"));
    }
    for (String mapping : List.of("inputParameter", "outputParameter")) {
      Models.elements(bpmn, Models.CAMUNDA, mapping).forEach(p -> addIfPresent(written, p.getAttribute("name")));
    }
    for (String mapping : List.of("in", "out")) {
      Models.elements(bpmn, Models.CAMUNDA, mapping).forEach(p -> addIfPresent(written, p.getAttribute("target")));
    }
    Models.elements(bpmn, Models.CAMUNDA, "formField").forEach(f -> addIfPresent(written, f.getAttribute("id")));
    return written;
  }

  private static void addIfPresent(Set<String> names, String name) {
    if (name != null && !name.isBlank()) {
      names.add(name.strip());
    }
  }

  static void collectKeys(JsonNode node, java.util.Collection<String> keys) {
    if (node.isObject()) {
      if (node.hasNonNull("key") && node.has("type")) {
        keys.add(node.get("key").asText());
      }
      node.forEach(child -> collectKeys(child, keys));
    } else if (node.isArray()) {
      node.forEach(child -> collectKeys(child, keys));
    }
  }

  static List<Element> byLocalName(Node root, String localName) {
    return Models.elements(root, "*", localName);
  }

  /** Bean names of the application's own components and @Bean methods, read from the compiled classes. */
  static Set<String> springBeanNames() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
    SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
    Set<String> names = new HashSet<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents("org.letstalk")) {
      if (isTestClass(candidate)) {
        continue;
      }
      String name = AnnotationBeanNameGenerator.INSTANCE.generateBeanName(candidate, registry);
      names.add(name);
      beanClasses.put(name, candidate.getBeanClassName());
      try {
        for (Method method : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
          Bean bean = method.getAnnotation(Bean.class);
          if (bean != null) {
            names.addAll(bean.name().length > 0 ? List.of(bean.name()) : List.of(method.getName()));
          }
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return names;
  }

  /**
   * Beans whose delegate or listener method ({@code execute}, {@code notify}) calls {@code target.method}, itself
   * or through methods of the application's classes it calls (a lambda counts as the method it is written in).
   */
  static Set<String> beansReaching(JavaClasses application, Class<?> target, String method) {
    Set<String> reaching = new HashSet<>(Set.of(target.getName() + "#" + method));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (JavaClass type : application) {
        for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
          if (reaching.contains(call.getTargetOwner().getName() + "#" + call.getName())
              && reaching.add(type.getName() + "#" + LAMBDA.matcher(call.getOrigin().getName()).replaceAll("$1"))) {
            grew = true;
          }
        }
      }
    }
    Set<String> beans = new HashSet<>();
    beanClasses.forEach((bean, type) -> {
      if (reaching.contains(type + "#execute") || reaching.contains(type + "#notify")) {
        beans.add(bean);
      }
    });
    return beans;
  }

  /** Beans whose class itself calls one of these methods of {@code target}. */
  static Set<String> beansCalling(JavaClasses application, Class<?> target, Set<String> methods) {
    Set<String> calling = new HashSet<>();
    beanClasses.forEach((bean, type) -> {
      if (application.contain(type) && application.get(type).getMethodCallsFromSelf().stream()
          .anyMatch(c -> c.getTargetOwner().isEquivalentTo(target) && methods.contains(c.getName()))) {
        calling.add(bean);
      }
    });
    return calling;
  }

  private static boolean isTestClass(BeanDefinition candidate) {
    try {
      return candidate instanceof AbstractBeanDefinition definition && definition.getResource() != null
          && definition.getResource().getURL().toString().contains("/test-classes/");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> javaSources() throws IOException {
    Path main = Path.of("src", "main", "java");
    try (Stream<Path> files = Files.walk(main)) {
      return files.filter(f -> f.toString().endsWith(".java")).toList();
    }
  }

  /**
   * What a practitioner reads is plain English: policy citations such as [T 2.25], [W ¶83], [N 3.7g] or
   * [golden rule 1] explain the models to process owners (their documentation, the tests and docs/sources.md),
   * never a form's headings, help, labels or choices, nor a page.
   */
  static final Pattern CITATION = Pattern.compile(
      "\\[\\s*(?:[TWNHC] ?(?:[0-9¶§]|P[0-9]|Part\\b|App)|golden rules?\\b|DOMAIN\\b)[^\\]]*]");
  /** The properties of a form component that Tasklist shows. */
  static final Set<String> SHOWN_IN_FORMS = Set.of("text", "label", "description", "placeholder", "content", "title",
      "prefixAdorner", "suffixAdorner");

  @TestFactory
  Stream<DynamicTest> noFormShowsAPolicyCitation() {
    ObjectMapper json = new ObjectMapper();
    return Models.files(Models.FORMS, ".form").stream()
        .map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
          List<String> problems = new ArrayList<>();
          collectCitations(json.readTree(file.toFile()), "the form", problems);
          assertThat(problems).as(file + ": say it in plain English; the citation belongs in the model's documentation")
              .isEmpty();
        }));
  }

  @Test
  void noPageShowsAPolicyCitation() throws IOException {
    List<String> problems = new ArrayList<>();
    Path templates = Path.of("src", "main", "resources", "templates");
    try (Stream<Path> files = Files.walk(templates)) {
      for (Path page : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
        List<String> lines = Files.readAllLines(page);
        for (int i = 0; i < lines.size(); i++) {
          Matcher citation = CITATION.matcher(lines.get(i));
          while (citation.find()) {
            problems.add(page + " line " + (i + 1) + ": " + citation.group());
          }
        }
      }
    }
    assertThat(problems).as("pages practitioners read, in plain English").isEmpty();
  }

  /** A decision table's text results become the reasons a practitioner reads and writes into a decision letter. */
  @TestFactory
  Stream<DynamicTest> noDecisionResultShowsAPolicyCitation() {
    return Models.files(Models.PROCESSES, ".dmn").stream()
        .map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
          List<String> problems = new ArrayList<>();
          for (Element rule : byLocalName(Models.parse(file), "rule")) {
            for (Element output : byLocalName(rule, "outputEntry")) {
              Matcher citation = CITATION.matcher(output.getTextContent());
              while (citation.find()) {
                problems.add("rule " + rule.getAttribute("id") + ": " + citation.group());
              }
            }
          }
          assertThat(problems).as(file + ": results are read by practitioners; cite in the rule's description instead")
              .isEmpty();
        }));
  }

  /** Names each citation by the field (its key, or its id for text) and the property that shows it. */
  static void collectCitations(JsonNode node, String field, List<String> problems) {
    if (node.isObject()) {
      String here = !node.has("type") ? field
          : node.has("key") ? "field " + node.get("key").asText()
          : node.path("type").asText() + " " + node.path("id").asText();
      node.fields().forEachRemaining(property -> {
        JsonNode value = property.getValue();
        if (value.isTextual() && SHOWN_IN_FORMS.contains(property.getKey())) {
          Matcher citation = CITATION.matcher(value.asText());
          while (citation.find()) {
            problems.add(here + " (" + property.getKey() + "): " + citation.group());
          }
        } else {
          collectCitations(value, here, problems);
        }
      });
    } else if (node.isArray()) {
      node.forEach(child -> collectCitations(child, field, problems));
    }
  }
}
