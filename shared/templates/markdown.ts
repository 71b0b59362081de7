import type { Nodes as MdNode, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { field as fieldNode } from '#shared/document/build';
import {
  TEXT_FORMAT,
  type RepeatCollection,
  type BlockNode,
  type HeadingNode,
  type InlineNode,
  type ListItemNode,
  type ListNode,
  type NodeExtras,
  type ParagraphNode,
  type TableCellNode,
  type TableNode,
} from '#shared/document/nodes';
import { readFieldText, type FieldTextProblem } from './field-syntax';
import { FILL_PREFIX, fillKey, GLOBAL_FIELDS, ITEM_FIELDS, COLLECTION_BY_ITEM } from './vocabulary';

/** Where a piece of Markdown sits in the file, and what the text may refer to there. */
export interface MarkdownContext {
  /** File line of the segment's first line. */
  firstLine: number;
  /** Names bound by the enclosing repeats, e.g. risk over risks. */
  scope: readonly Binding[];
  report(line: number, column: number, message: string): void;
  /** The segment's Markdown text: tells a written "[ ]" from an escaped "\\[ \\]". */
  source?: string;
  /** Section keys seen so far in the file, with the line of their heading. */
  sections?: Map<string, number>;
  /** Defaults given to field keys so far, with the line where each was given. */
  defaults?: Map<string, { value: string; line: number }>;
}

export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
}

/** A name bound by an enclosing `::: for each`, innermost last. */
export interface Binding {
  name: string;
  collection: RepeatCollection;
}

/** The label shown for a field key, or undefined when the key is not in scope. */
export function fieldLabel(key: string, scope: readonly Binding[]): string | undefined {
  const dot = key.indexOf('.');
  const root = dot > 0 ? key.slice(0, dot) : key;
  const binding = [...scope].reverse().find((candidate) => candidate.name === root);
  if (binding) return ITEM_FIELDS[binding.collection][key.slice(dot + 1)];
  return GLOBAL_FIELDS[key];
}

/** Explains why a field key is not usable here. */
export function unknownFieldMessage(key: string, scope: readonly Binding[]): string {
  const root = key.split('.')[0]!;
  const binding = [...scope].reverse().find((candidate) => candidate.name === root);
  if (binding) {
    return `Unknown field {{${key}}}. Fields of ${root}: ${Object.keys(ITEM_FIELDS[binding.collection])
      .map((name) => `${root}.${name}`)
      .join(', ')}.`;
  }
  const collection = COLLECTION_BY_ITEM[root];
  if (collection && key.slice(root.length + 1) in ITEM_FIELDS[collection])
    return `{{${key}}} can only be used inside "::: for each ${root}".`;
  if (collection) {
    return `Unknown field {{${key}}}. Fields of ${root}: ${Object.keys(ITEM_FIELDS[collection])
      .map((name) => `${root}.${name}`)
      .join(', ')}.`;
  }
  return `Unknown field {{${key}}}. Fields: ${Object.keys(GLOBAL_FIELDS).join(', ')}; inside a repeat also its item's fields (risk.title...); or {{fill: what to fill in}}.`;
}

const FIELD_PATTERN = /\{\{([^{}]*)\}\}/g;

/**
 * Splits text into text and field nodes. Unknown fields are reported and kept as plain text, so a
 * maintainer sees exactly what they wrote.
 */
export function inlineWithFields(
  value: string,
  format: number,
  at: { line: number; column: number },
  context: MarkdownContext,
): InlineNode[] {
  const nodes: InlineNode[] = [];
  const pushText = (piece: string) => {
    if (!piece) return;
    const last = nodes[nodes.length - 1];
    if (last?.type === 'text' && last.format === format) last.text += piece;
    else nodes.push({ type: 'text', version: 1, text: piece, format });
  };
  const position = (offset: number) => {
    const before = value.slice(0, offset);
    const newlines = before.split('\n');
    return newlines.length === 1
      ? { line: at.line, column: at.column + offset }
      : { line: at.line + newlines.length - 1, column: newlines[newlines.length - 1]!.length + 1 };
  };
  let cursor = 0;
  for (const match of value.matchAll(FIELD_PATTERN)) {
    pushText(value.slice(cursor, match.index).replace(/\n/g, ' '));
    cursor = match.index + match[0].length;
    const where = position(match.index);
    const optionProblems: FieldTextProblem[] = [];
    const { head: inner, defaultValue } = readFieldText(match[1]!, optionProblems);
    for (const problem of optionProblems) {
      const at = position(match.index + 2 + problem.offset);
      context.report(at.line, at.column, problem.message);
    }
    const withDefault = (key: string, label: string) => {
      if (defaultValue !== null) checkSameDefault(key, defaultValue, where, context);
      return fieldNode(key, label, defaultValue);
    };
    const fill = /^fill\s*:\s*(.+)$/i.exec(inner);
    if (fill) {
      nodes.push(withDefault(fillKey(fill[1]!), fill[1]!.trim()));
      continue;
    }
    if (inner.startsWith(FILL_PREFIX)) {
      context.report(
        where.line,
        where.column,
        `Write a blank to fill in as {{fill: what to fill in}}, not {{${inner}}}.`,
      );
      pushText(match[0]);
      continue;
    }
    const label = fieldLabel(inner, context.scope);
    if (label === undefined) {
      context.report(where.line, where.column, unknownFieldMessage(inner, context.scope));
      pushText(match[0]);
    } else nodes.push(withDefault(inner, label));
  }
  const tail = value.slice(cursor);
  const unclosed = tail.indexOf('{{');
  if (unclosed !== -1) {
    const where = position(cursor + unclosed);
    context.report(
      where.line,
      where.column,
      'A field opened with "{{" is not closed with "}}". Inside a table, write the | of a field as \\|.',
    );
  }
  pushText(tail.replace(/\n/g, ' '));
  return nodes;
}

/** Filling a field fills every occurrence of its key, so they all share one default. */
function checkSameDefault(
  key: string,
  value: string,
  where: { line: number; column: number },
  context: MarkdownContext,
): void {
  const given = context.defaults?.get(key);
  if (!given) context.defaults?.set(key, { value, line: where.line });
  else if (given.value !== value)
    context.report(
      where.line,
      where.column,
      `This field has the default "${given.value}" on line ${given.line}; every occurrence of a field shares one default (found "${value}").`,
    );
}

/** Checks `{{...}}` in plain strings (table cells of structured blocks) and keeps them as text. */
export function checkFieldsInString(
  value: string,
  at: { line: number; column: number },
  context: MarkdownContext,
): void {
  inlineWithFields(value, 0, at, context);
}

function lineOf(node: MdNode, context: MarkdownContext) {
  const start = node.position?.start ?? { line: 1, column: 1 };
  return { line: context.firstLine + start.line - 1, column: start.column };
}

export function convertInline(children: PhrasingContent[], format: number, context: MarkdownContext): InlineNode[] {
  const nodes: InlineNode[] = [];
  const append = (more: InlineNode[]) => {
    for (const node of more) {
      const last = nodes[nodes.length - 1];
      if (node.type === 'text' && last?.type === 'text' && last.format === node.format) last.text += node.text;
      else nodes.push(node);
    }
  };
  for (const child of children) {
    switch (child.type) {
      case 'text':
        append(inlineWithFields(child.value, format, lineOf(child, context), context));
        break;
      case 'strong':
        append(convertInline(child.children, format | TEXT_FORMAT.bold, context));
        break;
      case 'emphasis':
        append(convertInline(child.children, format | TEXT_FORMAT.italic, context));
        break;
      case 'inlineCode':
        append([{ type: 'text', version: 1, text: child.value, format: format | TEXT_FORMAT.code }]);
        break;
      case 'break':
        nodes.push({ type: 'linebreak', version: 1 });
        break;
      case 'link':
        nodes.push({
          type: 'link',
          version: 1,
          url: safeUrl(child.url, child, context),
          children: convertInline(child.children, format, context),
        });
        break;
      case 'html': {
        const where = lineOf(child, context);
        context.report(
          where.line,
          where.column,
          `HTML is not allowed in templates (found ${JSON.stringify(child.value.slice(0, 40))}); it is kept as plain text and never run.`,
        );
        append([{ type: 'text', version: 1, text: child.value, format }]);
        break;
      }
      default: {
        const where = lineOf(child, context);
        context.report(where.line, where.column, `${describe(child.type)} cannot be used in a template.`);
        break;
      }
    }
  }
  return nodes;
}

function safeUrl(url: string, node: MdNode, context: MarkdownContext): string {
  if (/^(https?:|mailto:|tel:|#)/i.test(url)) return url;
  const where = lineOf(node, context);
  context.report(
    where.line,
    where.column,
    `Links must start with https://, http://, mailto: or tel: (found "${url}").`,
  );
  return '';
}

function describe(type: string): string {
  const names: Record<string, string> = {
    image: 'An image',
    imageReference: 'An image',
    linkReference: 'A reference link (write [text](https://...))',
    footnoteReference: 'A footnote',
    code: 'A code block',
    thematicBreak: 'A horizontal rule (use "::: page-break" for a new page)',
    definition: 'A link definition',
    delete: 'Strikethrough',
  };
  return names[type] ?? `"${type}"`;
}

const HEADING_ATTRIBUTES =
  /\s+\{\s*((?:section\s*:\s*[a-z0-9-]+|required)(?:\s*,\s*(?:section\s*:\s*[a-z0-9-]+|required))*)\s*\}\s*$/i;

/** Reads "## Triggers {section: triggers, required}" into the heading's extras. */
function headingExtras(children: InlineNode[]): NodeExtras | undefined {
  const last = children[children.length - 1];
  if (last?.type !== 'text') return undefined;
  const match = HEADING_ATTRIBUTES.exec(last.text);
  if (!match) return undefined;
  last.text = last.text.slice(0, match.index);
  if (!last.text) children.pop();
  const extras: NodeExtras = {};
  for (const part of match[1]!.split(',')) {
    const [name, value] = part.split(':').map((piece) => piece.trim());
    if (name!.toLowerCase() === 'required') extras.required = true;
    else if (value) extras.sectionKey = value.toLowerCase();
  }
  return extras;
}

function paragraphOf(children: InlineNode[]): ParagraphNode {
  return { type: 'paragraph', version: 1, children };
}

const CHECK_MARK = /^\[( |x|X)\]\s+/;

function convertList(node: Extract<RootContent, { type: 'list' }>, context: MarkdownContext): ListNode {
  const items: ListItemNode[] = [];
  node.children.forEach((item, index) => {
    const children: Array<InlineNode | ListNode> = [];
    for (const child of item.children) {
      if (child.type === 'paragraph') {
        if (children.length && children[children.length - 1]!.type !== 'list')
          children.push({ type: 'linebreak', version: 1 });
        const inline = convertInline(child.children, 0, context);
        children.push(...inline);
      } else if (child.type === 'list') children.push(convertList(child, context));
      else {
        const where = lineOf(child, context);
        context.report(where.line, where.column, `${describe(child.type)} cannot be inside a list item.`);
      }
    }
    items.push({ type: 'listitem', version: 1, value: (node.start ?? 1) + index, children });
  });
  // "- [ ] text" on every item makes a check list (an escaped "\\[ \\]" stays text).
  const first = (item: ListItemNode) => item.children[0];
  const writtenMark = (index: number) => {
    const offset = node.children[index]?.children[0]?.position?.start.offset;
    return (
      context.source === undefined || offset === undefined || CHECK_MARK.test(context.source.slice(offset, offset + 4))
    );
  };
  const isCheck =
    !node.ordered &&
    items.length > 0 &&
    items.every((item, index) => {
      const head = first(item);
      return head?.type === 'text' && CHECK_MARK.test(head.text) && writtenMark(index);
    });
  if (isCheck) {
    for (const item of items) {
      const head = first(item) as Extract<InlineNode, { type: 'text' }>;
      item.checked = head.text[1] !== ' ';
      head.text = head.text.replace(CHECK_MARK, '');
      if (!head.text) item.children.shift();
    }
  }
  const listType = node.ordered ? 'number' : isCheck ? 'check' : 'bullet';
  return {
    type: 'list',
    version: 1,
    listType,
    start: node.start ?? 1,
    tag: node.ordered ? 'ol' : 'ul',
    children: items,
  };
}

function convertTable(node: Extract<RootContent, { type: 'table' }>, context: MarkdownContext): TableNode {
  return {
    type: 'table',
    version: 1,
    children: node.children.map((row, rowIndex) => ({
      type: 'tablerow',
      version: 1,
      children: row.children.map((cell): TableCellNode => ({
        type: 'tablecell',
        version: 1,
        headerState: rowIndex === 0 ? 1 : 0,
        children: [paragraphOf(convertInline(cell.children, 0, context))],
      })),
    })),
  };
}

/** Converts the block content of one Markdown segment; unsupported constructs are reported. */
export function convertBlocks(root: Root, context: MarkdownContext): BlockNode[] {
  const blocks: BlockNode[] = [];
  for (const node of root.children) {
    switch (node.type) {
      case 'heading': {
        const children = convertInline(node.children, 0, context);
        const extras = headingExtras(children);
        if (extras?.sectionKey && context.sections) {
          const where = lineOf(node, context);
          const seen = context.sections.get(extras.sectionKey);
          if (seen !== undefined)
            context.report(
              where.line,
              where.column,
              `The section key "${extras.sectionKey}" is already used on line ${seen}; each section needs its own key.`,
            );
          else context.sections.set(extras.sectionKey, where.line);
        }
        if (node.depth > 4) {
          const where = lineOf(node, context);
          context.report(where.line, where.column, 'Headings go down to level 4 (####); use a shorter run of #.');
        }
        const heading: HeadingNode = {
          type: 'heading',
          version: 1,
          tag: `h${Math.min(node.depth, 4)}` as HeadingNode['tag'],
          children,
        };
        if (extras) heading.$ = extras;
        blocks.push(heading);
        break;
      }
      case 'paragraph':
        blocks.push(paragraphOf(convertInline(node.children, 0, context)));
        break;
      case 'list':
        blocks.push(convertList(node, context));
        break;
      case 'table':
        blocks.push(convertTable(node, context));
        break;
      case 'blockquote': {
        const children: InlineNode[] = [];
        for (const child of node.children) {
          if (child.type !== 'paragraph') {
            const where = lineOf(child, context);
            context.report(where.line, where.column, `${describe(child.type)} cannot be inside a quote.`);
            continue;
          }
          if (children.length) children.push({ type: 'linebreak', version: 1 });
          children.push(...convertInline(child.children, 0, context));
        }
        blocks.push({ type: 'quote', version: 1, children });
        break;
      }
      case 'html': {
        const where = lineOf(node, context);
        context.report(
          where.line,
          where.column,
          `HTML is not allowed in templates (found ${JSON.stringify(node.value.slice(0, 40))}); it is kept as plain text and never run.`,
        );
        blocks.push(paragraphOf([{ type: 'text', version: 1, text: node.value, format: 0 }]));
        break;
      }
      default: {
        const where = lineOf(node, context);
        context.report(where.line, where.column, `${describe(node.type)} cannot be used in a template.`);
      }
    }
  }
  return blocks;
}

export function positionOf(node: MdNode, context: MarkdownContext) {
  return lineOf(node, context);
}
