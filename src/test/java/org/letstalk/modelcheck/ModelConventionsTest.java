package org.letstalk.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
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

  static final Pattern JAVA_WRITE = Pattern.compile(
      "\\.(?:setVariable|setVariableLocal|putValue|putValueTyped|put)\\(\\s*\"(\\w+)\"");

  static Set<String> formIds;
  static Set<String> formKeys;
  static Set<String> beans;
  static Set<String> decisions;
  static Map<String, List<String>> decisionInputs;
  static Set<String> processIds;
  static Set<String> writtenByJavaOrModels;

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
    for (Path source : javaSources()) {
      Matcher write = JAVA_WRITE.matcher(Files.readString(source));
      while (write.find()) {
        writtenByJavaOrModels.add(write.group(1));
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
            if (decision.getAttributeNS(Models.CAMUNDA_DMN, "historyTimeToLive").isBlank()) {
              problems.add(id + ": no camunda:historyTimeToLive (use P2555D); the engine refuses to deploy it");
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

  @Test
  void theModelsAreThere() {
    assertThat(Models.files(Models.PROCESSES, ".bpmn")).as("run from the project folder").isNotEmpty();
    assertThat(beans).as("Spring beans found in the compiled classes").contains("dueDates");
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
      if (Models.camunda(process, "historyTimeToLive").isBlank()) {
        problems.add(id + ": no camunda:historyTimeToLive (use P2555D)");
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
      Models.bpmn(process, "userTask").forEach(task -> checkUserTask(task, problems));
      Models.bpmn(process, "startEvent").forEach(start -> checkFormRef(start, problems));
      checkReferences(process, problems);
      checkVariablesRead(process, problems);
    }
    return problems;
  }

  static void checkElementId(Element element, List<String> problems) {
    String id = element.getAttribute("id");
    if (!ELEMENT_ID.matcher(id).matches() || GENERATED_ID.matcher(id).matches()) {
      problems.add(element.getLocalName() + " id '" + id
          + "' is not readable: use Type_Name, e.g. Task_DecideContactOutcome, Gateway_Outcome, Flow_ToConversation");
    }
  }

  static void checkUserTask(Element task, List<String> problems) {
    String id = task.getAttribute("id");
    if (Models.camunda(task, "candidateGroups").isBlank() && Models.camunda(task, "candidateUsers").isBlank()
        && Models.camunda(task, "assignee").isBlank()) {
      problems.add(id + ": nobody can see it; give camunda:candidateGroups (or an assignee)");
    }
    if (Models.camunda(task, "dueDate").isBlank()) {
      problems.add(id + ": no due date; e.g. camunda:dueDate=\"${dueDates.workingDays(2)}\"");
    }
    if (Models.camunda(task, "formRef").isBlank()) {
      problems.add(id + ": no form; give camunda:formRef=\"<form id>\" and camunda:formRefBinding=\"latest\"");
    } else {
      checkFormRef(task, problems);
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
   * forms/, Java in src/main/java that sets it with the name as a literal ({@code execution.setVariable("name", ...)},
   * {@code putValue("name", ...)}, or {@code variables.put("name", ...)} for start variables),
   * a decision's result variable, an input/output mapping or a call activity's out mapping.
   *
   * <p>Limits, deliberately pragmatic: it checks that a name is written somewhere in the application, not that
   * it is written on every path before it is read, nor by a form of this process; any literal put into any Map
   * counts; names held in Java constants are not seen (write them with a literal name); FEEL in forms and nested
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
      names.add(AnnotationBeanNameGenerator.INSTANCE.generateBeanName(candidate, registry));
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
