import { Document, isScalar, isSeq, visit } from 'yaml';
import {
  TEXT_FORMAT,
  type BlockNode,
  type BlockSource,
  type Condition,
  type InlineNode,
  type ListNode,
  type RepeatFilter,
  type StructuredBlockNode,
  type TableNode,
} from '#shared/document/nodes';
import { writeFieldText } from './field-syntax';
import type { TemplateMeta, TemplateSource } from './types';
import { FILL_PREFIX, ITEM_NAMES, LIST_SEPARATOR, TABLE_BLOCKS } from './vocabulary';

/**
 * Writes a template back to its text form: the inverse of `parseTemplate` for everything a
 * template can hold, so the file a maintainer edits in the app reads well in a diff.
 */
export function serializeTemplate(template: TemplateSource): string {
  const body = serializeBlocks(template.document.content.root.children);
  return `${serializeFrontMatter(template.meta)}\n${body}\n`;
}

export function serializeFrontMatter(meta: TemplateMeta): string {
  const doc = new Document({
    id: meta.id,
    title: meta.title,
    kind: meta.kind,
    version: meta.version,
    language: meta.language,
    ...(meta.summary ? { summary: meta.summary } : {}),
    applies_to: meta.appliesTo,
    required_fields: meta.requiredFields,
    changelog: meta.changelog.map((entry) => ({ version: entry.version, date: entry.date, note: entry.note })),
  });
  // Short lists read best on one line; dates are quoted so that no YAML reader takes them for timestamps.
  for (const key of ['applies_to', 'required_fields']) {
    const list = doc.get(key, true);
    if (isSeq(list)) list.flow = true;
  }
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === 'date' && isScalar(pair.value)) pair.value.type = 'QUOTE_DOUBLE';
    },
  });
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n`;
}

export function serializeBlocks(blocks: readonly BlockNode[]): string {
  // Two lists in a row written with the same marker would read back as one list: alternate markers.
  let alternate = false;
  return blocks
    .map((block, index) => {
      const previous = blocks[index - 1];
      if (block.type !== 'list') return serializeBlock(block);
      const ordered = (node: BlockNode | undefined) => node?.type === 'list' && node.listType === 'number';
      alternate = previous?.type === 'list' && ordered(previous) === ordered(block) ? !alternate : false;
      return serializeList(block, '', alternate);
    })
    .filter((text) => text !== '')
    .join('\n\n');
}

// Characters that Markdown would read as syntax; a backslash keeps them literal.
const ESCAPED = /[\\`*_[\]]|<(?=[a-zA-Z/!?])|&(?=#?[a-zA-Z0-9]+;)/g;

function escapeText(value: string): string {
  return value.replace(ESCAPED, (character) => `\\${character}`);
}

/** A paragraph line must not start like a heading, list item, quote, rule or directive. */
function escapeLineStart(line: string): string {
  if (/^(#{1,6}(\s|$)|[-+*](\s|$)|>|:::|=+\s*$)/.test(line)) return `\\${line}`;
  return line.replace(/^(\d{1,9})([.)])(\s|$)/, '$1\\$2$3');
}

function wrap(text: string, format: number): string {
  if (!text.trim()) return text;
  const lead = text.match(/^\s*/)![0];
  const trail = text.match(/\s*$/)![0];
  let core = text.slice(lead.length, text.length - trail.length);
  if (format & TEXT_FORMAT.code) {
    const ticks = core.includes('`') ? '``' : '`';
    core = `${ticks}${core.includes('`') ? ` ${core} ` : core}${ticks}`;
  } else core = escapeText(core);
  if (format & TEXT_FORMAT.italic) core = `*${core}*`;
  if (format & TEXT_FORMAT.bold) core = `**${core}**`;
  return `${lead}${core}${trail}`;
}

export function serializeInline(nodes: readonly InlineNode[], atLineStart = true): string {
  const text = nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
          return wrap(node.text.replace(/\n/g, ' '), node.format);
        case 'linebreak':
          return '\\\n';
        case 'field': {
          // A value a template holds is the field's default; Markdown syntax in it stays literal.
          const head = node.key.startsWith(FILL_PREFIX) ? `fill: ${node.label}` : node.key;
          return `{{${writeFieldText(head, node.value === null ? null : escapeText(node.value))}}}`;
        }
        case 'link': {
          const url = /[\s()<>]/.test(node.url) ? `<${node.url.replace(/[<>\s]/g, encodeURIComponent)}>` : node.url;
          return `[${serializeInline(node.children)}](${url})`;
        }
        case 'risk-reference':
          return escapeText(node.title);
      }
    })
    .join('');
  return text
    .split('\n')
    .map((line) => line.replace(/^[ \t]+/, ''))
    .map((line, index) => (atLineStart || index > 0 ? escapeLineStart(line) : line))
    .join('\n');
}

function serializeList(list: ListNode, indent: string, alternate = false): string {
  const bullet = alternate ? '*' : '-';
  return list.children
    .map((item, index) => {
      const marker =
        list.listType === 'number'
          ? `${list.start + index}${alternate ? ')' : '.'} `
          : list.listType === 'check'
            ? `${bullet} [${item.checked ? 'x' : ' '}] `
            : `${bullet} `;
      const inner = `${indent}${' '.repeat(list.listType === 'number' ? marker.length : 2)}`;
      const inline: InlineNode[] = [];
      const nested: string[] = [];
      for (const child of item.children) {
        if (child.type === 'list') nested.push(serializeList(child, inner));
        else inline.push(child);
      }
      const text = serializeInline(inline).replace(/\n/g, `\n${inner}`);
      return [`${indent}${marker}${text}`, ...nested].join('\n');
    })
    .join('\n');
}

function itemText(value: string): string {
  return escapeText(value.replace(/\s*\n\s*/g, ' '));
}

function cellText(value: string): string {
  return itemText(value).replace(/\|/g, '\\|');
}

function tableRows(rows: string[][]): string {
  const [header, ...body] = rows;
  if (!header) return '';
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...body.map(line)].join('\n');
}

function serializeTable(table: TableNode): string {
  const rows = table.children.map((row) =>
    row.children.map((cell) =>
      cell.children
        .map((block) => (block.type === 'paragraph' ? serializeInline(block.children, false) : blockPlain(block)))
        .join(' ')
        .replace(/\n/g, ' ')
        .replace(/\|/g, '\\|'),
    ),
  );
  return tableRows(rows);
}

function blockPlain(list: ListNode): string {
  return list.children
    .map((item) => serializeInline(item.children.filter((child) => child.type !== 'list')))
    .join('; ');
}

function filterOptions(filter: RepeatFilter | undefined): string {
  if (!filter) return '';
  const parts: string[] = [];
  if (filter.category?.length) parts.push(`category: ${filter.category.join(', ')}`);
  if (filter.minLevel) parts.push(`min-level: ${filter.minLevel}`);
  if (filter.site) parts.push(`site: ${filter.site}`);
  if (filter.measureType) parts.push(`measure-type: ${filter.measureType}`);
  return parts.map((part) => ` | ${part}`).join('');
}

function sourceOptions(source: BlockSource | undefined): string {
  return source ? ` | from: ${source.from}${filterOptions(source.filter)}` : '';
}

function titleOption(title: string): string {
  return title ? ` | title: ${title.replace(/\|/g, '/')}` : '';
}

function conditionLine(condition: Condition): string {
  if ('key' in condition) return `::: if ${condition.test} ${condition.key}`;
  return `::: if ${condition.test === 'any' ? 'any' : 'no'} ${ITEM_NAMES[condition.over]}${filterOptions(condition.filter)}`;
}

function structured(node: StructuredBlockNode): string {
  const rows = (cells: string[][]) => (cells.length ? `\n${tableRows(cells.map((row) => row.map(cellText)))}` : '');
  const withHeader = (header: readonly string[], body: string[][]) => (body.length ? rows([[...header], ...body]) : '');
  switch (node.type) {
    case 'action-table':
      return `::: action-table${titleOption(node.title)}${sourceOptions(node.source)}${withHeader(
        TABLE_BLOCKS['action-table'],
        node.rows.map((row) => [row.trigger, row.action, row.responsible, row.when]),
      )}\n::: end`;
    case 'contact-table':
      return `::: contact-table${titleOption(node.title)}${node.variant === 'call-tree' ? ' | variant: call-tree' : ''}${sourceOptions(node.source)}${withHeader(
        TABLE_BLOCKS['contact-table'],
        node.rows.map((row) => [
          row.name,
          row.role,
          row.phone,
          row.email,
          row.callSign,
          row.deputy,
          row.calls.join(LIST_SEPARATOR),
        ]),
      )}\n::: end`;
    case 'pace-table':
      return `::: pace-table${titleOption(node.title)}${withHeader(
        TABLE_BLOCKS['pace-table'],
        node.rows.map((row) => [row.level, row.means, row.details, row.owner]),
      )}\n::: end`;
    case 'phase-table':
      return `::: phase-table${titleOption(node.title)}${sourceOptions(node.source)}${withHeader(
        TABLE_BLOCKS['phase-table'],
        node.rows.map((row) => [
          String(row.phase),
          row.name,
          row.indicators.join(LIST_SEPARATOR),
          row.declaredBy,
          row.actions.join(LIST_SEPARATOR),
        ]),
      )}\n::: end`;
    case 'approval-block':
      return `::: approval-block${withHeader(
        TABLE_BLOCKS['approval-block'],
        node.rows.map((row) => [row.role, row.name, row.title, row.date]),
      )}\n::: end`;
    case 'checklist': {
      const items = node.items.map((item) => `- [${item.checked ? 'x' : ' '}] ${itemText(item.text)}`).join('\n');
      return `::: checklist${titleOption(node.title)}${items ? `\n${items}` : ''}\n::: end`;
    }
    case 'risk-summary-table':
      return `::: risk-summary-table${titleOption(node.title)}${sourceOptions(node.source)}`;
    case 'carver-table':
      return `::: carver-table${titleOption(node.title)}${sourceOptions(node.source)}`;
    case 'risk-matrix':
      return `::: risk-matrix${titleOption(node.title)}`;
  }
}

export function serializeBlock(node: BlockNode): string {
  switch (node.type) {
    case 'heading': {
      const extras: string[] = [];
      if (node.$?.sectionKey) extras.push(`section: ${node.$.sectionKey}`);
      if (node.$?.required) extras.push('required');
      const attributes = extras.length ? ` {${extras.join(', ')}}` : '';
      const level = Number(node.tag.slice(1));
      // A run of # at the end of a heading line would be read as its closing sequence.
      const content = serializeInline(node.children, false).replace(/\\\n/g, ' ').replace(/#/g, '\\#');
      return `${'#'.repeat(level)} ${content}${attributes}`;
    }
    case 'paragraph':
      return serializeInline(node.children);
    case 'quote':
      return serializeInline(node.children)
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
    case 'list':
      return serializeList(node, '');
    case 'table':
      return serializeTable(node);
    case 'page-break':
      return '::: page-break';
    case 'section-break':
      return `::: section-break | orientation: ${node.orientation}`;
    case 'repeat':
      return [
        `::: for each ${ITEM_NAMES[node.over]}${node.as === ITEM_NAMES[node.over] ? '' : ` as ${node.as}`}${filterOptions(node.filter)}`,
        serializeBlocks(node.children),
        '::: end',
      ]
        .filter(Boolean)
        .join('\n\n');
    case 'conditional':
      return [
        conditionLine(node.condition),
        serializeBlocks(node.children),
        ...(node.otherwise.length ? ['::: otherwise', serializeBlocks(node.otherwise)] : []),
        '::: end',
      ]
        .filter(Boolean)
        .join('\n\n');
    default:
      return structured(node);
  }
}
