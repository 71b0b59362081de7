import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storedDocumentSchema } from '#shared/document/schema';
import { documentText, walk } from '#shared/document/walk';
import { isAtLeast } from '#shared/domain/risk-matrix';
import { SAMPLE_WORKSPACE_ID } from '#electron/db/sample';
import { useTestBackends } from '#electron/test-support/backend';
import { call } from '#electron/test-support/call';
import { builtInTemplatesDir } from '#electron/services/templates/built-in-templates';
import { TODAY } from './test-fixtures';

const openTestBackend = useTestBackends({ samplePlan: false, today: () => TODAY });
const HQ = 'sample-site-hq';

describe('generation over the built-in library with the sample mission', () => {
  it('resolves every directive and shows every selected High-or-above risk, for every template', async () => {
    const files = readdirSync(builtInTemplatesDir()).filter((name) => name.endsWith('.md') && name !== 'README.md');
    const backend = openTestBackend();
    const templates = await call(backend, 'templates.list', {});
    expect(templates.map((template) => `${template.id}.md`).sort()).toEqual([...files].sort());
    try {
      const risks = await call(backend, 'risks.list', { workspaceId: SAMPLE_WORKSPACE_ID });
      const matrix = await call(backend, 'matrix.get', { workspaceId: SAMPLE_WORKSPACE_ID });
      expect(risks.length).toBeGreaterThan(0);

      let checkedRisks = 0;
      for (const template of templates) {
        const generalPlan = template.appliesTo.length === 0;
        const selected = risks.filter((risk) =>
          generalPlan ? risk.siteId === HQ : template.appliesTo.includes(risk.categoryKey),
        );
        const plan = await call(backend, 'plans.generate', {
          workspaceId: SAMPLE_WORKSPACE_ID,
          siteId: HQ,
          templateId: template.id,
          riskIds: selected.map((risk) => risk.id),
        });
        expect(storedDocumentSchema.safeParse(plan.document).success, template.id).toBe(true);
        walk(plan.document.content.root.children, (node) => {
          expect(['repeat', 'conditional'], `${template.id}: ${node.type} left`).not.toContain(node.type);
          expect(node, `${template.id}: ${node.type} keeps its source`).not.toHaveProperty('source');
        });
        expect(plan.templateId).toBe(template.id);
        expect(plan.templateVersion).toBe(template.version);
        const text = documentText(plan.document);
        for (const risk of selected.filter((r) => r.currentLevel && isAtLeast(matrix, r.currentLevel.key, 'high'))) {
          expect(text, `${template.id} lacks "${risk.title}"`).toContain(risk.title);
          checkedRisks += 1;
        }
        expect(plan.riskIds).toEqual(expect.arrayContaining(selected.map((risk) => risk.id)));
      }
      expect(checkedRisks).toBeGreaterThan(3);
    } finally {
      backend.close();
    }
  });
});
