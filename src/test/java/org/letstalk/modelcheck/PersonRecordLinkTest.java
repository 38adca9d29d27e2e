package org.letstalk.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Tasklist shows tasks, not people: every task form about a person links to that person's record, so a worker
 * has the whole history in front of them before acting.
 */
class PersonRecordLinkTest {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  /** Forms about many people at once, not one. */
  private static final Set<String> NOT_ABOUT_ONE_PERSON = Set.of("audit-thematic-review");

  @Test
  void everyTaskFormAboutAPersonLinksToTheirRecord() throws Exception {
    List<String> missing = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String formRef : userTaskForms()) {
      if (NOT_ABOUT_ONE_PERSON.contains(formRef)) {
        continue;
      }
      JsonNode form = json.readTree(Path.of("forms", formRef + ".form").toFile());
      boolean links = false;
      for (JsonNode component : form.path("components")) {
        links |= component.path("text").asText().contains("/people/{{personId}}")
            || "personRecord".equals(component.path("key").asText());
      }
      if (!links) {
        missing.add(formRef);
      }
    }
    assertThat(missing).as("task forms without a link to the person's record "
        + "(add a text component \"[Open {{personName}}'s record](/people/{{personId}})\")").isEmpty();
  }

  private static Set<String> userTaskForms() throws IOException {
    Set<String> forms = new TreeSet<>();
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
          String ref = ((Element) tasks.item(i)).getAttributeNS(CAMUNDA, "formRef");
          if (!ref.isEmpty()) {
            forms.add(ref);
          }
        }
      }
    }
    return forms;
  }
}
