package org.letstalk.workflow.modelrules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.model.xml.ModelInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The rules read a model as plain XML, so each sees every attribute and text, Camunda's extensions included. */
final class ModelXml {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";

  private ModelXml() {
  }

  static Document document(ModelInstance model) {
    return (Document) model.getDocument().getDomSource().getNode();
  }

  static List<Element> elements(Node root) {
    List<Element> found = new ArrayList<>();
    walk(root, found::add);
    return found;
  }

  static void walk(Node node, Consumer<Element> visit) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element) {
        visit.accept(element);
        walk(element, visit);
      }
    }
  }

  static List<Element> byName(Node root, String namespace, String localName) {
    return elements(root).stream()
        .filter(e -> localName.equals(e.getLocalName()) && namespace.equals(e.getNamespaceURI())).toList();
  }

  static String camunda(Element element, String attribute) {
    return element.getAttributeNS(CAMUNDA, attribute);
  }

  /** The element's id, or the id of the nearest element around it that has one, for naming it in a problem. */
  static String where(Element element) {
    for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
      if (!e.getAttribute("id").isBlank()) {
        String name = e.getAttribute("name");
        return e.getAttribute("id") + (name.isBlank() ? "" : " (\"" + name + "\")");
      }
    }
    return element.getLocalName();
  }
}
