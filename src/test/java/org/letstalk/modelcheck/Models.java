package org.letstalk.modelcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The models as a process owner edits them: every file in processes/ and forms/, read from the project folder. */
final class Models {

  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = Path.of("forms");

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";

  /** BPMN elements that are flow nodes: what a token passes and process test coverage counts. */
  static final Set<String> FLOW_NODES = Set.of("startEvent", "endEvent", "intermediateCatchEvent",
      "intermediateThrowEvent", "boundaryEvent", "task", "userTask", "serviceTask", "scriptTask",
      "businessRuleTask", "sendTask", "receiveTask", "manualTask", "callActivity", "subProcess", "transaction",
      "adHocSubProcess", "exclusiveGateway", "inclusiveGateway", "parallelGateway", "eventBasedGateway",
      "complexGateway");

  private Models() {
  }

  static List<Path> files(Path folder, String extension) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(extension)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Document parse(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(file.toFile());
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Elements below {@code root} in the BPMN namespace with this local name ("*" for any). */
  static List<Element> bpmn(Node root, String localName) {
    return elements(root, BPMN, localName);
  }

  static List<Element> elements(Node root, String namespace, String localName) {
    NodeList found = root instanceof Document document
        ? document.getElementsByTagNameNS(namespace, localName)
        : ((Element) root).getElementsByTagNameNS(namespace, localName);
    List<Element> list = new ArrayList<>(found.getLength());
    for (int i = 0; i < found.getLength(); i++) {
      list.add((Element) found.item(i));
    }
    return list;
  }

  static List<Element> executableProcesses(Document bpmn) {
    return bpmn(bpmn, "process").stream().filter(p -> !"false".equals(p.getAttribute("isExecutable"))).toList();
  }

  /** Flow nodes and sequence flows of a process, including those inside its sub-processes. */
  static List<Element> coverableElements(Element process) {
    return bpmn(process, "*").stream()
        .filter(e -> FLOW_NODES.contains(e.getLocalName()) || "sequenceFlow".equals(e.getLocalName()))
        .toList();
  }

  static String camunda(Element element, String attribute) {
    return element.getAttributeNS(CAMUNDA, attribute);
  }
}
