package org.letstalk.workflow.modelrules;

import static org.letstalk.workflow.modelrules.ModelXml.where;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * What an expression in a model may say: process variables, literals, comparisons, logic and arithmetic, the steps by
 * name, and the few methods below. Never a method of an arbitrary object ({@code ${x.getClass()...}} reaches any
 * Java), a bean that is not a step ({@code ${someRepository.findAll()}} reads every case), an index or an assignment.
 * Decision tables are written in FEEL, the engine's default, never in JUEL or a script language.
 */
public final class ExpressionAllowList {

  /**
   * The only members an expression may use, by the name it starts from. A new one is a change to the application,
   * reviewed as code: each returns a value the model needs and reads or changes nothing else.
   */
  static final Set<String> CONCERN_TOLD =
      Set.of("concernDescription", "concernAllegedPersonName", "concernAllegedPersonRelationship");

  static final Map<String, Set<String>> MEMBERS = Map.of(
      "dueDates", Set.of("workingDays", "after"),
      "eligibilityService", Set.of("ruleSet", "name"),
      "council", Set.of("nation"),
      "contactIntake", Set.of("safeguardingDetail", "safeguardingAllegedPersonName",
          "safeguardingAllegedPersonRelationship"),
      "conversations", CONCERN_TOLD,
      "carers", CONCERN_TOLD,
      "audits", Set.of("caseAuditIds"),
      "caseQueues", Set.of("teamOf", "workerOf"),
      "execution", Set.of("getVariable", "processBusinessKey", "processInstanceId"),
      "decisionResult", Set.of("getSingleResult", "getSingleEntry", "getResultList", "get"));

  /** Words of the expression language, and names the engine provides. */
  static final Set<String> WORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne", "lt",
      "gt", "le", "ge", "div", "mod", "instanceof", "execution", "task", "decisionResult", "authenticatedUserId",
      "loopCounter", "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances");

  static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
  static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
  static final Pattern ASSIGNMENT = Pattern.compile("(?<![=!<>])=(?!=)|;|->|\\+=");
  static final Set<String> FEEL = Set.of("feel", "https://www.omg.org/spec/dmn/20191111/feel/",
      "http://www.omg.org/spec/feel/20140401");

  private ExpressionAllowList() {
  }

  public static List<String> problems(BpmnModelInstance model, Beans beans) {
    List<String> problems = new ArrayList<>();
    collect(ModelXml.document(model).getDocumentElement(), beans, problems);
    return problems;
  }

  /** Decision tables: FEEL only, and no expression of the engine's other language inside one. */
  public static List<String> problems(DmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    for (Element element : ModelXml.elements(ModelXml.document(model))) {
      String language = element.getAttribute("expressionLanguage");
      if (!language.isBlank() && !FEEL.contains(language.toLowerCase())) {
        problems.add(where(element) + ": written in '" + language + "'; decision tables are written in FEEL, the "
            + "default: remove expressionLanguage");
      }
      if ("text".equals(element.getLocalName())) {
        String text = element.getTextContent();
        if (text.contains("${") || text.contains("#{")) {
          problems.add(where(element) + ": '" + text.strip() + "' is not FEEL; write the value or comparison in FEEL");
        }
        if (text.matches("(?s).*\\bexternal\\b.*")) {
          problems.add(where(element) + ": an external function calls Java; remove it");
        }
      }
    }
    return problems;
  }

  private static void collect(Node node, Beans beans, List<String> problems) {
    if (node instanceof Element element) {
      if ("documentation".equals(element.getLocalName())) {
        return;
      }
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr attribute = (Attr) attributes.item(i);
        // A delegate expression names a step; NoCodeInModels checks it.
        if (!"delegateExpression".equals(attribute.getLocalName())) {
          check(element, attribute.getValue(), beans, problems);
        }
      }
    } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
      check((Element) node.getParentNode(), node.getNodeValue(), beans, problems);
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      collect(child, beans, problems);
    }
  }

  static void check(Element where, String value, Beans beans, List<String> problems) {
    Matcher expression = EXPRESSION.matcher(value);
    while (expression.find()) {
      String body = STRING_LITERAL.matcher(expression.group(1)).replaceAll("''");
      List<String> found = new ArrayList<>();
      problemsIn(body, beans, found);
      found.stream().distinct().forEach(problem -> problems.add(where(where) + ": " + expression.group() + " " + problem));
    }
  }

  /** The problems of one expression's body, string literals already blanked. */
  static void problemsIn(String body, Beans beans, List<String> problems) {
    if (ASSIGNMENT.matcher(body).find()) {
      problems.add("assigns a value; an expression only reads and compares");
    }
    if (body.contains("[")) {
      problems.add("uses [ ]; read a variable by its name");
    }
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (Character.isJavaIdentifierStart(c) && !afterDot(body, i)) {
        i = chain(body, i, beans, problems);
      } else if (c == '.' && !(i > 0 && Character.isDigit(body.charAt(i - 1)))
          && !(i + 1 < body.length() && Character.isDigit(body.charAt(i + 1)))) {
        problems.add("uses a member of a value that is not a variable or one of our steps");
        i++;
      } else {
        i++;
      }
    }
  }

  private static boolean afterDot(String body, int i) {
    int j = i - 1;
    while (j >= 0 && Character.isWhitespace(body.charAt(j))) {
      j--;
    }
    return j >= 0 && (body.charAt(j) == '.' || Character.isJavaIdentifierPart(body.charAt(j)));
  }

  /** Reads a name and the members after it; returns where it ends. Arguments are checked as expressions. */
  private static int chain(String body, int start, Beans beans, List<String> problems) {
    int i = identifierEnd(body, start);
    String root = body.substring(start, i);
    List<String> members = new ArrayList<>();
    i = arguments(body, i, beans, problems, root, true);
    while (true) {
      int j = skipSpace(body, i);
      if (j >= body.length() || body.charAt(j) != '.') {
        break;
      }
      j = skipSpace(body, j + 1);
      if (j >= body.length() || !Character.isJavaIdentifierStart(body.charAt(j))) {
        break;
      }
      int end = identifierEnd(body, j);
      members.add(body.substring(j, end));
      i = arguments(body, end, beans, problems, root, false);
    }
    if (Character.isDigit(root.charAt(0))) {
      return i;
    }
    Set<String> allowed = MEMBERS.get(root);
    for (String member : members) {
      if (allowed == null || !allowed.contains(member)) {
        problems.add("uses '" + member + "' of '" + root + "', which is not one a model may use");
      }
    }
    if (members.isEmpty() && beans.all().contains(root) && !beans.steps().contains(root) && !MEMBERS.containsKey(root)
        && !WORDS.contains(root)) {
      problems.add("names '" + root + "', a part of the application that is not a step");
    }
    return i;
  }

  /** After a name: its arguments, if it is called, checked as expressions of their own. */
  private static int arguments(String body, int i, Beans beans, List<String> problems, String root, boolean isRoot) {
    int j = skipSpace(body, i);
    if (j >= body.length() || body.charAt(j) != '(') {
      return i;
    }
    if (isRoot) {
      problems.add("calls the function '" + root + "'");
    }
    int depth = 0;
    int k = j;
    for (; k < body.length(); k++) {
      if (body.charAt(k) == '(') {
        depth++;
      } else if (body.charAt(k) == ')' && --depth == 0) {
        break;
      }
    }
    problemsIn(body.substring(j + 1, Math.min(k, body.length())), beans, problems);
    return Math.min(k + 1, body.length());
  }

  private static int identifierEnd(String body, int i) {
    while (i < body.length() && Character.isJavaIdentifierPart(body.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipSpace(String body, int i) {
    while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
      i++;
    }
    return i;
  }
}
