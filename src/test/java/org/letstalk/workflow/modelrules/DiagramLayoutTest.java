package org.letstalk.workflow.modelrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.api.Test;

/**
 * Each layout rule on a small diagram: a start, a task, a gateway with two labelled branches, two ends and a
 * timer on the task, drawn well; each test moves one thing to where a process owner would misread it.
 */
class DiagramLayoutTest {

  /** Left to right: start (100), task (200), gateway (375), "Yes" to the right, "No" down then right. */
  static final String WELL_DRAWN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
          xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_1" targetNamespace="http://letstalk.org/bpmn">
        <bpmn:process id="layout-sample" isExecutable="true">
          <bpmn:startEvent id="StartEvent_Asked" name="Asked">
            <bpmn:outgoing>Flow_ToTask</bpmn:outgoing>
          </bpmn:startEvent>
          <bpmn:userTask id="Task_Decide" name="Decide what to do">
            <bpmn:incoming>Flow_ToTask</bpmn:incoming>
            <bpmn:outgoing>Flow_ToGateway</bpmn:outgoing>
          </bpmn:userTask>
          <bpmn:boundaryEvent id="Timer_Late" name="A week late" attachedToRef="Task_Decide" cancelActivity="false">
            <bpmn:outgoing>Flow_Late</bpmn:outgoing>
            <bpmn:timerEventDefinition id="TimerEventDefinition_1" />
          </bpmn:boundaryEvent>
          <bpmn:endEvent id="EndEvent_Late" name="Chased">
            <bpmn:incoming>Flow_Late</bpmn:incoming>
          </bpmn:endEvent>
          <bpmn:exclusiveGateway id="Gateway_Agreed" name="Agreed?">
            <bpmn:incoming>Flow_ToGateway</bpmn:incoming>
            <bpmn:outgoing>Flow_Yes</bpmn:outgoing>
            <bpmn:outgoing>Flow_No</bpmn:outgoing>
          </bpmn:exclusiveGateway>
          <bpmn:endEvent id="EndEvent_Yes" name="Done">
            <bpmn:incoming>Flow_Yes</bpmn:incoming>
          </bpmn:endEvent>
          <bpmn:endEvent id="EndEvent_No" name="Closed">
            <bpmn:incoming>Flow_No</bpmn:incoming>
          </bpmn:endEvent>
          <bpmn:sequenceFlow id="Flow_ToTask" sourceRef="StartEvent_Asked" targetRef="Task_Decide" />
          <bpmn:sequenceFlow id="Flow_ToGateway" sourceRef="Task_Decide" targetRef="Gateway_Agreed" />
          <bpmn:sequenceFlow id="Flow_Yes" name="Yes" sourceRef="Gateway_Agreed" targetRef="EndEvent_Yes" />
          <bpmn:sequenceFlow id="Flow_No" name="No" sourceRef="Gateway_Agreed" targetRef="EndEvent_No" />
          <bpmn:sequenceFlow id="Flow_Late" sourceRef="Timer_Late" targetRef="EndEvent_Late" />
        </bpmn:process>
        <bpmndi:BPMNDiagram id="BPMNDiagram_1">
          <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="layout-sample">
            <bpmndi:BPMNShape id="StartEvent_Asked_di" bpmnElement="StartEvent_Asked">
              <dc:Bounds x="100" y="102" width="36" height="36" />
              <bpmndi:BPMNLabel><dc:Bounds x="103" y="145" width="30" height="14" /></bpmndi:BPMNLabel>
            </bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="Task_Decide_di" bpmnElement="Task_Decide">
              <dc:Bounds x="200" y="80" width="100" height="80" />
            </bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="Timer_Late_di" bpmnElement="Timer_Late">
              <dc:Bounds x="232" y="142" width="36" height="36" />
              <bpmndi:BPMNLabel><dc:Bounds x="275" y="180" width="60" height="14" /></bpmndi:BPMNLabel>
            </bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="EndEvent_Late_di" bpmnElement="EndEvent_Late">
              <dc:Bounds x="332" y="222" width="36" height="36" />
              <bpmndi:BPMNLabel><dc:Bounds x="330" y="265" width="40" height="14" /></bpmndi:BPMNLabel>
            </bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="Gateway_Agreed_di" bpmnElement="Gateway_Agreed" isMarkerVisible="true">
              <dc:Bounds x="375" y="95" width="50" height="50" />
              <bpmndi:BPMNLabel><dc:Bounds x="378" y="70" width="44" height="14" /></bpmndi:BPMNLabel>
            </bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="EndEvent_Yes_di" bpmnElement="EndEvent_Yes">
              <dc:Bounds x="532" y="102" width="36" height="36" />
              <bpmndi:BPMNLabel><dc:Bounds x="536" y="145" width="28" height="14" /></bpmndi:BPMNLabel>
            </bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="EndEvent_No_di" bpmnElement="EndEvent_No">
              <dc:Bounds x="532" y="182" width="36" height="36" />
              <bpmndi:BPMNLabel><dc:Bounds x="532" y="225" width="36" height="14" /></bpmndi:BPMNLabel>
            </bpmndi:BPMNShape>
            <bpmndi:BPMNEdge id="Flow_ToTask_di" bpmnElement="Flow_ToTask">
              <di:waypoint x="136" y="120" />
              <di:waypoint x="200" y="120" />
            </bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="Flow_ToGateway_di" bpmnElement="Flow_ToGateway">
              <di:waypoint x="300" y="120" />
              <di:waypoint x="375" y="120" />
            </bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="Flow_Yes_di" bpmnElement="Flow_Yes">
              <di:waypoint x="425" y="120" />
              <di:waypoint x="532" y="120" />
              <bpmndi:BPMNLabel><dc:Bounds x="460" y="102" width="19" height="14" /></bpmndi:BPMNLabel>
            </bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="Flow_No_di" bpmnElement="Flow_No">
              <di:waypoint x="400" y="145" />
              <di:waypoint x="400" y="200" />
              <di:waypoint x="532" y="200" />
              <bpmndi:BPMNLabel><dc:Bounds x="408" y="160" width="15" height="14" /></bpmndi:BPMNLabel>
            </bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="Flow_Late_di" bpmnElement="Flow_Late">
              <di:waypoint x="250" y="178" />
              <di:waypoint x="250" y="240" />
              <di:waypoint x="332" y="240" />
            </bpmndi:BPMNEdge>
          </bpmndi:BPMNPlane>
        </bpmndi:BPMNDiagram>
      </bpmn:definitions>
      """;

  @Test
  void aWellDrawnDiagramHasNoProblems() {
    assertThat(DiagramLayout.problems(model())).isEmpty();
  }

  @Test
  void aBranchLabelNearerTheOtherBranchIsNamed() {
    BpmnModelInstance model = model();
    // "No" moved up beside the "Yes" flow, as if it labelled that one.
    label(model, "Flow_No_di").setY(124);
    label(model, "Flow_No_di").setX(490);

    assertThat(DiagramLayout.problems(model)).anySatisfy(problem -> assertThat(problem)
        .startsWith("Flow_No (\"No\"): its label is nearer Flow_Yes (\"Yes\")"));
  }

  @Test
  void aNameNearerAnotherShapeIsNamedWithIt() {
    BpmnModelInstance model = model();
    // The gateway's question moved up beside the end event it leads to.
    label(model, "Gateway_Agreed_di").setX(530);
    label(model, "Gateway_Agreed_di").setY(85);

    assertThat(DiagramLayout.problems(model)).contains("Gateway_Agreed (\"Agreed?\"): its label is nearer "
        + "EndEvent_Yes (\"Done\") than its own shape, so it reads as that one's name");
  }

  @Test
  void aBranchLabelNearerAShapeItDoesNotConnectIsNamed() {
    BpmnModelInstance model = model();
    // "No" moved down beside the end event of the late path.
    label(model, "Flow_No_di").setX(372);
    label(model, "Flow_No_di").setY(205);

    assertThat(DiagramLayout.problems(model)).containsExactly("Flow_No (\"No\"): its label is nearer "
        + "EndEvent_Late (\"Chased\") than its own flow, so it reads as that one's label");
  }

  @Test
  void aLabelOnAShapeIsNamedWithTheShape() {
    BpmnModelInstance model = model();
    // The timer's label moved up onto the task it is attached to.
    label(model, "Timer_Late_di").setY(100);
    label(model, "Timer_Late_di").setX(210);

    assertThat(DiagramLayout.problems(model)).contains("Timer_Late (\"A week late\"): its label lies on "
        + "Task_Decide (\"Decide what to do\"); move the label beside its own element");

    // The gateway's question drawn over the gateway itself.
    label(model, "Timer_Late_di").setY(180);
    label(model, "Timer_Late_di").setX(275);
    label(model, "Gateway_Agreed_di").setY(110);
    assertThat(DiagramLayout.problems(model)).containsExactly("Gateway_Agreed (\"Agreed?\"): its label lies on "
        + "its own shape; move the label beside its own element");
  }

  @Test
  void aLabelOnAnotherLabelIsNamedWithBoth() {
    BpmnModelInstance model = model();
    label(model, "EndEvent_No_di").setY(150);
    label(model, "EndEvent_No_di").setX(540);

    assertThat(DiagramLayout.problems(model)).contains(
        "EndEvent_Yes (\"Done\"): its label overlaps the label of EndEvent_No (\"Closed\")");
  }

  @Test
  void aFlowThroughAShapeIsNamedWithTheShape() {
    BpmnModelInstance model = model();
    // The start event's flow drawn straight past the task, through the gateway, to the end.
    BpmnEdge edge = model.getModelElementById("Flow_ToTask_di");
    List<Waypoint> points = List.copyOf(edge.getWaypoints());
    points.get(1).setX(532);

    assertThat(DiagramLayout.problems(model)).contains("Flow_ToTask: its path runs through or along Gateway_Agreed "
        + "(\"Agreed?\"), which is neither its source nor its target");
  }

  @Test
  void aFlowAlongAShapesBorderIsNamed() {
    BpmnModelInstance model = model();
    // The late flow runs along the bottom border of the "No" end event.
    BpmnEdge edge = model.getModelElementById("Flow_Late_di");
    List<Waypoint> points = List.copyOf(edge.getWaypoints());
    points.get(1).setY(219);
    points.get(2).setY(219);
    points.get(2).setX(600);

    assertThat(DiagramLayout.problems(model)).anySatisfy(p -> assertThat(p)
        .startsWith("Flow_Late: its path runs through or along EndEvent_No"));
  }

  @Test
  void aShapeOrLabelWithoutAPositionIsNamed() {
    BpmnModelInstance model = model();
    BpmnShape yes = model.getModelElementById("EndEvent_Yes_di");
    yes.getBpmnLabel().getParentElement().removeChildElement(yes.getBpmnLabel());
    BpmnShape no = model.getModelElementById("EndEvent_No_di");
    no.getParentElement().removeChildElement(no);

    assertThat(DiagramLayout.problems(model)).containsExactlyInAnyOrder(
        "EndEvent_Yes (\"Done\"): its label has no position stored (Modeler would place it anywhere)",
        "EndEvent_No (\"Closed\"): not drawn (no position stored in the diagram)");
  }

  @Test
  void aTaskNameThatDoesNotFitAsksForALargerShape() {
    BpmnModelInstance model = model();
    model.getModelElementById("Task_Decide").setAttributeValue("name", "Decide what to do: ${personName}");

    assertThat(DiagramLayout.problems(model)).singleElement().asString().startsWith(
        "Task_Decide (\"Decide what to do: ${personName}\"): the word '${personName}' is wider than its box");

    bounds(model, "Task_Decide_di").setWidth(120);
    assertThat(DiagramLayout.problems(model)).isEmpty();

    model.getModelElementById("Task_Decide").setAttributeValue("name",
        "Ask a team manager to approve going straight to the third conversation today");
    assertThat(DiagramLayout.problems(model)).singleElement().asString().contains("overflows its box");
  }

  @Test
  void aRepeatedTaskKeepsRoomForItsMarker() {
    BpmnModelInstance model = model();
    Activity task = model.getModelElementById("Task_Decide");
    task.setAttributeValue("name", "Decide with the person what happens next");
    assertThat(DiagramLayout.problems(model)).as("four lines fit a plain task").isEmpty();

    task.setLoopCharacteristics(model.newInstance(MultiInstanceLoopCharacteristics.class));
    assertThat(DiagramLayout.problems(model)).singleElement().asString()
        .contains("its name takes 4 lines and overflows its box");
  }

  @Test
  void textIsMeasuredNoNarrowerThanArial() {
    // "${personName}" is 90px in 12px Arial, wider than the 86px inside a standard task.
    assertThat(DiagramLayout.textWidth("${personName}", 12)).isGreaterThan(90);
    assertThat(DiagramLayout.textWidth("Decide", 12)).isBetween(36.0, 45.0);
  }

  private static BpmnModelInstance model() {
    return Bpmn.readModelFromStream(new ByteArrayInputStream(WELL_DRAWN.getBytes(StandardCharsets.UTF_8)));
  }

  private static Bounds label(BpmnModelInstance model, String diId) {
    var element = model.getModelElementById(diId);
    return element instanceof BpmnShape shape ? shape.getBpmnLabel().getBounds()
        : ((BpmnEdge) element).getBpmnLabel().getBounds();
  }

  private static Bounds bounds(BpmnModelInstance model, String diId) {
    return ((BpmnShape) model.getModelElementById(diId)).getBounds();
  }
}
