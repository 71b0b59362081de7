import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { heading, paragraph, storedDocument } from '#shared/document/build';
import type { BlockNode, StoredDocument } from '#shared/document/nodes';
import { storedDocumentSchema } from '#shared/document/schema';
import { sectionsOf } from '#shared/document/sections';
import { collectFields, documentText } from '#shared/document/walk';
import { SAMPLE_WORKSPACE_ID } from '#electron/db/sample';
import { useTestBackends, type TestBackendOptions } from '#electron/test-support/backend';
import { call, failureOf } from '#electron/test-support/call';
import { addTemplate, TODAY, unrestTemplate } from './test-fixtures';

const openTestBackend = useTestBackends({ samplePlan: false, today: () => TODAY, indexDelayMs: 5 });
const HQ = 'sample-site-hq';

async function setUp(options: TestBackendOptions = {}) {
  const backend = openTestBackend(options);
  await addTemplate(backend, unrestTemplate());
  const unrest = await call(backend, 'risks.create', {
    workspaceId: SAMPLE_WORKSPACE_ID,
    fields: {
      siteId: HQ,
      title: 'Violent demonstration outside the head office',
      categoryKey: 'civil-unrest',
      description: 'Crowds gather at Velmar square on election days.',
      inherent: { likelihood: 4, impact: 4 },
    },
  });
  await call(backend, 'measures.create', {
    riskId: unrest.id,
    fields: {
      type: 'prevention',
      description: 'Agree an alternate route to the residence',
      owner: 'Security officer',
      dueDate: '2026-12-15',
    },
  });
  const fire = await call(backend, 'risks.create', {
    workspaceId: SAMPLE_WORKSPACE_ID,
    fields: { siteId: HQ, title: 'Kitchen fire', categoryKey: 'fire', inherent: { likelihood: 2, impact: 2 } },
  });
  const quake = await call(backend, 'risks.create', {
    workspaceId: SAMPLE_WORKSPACE_ID,
    fields: {
      siteId: HQ,
      title: 'Earthquake collapses the archive',
      categoryKey: 'earthquake',
      inherent: { likelihood: 3, impact: 5 },
    },
  });
  const plan = await call(backend, 'plans.generate', {
    workspaceId: SAMPLE_WORKSPACE_ID,
    siteId: HQ,
    templateId: 'civil-unrest',
    riskIds: [unrest.id],
  });
  return { backend, close: backend.close, unrest, fire, quake, plan };
}

function withParagraph(document: StoredDocument, text: string): StoredDocument {
  return {
    ...document,
    content: { root: { ...document.content.root, children: [...document.content.root.children, paragraph(text)] } },
  };
}

/** The document without its blocks, as a section save sends it. */
function headDocument(document: StoredDocument): StoredDocument {
  return { ...document, content: { root: { ...document.content.root, children: [] } } };
}

describe('plans service', () => {
  it('generates a draft from a template and the selected risks, recording the template', async () => {
    const { plan, unrest, close } = await setUp();
    try {
      expect(plan).toMatchObject({
        status: 'draft',
        siteName: 'Head Office Velmar',
        templateId: 'civil-unrest',
        templateVersion: '1.0.0',
        templateAvailable: true,
        rowVersion: 1,
        title: 'Civil unrest contingency plan - Head Office Velmar',
      });
      expect(plan.riskIds).toEqual([unrest.id]);
      const fields = Object.fromEntries(collectFields(plan.document).map((f) => [f.key, f.value]));
      expect(fields).toEqual({
        'plan.title': 'Civil unrest contingency plan - Head Office Velmar',
        'site.name': 'Head Office Velmar',
        'fill.assembly-point': null,
      });
      expect(documentText(plan.document)).toContain(
        'Agree an alternate route to the residence | Security officer | 2026-12-15',
      );
    } finally {
      close();
    }
  });

  it('refuses unknown risks and templates by name, storing nothing', async () => {
    const { backend, close } = await setUp();
    try {
      const badRisk = await failureOf(
        call(backend, 'plans.generate', {
          workspaceId: SAMPLE_WORKSPACE_ID,
          siteId: HQ,
          templateId: 'civil-unrest',
          riskIds: ['nope'],
        }),
      );
      expect(badRisk.code).toBe('INVALID_INPUT');
      expect(badRisk.message).toContain('nope');
      const badTemplate = await failureOf(
        call(backend, 'plans.generate', {
          workspaceId: SAMPLE_WORKSPACE_ID,
          siteId: HQ,
          templateId: 'missing',
          riskIds: [],
        }),
      );
      expect(badTemplate.code).toBe('NOT_FOUND');
      expect(await call(backend, 'plans.list', { workspaceId: SAMPLE_WORKSPACE_ID })).toHaveLength(1);
    } finally {
      close();
    }
  });

  it('saves with a version check: a stale save is a CONFLICT and changes nothing', async () => {
    const { backend, plan, close } = await setUp();
    try {
      const first = await call(backend, 'plans.save', {
        id: plan.id,
        expectedVersion: 1,
        document: withParagraph(plan.document, 'Window one'),
      });
      expect(first.rowVersion).toBe(2);
      const stale = await failureOf(
        call(backend, 'plans.save', {
          id: plan.id,
          expectedVersion: 1,
          document: withParagraph(plan.document, 'Window two'),
        }),
      );
      expect(stale.code).toBe('CONFLICT');
      expect(stale.details).toEqual({ currentVersion: 2 });
      // Re-sending what is already stored (an editor reporting an unchanged document) is no conflict.
      const current = await call(backend, 'plans.get', { id: plan.id });
      const same = await call(backend, 'plans.save', { id: plan.id, expectedVersion: 1, document: current.document });
      expect(same.rowVersion).toBe(2);
      const reopened = await call(backend, 'plans.get', { id: plan.id });
      expect(documentText(reopened.document)).toContain('Window one');
      expect(documentText(reopened.document)).not.toContain('Window two');
    } finally {
      close();
    }
  });

  it('saves only the changed sections, keeping the others, their order and the risks they cite', async () => {
    const { backend, plan, unrest, fire, close } = await setUp();
    try {
      const [intro, risks, actions] = sectionsOf(plan.document.content.root.children);
      expect([intro, risks, actions].map((section) => section?.[0]?.type)).toEqual(['heading', 'heading', 'heading']);
      const edited = [...actions!, paragraph('Staff gather at the Quillon gate.')];
      let saved = await call(backend, 'plans.saveSections', {
        id: plan.id,
        expectedVersion: 1,
        sections: [{ unchanged: 0 }, { unchanged: 1 }, { blocks: edited }],
      });
      expect(saved.rowVersion).toBe(2);
      let reopened = await call(backend, 'plans.get', { id: plan.id });
      expect(reopened.document).toEqual(
        storedDocumentSchema.parse(withParagraph(plan.document, 'Staff gather at the Quillon gate.')),
      );
      expect(reopened.riskIds).toEqual([unrest.id]);

      // A new first section citing another risk; the risk summary section removed.
      const cited: BlockNode[] = [
        heading('h2', 'Fire'),
        paragraph({ type: 'risk-reference', version: 1, riskId: fire.id, title: 'Kitchen fire', level: null }),
      ];
      saved = await call(backend, 'plans.saveSections', {
        id: plan.id,
        expectedVersion: 2,
        head: headDocument({ ...plan.document, meta: { ...plan.document.meta, title: 'Renamed' } }),
        sections: [{ blocks: cited }, { unchanged: 0 }, { unchanged: 2 }],
      });
      reopened = await call(backend, 'plans.get', { id: plan.id });
      expect(reopened.document.meta.title).toBe('Renamed');
      const expected = storedDocument(plan.document.meta, [...cited, ...intro!, ...edited]);
      expect(reopened.document.content.root.children).toEqual(
        storedDocumentSchema.parse(expected).content.root.children,
      );
      expect(reopened.riskIds).toEqual([fire.id]);
      const found = await call(backend, 'search.query', { workspaceId: SAMPLE_WORKSPACE_ID, query: 'quillon' });
      expect(found.plans.map((hit) => hit.planId)).toEqual([plan.id]);

      // Indexes must name distinct sections of the stored version; nothing is written otherwise.
      for (const sections of [[{ unchanged: 3 }], [{ unchanged: 1 }, { unchanged: 1 }]]) {
        const invalid = await failureOf(
          call(backend, 'plans.saveSections', { id: plan.id, expectedVersion: 3, sections }),
        );
        expect(invalid.code).toBe('INVALID_INPUT');
      }
      expect((await call(backend, 'plans.get', { id: plan.id })).rowVersion).toBe(3);

      // Stale: kept sections cannot be checked against a version that is gone, so that is a
      // conflict; the whole document, when it is what is stored, is not.
      const stale = await failureOf(
        call(backend, 'plans.saveSections', { id: plan.id, expectedVersion: 2, sections: [{ unchanged: 0 }] }),
      );
      expect(stale.code).toBe('CONFLICT');
      const whole = sectionsOf(reopened.document.content.root.children).map((blocks) => ({ blocks }));
      const same = await call(backend, 'plans.saveSections', {
        id: plan.id,
        expectedVersion: 2,
        head: headDocument(reopened.document),
        sections: whole,
      });
      expect(same.rowVersion).toBe(3);
    } finally {
      close();
    }
  });

  it('refuses section saves to a frozen plan unless they change nothing', async () => {
    const { backend, plan, close } = await setUp();
    try {
      await call(backend, 'plans.setStatus', {
        id: plan.id,
        expectedVersion: 1,
        status: 'in-review',
        by: 'A. Officer',
      });
      await call(backend, 'plans.setStatus', {
        id: plan.id,
        expectedVersion: 2,
        status: 'approved',
        by: 'Head of Mission',
      });
      const unchanged = await call(backend, 'plans.saveSections', {
        id: plan.id,
        expectedVersion: 3,
        sections: [{ unchanged: 0 }, { unchanged: 1 }, { unchanged: 2 }],
      });
      expect(unchanged.rowVersion).toBe(3);
      const frozen = await failureOf(
        call(backend, 'plans.saveSections', {
          id: plan.id,
          expectedVersion: 3,
          sections: [{ unchanged: 0 }, { unchanged: 1 }, { blocks: [paragraph('Late edit')] }],
        }),
      );
      expect(frozen.code).toBe('CONFLICT');
      expect(frozen.message).toMatch(/frozen/);
    } finally {
      close();
    }
  });

  it('freezes approved plans; a new draft edition supersedes it once approved', async () => {
    const { backend, plan, close } = await setUp();
    try {
      const inReview = await call(backend, 'plans.setStatus', {
        id: plan.id,
        expectedVersion: 1,
        status: 'in-review',
        by: 'A. Officer',
      });
      expect(inReview).toMatchObject({ status: 'in-review', preparedBy: 'A. Officer', preparedAt: '2026-11-22' });
      const approved = await call(backend, 'plans.setStatus', {
        id: plan.id,
        expectedVersion: 2,
        status: 'approved',
        by: 'Head of Mission',
      });
      expect(approved).toMatchObject({
        status: 'approved',
        approvedBy: 'Head of Mission',
        approvedAt: '2026-11-22',
        reviewedAt: '2026-11-22',
      });
      const frozen = await failureOf(
        call(backend, 'plans.save', {
          id: plan.id,
          expectedVersion: 3,
          document: withParagraph(plan.document, 'Late edit'),
        }),
      );
      expect(frozen.code).toBe('CONFLICT');
      expect(frozen.message).toMatch(/frozen/);
      // An editor reporting the unchanged document of a frozen plan is not refused.
      const current = await call(backend, 'plans.get', { id: plan.id });
      expect(
        (await call(backend, 'plans.save', { id: plan.id, expectedVersion: 3, document: current.document })).rowVersion,
      ).toBe(3);

      const draft = await call(backend, 'plans.newDraft', { id: plan.id });
      expect(draft).toMatchObject({ status: 'draft', edition: 2, previousId: plan.id, templateId: 'civil-unrest' });
      await call(backend, 'plans.save', {
        id: draft.id,
        expectedVersion: 1,
        document: withParagraph(plan.document, 'Edition two'),
      });
      const skipped = await failureOf(
        call(backend, 'plans.setStatus', {
          id: draft.id,
          expectedVersion: 2,
          status: 'approved',
          by: 'Head of Mission',
        }),
      );
      expect(skipped.message).toContain('can move to in-review, not to approved');
      await call(backend, 'plans.setStatus', { id: draft.id, expectedVersion: 2, status: 'in-review', by: '' });
      await call(backend, 'plans.setStatus', {
        id: draft.id,
        expectedVersion: 3,
        status: 'approved',
        by: 'Head of Mission',
      });
      expect((await call(backend, 'plans.get', { id: plan.id })).status).toBe('superseded');
    } finally {
      close();
    }
  });

  it('keeps a bounded autosave history and named versions forever, and restores one', async () => {
    const { backend, plan, close } = await setUp({ revisions: { keepAutosaves: 3, snapshotEveryMs: 0 } });
    try {
      let version = plan.rowVersion;
      await call(backend, 'plans.saveVersion', { id: plan.id, name: 'As generated' });
      for (let index = 1; index <= 6; index += 1) {
        version = (
          await call(backend, 'plans.save', {
            id: plan.id,
            expectedVersion: version,
            document: withParagraph(plan.document, `Edit ${index}`),
          })
        ).rowVersion;
      }
      const revisions = await call(backend, 'plans.versions', { id: plan.id });
      expect(revisions.filter((revision) => revision.kind === 'autosave')).toHaveLength(3);
      const named = revisions.find((revision) => revision.kind === 'named')!;
      expect(named.name).toBe('As generated');

      await call(backend, 'plans.restoreRevision', { id: plan.id, revisionId: named.id, expectedVersion: version });
      const restored = await call(backend, 'plans.get', { id: plan.id });
      expect(documentText(restored.document)).not.toContain('Edit 6');
      const afterRestore = await call(backend, 'plans.versions', { id: plan.id });
      // Newest first: the restored state, then the state just before the restore (nothing is lost).
      const [newest, beforeRestore] = afterRestore.filter((r) => r.kind === 'autosave');
      expect(
        documentText((await call(backend, 'plans.getRevision', { revisionId: newest!.id })).document),
      ).not.toContain('Edit 6');
      expect(
        documentText((await call(backend, 'plans.getRevision', { revisionId: beforeRestore!.id })).document),
      ).toContain('Edit 6');
    } finally {
      close();
    }
  });

  it('finds plans by section and risks, with highlighted snippets', async () => {
    const { backend, plan, close } = await setUp();
    try {
      await call(backend, 'plans.save', {
        id: plan.id,
        expectedVersion: 1,
        document: withParagraph(plan.document, 'Staff gather at the Zephyrine gate before moving out.'),
      });
      const found = await call(backend, 'search.query', { workspaceId: SAMPLE_WORKSPACE_ID, query: 'zephyr' });
      expect(found.plans).toHaveLength(1);
      expect(found.plans[0]).toMatchObject({ planId: plan.id, section: 'Actions' });
      expect(found.plans[0]!.snippet.filter((segment) => segment.match).map((segment) => segment.text)).toEqual([
        'Zephyrine',
      ]);

      const risks = await call(backend, 'search.query', { workspaceId: SAMPLE_WORKSPACE_ID, query: 'velmar square' });
      expect(risks.risks.map((hit) => hit.title.map((segment) => segment.text).join(''))).toEqual([
        'Violent demonstration outside the head office',
      ]);
      const operators = await call(backend, 'search.query', { workspaceId: SAMPLE_WORKSPACE_ID, query: 'NEAR(" OR *' });
      expect(operators.plans).toEqual([]);
    } finally {
      close();
    }
  });

  it('still opens a plan whose risk was deleted and whose template left the library', async () => {
    const { backend, plan, unrest, close } = await setUp();
    try {
      await call(backend, 'risks.delete', { id: unrest.id });
      // Published versions are never deleted by the app; a plan copied to another installation meets this.
      backend.db.prepare("DELETE FROM template_versions WHERE template_id = 'civil-unrest'").run();
      const reopened = await call(backend, 'plans.get', { id: plan.id });
      expect(reopened).toMatchObject({
        templateId: 'civil-unrest',
        templateVersion: '1.0.0',
        templateAvailable: false,
      });
      const health = await call(backend, 'plans.health', { id: plan.id });
      expect(health.deletedRiskReferences).toEqual([
        { riskId: unrest.id, title: 'Violent demonstration outside the head office' },
      ]);
    } finally {
      close();
    }
  });

  it('reports plan health and the coverage of risks by plans', async () => {
    const { backend, plan, unrest, fire, quake, close } = await setUp();
    try {
      await call(backend, 'plans.updateDetails', {
        id: plan.id,
        expectedVersion: 1,
        fields: { title: plan.title, reviewDate: '2026-11-01', preparedBy: '', reviewedBy: '', approvedBy: '' },
      });
      const health = await call(backend, 'plans.health', { id: plan.id });
      expect(health.unfilledFields.map((f) => f.key)).toEqual(['fill.assembly-point']);
      const uncovered = health.uncoveredRisks.map((risk) => risk.id);
      expect(uncovered).toContain(quake.id);
      expect(uncovered).not.toContain(unrest.id);
      expect(uncovered).not.toContain(fire.id);
      expect(health.reviewOverdueDays).toBe(21);
      const coverage = await call(backend, 'plans.coverage', { workspaceId: SAMPLE_WORKSPACE_ID });
      const row = (id: string) => coverage.covered[coverage.risks.findIndex((risk) => risk.id === id)];
      expect(row(unrest.id)).toEqual([true]);
      expect(row(fire.id)).toEqual([false]);
      expect(coverage.uncovered).toContain(quake.id);
      expect(coverage.uncovered).not.toContain(unrest.id);
    } finally {
      close();
    }
  });

  it('saves and reloads a 10 MB document intact, and rejects a malformed one', async () => {
    const { backend, plan, close } = await setUp();
    try {
      const chunk = 'Pasted text from a long Word document. '.repeat(2_600);
      const huge = storedDocument(
        plan.document.meta,
        Array.from({ length: 100 }, (_, index) => paragraph(`${index} ${chunk}`)),
      );
      expect(JSON.stringify(huge).length).toBeGreaterThan(10_000_000);
      await call(backend, 'plans.save', { id: plan.id, expectedVersion: 1, document: huge });
      const reopened = await call(backend, 'plans.get', { id: plan.id });
      // Compared as a boolean: a failure must not print ten megabytes.
      expect(isDeepStrictEqual(reopened.document, storedDocumentSchema.parse(huge))).toBe(true);

      const malformed = {
        ...huge,
        content: { root: { type: 'root', version: 1, children: [{ type: 'script', version: 1 }] } },
      };
      await expect(
        call(backend, 'plans.save', {
          id: plan.id,
          expectedVersion: 2,
          document: malformed as unknown as StoredDocument,
        }),
      ).rejects.toThrow(/discriminator|Invalid/);
      expect((await call(backend, 'plans.get', { id: plan.id })).rowVersion).toBe(2);
    } finally {
      close();
    }
  });
});
