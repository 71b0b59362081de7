import type { Database } from '#electron/db/sqlite';
import { riskFieldsSchema, type RiskFields } from '#shared/contract/risks';
import { DEFAULT_MATRIX, levelKeyFor, type CarverScores, type MeasureStatus, type MeasureType } from '#shared/domain';
import { createPeopleRepository, createTargetRepository } from '#electron/db/repositories/people';
import { createMeasureRepository, createRiskRepository } from '#electron/db/repositories/risks';
import { SAMPLE_WORKSPACE_ID } from './sample-workspace';

/** Sample dates are relative to the day the sample is created, so some are always overdue or expired. */
function daysFromNow(days: number, now = new Date()): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

type SampleMeasure = [
  type: MeasureType,
  description: string,
  owner: string,
  dueInDays: number | null,
  status: MeasureStatus,
  cost: string,
];

interface SampleRisk {
  id: string;
  fields: Omit<RiskFields, 'acceptance' | 'nextReviewDate'> & {
    acceptance?: {
      acceptedBy: string;
      criticality: 'PC1' | 'PC2' | 'PC3' | 'PC4';
      acceptedDaysAgo: number;
      validDays: number;
    };
    reviewInDays?: number;
  };
  measures: SampleMeasure[];
}

const HOM = 'Helena Varga (Head of Mission)';
const CSO = 'Tomasz Nowak';
const FSFP = 'Luka Petrov';
const LOG = 'Petar Stoyanov';
const MED = 'Dr Miriam Haddad';

export const SAMPLE_RISKS: SampleRisk[] = [
  {
    id: 'sample-risk-armed-conflict',
    fields: {
      siteId: 'sample-site-north',
      title: 'Escalation of armed conflict near Dravik',
      categoryKey: 'armed-conflict',
      description:
        'Artillery exchanges along the contact line 40 km north of Dravik have increased since September; a renewed offensive would put the field office within range.',
      exposed: ['staff', 'premises', 'programmes'],
      vulnerabilities: 'Single road out (M2); no hardened shelter in the field office; 9 staff incl. 3 international.',
      existingMeasures: 'Daily situation reports from the monitoring team; hibernation stock for 7 days.',
      inherent: { likelihood: 5, impact: 5 },
      residual: { likelihood: 4, impact: 4 },
      treatment: 'reduce',
      acceptance: { acceptedBy: HOM, criticality: 'PC1', acceptedDaysAgo: 40, validDays: 90 },
      reviewInDays: 14,
      status: 'accepted',
    },
    measures: [
      [
        'mitigation',
        'Build a reinforced safe room in the field office basement',
        LOG,
        -10,
        'in-progress',
        'EUR 18,000',
      ],
      ['prevention', 'Agree phase 3 triggers with the monitoring team leader', CSO, 20, 'planned', ''],
      ['mitigation', 'Stage relocation kits and fuel for two vehicles in Dravik', FSFP, -3, 'done', 'EUR 2,400'],
    ],
  },
  {
    id: 'sample-risk-abduction-m2',
    fields: {
      siteId: 'sample-site-north',
      title: 'Abduction of staff on the M2 road',
      categoryKey: 'abduction',
      description: 'Criminal groups have stopped vehicles at improvised checkpoints between km 30 and km 55 of the M2.',
      exposed: ['staff', 'reputation'],
      vulnerabilities: 'Predictable weekly movements; marked vehicles; patchy mobile coverage.',
      existingMeasures: 'Two-vehicle moves; radio check-in every 30 minutes.',
      inherent: { likelihood: 3, impact: 5 },
      residual: { likelihood: 2, impact: 5 },
      treatment: 'reduce',
      reviewInDays: 30,
      status: 'assessed',
    },
    measures: [
      ['prevention', 'Vary departure times and routes; no movement after dark', FSFP, 7, 'in-progress', ''],
      ['prevention', 'Fit satellite trackers to the Dravik vehicles', LOG, -21, 'planned', 'EUR 3,600'],
      ['mitigation', 'Train staff in hostile environment awareness (HEAT)', CSO, 60, 'planned', 'EUR 9,000'],
    ],
  },
  {
    id: 'sample-risk-election-unrest',
    fields: {
      siteId: 'sample-site-hq',
      title: 'Violent civil unrest at the elections in Velmar',
      categoryKey: 'civil-unrest',
      description:
        'Opposition rallies are planned on Embankment Street, 200 m from the Head Office, around the spring elections.',
      exposed: ['staff', 'premises', 'reputation'],
      vulnerabilities: 'Office on a main protest route; glass façade; staff commute by public transport.',
      existingMeasures: 'Liaison with the Velmar police; access control at the compound gate.',
      inherent: { likelihood: 4, impact: 3 },
      residual: { likelihood: 3, impact: 3 },
      treatment: 'reduce',
      acceptance: {
        acceptedBy: "Chief of Fund and Administration (Security officer's manager)",
        criticality: 'PC2',
        acceptedDaysAgo: 400,
        validDays: 365,
      },
      reviewInDays: -5,
      status: 'accepted',
    },
    measures: [
      ['mitigation', 'Apply anti-shatter film to ground-floor windows', LOG, -30, 'planned', 'EUR 4,200'],
      ['prevention', 'Allow remote work on rally days', CSO, 15, 'planned', ''],
    ],
  },
  {
    id: 'sample-risk-hospital-attack',
    fields: {
      siteId: 'sample-site-hospital',
      title: 'Armed attack at Dravik Regional Hospital',
      categoryKey: 'armed-attack',
      description:
        'An active assailant attack during a trauma-care session, as happened at a clinic in the region last year.',
      exposed: ['staff', 'programmes', 'reputation'],
      vulnerabilities: 'Public building, open entrances, crowds in the emergency ward; no lockdown procedure.',
      existingMeasures: 'Hospital guards at the main entrance (unarmed).',
      inherent: { likelihood: 3, impact: 5 },
      residual: { likelihood: 3, impact: 4 },
      treatment: 'reduce',
      reviewInDays: 21,
      status: 'assessed',
    },
    measures: [
      ['mitigation', 'Run-hide-tell briefing for every team before its first visit', FSFP, 5, 'in-progress', ''],
      ['prevention', 'Agree lockdown and invacuation procedure with hospital management', CSO, -7, 'planned', ''],
    ],
  },
  {
    id: 'sample-risk-ied-hq',
    fields: {
      siteId: 'sample-site-hq',
      title: 'IED or bomb threat against the Head Office',
      categoryKey: 'explosive-device',
      description: 'Hoax bomb threats by phone hit two embassies last month; a real device remains possible.',
      exposed: ['staff', 'premises'],
      vulnerabilities: 'Street parking right in front of the building.',
      existingMeasures: 'Vehicle barrier at the gate; bomb threat checklist at reception.',
      inherent: { likelihood: 3, impact: 5 },
      residual: { likelihood: 2, impact: 4 },
      treatment: 'reduce',
      acceptance: { acceptedBy: HOM, criticality: 'PC1', acceptedDaysAgo: 30, validDays: 180 },
      reviewInDays: 60,
      status: 'accepted',
    },
    measures: [
      ['prevention', 'Ask the municipality for no-parking zone in front of the office', CSO, 45, 'in-progress', ''],
      ['mitigation', 'Search and evacuation drill with all floors', 'Jonas Berg', 30, 'planned', ''],
    ],
  },
  {
    id: 'sample-risk-earthquake',
    fields: {
      siteId: 'sample-site-hq',
      title: 'Major earthquake in Velmar',
      categoryKey: 'earthquake',
      description: 'Velmar lies on an active fault; the last magnitude 6 quake was in 1986.',
      exposed: ['staff', 'premises', 'assets'],
      vulnerabilities: 'Older building, not assessed for seismic safety.',
      existingMeasures: 'Assembly point in the park opposite; grab bags in each office.',
      inherent: { likelihood: 2, impact: 5 },
      residual: { likelihood: 2, impact: 4 },
      treatment: 'accept',
      acceptance: {
        acceptedBy: "Chief of Fund and Administration (Security officer's manager)",
        criticality: 'PC3',
        acceptedDaysAgo: 90,
        validDays: 365,
      },
      reviewInDays: 180,
      status: 'accepted',
    },
    measures: [['mitigation', 'Structural survey of the Head Office building', LOG, 90, 'planned', 'EUR 6,500']],
  },
  {
    id: 'sample-risk-flood-ostra',
    fields: {
      siteId: 'sample-site-warehouse',
      title: 'Flooding of the Ostra logistics warehouse',
      categoryKey: 'flood',
      description: 'The Ostra river floods the industrial zone most springs; in 2024 water reached 40 cm inside.',
      exposed: ['assets', 'programmes'],
      vulnerabilities: 'Relocation stock and fuel stored at ground level.',
      existingMeasures: 'Sandbags on site.',
      inherent: { likelihood: 4, impact: 3 },
      residual: { likelihood: 4, impact: 2 },
      treatment: 'reduce',
      reviewInDays: 45,
      status: 'assessed',
    },
    measures: [
      ['mitigation', 'Raise racking for relocation stock to 1 m', LOG, -14, 'in-progress', 'EUR 5,100'],
      ['prevention', 'Subscribe to the river authority flood alerts', LOG, -60, 'done', ''],
    ],
  },
  {
    id: 'sample-risk-fire-residence',
    fields: {
      siteId: 'sample-site-residence',
      title: 'Fire at the Lakeside staff residence',
      categoryKey: 'fire',
      description: 'Gas heaters and old wiring in block C; the fire brigade needs 25 minutes to reach the compound.',
      exposed: ['staff', 'premises'],
      vulnerabilities: 'One staircase; bars on ground-floor windows.',
      existingMeasures: 'Smoke detectors in every apartment.',
      inherent: { likelihood: 3, impact: 4 },
      residual: { likelihood: 2, impact: 3 },
      treatment: 'reduce',
      acceptance: {
        acceptedBy: "Chief of Fund and Administration (Security officer's manager)",
        criticality: 'PC2',
        acceptedDaysAgo: 20,
        validDays: 365,
      },
      reviewInDays: 120,
      status: 'accepted',
    },
    measures: [
      ['mitigation', 'Install escape ladders and quick-release window bars', LOG, 10, 'in-progress', 'EUR 2,900'],
      ['prevention', 'Replace gas heaters with electric ones', LOG, -45, 'done', 'EUR 3,200'],
      ['mitigation', 'Fire drill with all residents', 'Sofia Lindqvist', 25, 'planned', ''],
    ],
  },
  {
    id: 'sample-risk-comms-loss',
    fields: {
      siteId: 'sample-site-north',
      title: 'Loss of communications with the Dravik team',
      categoryKey: 'communications-loss',
      description: 'Mobile networks in the north go down during fighting and power cuts.',
      exposed: ['staff', 'programmes'],
      vulnerabilities: 'VHF repeater on the town hall roof has no backup power.',
      existingMeasures: 'Two satellite phones in the field office.',
      inherent: { likelihood: 4, impact: 3 },
      residual: { likelihood: 4, impact: 2 },
      treatment: 'reduce',
      acceptance: {
        acceptedBy: "Chief of Fund and Administration (Security officer's manager)",
        criticality: 'PC2',
        acceptedDaysAgo: 75,
        validDays: 365,
      },
      reviewInDays: 30,
      status: 'accepted',
    },
    measures: [
      ['mitigation', 'Solar backup for the VHF repeater', 'Radio room Velmar', -2, 'planned', 'EUR 1,800'],
      ['mitigation', 'Weekly PACE test including the HF radio', FSFP, 7, 'in-progress', ''],
    ],
  },
  {
    id: 'sample-risk-outage',
    fields: {
      siteId: 'sample-site-hq',
      title: 'Power and water outage in Velmar',
      categoryKey: 'infrastructure-outage',
      description: 'Rolling blackouts and water cuts of up to 48 hours during winter peaks.',
      exposed: ['premises', 'programmes', 'information'],
      vulnerabilities: 'Server room without UPS beyond 20 minutes.',
      existingMeasures: 'Generator with 3 days of fuel; 2,000 l water tank.',
      inherent: { likelihood: 5, impact: 2 },
      residual: { likelihood: 5, impact: 1 },
      treatment: 'reduce',
      acceptance: {
        acceptedBy: "Chief of Fund and Administration (Security officer's manager)",
        criticality: 'PC2',
        acceptedDaysAgo: 60,
        validDays: 365,
      },
      reviewInDays: 90,
      status: 'accepted',
    },
    measures: [['mitigation', 'Extend UPS for the server room to 4 hours', 'Jonas Berg', 40, 'planned', 'EUR 7,400']],
  },
  {
    id: 'sample-risk-road-accident',
    fields: {
      siteId: 'sample-site-north',
      title: 'Serious road accident on the M2',
      categoryKey: 'road-accident',
      description: 'Poor road surface, livestock and fatigue on the 6-hour drive between Velmar and Dravik.',
      exposed: ['staff'],
      vulnerabilities: 'Nearest trauma care is Dravik Regional Hospital; no MEDEVAC contract for road casualties.',
      existingMeasures: 'Professional drivers; seat belts mandatory; speed limit 80 km/h.',
      inherent: { likelihood: 4, impact: 4 },
      residual: { likelihood: 3, impact: 3 },
      treatment: 'reduce',
      reviewInDays: 60,
      status: 'assessed',
    },
    measures: [
      ['prevention', 'Fit vehicle trackers with speed alerts', LOG, 30, 'planned', 'EUR 2,200'],
      ['mitigation', 'Trauma first-aid kits and training for all drivers', MED, -20, 'in-progress', 'EUR 1,500'],
    ],
  },
  {
    id: 'sample-risk-medical',
    fields: {
      siteId: 'sample-site-north',
      title: 'Medical emergency of a staff member in Dravik',
      categoryKey: 'medical',
      description: 'Heart attack, stroke or serious illness far from adequate care.',
      exposed: ['staff'],
      vulnerabilities: 'Regional hospital has limited intensive care; MEDEVAC to Velmar takes 3 hours.',
      existingMeasures: 'Medical insurance with evacuation cover.',
      inherent: { likelihood: 3, impact: 4 },
      residual: { likelihood: 3, impact: 3 },
      treatment: 'transfer',
      acceptance: {
        acceptedBy: "Chief of Fund and Administration (Security officer's manager)",
        criticality: 'PC2',
        acceptedDaysAgo: 100,
        validDays: 365,
      },
      reviewInDays: 90,
      status: 'accepted',
    },
    measures: [
      ['mitigation', 'Pre-authorise MEDEVAC with the insurer for Dravik', MED, 14, 'in-progress', ''],
      ['mitigation', 'Keep patient data sheets for all Dravik staff', MED, null, 'planned', ''],
    ],
  },
  {
    id: 'sample-risk-staff-death',
    fields: {
      siteId: 'sample-site-hq',
      title: 'Death of a staff member',
      categoryKey: 'staff-death',
      description: 'Any death in service, from illness, accident or violence, and the duties it creates.',
      exposed: ['staff', 'reputation'],
      vulnerabilities: 'No written procedure for repatriation of remains or notifying next of kin.',
      existingMeasures: 'Next-of-kin records in the HR system.',
      inherent: { likelihood: 2, impact: 4 },
      treatment: 'accept',
      reviewInDays: 365,
      status: 'assessed',
    },
    measures: [],
  },
  {
    id: 'sample-risk-fuel-theft',
    fields: {
      siteId: 'sample-site-warehouse',
      title: 'Armed robbery of the fuel reserve at Ostra',
      categoryKey: 'crime',
      description: 'Fuel prices tripled; two depots in the industrial zone were robbed at gunpoint.',
      exposed: ['assets', 'staff'],
      vulnerabilities: 'Night guard alone; fence damaged on the river side.',
      existingMeasures: 'CCTV at the gate.',
      inherent: { likelihood: 3, impact: 3 },
      residual: { likelihood: 2, impact: 3 },
      treatment: 'reduce',
      acceptance: {
        acceptedBy: "Chief of Fund and Administration (Security officer's manager)",
        criticality: 'PC2',
        acceptedDaysAgo: 15,
        validDays: 365,
      },
      reviewInDays: 60,
      status: 'accepted',
    },
    measures: [['prevention', 'Repair the fence and add lighting on the river side', LOG, -5, 'planned', 'EUR 3,000']],
  },
  {
    id: 'sample-risk-phishing',
    fields: {
      siteId: 'sample-site-hq',
      title: 'Targeted phishing against mission e-mail',
      categoryKey: 'cyber',
      description: 'Spear-phishing mails impersonating the ministry were received by three staff.',
      exposed: ['information', 'reputation'],
      vulnerabilities: 'No multi-factor authentication on webmail.',
      existingMeasures: '',
      inherent: { likelihood: 4, impact: 3 },
      treatment: 'reduce',
      status: 'draft',
    },
    measures: [],
  },
];

export const SAMPLE_PEOPLE = [
  {
    id: 'sample-person-hom',
    name: 'Helena Varga',
    role: 'Head of Mission',
    phone: '+999 2 555 0101',
    email: 'helena.varga@karavia-mission.example',
    callSign: 'Alpha 1',
    deputy: 'sample-person-dhom',
  },
  {
    id: 'sample-person-dhom',
    name: 'Marc Delacroix',
    role: 'Deputy Head of Mission',
    phone: '+999 2 555 0102',
    email: 'marc.delacroix@karavia-mission.example',
    callSign: 'Alpha 2',
    deputy: null,
  },
  {
    id: 'sample-person-cso',
    name: 'Tomasz Nowak',
    role: 'Chief of Mission Security',
    phone: '+999 2 555 0110',
    email: 'tomasz.nowak@karavia-mission.example',
    callSign: 'Sierra 1',
    deputy: 'sample-person-so',
  },
  {
    id: 'sample-person-so',
    name: 'Aida Kerimova',
    role: 'Security Officer',
    phone: '+999 2 555 0111',
    email: 'aida.kerimova@karavia-mission.example',
    callSign: 'Sierra 2',
    deputy: null,
  },
  {
    id: 'sample-person-fsfp',
    name: 'Luka Petrov',
    role: 'Security focal point, Field Office Dravik',
    phone: '+999 45 555 0120',
    email: 'luka.petrov@karavia-mission.example',
    callSign: 'Sierra 3',
    deputy: 'sample-person-warden-dravik',
  },
  {
    id: 'sample-person-warden-dravik',
    name: 'Nadia Ilić',
    role: 'Warden, Field Office Dravik',
    phone: '+999 45 555 0121',
    email: 'nadia.ilic@karavia-mission.example',
    callSign: 'Whiskey 3',
    deputy: null,
  },
  {
    id: 'sample-person-warden-residence',
    name: 'Sofia Lindqvist',
    role: 'Warden, Staff residence Lakeside',
    phone: '+999 2 555 0130',
    email: 'sofia.lindqvist@karavia-mission.example',
    callSign: 'Whiskey 1',
    deputy: null,
  },
  {
    id: 'sample-person-warden-hq',
    name: 'Jonas Berg',
    role: 'Warden, Head Office Velmar',
    phone: '+999 2 555 0131',
    email: 'jonas.berg@karavia-mission.example',
    callSign: 'Whiskey 2',
    deputy: 'sample-person-warden-residence',
  },
  {
    id: 'sample-person-medical',
    name: 'Dr Miriam Haddad',
    role: 'Medical Officer',
    phone: '+999 2 555 0140',
    email: 'miriam.haddad@karavia-mission.example',
    callSign: 'Mike 1',
    deputy: null,
  },
  {
    id: 'sample-person-radio',
    name: 'Radio room Velmar',
    role: 'Radio room (24/7)',
    phone: '+999 2 555 0199',
    email: 'radio.room@karavia-mission.example',
    callSign: 'Base',
    deputy: null,
  },
  {
    id: 'sample-person-logistics',
    name: 'Petar Stoyanov',
    role: 'Logistics officer, Ostra warehouse',
    phone: '+999 32 555 0150',
    email: 'petar.stoyanov@karavia-mission.example',
    callSign: 'Lima 1',
    deputy: null,
  },
] as const;

const carver = (values: [number, number, number, number, number, number]): CarverScores => {
  const [criticality, accessibility, recuperability, vulnerability, effect, recognizability] = values;
  return { criticality, accessibility, recuperability, vulnerability, effect, recognizability };
};

export const SAMPLE_TARGETS = [
  {
    id: 'sample-target-hospital',
    name: 'Dravik Regional Hospital',
    kind: 'soft-target',
    siteId: 'sample-site-hospital',
    scores: carver([5, 4, 4, 4, 5, 5]),
    riskIds: ['sample-risk-hospital-attack'],
    notes: 'Only trauma centre in the north; crowded emergency ward.',
  },
  {
    id: 'sample-target-polling',
    name: 'Polling station 12, Velmar Central School',
    kind: 'soft-target',
    siteId: null,
    scores: carver([4, 5, 2, 4, 4, 4]),
    riskIds: ['sample-risk-election-unrest'],
    notes: 'Observed by mission teams on election day; 1,800 registered voters.',
  },
  {
    id: 'sample-target-water',
    name: 'Velmar water treatment plant',
    kind: 'critical-infrastructure',
    siteId: null,
    scores: carver([5, 3, 4, 3, 5, 3]),
    riskIds: ['sample-risk-outage'],
    notes: 'Supplies 80% of the capital; operated by the municipal utility.',
  },
  {
    id: 'sample-target-bus-station',
    name: 'Velmar Central Bus Station',
    kind: 'soft-target',
    siteId: null,
    scores: carver([3, 5, 2, 4, 4, 4]),
    riskIds: ['sample-risk-ied-hq'],
    notes: 'Staff commute through it; two hoax bomb threats this year.',
  },
  {
    id: 'sample-target-substation',
    name: 'Ostra power substation',
    kind: 'critical-infrastructure',
    siteId: 'sample-site-warehouse',
    scores: carver([4, 3, 3, 3, 4, 2]),
    riskIds: ['sample-risk-outage', 'sample-risk-flood-ostra'],
    notes: 'Feeds the industrial zone and the warehouse.',
  },
] as const;

/** The Karavia risk register: assessed risks with measures, people and roles, and CARVER targets. */
export function seedSampleRisks(db: Database, now = new Date()): void {
  const risks = createRiskRepository(db);
  const measures = createMeasureRepository(db);
  const people = createPeopleRepository(db);
  const targets = createTargetRepository(db);

  for (const { id, fields, measures: riskMeasures } of SAMPLE_RISKS) {
    const { acceptance, reviewInDays, ...rest } = fields;
    const parsed = riskFieldsSchema.parse({
      ...rest,
      acceptance: acceptance && {
        acceptedBy: acceptance.acceptedBy,
        criticality: acceptance.criticality,
        date: daysFromNow(-acceptance.acceptedDaysAgo, now),
        expiry: daysFromNow(acceptance.validDays - acceptance.acceptedDaysAgo, now),
      },
      nextReviewDate: reviewInDays === undefined ? null : daysFromNow(reviewInDays, now),
    });
    const seen = {
      inherent: levelKeyFor(DEFAULT_MATRIX, parsed.inherent.likelihood, parsed.inherent.impact),
      residual: parsed.residual
        ? levelKeyFor(DEFAULT_MATRIX, parsed.residual.likelihood, parsed.residual.impact)
        : null,
    };
    risks.insert(SAMPLE_WORKSPACE_ID, parsed, seen, id);
    riskMeasures.forEach(([type, description, owner, dueInDays, status, cost], index) =>
      measures.insert(
        id,
        { type, description, owner, dueDate: dueInDays === null ? null : daysFromNow(dueInDays, now), status, cost },
        `${id}-measure-${index + 1}`,
      ),
    );
  }
  // Deputies refer to people inserted later in the list: insert everyone first, then link.
  for (const { id, deputy: _deputy, ...person } of SAMPLE_PEOPLE)
    people.insert(SAMPLE_WORKSPACE_ID, { ...person, deputy: null }, id);
  for (const person of SAMPLE_PEOPLE) {
    if (person.deputy) {
      const { id, ...fields } = person;
      people.update(id, fields);
    }
  }
  for (const { id, riskIds, ...target } of SAMPLE_TARGETS)
    targets.insert(SAMPLE_WORKSPACE_ID, { ...target, riskIds: [...riskIds] }, id);
}
