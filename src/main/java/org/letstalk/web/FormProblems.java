package org.letstalk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.letstalk.validation.InputRejectedException;

/**
 * The problems of a refused form in the form's own words: each field named by the label the worker reads, and each
 * problem a plain sentence ("Reason is required."), so a worker sees at once what to put right and where.
 */
public final class FormProblems {

  /** A problem as Tasklist lists it: the field's key (to find it), its label, and the sentence to read. */
  public record Shown(String field, String label, String message) {
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PREDICATE = Pattern.compile(
      "^(is|are|must|needs?|has|have|cannot|can't|should|was|were|does|do|may|comes?|goes?|gives?)\\b.*");

  /** A templated part of a label, "{{#if outcome = \"DECLINED\"}} *{{/if}}". */
  private static final String CONDITIONAL = "\\{\\{#if .*?\\{\\{/if}}";

  private FormProblems() {
  }

  /** The labels of a Camunda Form's fields by key, groups and dynamic lists included. */
  public static Map<String, String> labels(String formJson) {
    Map<String, String> labels = new HashMap<>();
    try {
      collect(JSON.readTree(formJson).path("components"), labels);
    } catch (IOException e) {
      // A form that cannot be read leaves the field names as they are.
    }
    return labels;
  }

  private static void collect(JsonNode components, Map<String, String> labels) {
    for (JsonNode component : components) {
      String key = component.path("key").asText(null);
      String label = component.hasNonNull("label") ? component.path("label").asText()
          : component.path("dateLabel").asText(null);
      if (key != null && label != null && !label.isBlank()) {
        // A label's conditional part (the asterisk of a field that becomes required) and its closing hint are not read.
        labels.putIfAbsent(key, label.replaceAll(CONDITIONAL, "").replaceAll("\\s*\\([^)]*\\)$", "").trim());
      }
      collect(component.path("components"), labels);
    }
  }

  /** Every problem of the refusal, in the form's words. */
  public static List<Shown> shown(InputRejectedException rejected, Map<String, String> labels) {
    return rejected.getProblems().stream().map(p -> {
      String label = labels.getOrDefault(p.field(), readable(p.field()));
      return new Shown(p.field(), label, sentence(label, p.problem()));
    }).toList();
  }

  /** One message naming every problem, for a client that shows only a message. */
  public static String message(List<Shown> problems) {
    StringBuilder message = new StringBuilder(problems.size() == 1 ? "Please put this right and submit again: "
        : "Please put these " + problems.size() + " things right and submit again: ");
    problems.forEach(p -> message.append(p.message()).append(' '));
    return message.toString().trim();
  }

  /**
   * "Reason" and "is required" read "“Reason” needs an answer."; "must not be negative" follows the label as its
   * verb; a problem that is a sentence of its own follows the label after a colon.
   */
  static String sentence(String label, String problem) {
    String text = problem == null ? "" : problem.trim();
    String quoted = "\u201c" + label + "\u201d";
    String joined = text.equals("is required") ? quoted + " needs an answer"
        : PREDICATE.matcher(text.toLowerCase(Locale.UK)).matches() ? quoted + " " + text
        : quoted + ": " + text;
    return joined.endsWith(".") ? joined : joined + ".";
  }

  /** participationNotes reads "Participation notes" where the form gives no label. */
  static String readable(String key) {
    String words = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.UK);
    return words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
