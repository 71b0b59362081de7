/**
 * The risk matrix as data (DOMAIN.md section 2): scales, ordered levels with colours, and the
 * level of every cell. Organisations use 3x3, 4x4 or 5x5 with their own labels; nothing in the
 * code may assume five of anything.
 */

export interface ScaleStep {
  /** 1..n */
  value: number;
  label: string;
}

export interface RiskLevel {
  /** Stable key stored with filters and rules, e.g. "high". */
  key: string;
  label: string;
  /** #rrggbb */
  color: string;
}

export interface RiskMatrix {
  likelihood: ScaleStep[];
  impact: ScaleStep[];
  /** Ordered from lowest to highest. */
  levels: RiskLevel[];
  /** cells[likelihood - 1][impact - 1] = level key. */
  cells: string[][];
}

const scale = (labels: string[]): ScaleStep[] => labels.map((label, index) => ({ value: index + 1, label }));

export const DEFAULT_LEVELS: RiskLevel[] = [
  { key: 'low', label: 'Low', color: '#4caf50' },
  { key: 'medium', label: 'Medium', color: '#ffd54f' },
  { key: 'high', label: 'High', color: '#ff9800' },
  { key: 'very-high', label: 'Very high', color: '#e53935' },
  { key: 'unacceptable', label: 'Unacceptable', color: '#7f0000' },
];

/** DOMAIN.md default 5x5 (rows likelihood 1..5, columns impact 1..5). */
export const DEFAULT_MATRIX: RiskMatrix = {
  likelihood: scale(['Very unlikely', 'Unlikely', 'Moderately likely', 'Likely', 'Very likely']),
  impact: scale(['Negligible', 'Minor', 'Moderate', 'Severe', 'Critical']),
  levels: DEFAULT_LEVELS,
  cells: [
    ['low', 'low', 'low', 'low', 'medium'],
    ['low', 'low', 'low', 'medium', 'medium'],
    ['low', 'low', 'medium', 'high', 'high'],
    ['low', 'medium', 'high', 'high', 'very-high'],
    ['low', 'medium', 'high', 'very-high', 'unacceptable'],
  ],
};

export const MATRIX_PRESETS: Record<'5x5' | '4x4' | '3x3', RiskMatrix> = {
  '5x5': DEFAULT_MATRIX,
  '4x4': {
    likelihood: scale(['Unlikely', 'Possible', 'Likely', 'Very likely']),
    impact: scale(['Minor', 'Moderate', 'Severe', 'Critical']),
    levels: DEFAULT_LEVELS.slice(0, 4),
    cells: [
      ['low', 'low', 'medium', 'medium'],
      ['low', 'medium', 'medium', 'high'],
      ['medium', 'medium', 'high', 'very-high'],
      ['medium', 'high', 'very-high', 'very-high'],
    ],
  },
  '3x3': {
    likelihood: scale(['Unlikely', 'Possible', 'Likely']),
    impact: scale(['Minor', 'Moderate', 'Severe']),
    levels: DEFAULT_LEVELS.slice(0, 3),
    cells: [
      ['low', 'low', 'medium'],
      ['low', 'medium', 'high'],
      ['medium', 'high', 'high'],
    ],
  },
};

/** The level of a likelihood x impact pair, or undefined when either is off the scales. */
export function levelFor(matrix: RiskMatrix, likelihood: number, impact: number): RiskLevel | undefined {
  const key = matrix.cells[likelihood - 1]?.[impact - 1];
  return key === undefined ? undefined : matrix.levels.find((level) => level.key === key);
}

/** Position of a level in the order (0 = lowest); -1 when unknown. Accepts a key or a label. */
export function levelRank(matrix: RiskMatrix, keyOrLabel: string): number {
  const wanted = keyOrLabel.trim().toLowerCase();
  return matrix.levels.findIndex((level) => level.key === wanted || level.label.toLowerCase() === wanted);
}

/** True when `level` is at or above `minimum` (keys or labels). Unknown levels never match. */
export function isAtLeast(matrix: RiskMatrix, level: string, minimum: string): boolean {
  const rank = levelRank(matrix, level);
  const floor = levelRank(matrix, minimum);
  return rank >= 0 && floor >= 0 && rank >= floor;
}
