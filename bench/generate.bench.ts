/**
 * Plan generation in-process: 40 assessed risks (with measures) x every template of the built-in
 * library, one generation per template per round (goal: the whole library under 100 ms). The peer
 * is a structured clone of the same templates, the floor of any generator that copies its input.
 * Medians are printed and written to bench/results/generate.json, never asserted.
 *
 *   node --import tsx bench/generate.bench.ts [--risks 40] [--rounds 20]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { StoredDocument } from '#shared/document/nodes';
import { DEFAULT_MATRIX, DEFAULT_PHASE_DEFINITIONS, DEFAULT_THREAT_CATEGORIES, levelFor } from '#shared/domain';
import { generatePlan, type PlanContext, type PlanRisk } from '#shared/generate';
import { parseTemplate, type TemplateMeta } from '#shared/templates';

const { values } = parseArgs({
  options: { risks: { type: 'string', default: '40' }, rounds: { type: 'string', default: '20' } },
});
const RISKS = Number(values.risks);
const ROUNDS = Number(values.rounds);
const root = join(import.meta.dirname, '..');

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function measure(label: string, run: () => unknown): number {
  run(); // warm-up
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  const result = median(samples);
  console.log(`${label.padEnd(48)} median ${result.toFixed(1).padStart(7)} ms`);
  return result;
}

const library: Array<{ meta: TemplateMeta; document: StoredDocument }> = readdirSync(join(root, 'templates'))
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .flatMap((name) => {
    const parsed = parseTemplate(readFileSync(join(root, 'templates', name), 'utf8'));
    return parsed.meta ? [{ meta: parsed.meta, document: parsed.document }] : [];
  });

const sites = ['Head Office', 'North field office', 'Residence', 'Warehouse'];
function score(likelihood: number, impact: number) {
  const level = levelFor(DEFAULT_MATRIX, likelihood, impact)!;
  return { likelihood, impact, level: level.label, color: level.color };
}
const risks: PlanRisk[] = Array.from({ length: RISKS }, (_, index) => {
  const category = DEFAULT_THREAT_CATEGORIES[index % DEFAULT_THREAT_CATEGORIES.length]!;
  return {
    id: `risk-${index}`,
    title: `${category.label} affecting operations (${index})`,
    site: sites[index % sites.length]!,
    category: category.key,
    categoryLabel: category.label,
    description: 'Assessed from incident reports of the last twelve months and the host authorities’ briefings.',
    exposed: 'staff, premises',
    vulnerabilities: 'Single access road; no alternate communications at night.',
    inherent: score((index % 5) + 1, ((index * 3) % 5) + 1),
    residual: index % 2 ? score(Math.max(1, (index % 5) - 1), ((index * 3) % 5) + 1) : null,
    treatment: 'reduce',
    measures: Array.from({ length: 3 }, (_, m) => ({
      id: `measure-${index}-${m}`,
      description: `Measure ${m + 1} against risk ${index}`,
      type: m % 2 ? ('mitigation' as const) : ('prevention' as const),
      owner: m === 2 ? '' : 'Security officer',
      dueDate: '2026-12-31',
      status: 'planned',
    })),
  };
});
const context: PlanContext = {
  workspace: { name: 'Mission to Karavia', marking: 'RESTRICTED' },
  site: { id: 'hq', name: 'Head Office', kind: 'office', address: '1 Main Street' },
  sites: sites.map((name, index) => ({ id: `site-${index}`, name, kind: 'office', address: '' })),
  risks,
  people: Array.from({ length: 20 }, (_, index) => ({
    id: `person-${index}`,
    name: `Person ${index}`,
    role: index === 0 ? 'Head of office' : 'Warden',
    phone: index % 4 ? `+1 555 01${index}` : '',
    email: '',
    callSign: `Alpha ${index}`,
    deputy: '',
    site: '',
    calls: index < 5 ? [`Person ${index + 5}`] : [],
  })),
  phases: DEFAULT_PHASE_DEFINITIONS.map((phase) => ({ ...phase })),
  targets: Array.from({ length: 10 }, (_, index) => ({
    id: `target-${index}`,
    name: `Target ${index}`,
    site: 'Head Office',
    description: '',
    criticality: (index % 5) + 1,
    accessibility: 3,
    recuperability: 3,
    vulnerability: ((index + 2) % 5) + 1,
    effect: 4,
    recognizability: 2,
  })),
  matrix: DEFAULT_MATRIX,
  today: '2026-11-22',
};

console.log(`${library.length} templates, ${RISKS} risks with 3 measures each, ${ROUNDS} rounds`);
const generation = measure('generate every template of the library', () => {
  for (const template of library) {
    generatePlan(template.document, context, { templateId: template.meta.id, templateVersion: template.meta.version });
  }
});
const floor = measure('peer: structuredClone of every template', () => {
  for (const template of library) structuredClone(template.document);
});
const outputBytes = library.reduce(
  (sum, template) =>
    sum +
    JSON.stringify(
      generatePlan(template.document, context, {
        templateId: template.meta.id,
        templateVersion: template.meta.version,
      }),
    ).length,
  0,
);
console.log(
  `generated JSON: ${(outputBytes / 1024).toFixed(0)} KB in total; ratio to the clone floor: ${(generation / floor).toFixed(1)}x`,
);
console.log(`goal: under 100 ms for the whole library -> ${generation < 100 ? 'met' : 'NOT met'}`);

mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(
  join(import.meta.dirname, 'results/generate.json'),
  `${JSON.stringify({ templates: library.length, risks: RISKS, rounds: ROUNDS, medianMs: generation, cloneFloorMs: floor, outputBytes }, null, 2)}\n`,
);
