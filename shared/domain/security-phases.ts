import type { PhaseDefinition } from './risk';
/** Default security phases (DOMAIN.md section 4); editable per workspace. */
export interface SecurityPhase {
  phase: number;
  name: string;
  description: string;
}

export const DEFAULT_SECURITY_PHASES: SecurityPhase[] = [
  { phase: 1, name: 'Normal', description: 'Routine operations with standard security measures.' },
  { phase: 2, name: 'Alert', description: 'Heightened precaution: tighter movement control and check-ins.' },
  { phase: 3, name: 'Restricted movement', description: 'Movement limited to essential travel, with approval.' },
  { phase: 4, name: 'Hibernation', description: 'Staff shelter in place at designated sites.' },
  { phase: 5, name: 'Relocation', description: 'Staff move to a safer place inside the country.' },
  { phase: 6, name: 'Evacuation', description: 'Staff leave the country.' },
];

const DETAILS: Record<number, Omit<PhaseDefinition, 'phase' | 'name' | 'description'>> = {
  1: {
    indicators: ['Security situation stable', 'No specific threats against the organisation or its staff'],
    declaredBy: 'Head of Mission on advice of the Chief of Mission Security',
    actions: ['Standard operating procedures apply', 'Monthly radio and call-tree checks', 'Keep grab bags ready'],
  },
  2: {
    indicators: [
      'Rising political tension, demonstrations announced',
      'Incidents near mission premises or routes',
      'Credible threat reporting against international organisations',
    ],
    declaredBy: 'Head of Mission on advice of the Chief of Mission Security',
    actions: [
      'Daily security briefings',
      'Check-ins by radio twice a day',
      'Review staff whereabouts and travel plans',
      'Top up fuel, water and cash',
    ],
  },
  3: {
    indicators: [
      'Armed clashes or violent unrest in the area of operations',
      'Road blocks or curfew imposed by the authorities',
      'Direct threat against staff',
    ],
    declaredBy: 'Head of Mission',
    actions: [
      'Essential movement only, with approval of the Chief of Mission Security',
      'Convoys of at least two vehicles with radios',
      'Non-essential visits postponed',
    ],
  },
  4: {
    indicators: ['Fighting or widespread violence makes movement unsafe', 'Authorities order people to stay indoors'],
    declaredBy: 'Head of Mission',
    actions: [
      'Staff move to designated hibernation sites and stay there',
      'Hourly check-ins with the radio room',
      'Ration stock (14 days of water, food and fuel)',
      'Prepare for relocation',
    ],
  },
  5: {
    indicators: [
      'Hibernation sites no longer safe',
      'Threat specifically targets the area of the office',
      'Host government advises leaving the region',
    ],
    declaredBy: 'Head of Mission with the Secretary General',
    actions: [
      'Move staff to the designated safe location by the primary route',
      'Back up and destroy sensitive files',
      'Hand over premises to national staff focal point',
    ],
  },
  6: {
    indicators: [
      'Host government cannot guarantee safety',
      'Airports or borders about to close',
      'Embassies evacuate their nationals',
    ],
    declaredBy: 'Secretary General on recommendation of the Head of Mission',
    actions: [
      'Evacuate international staff by the planned route and means',
      'Activate national staff provisions',
      'Account for every staff member at the destination',
    ],
  },
};

/** The default phases with their indicators, who declares them and the actions on entering them. */
export const DEFAULT_PHASE_DEFINITIONS: PhaseDefinition[] = DEFAULT_SECURITY_PHASES.map((phase) => ({
  ...phase,
  indicators: [...(DETAILS[phase.phase]?.indicators ?? [])],
  declaredBy: DETAILS[phase.phase]?.declaredBy ?? '',
  actions: [...(DETAILS[phase.phase]?.actions ?? [])],
}));
