package org.letstalk.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Every job a model creates (a timer, an asynchronous step) says how a failure is retried, so a failing step
 * backs off and then stops as an incident in Cockpit instead of being tried three times at once and forgotten.
 */
class JobRetryConventionTest {

  @Test
  void everyTimerAndAsynchronousStepDeclaresItsRetryCycle() {
    List<String> missing = new ArrayList<>();
    for (Path file : Models.files(Models.PROCESSES, ".bpmn")) {
      for (Element process : Models.executableProcesses(Models.parse(file))) {
        for (Element element : Models.elements(process, Models.BPMN, "*")) {
          boolean timer = Models.bpmn(element, "timerEventDefinition").stream()
              .anyMatch(definition -> definition.getParentNode() == element);
          boolean async = "true".equals(Models.camunda(element, "asyncBefore"))
              || "true".equals(Models.camunda(element, "asyncAfter"));
          if ((timer || async) && cycle(element).isEmpty()) {
            missing.add(file.getFileName() + " " + element.getAttribute("id"));
          }
        }
      }
    }
    assertThat(missing).as("add <camunda:failedJobRetryTimeCycle>R5/PT1M</camunda:failedJobRetryTimeCycle>").isEmpty();
  }

  private static List<Element> cycle(Element element) {
    return Models.bpmn(element, "extensionElements").stream()
        .filter(e -> e.getParentNode() == element)
        .flatMap(e -> Models.elements(e, Models.CAMUNDA, "failedJobRetryTimeCycle").stream())
        .filter(e -> e.getTextContent().matches("R\\d+/PT?\\d+[SMHD]"))
        .toList();
  }
}
