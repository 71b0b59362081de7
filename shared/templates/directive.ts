import type { RepeatCollection, RepeatFilter } from '#shared/document/nodes';
import {
  BLOCK_TYPES,
  CATEGORY_KEYS,
  COLLECTION_BY_ITEM,
  FILTERS_BY_COLLECTION,
  LEVEL_LABELS,
  SOURCED_BLOCKS,
} from './vocabulary';

/**
 * One `:::` line. The grammar, for people:
 *
 *   ::: for each risk | category: fire, flood | min-level: High
 *   ::: if any risk | min-level: Very high        ::: if no measure | measure-type: mitigation
 *   ::: if filled site.address                    ::: if empty plan.reviewDate
 *   ::: otherwise                                 ::: end
 *   ::: action-table | title: Immediate actions | from: measures | measure-type: mitigation
 */
export type Directive =
  | { kind: 'repeat'; over: RepeatCollection; as: string; filter: RepeatFilter }
  | { kind: 'if-any'; test: 'any' | 'none'; over: RepeatCollection; filter: RepeatFilter }
  | { kind: 'if-field'; test: 'filled' | 'empty'; key: string; keyColumn: number }
  | { kind: 'otherwise' }
  | { kind: 'end' }
  | {
      kind: 'block';
      type: string;
      options: Record<string, string>;
      source?: { from: RepeatCollection; filter: RepeatFilter };
    };

/** Roots of the global fields: an item may not hide them. */
const RESERVED_NAMES = ['workspace', 'plan', 'today', 'fill'];

export interface DirectiveProblem {
  column: number;
  message: string;
}

const FILTER_OPTIONS: Record<string, keyof RepeatFilter> = {
  category: 'category',
  'min-level': 'minLevel',
  'min level': 'minLevel',
  site: 'site',
  'measure-type': 'measureType',
  'measure type': 'measureType',
};

const BLOCK_OPTIONS: Record<string, readonly string[]> = {
  'action-table': ['title'],
  'contact-table': ['title', 'variant'],
  'pace-table': ['title'],
  'phase-table': ['title'],
  checklist: ['title'],
  'risk-summary-table': ['title'],
  'risk-matrix': ['title'],
  'carver-table': ['title'],
  'approval-block': [],
  'page-break': [],
  'section-break': ['orientation'],
};

interface Segment {
  text: string;
  /** Column (from 1) where the segment's text starts in the line. */
  column: number;
}

function segments(line: string): Segment[] {
  const result: Segment[] = [];
  let start = 0;
  for (let index = 0; index <= line.length; index++) {
    if (index === line.length || line[index] === '|') {
      const raw = line.slice(start, index);
      const lead = raw.length - raw.trimStart().length;
      result.push({ text: raw.trim(), column: start + lead + 1 });
      start = index + 1;
    }
  }
  return result;
}

export function isDirectiveLine(line: string): boolean {
  return line.startsWith(':::');
}

/** Parses one directive line; problems carry the column in that line. */
export function parseDirective(line: string, problems: DirectiveProblem[]): Directive | null {
  const [head, ...rest] = segments(line.replace(/^:::/, '   '));
  const words = head!.text.toLowerCase().split(/\s+/).filter(Boolean);
  const column = head!.column;
  const problem = (at: number, message: string) => problems.push({ column: at, message });

  if (words.length === 0 || (words[0] === 'end' && words.length === 1)) {
    if (rest.length) problem(rest[0]!.column, '"::: end" takes no options.');
    return { kind: 'end' };
  }
  if (words[0] === 'otherwise' && words.length === 1) return { kind: 'otherwise' };

  if (words[0] === 'for') {
    const item = words[1] === 'each' ? words[2] : undefined;
    const over = item ? COLLECTION_BY_ITEM[item] : undefined;
    // "::: for each risk as threat" names the item "threat" instead of "risk" inside the block.
    const named = words.length === 5 && words[3] === 'as' ? head!.text.split(/\s+/)[4]! : undefined;
    if (!over || (words.length !== 3 && named === undefined)) {
      problem(
        column,
        `A repeat is written "::: for each <item>" where <item> is one of: ${Object.keys(COLLECTION_BY_ITEM).join(', ')}.`,
      );
      return null;
    }
    if (named !== undefined && (!/^[a-z][a-zA-Z]*$/.test(named) || RESERVED_NAMES.includes(named))) {
      problem(
        column + head!.text.lastIndexOf(named),
        `"${named}" cannot name the item: use letters only, starting lowercase, and not ${RESERVED_NAMES.join(', ')}.`,
      );
      return null;
    }
    return { kind: 'repeat', over, as: named ?? item!, filter: readFilter(over, rest, problem) };
  }

  if (words[0] === 'if') {
    if ((words[1] === 'any' || words[1] === 'no') && words.length === 3) {
      const over = COLLECTION_BY_ITEM[words[2]!];
      if (!over) {
        problem(
          column,
          `"${words[2]}" is not something to test. Use one of: ${Object.keys(COLLECTION_BY_ITEM).join(', ')}.`,
        );
        return null;
      }
      return {
        kind: 'if-any',
        test: words[1] === 'any' ? 'any' : 'none',
        over,
        filter: readFilter(over, rest, problem),
      };
    }
    if ((words[1] === 'filled' || words[1] === 'empty') && words.length === 3) {
      if (rest.length) problem(rest[0]!.column, `"::: if ${words[1]}" takes no options.`);
      const original = head!.text.split(/\s+/)[2]!;
      return {
        kind: 'if-field',
        test: words[1],
        key: original,
        keyColumn: column + head!.text.lastIndexOf(original),
      };
    }
    problem(
      column,
      'A condition is written "::: if any risk", "::: if no risk" (with filters after "|"), "::: if filled <field>" or "::: if empty <field>".',
    );
    return null;
  }

  const type = words.join('-');
  if (words.length === 1 && BLOCK_TYPES.includes(type)) return readBlock(type, rest, problem);
  problem(
    column,
    `Unknown block type "${head!.text}". Known: for each, if, otherwise, end, ${BLOCK_TYPES.join(', ')}.`,
  );
  return null;
}

function splitOption(segment: Segment, problem: (column: number, message: string) => void) {
  const colon = segment.text.indexOf(':');
  if (colon === -1) {
    problem(segment.column, `"${segment.text}" needs a value: write "name: value".`);
    return null;
  }
  const name = segment.text.slice(0, colon).trim().toLowerCase();
  const value = segment.text.slice(colon + 1).trim();
  const valueColumn =
    segment.column +
    colon +
    1 +
    (segment.text.slice(colon + 1).length - segment.text.slice(colon + 1).trimStart().length);
  return { name, value, valueColumn };
}

function readFilter(
  over: RepeatCollection,
  options: Segment[],
  problem: (column: number, message: string) => void,
): RepeatFilter {
  const filter: RepeatFilter = {};
  for (const segment of options) {
    const option = splitOption(segment, problem);
    if (!option) continue;
    applyFilterOption(over, option, segment.column, filter, problem);
  }
  return filter;
}

function applyFilterOption(
  over: RepeatCollection,
  option: { name: string; value: string; valueColumn: number },
  column: number,
  filter: RepeatFilter,
  problem: (column: number, message: string) => void,
): void {
  const key = FILTER_OPTIONS[option.name];
  if (!key) {
    problem(column, `Unknown filter "${option.name}". Filters are: category, min-level, site, measure-type.`);
    return;
  }
  if (!FILTERS_BY_COLLECTION[over].includes(key)) {
    const allowed = FILTERS_BY_COLLECTION[over].map((name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
    problem(
      column,
      `Bad filter: ${over} cannot be filtered by "${option.name}"${allowed.length ? ` (only by ${allowed.join(', ')})` : ' (they take no filter)'}.`,
    );
    return;
  }
  if (!option.value) {
    problem(option.valueColumn, `Bad filter: "${option.name}" needs a value.`);
    return;
  }
  switch (key) {
    case 'category': {
      const values = option.value.split(',').map((value) => value.trim().toLowerCase());
      const unknown = values.filter((value) => !CATEGORY_KEYS.includes(value));
      if (unknown.length)
        problem(
          option.valueColumn,
          `Bad filter: "${unknown.join('", "')}" is not a threat category. Known categories: ${CATEGORY_KEYS.join(', ')}.`,
        );
      else filter.category = values;
      return;
    }
    case 'minLevel': {
      const level = LEVEL_LABELS.find((label) => label.toLowerCase() === option.value.toLowerCase());
      if (!level)
        problem(
          option.valueColumn,
          `Bad filter: "${option.value}" is not a risk level. Levels are: ${LEVEL_LABELS.join(', ')}.`,
        );
      else filter.minLevel = level;
      return;
    }
    case 'measureType':
      if (option.value !== 'prevention' && option.value !== 'mitigation')
        problem(option.valueColumn, `Bad filter: measure-type is "prevention" or "mitigation", not "${option.value}".`);
      else filter.measureType = option.value;
      return;
    case 'site':
      filter.site = option.value;
      return;
  }
}

function readBlock(type: string, options: Segment[], problem: (column: number, message: string) => void): Directive {
  const values: Record<string, string> = {};
  let from: RepeatCollection | undefined;
  const filter: RepeatFilter = {};
  const pendingFilters: Array<{ option: { name: string; value: string; valueColumn: number }; column: number }> = [];
  for (const segment of options) {
    const option = splitOption(segment, problem);
    if (!option) continue;
    if (option.name === 'from') {
      if (!SOURCED_BLOCKS.includes(type)) {
        problem(segment.column, `"${type}" does not take "from:" (only ${SOURCED_BLOCKS.join(', ')} do).`);
        continue;
      }
      const collection = ['risks', 'measures', 'contacts', 'phases', 'targets', 'sites'].find(
        (name) => name === option.value.toLowerCase(),
      ) as RepeatCollection | undefined;
      if (!collection)
        problem(option.valueColumn, `"from:" must name risks, measures, contacts, phases, targets or sites.`);
      else from = collection;
    } else if (option.name in FILTER_OPTIONS) {
      pendingFilters.push({ option, column: segment.column });
    } else if (BLOCK_OPTIONS[type]!.includes(option.name)) {
      values[option.name] = option.value;
    } else {
      const known = [...BLOCK_OPTIONS[type]!, ...(SOURCED_BLOCKS.includes(type) ? ['from', 'filters'] : [])];
      problem(
        segment.column,
        `Unknown option "${option.name}" for ${type}.${known.length ? ` It takes: ${known.join(', ')}.` : ' It takes no options.'}`,
      );
    }
  }
  if (pendingFilters.length && !from)
    problem(pendingFilters[0]!.column, `Filters on "${type}" need "from:" to say what they filter.`);
  if (from)
    for (const pending of pendingFilters) applyFilterOption(from, pending.option, pending.column, filter, problem);
  if (type === 'contact-table' && values.variant !== undefined && !['contacts', 'call-tree'].includes(values.variant))
    problem(1, `contact-table variant is "contacts" or "call-tree", not "${values.variant}".`);
  if (
    type === 'section-break' &&
    values.orientation !== undefined &&
    !['portrait', 'landscape'].includes(values.orientation)
  )
    problem(1, `section-break orientation is "portrait" or "landscape", not "${values.orientation}".`);
  return { kind: 'block', type, options: values, ...(from ? { source: { from, filter } } : {}) };
}
