import type { RiskMatrix } from './risk-matrix';

export interface MatrixProblem {
  /** Where the problem is, e.g. "cells[2][3]" or "levels[1].color". */
  path: string;
  message: string;
}

export const MATRIX_MIN_SIZE = 2;
export const MATRIX_MAX_SIZE = 7;
const COLOR = /^#[0-9a-f]{6}$/i;
const LEVEL_KEY = /^[a-z0-9][a-z0-9-]*$/;

function checkScale(name: 'likelihood' | 'impact', matrix: RiskMatrix, problems: MatrixProblem[]): void {
  const steps = matrix[name];
  if (steps.length < MATRIX_MIN_SIZE || steps.length > MATRIX_MAX_SIZE) {
    problems.push({
      path: name,
      message: `The ${name} scale needs ${MATRIX_MIN_SIZE} to ${MATRIX_MAX_SIZE} steps (it has ${steps.length}).`,
    });
  }
  steps.forEach((step, index) => {
    if (step.value !== index + 1)
      problems.push({
        path: `${name}[${index}].value`,
        message: `Step ${index + 1} must have the value ${index + 1}.`,
      });
    if (!step.label.trim())
      problems.push({ path: `${name}[${index}].label`, message: `Step ${index + 1} of ${name} needs a label.` });
  });
}

/**
 * Everything that makes a matrix usable: scales numbered 1..n with labels, levels with unique
 * keys, labels and colours, a known level in every cell, and levels that never go down when
 * likelihood or impact goes up (the order of levels means something).
 */
export function validateMatrix(matrix: RiskMatrix): MatrixProblem[] {
  const problems: MatrixProblem[] = [];
  checkScale('likelihood', matrix, problems);
  checkScale('impact', matrix, problems);

  if (matrix.levels.length < 2) problems.push({ path: 'levels', message: 'At least two risk levels are needed.' });
  const seenKeys = new Set<string>();
  const seenLabels = new Set<string>();
  matrix.levels.forEach((level, index) => {
    const where = `levels[${index}]`;
    if (!LEVEL_KEY.test(level.key))
      problems.push({
        path: `${where}.key`,
        message: `Level key "${level.key}" must be lower-case letters, digits or "-".`,
      });
    if (seenKeys.has(level.key))
      problems.push({ path: `${where}.key`, message: `Level key "${level.key}" is used twice.` });
    seenKeys.add(level.key);
    const label = level.label.trim().toLowerCase();
    if (!label) problems.push({ path: `${where}.label`, message: `Level ${index + 1} needs a label.` });
    else if (seenLabels.has(label))
      problems.push({ path: `${where}.label`, message: `The level label "${level.label}" is used twice.` });
    seenLabels.add(label);
    if (!COLOR.test(level.color))
      problems.push({ path: `${where}.color`, message: `Level "${level.label}" needs a colour like #ff9800.` });
  });

  const rank = new Map(matrix.levels.map((level, index) => [level.key, index]));
  if (matrix.cells.length !== matrix.likelihood.length) {
    problems.push({
      path: 'cells',
      message: `The grid has ${matrix.cells.length} rows but the likelihood scale has ${matrix.likelihood.length} steps.`,
    });
  }
  matrix.cells.forEach((row, l) => {
    if (row.length !== matrix.impact.length) {
      problems.push({
        path: `cells[${l}]`,
        message: `Row ${l + 1} has ${row.length} cells but the impact scale has ${matrix.impact.length} steps.`,
      });
    }
    row.forEach((key, i) => {
      const where = `cells[${l}][${i}]`;
      const cellName = `likelihood ${l + 1} x impact ${i + 1}`;
      const here = rank.get(key);
      if (here === undefined) {
        problems.push({ path: where, message: `The cell ${cellName} has no valid level.` });
        return;
      }
      const below = l > 0 ? rank.get(matrix.cells[l - 1]?.[i] ?? '') : undefined;
      const left = i > 0 ? rank.get(row[i - 1] ?? '') : undefined;
      if ((below !== undefined && here < below) || (left !== undefined && here < left)) {
        problems.push({
          path: where,
          message: `The cell ${cellName} is lower than a cell with less likelihood or impact: levels must not go down as risk grows.`,
        });
      }
    });
  });
  return problems;
}

/** Level keys of a risk's assessment, for comparing what a user last saw with what the matrix says now. */
export function levelKeyFor(matrix: RiskMatrix, likelihood: number | null, impact: number | null): string | null {
  if (likelihood === null || impact === null) return null;
  return matrix.cells[likelihood - 1]?.[impact - 1] ?? null;
}
