import { DEFAULT_MATRIX } from '#shared/domain/risk-matrix';
import type { PlanContext, PlanRisk } from './context';

/** A small, fully known context for generator and health tests. */
export function risk(overrides: Partial<PlanRisk> & Pick<PlanRisk, 'id' | 'title'>): PlanRisk {
  return {
    site: 'Head office',
    category: 'civil-unrest',
    categoryLabel: 'Civil unrest',
    description: '',
    exposed: 'staff',
    vulnerabilities: '',
    inherent: { likelihood: 4, impact: 4, level: 'High', color: '#ff9800' },
    residual: null,
    treatment: 'reduce',
    measures: [],
    ...overrides,
  };
}

export function sampleContext(): PlanContext {
  return {
    workspace: { name: 'Mission to Karavia', marking: 'RESTRICTED' },
    site: { id: 'hq', name: 'Head office', kind: 'office', address: '1 Main Street' },
    sites: [
      { id: 'hq', name: 'Head office', kind: 'office', address: '1 Main Street' },
      { id: 'north', name: 'North field office', kind: 'office', address: '' },
    ],
    risks: [
      risk({
        id: 'r-unrest',
        title: 'Demonstrations block the office',
        measures: [
          {
            id: 'm1',
            description: 'Agree alternate route',
            type: 'prevention',
            owner: 'Security officer',
            dueDate: '2026-12-01',
            status: 'planned',
          },
          { id: 'm2', description: 'Stock water', type: 'mitigation', owner: '', dueDate: '', status: 'planned' },
        ],
      }),
      risk({
        id: 'r-quake',
        title: 'Earthquake damages the building',
        category: 'earthquake',
        categoryLabel: 'Earthquake',
        inherent: { likelihood: 2, impact: 5, level: 'Medium', color: '#ffd54f' },
      }),
      risk({
        id: 'r-north',
        title: 'Armed attack on the north office',
        site: 'North field office',
        category: 'armed-attack',
        inherent: { likelihood: 5, impact: 5, level: 'Unacceptable', color: '#7f0000' },
      }),
    ],
    people: [
      {
        id: 'p1',
        name: 'Ana Petrova',
        role: 'Head of office',
        phone: '+1 555 0100',
        email: '',
        callSign: 'Alpha 1',
        deputy: '',
        site: '',
        calls: ['Ben Ortiz'],
      },
      {
        id: 'p2',
        name: 'Ben Ortiz',
        role: 'Warden',
        phone: '',
        email: '',
        callSign: '',
        deputy: '',
        site: '',
        calls: [],
      },
    ],
    phases: [
      {
        phase: 2,
        name: 'Alert',
        description: '',
        indicators: ['Tension rises'],
        declaredBy: 'HoM',
        actions: ['Brief staff'],
      },
      { phase: 1, name: 'Normal', description: '', indicators: [], declaredBy: 'HoM', actions: [] },
    ],
    targets: [
      {
        id: 't1',
        name: 'Water plant',
        site: 'Head office',
        description: '',
        criticality: 3,
        accessibility: 3,
        recuperability: 3,
        vulnerability: 3,
        effect: 3,
        recognizability: 3,
      },
      {
        id: 't2',
        name: 'Hospital',
        site: 'Head office',
        description: '',
        criticality: 5,
        accessibility: 4,
        recuperability: 4,
        vulnerability: 4,
        effect: 5,
        recognizability: 4,
      },
    ],
    matrix: DEFAULT_MATRIX,
    today: '2026-11-22',
  };
}
