// Reads each model with the libraries Camunda Modeler is built on and writes it back as Modeler does.
import fs from 'node:fs';
import { BpmnModdle } from 'bpmn-moddle';
import { DmnModdle } from 'dmn-moddle';
import camundaBpmn from 'camunda-bpmn-moddle/resources/camunda.json' with { type: 'json' };
import camundaDmn from 'camunda-dmn-moddle/resources/camunda.json' with { type: 'json' };

for (const file of process.argv.slice(2)) {
  const xml = fs.readFileSync(file, 'utf8');
  const moddle = file.endsWith('.dmn') ? new DmnModdle({ camunda: camundaDmn }) : new BpmnModdle({ camunda: camundaBpmn });
  const { rootElement, warnings } = await moddle.fromXML(xml, file.endsWith('.dmn') ? 'dmn:Definitions' : 'bpmn:Definitions');
  if (warnings.length) { console.error(file, warnings.map(w => w.message)); process.exitCode = 1; continue; }
  const { xml: out } = await moddle.toXML(rootElement, { format: true });
  fs.writeFileSync(file, out + '\n');
}
