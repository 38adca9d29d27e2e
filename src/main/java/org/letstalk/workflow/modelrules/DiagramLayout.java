package org.letstalk.workflow.modelrules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.DataObjectReference;
import org.camunda.bpm.model.bpmn.instance.DataStoreReference;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Whether a BPMN diagram reads as its process runs, as Camunda Modeler (bpmn-js) draws it at 100%: every element
 * has a stored position, a branch label sits nearer its own flow than any other flow or shape, an event's or
 * gateway's name nearer it than any other shape, no label covers a shape or another label, no flow runs through
 * or along a shape that is not its source or target, and every task name fits its box.
 * Plain geometry over the diagram interchange (DI) of the model, so the build and a deployment can both run it.
 */
public final class DiagramLayout {

  /** How far (px) a flow keeps from a shape it does not connect: closer, it reads as running along its border. */
  static final double CLEARANCE = 8;
  /** Overlaps smaller than this (px) are rounding, not a label on a shape. */
  static final double TOUCH = 1;

  /** bpmn-js draws a task's name in 12px Arial, 7px inside the box, lines 1.2 em apart. */
  static final double TASK_FONT = 12;
  static final double TASK_PADDING = 7;
  static final double LINE_HEIGHT = 1.2;
  /** The room a marker (call activity, collapsed sub-process, loop) takes at the bottom of a task's box. */
  static final double MARKER_HEIGHT = 18;
  /** Text is measured wider than Arial, so a name that passes fits also in the fonts that stand in for it. */
  static final double WIDTH_MARGIN = 1.1;

  /** Helvetica/Arial advance widths of printable ASCII (space to ~), thousandths of the font size. */
  private static final int[] ASCII_WIDTHS = {278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333,
      278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722,
      722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667,
      611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
      556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};
  private static final int OTHER_WIDTH = 1000;

  private DiagramLayout() {
  }

  /** The layout problems of every diagram in the model, each naming the element (id and name) and what is wrong. */
  public static List<String> problems(BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    missingPositions(model, problems);
    for (BpmnPlane plane : model.getModelElementsByType(BpmnPlane.class)) {
      new PlaneCheck(plane, problems).run();
    }
    return problems;
  }

  /** Every flow node and sequence flow is drawn, and every one whose name Modeler draws outside it has a label. */
  private static void missingPositions(BpmnModelInstance model, List<String> problems) {
    Map<String, DiagramElement> drawn = new HashMap<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      drawn.put(shape.getAttributeValue("bpmnElement"), shape);
    }
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      drawn.put(edge.getAttributeValue("bpmnElement"), edge);
    }
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      if (!(element instanceof FlowNode) && !(element instanceof SequenceFlow)
          && !(element instanceof DataObjectReference) && !(element instanceof DataStoreReference)) {
        continue;
      }
      DiagramElement di = drawn.get(element.getId());
      if (di == null) {
        problems.add(describe(element) + ": not drawn (no position stored in the diagram)");
        continue;
      }
      if (di instanceof BpmnShape shape && shape.getBounds() == null) {
        problems.add(describe(element) + ": its shape has no position stored");
      }
      if (di instanceof BpmnEdge edge && edge.getWaypoints().size() < 2) {
        problems.add(describe(element) + ": its flow has no waypoints stored");
      }
      if (hasExternalLabel(element) && labelBounds(di) == null) {
        problems.add(describe(element) + ": its label has no position stored (Modeler would place it anywhere)");
      }
    }
  }

  /** Events, gateways, data and flows show their name beside them, at the label position stored in the diagram. */
  static boolean hasExternalLabel(BaseElement element) {
    boolean outside = element instanceof Event || element instanceof Gateway || element instanceof SequenceFlow
        || element instanceof DataObjectReference || element instanceof DataStoreReference;
    return outside && !name(element).isBlank();
  }

  private static Bounds labelBounds(DiagramElement di) {
    BpmnLabel label = di instanceof BpmnShape shape ? shape.getBpmnLabel()
        : di instanceof BpmnEdge edge ? edge.getBpmnLabel() : null;
    return label == null ? null : label.getBounds();
  }

  /** The checks within one diagram (plane): shapes, labels and flows drawn together. */
  private static final class PlaneCheck {
    private final List<String> problems;
    private final List<Shape> shapes = new ArrayList<>();
    private final List<Flow> flows = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();

    PlaneCheck(BpmnPlane plane, List<String> problems) {
      this.problems = problems;
      for (ModelElementInstance child : plane.getChildElementsByType(DiagramElement.class)) {
        if (child instanceof BpmnShape shape && shape.getBounds() != null) {
          BaseElement element = shape.getBpmnElement();
          if (element == null) {
            continue;
          }
          Shape s = new Shape(element, rect(shape.getBounds()), isContainer(element, shape));
          shapes.add(s);
          Bounds label = labelBounds(shape);
          if (label != null && hasExternalLabel(element)) {
            labels.add(new Label(element, rect(label)));
          }
        } else if (child instanceof BpmnEdge edge && edge.getBpmnElement() instanceof SequenceFlow flow) {
          List<double[]> points = new ArrayList<>();
          for (Waypoint waypoint : edge.getWaypoints()) {
            points.add(new double[] {waypoint.getX(), waypoint.getY()});
          }
          if (points.size() < 2) {
            continue;
          }
          flows.add(new Flow(flow, points));
          Bounds label = labelBounds(edge);
          if (label != null && hasExternalLabel(flow)) {
            labels.add(new Label(flow, rect(label)));
          }
        }
      }
    }

    void run() {
      for (Shape shape : shapes) {
        taskNameFits(shape);
      }
      for (int i = 0; i < labels.size(); i++) {
        Label label = labels.get(i);
        for (Shape shape : shapes) {
          if (covers(label.box, shape)) {
            problems.add(describe(label.element) + ": its label lies on "
                + (shape.element == label.element ? "its own shape" : describe(shape.element))
                + "; move the label beside its own element");
          }
        }
        for (int j = i + 1; j < labels.size(); j++) {
          Label other = labels.get(j);
          if (overlap(label.box, other.box)) {
            problems.add(describe(label.element) + ": its label overlaps the label of " + describe(other.element));
          }
        }
        if (label.element instanceof SequenceFlow) {
          labelBesideItsFlow(label);
        } else {
          labelBesideItsShape(label);
        }
      }
      for (Flow flow : flows) {
        flowAvoidsShapes(flow);
      }
    }

    private void labelBesideItsFlow(Label label) {
      Flow own = flows.stream().filter(f -> f.flow == label.element).findFirst().orElse(null);
      if (own == null) {
        return;
      }
      double ownDistance = distance(label.box, own.points);
      for (Flow other : flows) {
        if (other != own && distance(label.box, other.points) + TOUCH < ownDistance) {
          problems.add(describe(label.element) + ": its label is nearer " + describe(other.flow)
              + " than its own flow, so it reads as that flow's label");
        }
      }
      FlowNode source = own.flow.getSource();
      FlowNode target = own.flow.getTarget();
      for (Shape shape : shapes) {
        if (shape.element != source && shape.element != target && !shape.container
            && distance(label.box, shape.box) + TOUCH < ownDistance) {
          problems.add(describe(label.element) + ": its label is nearer " + describe(shape.element)
              + " than its own flow, so it reads as that one's label");
        }
      }
    }

    /** An event's or gateway's name is read as the name of the nearest shape. */
    private void labelBesideItsShape(Label label) {
      Shape own = shapes.stream().filter(s -> s.element == label.element).findFirst().orElse(null);
      if (own == null) {
        return;
      }
      double ownDistance = distance(label.box, own.box);
      for (Shape other : shapes) {
        if (other != own && !other.container && distance(label.box, other.box) + TOUCH < ownDistance) {
          problems.add(describe(label.element) + ": its label is nearer " + describe(other.element)
              + " than its own shape, so it reads as that one's name");
        }
      }
    }

    private void flowAvoidsShapes(Flow flow) {
      FlowNode source = flow.flow.getSource();
      FlowNode target = flow.flow.getTarget();
      Set<String> reported = new HashSet<>();
      for (int i = 0; i + 1 < flow.points.size(); i++) {
        double[] a = flow.points.get(i);
        double[] b = flow.points.get(i + 1);
        for (Shape shape : shapes) {
          BaseElement element = shape.element;
          if (element == source || element == target || reported.contains(element.getId())) {
            continue;
          }
          if (i == 0 && source instanceof BoundaryEvent boundary && boundary.getAttachedTo() == element) {
            continue; // a boundary event sits on its host's border, so its flow starts there
          }
          boolean hit;
          if (shape.container) {
            // A flow inside a sub-process is drawn within it; one outside must not cross it.
            hit = !isInside(flow.flow, element) && segmentHits(a, b, shape.box.inflate(-CLEARANCE));
          } else {
            hit = segmentHits(a, b, shape.box.inflate(CLEARANCE));
          }
          if (hit) {
            reported.add(element.getId());
            problems.add(describe(flow.flow) + ": its path runs through or along " + describe(element)
                + ", which is neither its source nor its target");
          }
        }
      }
    }

    private void taskNameFits(Shape shape) {
      if (!(shape.element instanceof Activity) || shape.container) {
        return;
      }
      String name = name(shape.element);
      if (name.isBlank()) {
        return;
      }
      double width = shape.box.w - 2 * TASK_PADDING;
      // A call activity, a collapsed sub-process and a repeated task draw a marker at the middle of the bottom edge.
      boolean marker = shape.element instanceof CallActivity || shape.element instanceof SubProcess
          || ((Activity) shape.element).getLoopCharacteristics() != null;
      double height = shape.box.h - 2 * TASK_PADDING - (marker ? MARKER_HEIGHT : 0);
      List<String> lines = new ArrayList<>();
      for (String paragraph : name.split("\\R")) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.trim().split("\\s+")) {
          if (textWidth(word, TASK_FONT) > width) {
            problems.add(describe(shape.element) + ": the word '" + word + "' is wider than its box ("
                + (int) shape.box.w + "px), so Modeler breaks it mid-word; make the shape wider");
            return;
          }
          String candidate = line.isEmpty() ? word : line + " " + word;
          if (textWidth(candidate, TASK_FONT) > width) {
            lines.add(line.toString());
            line = new StringBuilder(word);
          } else {
            line = new StringBuilder(candidate);
          }
        }
        lines.add(line.toString());
      }
      if (lines.size() * TASK_FONT * LINE_HEIGHT > height) {
        problems.add(describe(shape.element) + ": its name takes " + lines.size() + " lines and overflows its box ("
            + (int) shape.box.w + "x" + (int) shape.box.h + "px); make the shape larger");
      }
    }

    /** A label covers a shape's drawing; for a sub-process, only its border (a label inside it is fine). */
    private static boolean covers(Rect label, Shape shape) {
      if (!shape.container) {
        return overlap(label, shape.box);
      }
      return overlap(label, shape.box) && !shape.box.inflate(-TOUCH).contains(label);
    }
  }

  /** The width (px) of a text in Arial at this size, with {@link #WIDTH_MARGIN} to spare. */
  static double textWidth(String text, double fontSize) {
    double thousandths = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      thousandths += c >= 32 && c <= 126 ? ASCII_WIDTHS[c - 32] : OTHER_WIDTH;
    }
    return thousandths / 1000 * fontSize * WIDTH_MARGIN;
  }

  private static boolean isContainer(BaseElement element, BpmnShape shape) {
    return element instanceof Participant || element instanceof Lane
        || element instanceof SubProcess && Boolean.TRUE.equals(shape.isExpanded());
  }

  private static boolean isInside(FlowElement element, BaseElement container) {
    for (ModelElementInstance parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
      if (parent == container) {
        return true;
      }
    }
    return false;
  }

  static String describe(BaseElement element) {
    String name = name(element).replaceAll("\\s+", " ").trim();
    return name.isEmpty() ? element.getId() : element.getId() + " (\"" + name + "\")";
  }

  private static String name(BaseElement element) {
    String name = element.getAttributeValue("name");
    return name == null ? "" : name;
  }

  private static Rect rect(Bounds bounds) {
    return new Rect(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
  }

  static boolean overlap(Rect a, Rect b) {
    return Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > TOUCH
        && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > TOUCH;
  }

  /** Whether the segment a-b enters the rectangle (Liang-Barsky clipping). */
  static boolean segmentHits(double[] a, double[] b, Rect r) {
    if (r.w <= 0 || r.h <= 0) {
      return false;
    }
    double dx = b[0] - a[0];
    double dy = b[1] - a[1];
    double[] p = {-dx, dx, -dy, dy};
    double[] q = {a[0] - r.x, r.x + r.w - a[0], a[1] - r.y, r.y + r.h - a[1]};
    double from = 0;
    double to = 1;
    for (int i = 0; i < 4; i++) {
      if (p[i] == 0) {
        if (q[i] <= 0) {
          return false;
        }
      } else {
        double t = q[i] / p[i];
        if (p[i] < 0) {
          from = Math.max(from, t);
        } else {
          to = Math.min(to, t);
        }
      }
    }
    return from < to;
  }

  /** The shortest distance between a rectangle and a polyline (0 when they touch). */
  static double distance(Rect r, List<double[]> points) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i + 1 < points.size(); i++) {
      double[] a = points.get(i);
      double[] b = points.get(i + 1);
      if (segmentHits(a, b, r.inflate(0.001))) {
        return 0;
      }
      best = Math.min(best, Math.min(r.distanceTo(a), r.distanceTo(b)));
      for (double[] corner : r.corners()) {
        best = Math.min(best, segmentDistance(corner, a, b));
      }
    }
    return best;
  }

  /** The shortest distance between two rectangles (0 when they touch or overlap). */
  static double distance(Rect a, Rect b) {
    double dx = Math.max(Math.max(a.x - (b.x + b.w), b.x - (a.x + a.w)), 0);
    double dy = Math.max(Math.max(a.y - (b.y + b.h), b.y - (a.y + a.h)), 0);
    return Math.hypot(dx, dy);
  }

  private static double segmentDistance(double[] p, double[] a, double[] b) {
    double dx = b[0] - a[0];
    double dy = b[1] - a[1];
    double length = dx * dx + dy * dy;
    double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length));
    return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
  }

  record Rect(double x, double y, double w, double h) {
    Rect inflate(double by) {
      return new Rect(x - by, y - by, w + 2 * by, h + 2 * by);
    }

    boolean contains(Rect other) {
      return other.x >= x && other.y >= y && other.x + other.w <= x + w && other.y + other.h <= y + h;
    }

    double distanceTo(double[] p) {
      double dx = Math.max(Math.max(x - p[0], 0), p[0] - (x + w));
      double dy = Math.max(Math.max(y - p[1], 0), p[1] - (y + h));
      return Math.hypot(dx, dy);
    }

    List<double[]> corners() {
      return List.of(new double[] {x, y}, new double[] {x + w, y}, new double[] {x, y + h},
          new double[] {x + w, y + h});
    }
  }

  private record Shape(BaseElement element, Rect box, boolean container) {
  }

  private record Flow(SequenceFlow flow, List<double[]> points) {
  }

  private record Label(BaseElement element, Rect box) {
  }
}
