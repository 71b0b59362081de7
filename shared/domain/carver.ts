import { CARVER_FACTORS, type CarverScores } from './risk';

export function carverTotal(scores: CarverScores): number {
  return CARVER_FACTORS.reduce((sum, factor) => sum + scores[factor], 0);
}

/** Highest total first; ties broken by criticality, then by name, so the order is stable. */
export function rankByCarver<T extends { name: string; scores: CarverScores }>(targets: readonly T[]): T[] {
  return [...targets].sort(
    (a, b) =>
      carverTotal(b.scores) - carverTotal(a.scores) ||
      b.scores.criticality - a.scores.criticality ||
      a.name.localeCompare(b.name),
  );
}
