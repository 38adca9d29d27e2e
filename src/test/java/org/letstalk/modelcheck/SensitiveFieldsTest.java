package org.letstalk.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.letstalk.workflow.SensitiveVariables;

/**
 * Every field where a person's details or safeguarding detail is typed is on the list the engine's history leaves
 * out (workflow.SensitiveVariables), so a field added to a form cannot carry such detail into history unnoticed.
 * On the front door's and safeguarding's forms every field written in words or a date is on it, unless it is
 * below; on every form, so is any field naming a concern or an alleged person.
 */
class SensitiveFieldsTest {

  /** The forms of the front door and of safeguarding. */
  static final Pattern DETAIL_FORMS =
      Pattern.compile("new-contact|confirm-person-match|contact-outcome|further-contact|safeguarding-.*");
  static final Set<String> WRITTEN = Set.of("textfield", "textarea", "datetime");
  /** Written on those forms, yet not what a person told us. */
  static final Map<String, String> NOT_DETAIL = Map.of(
      "personId", "the record's id",
      "personName", "the name on every task of a process about the person",
      "allocatedWorker", "a member of staff",
      "allocatedTeam", "a team",
      "meetingHeldOn", "a date, which the enquiry's deadlines follow",
      "planReviewDueOn", "a date, the protection plan's review timer");
  /** Fields naming a concern anywhere; a yes or no that steers the flow is not detail. */
  static final Pattern CONCERN = Pattern.compile("(?i).*(alleged|concern|safeguarding).*");
  static final Set<String> CONCERN_FLAGS = Set.of("safeguardingConcern", "safeguardingConcernFound");

  record Field(String form, String key, String type) {
  }

  @Test
  void everyFieldCarryingDetailIsLeftOutOfHistory() throws IOException {
    List<Field> fields = fields();
    assertThat(fields).as("the forms were read").hasSizeGreaterThan(100);

    assertThat(fields).filteredOn(f -> DETAIL_FORMS.matcher(f.form()).matches() && WRITTEN.contains(f.type()))
        .filteredOn(f -> !NOT_DETAIL.containsKey(f.key()))
        .as("written on a front-door or safeguarding form: add it to SensitiveVariables")
        .allMatch(f -> SensitiveVariables.isSensitive(f.key()));
    assertThat(fields).filteredOn(f -> CONCERN.matcher(f.key()).matches() && !CONCERN_FLAGS.contains(f.key()))
        .as("names a concern or an alleged person: add it to SensitiveVariables")
        .allMatch(f -> SensitiveVariables.isSensitive(f.key()));
  }

  @Test
  void theListNamesOnlyFieldsOrVariablesThatExist() throws IOException {
    Set<String> keys = new java.util.HashSet<>(fields().stream().map(Field::key).toList());
    // Set by the steps, not typed on a form: the conversation's rationale handed back to its caller.
    keys.add("conversationRationale");
    assertThat(SensitiveVariables.NAMES).as("a name on the list that nothing sets protects nothing")
        .allMatch(keys::contains);
  }

  static List<Field> fields() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Field> fields = new ArrayList<>();
    for (Path form : Models.files(Models.FORMS, ".form")) {
      String name = form.getFileName().toString().replace(".form", "");
      collect(name, json.readTree(form.toFile()), fields);
    }
    return fields;
  }

  private static void collect(String form, JsonNode node, List<Field> fields) {
    for (JsonNode component : node.path("components")) {
      if (component.hasNonNull("key")) {
        fields.add(new Field(form, component.get("key").asText(), component.path("type").asText()));
      }
      collect(form, component, fields);
    }
  }
}
