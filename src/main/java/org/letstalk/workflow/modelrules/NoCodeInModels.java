package org.letstalk.workflow.modelrules;

import static org.letstalk.workflow.modelrules.ModelXml.BPMN;
import static org.letstalk.workflow.modelrules.ModelXml.CAMUNDA;
import static org.letstalk.workflow.modelrules.ModelXml.where;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * A model runs no code of its own: no script task, script, connector or Java class named in it; a listener or a
 * step calls one of the application's steps by its bean name, {@code ${recordContact}}, and nothing else. Whoever
 * deploys a model would otherwise run any code they like inside the engine, with every case in reach.
 */
public final class NoCodeInModels {

  static final Pattern BEAN = Pattern.compile("\\$\\{\\s*(\\w+)\\s*}");

  private NoCodeInModels() {
  }

  public static List<String> problems(BpmnModelInstance model, Beans beans) {
    List<String> problems = new ArrayList<>();
    for (Element element : ModelXml.elements(ModelXml.document(model))) {
      String local = element.getLocalName();
      if (BPMN.equals(element.getNamespaceURI()) && "scriptTask".equals(local)) {
        problems.add(where(element) + ": a script task runs code carried in the model; use a service task that "
            + "calls one of our steps (camunda:delegateExpression=\"${stepName}\")");
      }
      if (CAMUNDA.equals(element.getNamespaceURI()) && ("script".equals(local) || "connector".equals(local))) {
        problems.add(where(element) + ": a camunda:" + local + " runs code carried in the model; remove it");
      }
      if (BPMN.equals(element.getNamespaceURI()) && !element.getAttribute("language").isBlank()
          && !"documentation".equals(local)) {
        problems.add(where(element) + ": a " + local + " in the script language '" + element.getAttribute("language")
            + "' runs code; write it as an expression such as ${outcome == 'LT1'}");
      }
      if (CAMUNDA.equals(element.getNamespaceURI()) && ("executionListener".equals(local)
          || "taskListener".equals(local))) {
        checkListener(element, beans, problems);
      }
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr attribute = (Attr) attributes.item(i);
        boolean camunda = CAMUNDA.equals(attribute.getNamespaceURI());
        if (camunda && "class".equals(attribute.getLocalName())) {
          problems.add(where(element) + ": camunda:class '" + attribute.getValue() + "' names a Java class; call "
              + "one of our steps by its bean name instead (camunda:delegateExpression=\"${stepName}\")");
        }
        if (camunda && "resource".equals(attribute.getLocalName())) {
          problems.add(where(element) + ": camunda:resource loads a script; remove it");
        }
        if (camunda && "delegateExpression".equals(attribute.getLocalName())) {
          checkStep(element, attribute.getValue(), beans, problems);
        }
      }
    }
    return problems;
  }

  /** A listener calls one of our steps by its bean name, never a class, an expression or a script. */
  private static void checkListener(Element listener, Beans beans, List<String> problems) {
    String delegate = listener.getAttribute("delegateExpression");
    if (!listener.getAttribute("class").isBlank() || !listener.getAttribute("expression").isBlank()
        || delegate.isBlank()) {
      problems.add(where(listener) + ": a " + listener.getLocalName() + " calls one of our steps by its bean name "
          + "(delegateExpression=\"${stepName}\"), never a class, an expression or a script");
      return;
    }
    checkStep(listener, delegate, beans, problems);
  }

  private static void checkStep(Element element, String delegate, Beans beans, List<String> problems) {
    Matcher bean = BEAN.matcher(delegate);
    if (!bean.matches() || !beans.steps().contains(bean.group(1))) {
      problems.add(where(element) + ": '" + delegate + "' is not one of our steps; a delegate expression is "
          + "${stepName}, naming a step of the application");
    }
  }
}
