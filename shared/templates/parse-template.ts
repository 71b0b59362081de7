import { storedDocument } from '#shared/document/build';
import type { BlockNode, Condition, StoredDocument } from '#shared/document/nodes';
import { collectFields } from '#shared/document/walk';
import { readFieldText } from './field-syntax';
import { isDirectiveLine, parseDirective, type Directive, type DirectiveProblem } from './directive';
import { parseFrontMatter, splitFrontMatter } from './front-matter';
import { convertBlocks, fieldLabel, parseMarkdown, unknownFieldMessage, type MarkdownContext } from './markdown';
import { buildStructuredBlock, type BlockHeader } from './structured-block';
import type { ParsedTemplate, TemplateProblem } from './types';
import { fillKey, LINE_BLOCKS } from './vocabulary';

/** A template file is text of a few dozen kilobytes; anything this large is a mistake. */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

type Frame =
  | { kind: 'root'; children: BlockNode[] }
  /** A "for each" or "if" line with a mistake: its content is kept, and its "::: end" expected. */
  | { kind: 'broken'; line: number; label: string; children: BlockNode[] }
  | { kind: 'repeat'; line: number; label: string; children: BlockNode[]; over: Extract<Directive, { kind: 'repeat' }> }
  | {
      kind: 'if';
      line: number;
      label: string;
      condition: Condition;
      children: BlockNode[];
      otherwise: BlockNode[];
      inOtherwise: boolean;
    }
  | { kind: 'block'; line: number; label: string; header: BlockHeader; lines: string[]; firstLine: number };

function emptyResult(problems: TemplateProblem[]): ParsedTemplate {
  return { meta: null, document: storedDocument({ title: '', kind: 'contingency' }, []), problems };
}

/** Why a text cannot be a template at all (too large, not text), or null. */
function unreadable(source: string): TemplateProblem | null {
  if (source.length > MAX_TEMPLATE_BYTES) {
    const megabytes = (source.length / 1024 / 1024).toFixed(1);
    return {
      line: 1,
      column: 1,
      severity: 'error',
      message: `The file is ${megabytes} MB; a template may be at most ${MAX_TEMPLATE_BYTES / 1024 / 1024} MB. Is this the right file?`,
    };
  }
  // eslint-disable-next-line no-control-regex
  const binary = /[\u0000-\u0008\u000e-\u001a\ufffd]/.exec(source);
  if (binary) {
    const before = source.slice(0, binary.index).split('\n');
    return {
      line: before.length,
      column: before[before.length - 1]!.length + 1,
      severity: 'error',
      message:
        'This is not a text file (it contains control characters or bytes that are not UTF-8). Save the template as UTF-8 text.',
    };
  }
  return null;
}

/**
 * Parses a template file (front matter + Markdown + `:::` directives) into its metadata and the
 * shared document model. Never throws: every problem is returned with its line and column.
 */
export function parseTemplate(input: string): ParsedTemplate {
  const problems: TemplateProblem[] = [];
  const bad = unreadable(input);
  if (bad) return emptyResult([bad]);
  const source = input.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const split = splitFrontMatter(source);
  const meta = parseFrontMatter(split.yaml, problems);

  const report = (line: number, column: number, message: string) =>
    problems.push({ line, column, severity: 'error', message });
  const stack: Frame[] = [{ kind: 'root', children: [] }];
  const top = () => stack[stack.length - 1]!;
  const scope = () =>
    stack.flatMap((frame) => (frame.kind === 'repeat' ? [{ name: frame.over.as, collection: frame.over.over }] : []));
  const sections = new Map<string, number>();
  const defaults = new Map<string, { value: string; line: number }>();
  const context = (firstLine: number): MarkdownContext => ({
    firstLine,
    scope: scope(),
    report,
    sections,
    defaults,
  });
  const target = (frame: Frame): BlockNode[] =>
    frame.kind === 'if' && frame.inOtherwise ? frame.otherwise : frame.kind === 'block' ? [] : frame.children;

  let buffer: string[] = [];
  let bufferLine = split.bodyLine;
  const flush = () => {
    if (buffer.some((line) => line.trim())) {
      const text = buffer.join('\n');
      target(top()).push(...convertBlocks(parseMarkdown(text), { ...context(bufferLine), source: text }));
    }
    buffer = [];
  };

  const lines = split.body.split('\n');
  lines.forEach((line, index) => {
    const lineNumber = split.bodyLine + index;
    const frame = top();
    if (!isDirectiveLine(line)) {
      if (frame.kind === 'block') frame.lines.push(line);
      else {
        if (!buffer.length) bufferLine = lineNumber;
        buffer.push(line);
      }
      return;
    }
    const directiveProblems: DirectiveProblem[] = [];
    const directive = parseDirective(line, directiveProblems);
    for (const problem of directiveProblems) report(lineNumber, problem.column, problem.message);
    if (!directive) {
      if (/^:::\s*(for|if)\b/i.test(line) && frame.kind !== 'block') {
        flush();
        bufferLine = lineNumber + 1;
        stack.push({ kind: 'broken', line: lineNumber, label: line.trim(), children: [] });
      }
      return;
    }

    if (frame.kind === 'block' && directive.kind !== 'end') {
      report(
        lineNumber,
        1,
        `"${line.trim()}" cannot be inside "${frame.label}"; close that block with "::: end" first.`,
      );
      return;
    }
    flush();
    bufferLine = lineNumber + 1;
    switch (directive.kind) {
      case 'end':
        closeFrame(lineNumber);
        return;
      case 'otherwise':
        if (frame.kind !== 'if')
          report(lineNumber, 1, '"::: otherwise" belongs inside "::: if ...", before its "::: end".');
        else if (frame.inOtherwise) report(lineNumber, 1, 'This "::: if" already has an "::: otherwise".');
        else frame.inOtherwise = true;
        return;
      case 'repeat':
        stack.push({ kind: 'repeat', line: lineNumber, label: line.trim(), children: [], over: directive });
        return;
      case 'if-any':
        stack.push(ifFrame(lineNumber, line, { test: directive.test, over: directive.over, filter: directive.filter }));
        return;
      case 'if-field': {
        if (fieldLabel(directive.key, scope()) === undefined && !directive.key.startsWith('fill.'))
          report(lineNumber, directive.keyColumn, unknownFieldMessage(directive.key, scope()));
        stack.push(ifFrame(lineNumber, line, { test: directive.test, key: directive.key }));
        return;
      }
      case 'block':
        if ((LINE_BLOCKS as readonly string[]).includes(directive.type)) {
          target(frame).push(lineBlock(directive));
          return;
        }
        stack.push({
          kind: 'block',
          line: lineNumber,
          label: `::: ${directive.type}`,
          header: directive,
          lines: [],
          firstLine: lineNumber + 1,
        });
        return;
    }
  });
  flush();
  while (stack.length > 1) {
    const frame = top();
    if (frame.kind !== 'root')
      report(frame.line, 1, `"${frame.label}" is never closed: add a line "::: end" where it should stop.`);
    closeFrame(null);
  }

  function closeFrame(lineNumber: number | null) {
    const frame = top();
    if (frame.kind === 'root') {
      if (lineNumber !== null) report(lineNumber, 1, 'This "::: end" has no block to close.');
      return;
    }
    stack.pop();
    const parent = target(top());
    switch (frame.kind) {
      case 'broken':
        parent.push(...frame.children);
        return;
      case 'repeat':
        parent.push({
          type: 'repeat',
          version: 1,
          over: frame.over.over,
          as: frame.over.as,
          filter: frame.over.filter,
          children: frame.children,
        });
        return;
      case 'if':
        parent.push({
          type: 'conditional',
          version: 1,
          condition: frame.condition,
          children: frame.children,
          otherwise: frame.otherwise,
        });
        return;
      case 'block':
        parent.push(buildStructuredBlock(frame.header, frame.lines.join('\n'), context(frame.firstLine)));
        return;
    }
  }

  const document = storedDocument(
    { title: meta?.title ?? '', kind: meta?.kind ?? 'contingency' },
    (stack[0] as { children: BlockNode[] }).children,
  );
  if (meta) problems.push(...unusedRequiredFields(meta.requiredFields, document, source));
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { meta, document, problems };
}

/** A required field that the text never uses can never be filled: a plan could not be completed. */
function unusedRequiredFields(
  required: readonly string[],
  document: StoredDocument,
  source: string,
): TemplateProblem[] {
  const used = new Set(collectFields(document).map((field) => field.key));
  // Rows of structured blocks hold fields as text, e.g. an approval row's {{plan.approvedBy}}.
  for (const [, inner] of JSON.stringify(document.content).matchAll(/\{\{([^{}]*)\}\}/g)) {
    const { head } = readFieldText(inner!);
    const fill = /^fill\s*:\s*(.+)$/i.exec(head);
    used.add(fill ? fillKey(fill[1]!) : head);
  }
  const lines = source.split('\n');
  const line = lines.findIndex((text) => text.startsWith('required_fields'));
  return required
    .filter((key) => !used.has(key))
    .map((key) => ({
      line: line + 1 || 1,
      column: Math.max(1, (lines[line] ?? '').indexOf(key) + 1),
      severity: 'warning' as const,
      message: `The required field ${key} is never used in the template, so a plan could never fill it.`,
    }));
}

function ifFrame(line: number, text: string, condition: Condition): Frame {
  return { kind: 'if', line, label: text.trim(), condition, children: [], otherwise: [], inOtherwise: false };
}

function lineBlock(directive: Extract<Directive, { kind: 'block' }>): BlockNode {
  const title = directive.options.title ?? '';
  const source = directive.source ? { source: directive.source } : {};
  switch (directive.type) {
    case 'risk-matrix':
      return { type: 'risk-matrix', version: 1, title, likelihoodLabels: [], impactLabels: [], cells: [] };
    case 'risk-summary-table':
      return { type: 'risk-summary-table', version: 1, title, ...source, rows: [] };
    case 'carver-table':
      return { type: 'carver-table', version: 1, title, ...source, rows: [] };
    case 'section-break':
      return {
        type: 'section-break',
        version: 1,
        orientation: directive.options.orientation === 'landscape' ? 'landscape' : 'portrait',
      };
    case 'page-break':
    default:
      return { type: 'page-break', version: 1 };
  }
}
