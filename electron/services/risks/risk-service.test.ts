import { describe, expect, it } from 'vitest';
import { MATRIX_PRESETS, type RiskMatrix } from '#shared/domain';
import { SAMPLE_WORKSPACE_ID } from '#electron/db/sample';
import { useTestBackends } from '#electron/test-support/backend';
import { call } from '#electron/test-support/call';

const openTestBackend = useTestBackends();

const fields = {
  siteId: 'sample-site-hq',
  title: 'Theft of laptops',
  categoryKey: 'crime',
  inherent: { likelihood: 4, impact: 4 },
  residual: { likelihood: 2, impact: 3 },
};

describe('the risk register service', () => {
  it('lists the sample register with levels computed from the default matrix', async () => {
    const b = openTestBackend();
    try {
      const risks = await call(b, 'risks.list', { workspaceId: SAMPLE_WORKSPACE_ID });
      expect(risks.length).toBeGreaterThanOrEqual(14);
      const conflict = risks.find((risk) => risk.id === 'sample-risk-armed-conflict')!;
      expect(conflict.inherentLevel?.label).toBe('Unacceptable');
      expect(conflict.residualLevel?.label).toBe('High');
      expect(conflict.acceptanceState).toBe('accepted');
      expect(conflict.measures).toHaveLength(3);
      expect(risks.find((risk) => risk.id === 'sample-risk-election-unrest')!.acceptanceState).toBe('expired');
      expect(risks.find((risk) => risk.id === 'sample-risk-abduction-m2')!.acceptanceState).toBe('needed');
      expect(risks.every((risk) => !risk.levelChanged)).toBe(true);
    } finally {
      b.close();
    }
  });

  it('creates a risk, rejects scores off the matrix and unknown sites with field paths', async () => {
    const b = openTestBackend();
    try {
      const created = await call(b, 'risks.create', { workspaceId: SAMPLE_WORKSPACE_ID, fields });
      expect(created.inherentLevel?.key).toBe('high');
      expect(created.residualLevel?.key).toBe('low');
      expect(created.siteName).toBe('Head Office Velmar');

      const bad = await b.dispatch('risks.create', {
        workspaceId: SAMPLE_WORKSPACE_ID,
        fields: { ...fields, siteId: 'nowhere', categoryKey: 'aliens' },
      });
      expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      const issues = (bad as { error: { details: { issues: Array<{ path: string[] }> } } }).error.details.issues;
      expect(issues.map((issue) => issue.path.join('.'))).toEqual(['fields.siteId', 'fields.categoryKey']);

      await call(b, 'matrix.update', { workspaceId: SAMPLE_WORKSPACE_ID, matrix: MATRIX_PRESETS['3x3'] });
      const offScale = await b.dispatch('risks.update', { id: created.id, fields });
      expect(offScale).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(JSON.stringify(offScale)).toContain('Likelihood goes from 1 to 3');
    } finally {
      b.close();
    }
  });

  it('flags risks whose level changed with the matrix, keeps their scores, and clears the flag on acknowledge', async () => {
    const b = openTestBackend();
    try {
      const matrix = structuredClone(MATRIX_PRESETS['5x5']) as RiskMatrix;
      matrix.cells[3]![3] = 'very-high'; // likelihood 4 x impact 4: High -> Very high
      const result = await call(b, 'matrix.update', { workspaceId: SAMPLE_WORKSPACE_ID, matrix });
      expect(result.changedRiskIds).toContain('sample-risk-armed-conflict');
      expect(result.changedRiskIds).toContain('sample-risk-road-accident');
      const risk = await call(b, 'risks.get', { id: 'sample-risk-road-accident' });
      expect(risk.inherent).toEqual({ likelihood: 4, impact: 4 });
      expect(risk.inherentLevel?.key).toBe('very-high');
      expect(risk).toMatchObject({ levelChanged: true, previousLevels: { inherent: 'high' } });

      const acknowledged = await call(b, 'risks.acknowledgeLevels', { workspaceId: SAMPLE_WORKSPACE_ID });
      expect(acknowledged.acknowledged).toBe(result.changedRiskIds.length);
      expect((await call(b, 'risks.get', { id: 'sample-risk-road-accident' })).levelChanged).toBe(false);
    } finally {
      b.close();
    }
  });

  it('refuses an invalid matrix and stores nothing', async () => {
    const b = openTestBackend();
    try {
      const matrix = structuredClone(MATRIX_PRESETS['5x5']) as RiskMatrix;
      matrix.cells[4]![4] = 'low';
      const refused = await b.dispatch('matrix.update', { workspaceId: SAMPLE_WORKSPACE_ID, matrix });
      expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(JSON.stringify(refused)).toContain('cells[4][4]');
      expect(await call(b, 'matrix.get', { workspaceId: SAMPLE_WORKSPACE_ID })).toEqual(MATRIX_PRESETS['5x5']);
    } finally {
      b.close();
    }
  });

  it('lists measures with overdue ones flagged, and people, phases and ranked targets', async () => {
    const b = openTestBackend();
    try {
      const measures = await call(b, 'measures.list', { workspaceId: SAMPLE_WORKSPACE_ID });
      expect(measures.some((measure) => measure.overdue)).toBe(true);
      expect(measures.filter((measure) => measure.status === 'done').every((measure) => !measure.overdue)).toBe(true);

      const people = await call(b, 'people.list', { workspaceId: SAMPLE_WORKSPACE_ID });
      expect(people.length).toBeGreaterThanOrEqual(10);
      expect(people.find((person) => person.role === 'Head of Mission')).toMatchObject({
        deputy: 'sample-person-dhom',
        callSign: 'Alpha 1',
      });

      const phases = await call(b, 'phases.list', { workspaceId: SAMPLE_WORKSPACE_ID });
      expect(phases.map((phase) => phase.name)).toEqual([
        'Normal',
        'Alert',
        'Restricted movement',
        'Hibernation',
        'Relocation',
        'Evacuation',
      ]);
      expect(phases.every((phase) => phase.indicators.length > 0)).toBe(true);

      const misnumbered = await b.dispatch('phases.update', {
        workspaceId: SAMPLE_WORKSPACE_ID,
        phases: [{ phase: 2, name: 'Alert', indicators: [], actions: [] }],
      });
      expect(JSON.stringify(misnumbered)).toContain('Phases are numbered 1 to 1 in order');

      const targets = await call(b, 'targets.list', { workspaceId: SAMPLE_WORKSPACE_ID });
      expect(targets[0]).toMatchObject({ name: 'Dravik Regional Hospital', total: 27, rank: 1 });
      expect(targets.map((target) => target.total)).toEqual(
        [...targets.map((target) => target.total)].sort((a, b) => b - a),
      );
    } finally {
      b.close();
    }
  });

  it('refuses a person as their own deputy and categories still used by risks', async () => {
    const b = openTestBackend();
    try {
      const self = await b.dispatch('people.update', {
        id: 'sample-person-cso',
        fields: { name: 'Tomasz Nowak', deputy: 'sample-person-cso' },
      });
      expect(JSON.stringify(self)).toContain('own deputy');
      const dropped = await b.dispatch('categories.update', {
        workspaceId: SAMPLE_WORKSPACE_ID,
        categories: [{ key: 'crime', label: 'Crime', nature: 'threat' }],
      });
      expect(dropped).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    } finally {
      b.close();
    }
  });

  it('creates and re-ranks a target, refusing risks and sites of other workspaces', async () => {
    const b = openTestBackend();
    try {
      const scores = {
        criticality: 5,
        accessibility: 5,
        recuperability: 5,
        vulnerability: 5,
        effect: 5,
        recognizability: 4,
      };
      const created = await call(b, 'targets.create', {
        workspaceId: SAMPLE_WORKSPACE_ID,
        fields: { name: 'Central market', kind: 'soft-target', scores, riskIds: ['sample-risk-ied-hq'] },
      });
      expect(created).toMatchObject({ total: 29, rank: 1, riskIds: ['sample-risk-ied-hq'] });

      const lowered = await call(b, 'targets.update', {
        id: created.id,
        fields: {
          name: 'Central market',
          kind: 'soft-target',
          scores: { ...scores, criticality: 1, effect: 1 },
          riskIds: [],
        },
      });
      expect(lowered).toMatchObject({ total: 21, riskIds: [] });
      expect(lowered.rank).toBeGreaterThan(1);

      const other = await call(b, 'workspaces.create', { name: 'Other mission' });
      const foreign = await b.dispatch('targets.create', {
        workspaceId: other.id,
        fields: { name: 'X', kind: 'soft-target', scores, riskIds: ['sample-risk-ied-hq'] },
      });
      expect(foreign).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      const badScore = await b.dispatch('targets.create', {
        workspaceId: SAMPLE_WORKSPACE_ID,
        fields: { name: 'Y', kind: 'soft-target', scores: { ...scores, effect: 6 } },
      });
      expect(JSON.stringify(badScore)).toContain('From 1 to 5');
    } finally {
      b.close();
    }
  });
});
