// Renders each BPMN model to SVG with bpmn-js, the library Camunda Modeler draws with, in headless Chromium:
// the pictures in docs/processes/ are the models themselves, never a drawing that can fall behind them.
// Usage: node bin/lib/render-diagrams.mjs <output folder> <model.bpmn>...
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const viewerBundle = require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js');
const executablePath = process.env.LETSTALK_CHROMIUM || '/usr/bin/chromium';

const [outDir, ...models] = process.argv.slice(2);
if (!outDir || models.length === 0) {
  console.error('usage: render-diagrams.mjs <output folder> <model.bpmn>...');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });

// A fresh profile each run, and nothing that reaches out: the page loads only the local bpmn-js bundle.
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'letstalk-diagrams-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let failed = 0;
try {
  const page = browser.pages()[0] ?? await browser.newPage();
  await page.setContent('<!DOCTYPE html><html><body><div id="canvas" style="width:1600px;height:1000px"></div></body></html>');
  await page.addScriptTag({ path: viewerBundle });

  for (const model of models) {
    const xml = fs.readFileSync(model, 'utf8');
    const result = await page.evaluate(async (modelXml) => {
      const viewer = new window.BpmnJS({ container: '#canvas' });
      try {
        const { warnings } = await viewer.importXML(modelXml);
        const { svg } = await viewer.saveSVG();
        const processes = viewer.getDefinitions().rootElements
          .filter((e) => e.$type === 'bpmn:Process' && e.isExecutable !== false).map((e) => e.id);
        return { svg, processes, warnings: warnings.map((w) => w.message) };
      } catch (e) {
        return { error: e.message };
      } finally {
        viewer.destroy();
      }
    }, xml);

    if (result.error || result.warnings.length) {
      console.error(`${model}: ${result.error ?? result.warnings.join('; ')}`);
      failed++;
      continue;
    }
    const id = result.processes[0] ?? path.basename(model, '.bpmn');
    const target = path.join(outDir, `${id}.svg`);
    const svg = stableMarkerIds(result.svg) + '\n';
    // Written only when the picture changed, so a build leaves an up-to-date tree untouched.
    if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== svg) {
      fs.writeFileSync(target, svg);
      console.log(`render-diagrams: ${target} updated from ${model}; commit it with the model`);
    }
  }
} finally {
  await browser.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
/** bpmn-js names arrow-head markers at random; numbered in order, an unchanged model gives an unchanged file. */
function stableMarkerIds(svg) {
  const names = new Map();
  for (const [, id] of svg.matchAll(/<marker id="([^"]+)"/g)) {
    names.set(id, `marker-${names.size + 1}`);
  }
  return svg.replace(/marker-[a-z0-9]+/g, (id) => names.get(id) ?? id);
}

if (failed) {
  console.error(`render-diagrams: ${failed} model(s) could not be drawn`);
  process.exit(1);
}
console.log(`render-diagrams: ${models.length} diagram(s) in ${outDir}`);
