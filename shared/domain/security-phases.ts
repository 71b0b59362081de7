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
