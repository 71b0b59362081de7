/**
 * Default threat and hazard taxonomy (DOMAIN.md section 1): deliberate threats and non-deliberate
 * hazards. Editable per workspace; these keys are what templates' `applies_to` and filters use.
 */
export interface ThreatCategory {
  key: string;
  label: string;
  nature: 'threat' | 'hazard';
}

export const DEFAULT_THREAT_CATEGORIES: ThreatCategory[] = [
  { key: 'armed-conflict', label: 'Armed conflict', nature: 'threat' },
  { key: 'terrorism', label: 'Terrorism', nature: 'threat' },
  { key: 'crime', label: 'Crime', nature: 'threat' },
  { key: 'civil-unrest', label: 'Civil unrest', nature: 'threat' },
  { key: 'abduction', label: 'Abduction and hostage-taking', nature: 'threat' },
  { key: 'detention', label: 'Arrest and detention of staff', nature: 'threat' },
  { key: 'armed-attack', label: 'Armed attack / active assailant', nature: 'threat' },
  { key: 'explosive-device', label: 'IED and bomb threat', nature: 'threat' },
  { key: 'harassment', label: 'Harassment and intimidation', nature: 'threat' },
  { key: 'sexual-violence', label: 'Sexual violence', nature: 'threat' },
  { key: 'cyber', label: 'Cyber and information security', nature: 'threat' },
  { key: 'earthquake', label: 'Earthquake', nature: 'hazard' },
  { key: 'flood', label: 'Flood', nature: 'hazard' },
  { key: 'fire', label: 'Fire', nature: 'hazard' },
  { key: 'disease', label: 'Disease and epidemic', nature: 'hazard' },
  { key: 'road-accident', label: 'Road traffic accident', nature: 'hazard' },
  { key: 'explosive-hazards', label: 'Mines, UXO and explosive remnants of war', nature: 'hazard' },
  { key: 'medical', label: 'Medical emergency', nature: 'hazard' },
  { key: 'infrastructure-outage', label: 'Critical infrastructure outage (power, water)', nature: 'hazard' },
  { key: 'communications-loss', label: 'Loss of communications', nature: 'hazard' },
  { key: 'staff-death', label: 'Death of a staff member', nature: 'hazard' },
];
