package org.letstalk.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.letstalk.identity.Groups;
import org.letstalk.record.RecordPolicy;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Tasklist shows tasks, not people: every task form about a person links to that person's record, so a worker
 * has the whole history in front of them before acting. A task only for groups that read no records (the finance
 * team) shows what it needs on the form and links to no record they cannot open (docs/record.md, "Who may find
 * and read whom").
 */
class PersonRecordLinkTest {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  /** Forms about many people at once, not one. */
  private static final Set<String> NOT_ABOUT_ONE_PERSON = Set.of("audit-thematic-review");

  @Test
  void everyTaskFormAboutAPersonLinksToTheirRecord() throws Exception {
    List<String> missing = new ArrayList<>();
    List<String> linkedForNoReader = new ArrayList<>();
    Map<String, Set<String>> forms = userTaskForms();
    for (Map.Entry<String, Set<String>> task : forms.entrySet()) {
      String formRef = task.getKey();
      if (NOT_ABOUT_ONE_PERSON.contains(formRef)) {
        continue;
      }
      boolean links = links(formRef);
      if (readsNoRecords(task.getValue())) {
        if (links) {
          linkedForNoReader.add(formRef);
        }
      } else if (!links) {
        missing.add(formRef);
      }
    }
    assertThat(missing).as("task forms without a link to the person's record "
        + "(add a text component \"[Open {{personName}}'s record](/people/{{personId}})\")").isEmpty();
    assertThat(linkedForNoReader).as("task forms only for groups that read no records, linking to one").isEmpty();
    assertThat(forms).as("the finance team's task shows what it needs, with no link to a record")
        .containsEntry("continuing-health-care-recovery", Set.of(Groups.FINANCE));
    assertThat(links("continuing-health-care-recovery")).isFalse();
  }

  private static boolean links(String formRef) throws IOException {
    JsonNode form = new ObjectMapper().readTree(Path.of("forms", formRef + ".form").toFile());
    boolean links = false;
    for (JsonNode component : form.path("components")) {
      links |= component.path("text").asText().contains("/people/")
          || "personRecord".equals(component.path("key").asText());
    }
    return links;
  }

  /** Candidate groups fixed in the model, none of which reads records; groups chosen at run time may. */
  private static boolean readsNoRecords(Set<String> candidateGroups) {
    return !candidateGroups.isEmpty() && candidateGroups.stream().noneMatch(g -> g.contains("${"))
        && candidateGroups.stream().noneMatch(g -> RecordPolicy.READ_ANY.contains(g)
            || RecordPolicy.READ_CARERS_CIRCLE.contains(g));
  }

  /** Each user task form, with the candidate groups of every task that uses it. */
  private static Map<String, Set<String>> userTaskForms() throws IOException {
    Map<String, Set<String>> forms = new TreeMap<>();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        NodeList tasks;
        try {
          tasks = factory.newDocumentBuilder().parse(model.toFile()).getElementsByTagNameNS(BPMN, "userTask");
        } catch (Exception e) {
          throw new IOException("cannot read " + model, e);
        }
        for (int i = 0; i < tasks.getLength(); i++) {
          Element task = (Element) tasks.item(i);
          String ref = task.getAttributeNS(CAMUNDA, "formRef");
          if (!ref.isEmpty()) {
            Set<String> groups = forms.computeIfAbsent(ref, r -> new TreeSet<>());
            for (String group : task.getAttributeNS(CAMUNDA, "candidateGroups").split(",")) {
              if (!group.isBlank()) {
                groups.add(group.trim());
              }
            }
          }
        }
      }
    }
    return forms;
  }
}
