// Lays a BPMN diagram out again, left to right, so that it passes the layout check (DiagramLayout): ELK's
// layered layout places the shapes and routes the flows, then labels go beside their own element, clear of
// shapes, other labels and other flows. Only the diagram (DI) changes; the process is written back as it was.
// Usage: node bin/lib/layout-models.mjs <model.bpmn>...
import fs from 'node:fs';
import ELK from 'elkjs/lib/elk.bundled.js';
import { BpmnModdle } from 'bpmn-moddle';
import camundaBpmn from 'camunda-bpmn-moddle/resources/camunda.json' with { type: 'json' };

const elk = new ELK();
const is = (element, type) => element.$instanceOf(type);

// Text measured as DiagramLayout measures it: Arial advance widths, 10% to spare.
const ASCII_WIDTHS = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667,
  556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500,
  556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584];

function textWidth(text, size) {
  let thousandths = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    thousandths += c >= 32 && c <= 126 ? ASCII_WIDTHS[c - 32] : 1000;
  }
  return thousandths / 1000 * size * 1.1;
}

function wrap(text, maxWidth, size) {
  const lines = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.trim().split(/\s+/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && textWidth(candidate, size) > maxWidth) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** A label drawn outside its element, as Modeler sizes it: 11px, wrapped at 90px. */
function externalLabelSize(text) {
  const lines = wrap(text.replace(/\s+/g, ' ').trim(), 90, 11);
  const width = Math.ceil(Math.max(...lines.map((l) => textWidth(l, 11))));
  return { width: Math.max(width, 10), height: Math.ceil(lines.length * 13.2) + 1 };
}

/**
 * A task's box: two lines of 12px text in the standard 80px height, more lines in a taller box so they stay
 * clear of the task's icon; room kept for a call activity's marker and for boundary events on the bottom edge.
 */
function taskSize(name, hasMarker, hostsEvents) {
  if (!name) return { width: 100, height: 80 };
  const words = name.trim().split(/\s+/);
  const sizes = [[100, 80, 2], [120, 80, 2], [140, 80, 2], [140, 100, 3], [160, 100, 3], [160, 120, 4], [200, 120, 4]];
  for (const [width, height, maxLines] of sizes) {
    const inner = width - 14;
    if (words.some((w) => textWidth(w, 12) > inner)) continue;
    const lines = wrap(name, inner, 12).length;
    const room = height - 14 - (hasMarker ? 24 : 0) - (hostsEvents ? 18 : 0);
    if (lines <= maxLines && lines * 14.4 <= room) return { width, height };
  }
  return { width: 200, height: 140 };
}

function allElements(container) {
  const found = [];
  for (const e of container.flowElements || []) {
    found.push(e);
    if (e.flowElements) found.push(...allElements(e));
  }
  return found;
}

const ELK_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.spacing.nodeNode': 45,
  'elk.layered.spacing.nodeNodeBetweenLayers': 55,
  'elk.spacing.edgeNode': 25,
  'elk.spacing.edgeEdge': 22,
  'elk.layered.spacing.edgeNodeBetweenLayers': 25,
  'elk.layered.spacing.edgeEdgeBetweenLayers': 15,
  'elk.spacing.edgeLabel': 4,
  'elk.spacing.labelNode': 6,
  'elk.spacing.labelLabel': 4,
  // Straight main line; nodes in the order given, so only real loops are drawn going back.
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
  'elk.json.shapeCoords': 'ROOT',
  'elk.json.edgeCoords': 'ROOT',
  'elk.padding': '[top=20,left=20,bottom=20,right=20]',
};

/**
 * Lays out the process once; `sides` may say which side of a node each flow leaves or enters by
 * (flow id -> { src, tgt }: NORTH, EAST, SOUTH, WEST).
 */
async function layout(model, sides = new Map()) {
  const { definitions, process, diByElement } = model;
  const expanded = (sub) => diByElement.get(sub.id)?.isExpanded !== false;
  const loops = new Set();

  function graphOf(container) {
    const elements = container.flowElements || [];
    const nodes = elements.filter((e) => is(e, 'bpmn:FlowNode') && !is(e, 'bpmn:BoundaryEvent'));
    const boundaries = elements.filter((e) => is(e, 'bpmn:BoundaryEvent'));
    const flows = elements.filter((e) => is(e, 'bpmn:SequenceFlow'));
    const eventSubs = nodes.filter((n) => is(n, 'bpmn:SubProcess') && n.triggeredByEvent);
    const attached = (n) => boundaries.filter((b) => b.attachedToRef === n);
    const outgoing = (n) => [...(n.outgoing || []), ...attached(n).flatMap((b) => b.outgoing || [])]
      .filter((f) => nodes.includes(f.targetRef));

    // Breadth first from the starts, then the rest; loops are the flows back to a node on the depth-first path.
    const starts = nodes.filter((n) => is(n, 'bpmn:StartEvent')
      || (!(n.incoming || []).length && !eventSubs.includes(n)));
    const order = [...starts];
    for (let i = 0; i < order.length; i++) {
      for (const f of outgoing(order[i])) if (!order.includes(f.targetRef)) order.push(f.targetRef);
    }
    for (const n of nodes) if (!order.includes(n) && !eventSubs.includes(n)) order.push(n);
    const state = new Map();
    const findLoops = (n) => {
      state.set(n, 'open');
      for (const f of outgoing(n)) {
        if (state.get(f.targetRef) === 'open') loops.add(f);
        else if (!state.has(f.targetRef)) findLoops(f.targetRef);
      }
      state.set(n, 'done');
    };
    order.forEach((n) => state.has(n) || findLoops(n));
    // ELK keeps this order: a topological one of the flows that are not loops.
    const sorted = [];
    const seen = new Set();
    const visit = (n) => {
      if (seen.has(n)) return;
      seen.add(n);
      outgoing(n).filter((f) => !loops.has(f)).forEach((f) => visit(f.targetRef));
      sorted.push(n);
    };
    order.forEach(visit);
    sorted.reverse();

    const children = sorted.map((n) => {
      const node = { id: n.id, labels: [], ports: [], layoutOptions: {
        'elk.nodeLabels.placement': is(n, 'bpmn:Gateway') ? '[H_LEFT, V_TOP, OUTSIDE]' : '[H_CENTER, V_BOTTOM, OUTSIDE]',
        'elk.portLabels.placement': '[OUTSIDE]' } };
      if (is(n, 'bpmn:Event')) Object.assign(node, { width: 36, height: 36 });
      else if (is(n, 'bpmn:Gateway')) Object.assign(node, { width: 50, height: 50 });
      else if (is(n, 'bpmn:SubProcess') && expanded(n)) {
        const inner = graphOf(n);
        Object.assign(node, { children: inner.children, edges: inner.edges });
        node.layoutOptions = { ...ELK_OPTIONS, ...node.layoutOptions, 'elk.padding': '[top=35,left=25,bottom=25,right=25]' };
      } else {
        Object.assign(node, taskSize(n.name, is(n, 'bpmn:CallActivity') || is(n, 'bpmn:SubProcess'), attached(n).length > 0));
      }
      if ((is(n, 'bpmn:Event') || is(n, 'bpmn:Gateway')) && n.name?.trim()) {
        node.labels.push({ id: `${n.id}#label`, text: n.name, ...externalLabelSize(n.name) });
      }
      // Boundary events sit on the bottom edge of their host, half in, half out.
      if (attached(n).length) {
        Object.assign(node.layoutOptions, { 'elk.portConstraints': 'FIXED_SIDE', 'elk.portAlignment.default': 'CENTER',
          'elk.spacing.portPort': 30 });
        for (const b of attached(n)) {
          node.ports.push({ id: b.id, width: 36, height: 36, labels: b.name?.trim()
            ? [{ id: `${b.id}#label`, text: b.name, ...externalLabelSize(b.name) }] : [],
          layoutOptions: { 'elk.port.side': 'SOUTH', 'elk.port.borderOffset': -18 } });
        }
      }
      return node;
    });
    const byId = new Map(children.map((c) => [c.id, c]));
    const port = (nodeId, flowId, end, side) => {
      const node = byId.get(nodeId);
      node.layoutOptions['elk.portConstraints'] = 'FIXED_SIDE';
      const id = `${flowId}#${end}`;
      node.ports.push({ id, width: 1, height: 1, layoutOptions: { 'elk.port.side': side } });
      return id;
    };
    const edges = flows.filter((f) => sorted.includes(f.targetRef)).map((f) => {
      const hint = sides.get(f.id) || {};
      const fromBoundary = is(f.sourceRef, 'bpmn:BoundaryEvent');
      // A loop leaves by the bottom and comes back into the bottom of the step it repeats.
      const loop = loops.has(f);
      const source = loop && !fromBoundary ? port(f.sourceRef.id, f.id, 'out', 'SOUTH')
        : hint.src ? port(f.sourceRef.id, f.id, 'out', hint.src) : f.sourceRef.id;
      const target = loop ? port(f.targetRef.id, f.id, 'in', 'SOUTH')
        : hint.tgt ? port(f.targetRef.id, f.id, 'in', hint.tgt) : f.targetRef.id;
      const labels = f.name?.trim() ? [{ id: `${f.id}#label`, text: f.name, ...externalLabelSize(f.name),
        layoutOptions: { 'elk.edgeLabels.placement': 'TAIL' } }] : [];
      return { id: f.id, sources: [source], targets: [target], labels };
    });
    return { id: container.id, layoutOptions: { ...ELK_OPTIONS }, children, edges, eventSubs };
  }

  const shapes = new Map();
  const waypoints = new Map();
  const labels = new Map();
  const box = (r, dx, dy) => ({ x: r.x + dx, y: r.y + dy, width: r.width, height: r.height });
  function collect(g, dx, dy) {
    for (const c of g.children || []) {
      shapes.set(c.id, box(c, dx, dy));
      for (const l of c.labels || []) labels.set(c.id, box(l, dx, dy));
      for (const p of c.ports || []) {
        if (p.id.includes('#')) continue;
        shapes.set(p.id, box(p, dx, dy));
        for (const l of p.labels || []) labels.set(p.id, box(l, dx, dy));
      }
      collect(c, dx, dy);
    }
    for (const e of g.edges || []) {
      const s = e.sections[0];
      waypoints.set(e.id, [s.startPoint, ...(s.bendPoints || []), s.endPoint].map((p) => ({ x: p.x + dx, y: p.y + dy })));
      for (const l of e.labels || []) labels.set(e.id, box(l, dx, dy));
    }
  }
  const main = graphOf(process);
  collect(await elk.layout(main), 0, 0);

  // Event sub-processes stand apart from the flow: below it, side by side.
  const bottom = Math.max(...[...shapes.values(), ...labels.values()].map((s) => s.y + s.height),
    ...[...waypoints.values()].flat().map((p) => p.y));
  let x = 40;
  for (const sub of main.eventSubs) {
    const g = graphOf(sub);
    g.layoutOptions['elk.padding'] = '[top=40,left=25,bottom=25,right=25]';
    const laid = await elk.layout(g);
    shapes.set(sub.id, { x, y: bottom + 40, width: laid.width, height: laid.height });
    collect(laid, x, bottom + 40);
    x += laid.width + 40;
  }
  return { definitions, process, shapes, waypoints, labels, loops };
}

/** Gateway branches leave by the tip facing their target (up, right or down); merges come in likewise. */
function gatewaySides(laid) {
  const sides = new Map();
  const middle = (id) => laid.shapes.get(id).y + laid.shapes.get(id).height / 2;
  for (const g of allElements(laid.process).filter((e) => is(e, 'bpmn:Gateway'))) {
    for (const [direction, end, other] of [['outgoing', 'src', 'targetRef'], ['incoming', 'tgt', 'sourceRef']]) {
      const flows = (g[direction] || []).filter((f) => !laid.loops.has(f) && laid.shapes.has(f[other].id));
      if (flows.length < 2) continue;
      // Loops come back into the bottom tip; branches then leave by the right, not beside them.
      const loopsHere = [...(g.incoming || []), ...(g.outgoing || [])].some((f) => laid.loops.has(f));
      const y = middle(g.id);
      const level = flows.reduce((a, b) => Math.abs(middle(a[other].id) - y) <= Math.abs(middle(b[other].id) - y) ? a : b);
      for (const f of flows) {
        const dy = middle(f[other].id) - y;
        const straight = f === level || Math.abs(dy) < 10 || (dy > 0 && loopsHere);
        const side = straight ? (end === 'src' ? 'EAST' : 'WEST') : dy < 0 ? 'NORTH' : 'SOUTH';
        sides.set(f.id, { ...sides.get(f.id), [end]: side });
      }
    }
  }
  return sides;
}

// Geometry for the finishing touches.
const overlap = (a, b, margin) => Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > -margin
  && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > -margin;

function segmentHits(a, b, r) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const p = [-dx, dx, -dy, dy];
  const q = [a.x - r.x, r.x + r.width - a.x, a.y - r.y, r.y + r.height - a.y];
  let from = 0;
  let to = 1;
  for (let i = 0; i < 4; i++) {
    if (p[i] === 0) {
      if (q[i] <= 0) return false;
    } else if (p[i] < 0) {
      from = Math.max(from, q[i] / p[i]);
    } else {
      to = Math.min(to, q[i] / p[i]);
    }
  }
  return from < to;
}

function pointToRect(p, r) {
  return Math.hypot(Math.max(r.x - p.x, 0, p.x - r.x - r.width), Math.max(r.y - p.y, 0, p.y - r.y - r.height));
}

function pointToSegment(p, a, b) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = dx * dx + dy * dy;
  const t = length ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length)) : 0;
  return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
}

function rectDistance(a, b) {
  return Math.hypot(Math.max(a.x - b.x - b.width, b.x - a.x - a.width, 0), Math.max(a.y - b.y - b.height, b.y - a.y - a.height, 0));
}

/** The distance between a rectangle and a flow (0 when they touch). */
function distance(r, points) {
  let best = Infinity;
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (segmentHits(a, b, { x: r.x - 0.001, y: r.y - 0.001, width: r.width + 0.002, height: r.height + 0.002 })) return 0;
    best = Math.min(best, pointToRect(a, r), pointToRect(b, r));
    for (const corner of [[r.x, r.y], [r.x + r.width, r.y], [r.x, r.y + r.height], [r.x + r.width, r.y + r.height]]) {
      best = Math.min(best, pointToSegment({ x: corner[0], y: corner[1] }, a, b));
    }
  }
  return best;
}

/** Moves the end p of segment p-q onto the outline of a round or diamond shape. */
function clipToOutline(p, q, shape, round) {
  const cx = shape.x + shape.width / 2;
  const cy = shape.y + shape.height / 2;
  const r = shape.width / 2;
  const half = (d) => (Math.abs(d) >= r ? null : round ? Math.sqrt(r * r - d * d) : r - Math.abs(d));
  if (Math.abs(p.y - q.y) < 0.5) {
    const h = half(p.y - cy);
    if (h !== null) p.x = q.x > p.x ? cx + h : cx - h;
  } else if (Math.abs(p.x - q.x) < 0.5) {
    const h = half(p.x - cx);
    if (h !== null) p.y = q.y > p.y ? cy + h : cy - h;
  }
}

/** Flows end on the outline of events and gateways; every label goes where it is free and clearly its own. */
function finish(laid) {
  const { process, shapes, waypoints, labels } = laid;
  const elements = allElements(process);
  const flows = elements.filter((e) => is(e, 'bpmn:SequenceFlow') && waypoints.has(e.id));
  const outlined = (e) => is(e, 'bpmn:Event') || is(e, 'bpmn:Gateway');
  for (const f of flows) {
    const points = waypoints.get(f.id);
    if (outlined(f.sourceRef)) clipToOutline(points[0], points[1], shapes.get(f.sourceRef.id), is(f.sourceRef, 'bpmn:Event'));
    if (outlined(f.targetRef)) {
      clipToOutline(points.at(-1), points.at(-2), shapes.get(f.targetRef.id), is(f.targetRef, 'bpmn:Event'));
    }
  }

  const containers = new Set(elements.filter((e) => is(e, 'bpmn:SubProcess')).map((e) => e.id));
  const solid = [...shapes].filter(([id]) => !containers.has(id)).map(([, r]) => r);
  // A repeated sub-process shows its marker at the middle of its bottom edge.
  for (const sub of elements.filter((e) => containers.has(e.id) && e.loopCharacteristics && shapes.has(e.id))) {
    const r = shapes.get(sub.id);
    solid.push({ x: r.x + r.width / 2 - 12, y: r.y + r.height - 22, width: 24, height: 22 });
  }
  const frames = [...shapes].filter(([id]) => containers.has(id)).map(([, r]) => r);
  const placed = new Map();
  const gateways = new Set(elements.filter((e) => is(e, 'bpmn:Gateway')).map((e) => e.id));
  const isFree = (r, ownId, ownFlow) => {
    if (solid.some((s) => overlap(r, s, 3))) return false;
    const inside = (c) => r.x > c.x + 3 && r.y > c.y + 3 && r.x + r.width < c.x + c.width - 3
      && r.y + r.height < c.y + c.height - 3;
    if (frames.some((c) => overlap(r, c, 3) && !inside(c))) return false;
    // A flow's label keeps well away from a gateway's question, so it is not read as one of its branches.
    const margin = (id) => (ownFlow && gateways.has(id) ? 12 : 3);
    if ([...placed].some(([id, l]) => id !== ownId && overlap(r, l, margin(id)))) return false;
    // An event's or gateway's name is nearer to it than to any other shape.
    if (!ownFlow && [...shapes].some(([id, s]) => id !== ownId && !containers.has(id) && rectDistance(r, s) <= rectDistance(r, shapes.get(ownId)))) {
      return false;
    }
    const own = ownFlow ? distance(r, ownFlow) : Infinity;
    // A branch label is nearer its flow than any shape the flow does not connect.
    if (ownFlow) {
      const flow = flows.find((f) => f.id === ownId);
      const ends = new Set([flow.sourceRef.id, flow.targetRef.id]);
      if ([...shapes].some(([id, s]) => !ends.has(id) && !containers.has(id) && rectDistance(r, s) < own + 12)) return false;
    }
    return flows.every((f) => {
      const d = distance(r, waypoints.get(f.id));
      if (f.id === ownId) return d >= 2;
      return d >= 4 && (!ownFlow || d >= own + 6);
    });
  };

  // Events' and gateways' names first: around the shape, a gateway's question above it where it can be.
  for (const e of elements.filter((e) => labels.has(e.id) && !is(e, 'bpmn:SequenceFlow'))) {
    const l = labels.get(e.id);
    const s = shapes.get(e.id);
    const cx = s.x + s.width / 2;
    const below = { x: cx - l.width / 2, y: s.y + s.height + 5 };
    const above = { x: cx - l.width / 2, y: s.y - l.height - 5 };
    const aboveLeft = { x: s.x - l.width - 4, y: s.y - l.height };
    let candidates = [below, { x: s.x + s.width + 4, y: s.y + s.height }, { x: s.x - l.width - 4, y: s.y + s.height },
      above, { x: s.x + s.width + 4, y: s.y - l.height }, aboveLeft,
      { x: s.x + s.width + 6, y: s.y + s.height / 2 - l.height / 2 }, { x: s.x - l.width - 6, y: s.y + s.height / 2 - l.height / 2 },
      { x: l.x, y: l.y }];
    if (is(e, 'bpmn:Gateway')) {
      candidates = [{ x: l.x, y: l.y }, above, { x: s.x - l.width + 12, y: s.y - l.height - 5 },
        { x: s.x - l.width - 4, y: s.y + s.height / 2 - l.height - 4 }, { x: cx + 8, y: s.y - l.height - 5 },
        below, { x: s.x - l.width + 12, y: s.y + s.height + 5 }, aboveLeft,
        { x: s.x - l.width, y: s.y - l.height - 16 }, { x: s.x - l.width - 20, y: s.y - l.height - 30 }, ...candidates];
    }
    if (is(e, 'bpmn:BoundaryEvent')) {
      candidates.unshift({ x: s.x + s.width + 2, y: s.y + s.height + 2 }, { x: s.x - l.width - 2, y: s.y + s.height + 2 });
    }
    const best = candidates.map((c) => ({ ...l, ...c })).find((r) => isFree(r, e.id, null));
    if (best) Object.assign(l, best);
    else console.error(`layout-models: no free place for the label of ${e.id}; move it in Modeler`);
    placed.set(e.id, l);
  }

  // Then branch labels: beside their own flow, as near its start as is free.
  for (const f of flows.filter((f) => labels.has(f.id))) {
    const l = labels.get(f.id);
    const points = waypoints.get(f.id);
    let best = isFree(l, f.id, points) && distance(l, points) < 12 ? { ...l } : null;
    for (let i = 0; !best && i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const horizontal = Math.abs(a.y - b.y) < 0.5;
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      for (let along = 6; !best && along < length - 4; along += 6) {
        const forward = horizontal ? b.x > a.x : b.y > a.y;
        const candidates = [];
        if (horizontal) {
          const x = forward ? a.x + along : a.x - along - l.width;
          candidates.push({ x, y: a.y - l.height - 3 }, { x, y: a.y + 3 });
        } else {
          const y = forward ? a.y + along : a.y - along - l.height;
          candidates.push({ x: a.x + 5, y }, { x: a.x - l.width - 5, y });
        }
        best = candidates.map((c) => ({ ...l, ...c })).find((r) => {
          const within = horizontal
            ? r.x >= Math.min(a.x, b.x) && r.x + r.width <= Math.max(a.x, b.x)
            : r.y >= Math.min(a.y, b.y) && r.y + r.height <= Math.max(a.y, b.y);
          return within && isFree(r, f.id, points);
        });
      }
    }
    if (best) Object.assign(l, best);
    else console.error(`layout-models: no free place for the label of ${f.id}; move it in Modeler`);
    placed.set(f.id, l);
  }
}

/** Straight runs as one segment, no repeated points. */
function simplify(points) {
  const rounded = points.map((p) => ({ x: Math.round(p.x), y: Math.round(p.y) }))
    .filter((p, i, all) => i === 0 || p.x !== all[i - 1].x || p.y !== all[i - 1].y);
  return rounded.filter((p, i, all) => {
    if (i === 0 || i === all.length - 1) return true;
    const [a, c] = [all[i - 1], all[i + 1]];
    return !((a.x === p.x && p.x === c.x) || (a.y === p.y && p.y === c.y));
  });
}

async function write(file, moddle, model, laid) {
  const { definitions, process, plane, diByElement } = model;
  const bounds = (b) => moddle.create('dc:Bounds',
    { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) });
  const label = (id) => (laid.labels.has(id) ? moddle.create('bpmndi:BPMNLabel', { bounds: bounds(laid.labels.get(id)) }) : undefined);
  const shapes = [];
  const edges = [];
  const laidOut = new Set();
  for (const e of allElements(process)) {
    let di = diByElement.get(e.id);
    if (is(e, 'bpmn:SequenceFlow') && laid.waypoints.has(e.id)) {
      di ??= moddle.create('bpmndi:BPMNEdge', { id: `${e.id}_di`, bpmnElement: e });
      di.waypoint = simplify(laid.waypoints.get(e.id)).map((p) => moddle.create('dc:Point', p));
      di.label = label(e.id);
      edges.push(di);
      laidOut.add(di);
    } else if (is(e, 'bpmn:FlowNode') && laid.shapes.has(e.id)) {
      if (!di) {
        di = moddle.create('bpmndi:BPMNShape', { id: `${e.id}_di`, bpmnElement: e });
        if (is(e, 'bpmn:ExclusiveGateway')) di.isMarkerVisible = true;
        if (is(e, 'bpmn:SubProcess')) di.isExpanded = true;
      }
      di.bounds = bounds(laid.shapes.get(e.id));
      di.label = label(e.id);
      shapes.push(di);
      laidOut.add(di);
    }
  }
  // Anything else drawn (annotations, associations) stays where it was.
  plane.planeElement = [...shapes, ...edges, ...plane.planeElement.filter((di) => !laidOut.has(di))];
  const { xml } = await moddle.toXML(definitions, { format: true });
  fs.writeFileSync(file, `${xml}\n`);
}

for (const file of process.argv.slice(2)) {
  const moddle = new BpmnModdle({ camunda: camundaBpmn });
  const { rootElement: definitions, warnings } = await moddle.fromXML(fs.readFileSync(file, 'utf8'), 'bpmn:Definitions');
  if (warnings.length) {
    console.error(file, warnings.map((w) => w.message));
    process.exitCode = 1;
    continue;
  }
  const bpmnProcess = definitions.rootElements.find((e) => is(e, 'bpmn:Process'));
  const plane = definitions.diagrams[0].plane;
  const model = { definitions, process: bpmnProcess, plane,
    diByElement: new Map(plane.planeElement.map((di) => [di.bpmnElement?.id, di])) };
  // Twice: the first pass shows where each branch goes, the second leaves by the tip that faces it.
  const first = await layout(model);
  const laid = await layout(model, gatewaySides(first));
  finish(laid);
  await write(file, moddle, model, laid);
  console.log(`layout-models: ${file} laid out; look at it (bin/render-diagrams) before committing`);
}
