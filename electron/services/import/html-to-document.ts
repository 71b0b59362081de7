import { Parser } from 'htmlparser2';
import { storedDocument, text } from '#shared/document/build';
import {
  TEXT_FORMAT,
  type BlockNode,
  type InlineNode,
  type ListItemNode,
  type ListNode,
  type ParagraphNode,
  type StoredDocument,
  type TableCellNode,
  type TableRowNode,
} from '#shared/document/nodes';

/** A minimal element tree of mammoth's HTML (which is small, well-formed and escaped). */
interface HtmlElement {
  tag: string;
  attributes: Record<string, string>;
  children: HtmlNode[];
}
type HtmlNode = HtmlElement | string;

export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: 'root', attributes: {}, children: [] };
  const stack: HtmlElement[] = [root];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const element: HtmlElement = { tag: name, attributes, children: [] };
        stack[stack.length - 1]?.children.push(element);
        stack.push(element);
      },
      ontext(value) {
        stack[stack.length - 1]?.children.push(value);
      },
      onclosetag() {
        if (stack.length > 1) stack.pop();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return root;
}

export interface Unmapped {
  what: string;
  count: number;
  example: string;
}

export interface MappingReport {
  unmapped: Map<string, Unmapped>;
  stats: { headings: number; paragraphs: number; lists: number; tables: number };
}

export function note(report: MappingReport, what: string, example: string): void {
  const entry = report.unmapped.get(what);
  if (entry) entry.count += 1;
  else report.unmapped.set(what, { what, count: 1, example: example.slice(0, 120) });
}

const FORMAT_TAGS: Record<string, number> = {
  strong: TEXT_FORMAT.bold,
  b: TEXT_FORMAT.bold,
  em: TEXT_FORMAT.italic,
  i: TEXT_FORMAT.italic,
  u: TEXT_FORMAT.underline,
  s: TEXT_FORMAT.strikethrough,
  del: TEXT_FORMAT.strikethrough,
  sup: TEXT_FORMAT.superscript,
  sub: TEXT_FORMAT.subscript,
  code: TEXT_FORMAT.code,
};

function plainText(node: HtmlNode): string {
  return typeof node === 'string' ? node : node.children.map(plainText).join('');
}

function inlines(nodes: readonly HtmlNode[], format: number, report: MappingReport): InlineNode[] {
  const result: InlineNode[] = [];
  for (const node of nodes) {
    if (typeof node === 'string') {
      if (node !== '') result.push({ ...text(node), format });
      continue;
    }
    const flag = FORMAT_TAGS[node.tag];
    if (flag !== undefined) {
      result.push(...inlines(node.children, format | flag, report));
    } else if (node.tag === 'br') {
      result.push({ type: 'linebreak', version: 1 });
    } else if (node.tag === 'a') {
      const href = node.attributes.href ?? '';
      const children = inlines(node.children, format, report);
      if (/^(https?:|mailto:)/i.test(href)) result.push({ type: 'link', version: 1, url: href, children });
      else result.push(...children); // internal bookmarks (contents, footnote marks) keep their text
    } else if (node.tag === 'img') {
      note(report, 'Pictures (not imported; insert them again after import)', node.attributes.alt ?? 'picture');
    } else {
      result.push(...inlines(node.children, format, report));
    }
  }
  return result;
}

function paragraphNode(children: InlineNode[]): ParagraphNode {
  return { type: 'paragraph', version: 1, children };
}

const TICKS = /^\s*([☐☒☑✓✔])\s*/;

function listNode(element: HtmlElement, report: MappingReport): ListNode {
  const items = element.children.filter(
    (child): child is HtmlElement => typeof child !== 'string' && child.tag === 'li',
  );
  const texts = items.map(plainText);
  const isChecklist = element.tag === 'ul' && items.length > 0 && texts.every((value) => TICKS.test(value));
  const listType: ListNode['listType'] = isChecklist ? 'check' : element.tag === 'ol' ? 'number' : 'bullet';
  const children: ListItemNode[] = [];
  items.forEach((item, index) => {
    const nested = item.children.filter(
      (child): child is HtmlElement => typeof child !== 'string' && (child.tag === 'ul' || child.tag === 'ol'),
    );
    const inlineParts = item.children.filter(
      (child) => typeof child === 'string' || (child.tag !== 'ul' && child.tag !== 'ol'),
    );
    let content = inlines(
      inlineParts.flatMap((part) => (typeof part !== 'string' && part.tag === 'p' ? part.children : [part])),
      0,
      report,
    );
    let checked: boolean | undefined;
    if (isChecklist) {
      const first = content[0];
      if (first?.type === 'text') {
        const match = TICKS.exec(first.text);
        checked = match?.[1] !== '☐';
        content = [{ ...first, text: first.text.replace(TICKS, '') }, ...content.slice(1)].filter(
          (node) => node.type !== 'text' || node.text !== '',
        );
      }
    }
    children.push({
      type: 'listitem',
      version: 1,
      value: index + 1,
      ...(checked !== undefined ? { checked } : {}),
      children: content,
    });
    // Lexical keeps a nested list in a list item of its own, after the item it belongs to.
    for (const list of nested)
      children.push({ type: 'listitem', version: 1, value: index + 1, children: [listNode(list, report)] });
  });
  report.stats.lists += 1;
  return { type: 'list', version: 1, listType, start: 1, tag: listType === 'number' ? 'ol' : 'ul', children };
}

function cellNode(element: HtmlElement, report: MappingReport): TableCellNode {
  const children: Array<ParagraphNode | ListNode> = [];
  let loose: HtmlNode[] = [];
  const flush = () => {
    const content = inlines(loose, 0, report);
    if (content.length > 0) children.push(paragraphNode(content));
    loose = [];
  };
  for (const child of element.children) {
    if (typeof child !== 'string' && (child.tag === 'ul' || child.tag === 'ol')) {
      flush();
      children.push(listNode(child, report));
    } else if (typeof child !== 'string' && (child.tag === 'p' || /^h[1-6]$/.test(child.tag))) {
      flush();
      children.push(paragraphNode(inlines(child.children, /^h/.test(child.tag) ? TEXT_FORMAT.bold : 0, report)));
    } else if (typeof child !== 'string' && child.tag === 'table') {
      flush();
      note(report, 'Tables inside table cells (flattened to text)', plainText(child));
      children.push(paragraphNode([text(plainText(child))]));
    } else {
      loose.push(child);
    }
  }
  flush();
  const colSpan = Number(element.attributes.colspan ?? 1);
  const rowSpan = Number(element.attributes.rowspan ?? 1);
  return {
    type: 'tablecell',
    version: 1,
    headerState: element.tag === 'th' ? 1 : 0,
    ...(colSpan > 1 ? { colSpan } : {}),
    ...(rowSpan > 1 ? { rowSpan } : {}),
    children: children.length > 0 ? children : [paragraphNode([])],
  };
}

function rowsOf(element: HtmlElement): HtmlElement[] {
  return element.children.flatMap((child): HtmlElement[] => {
    if (typeof child === 'string') return [];
    if (child.tag === 'tr') return [child];
    if (child.tag === 'thead' || child.tag === 'tbody' || child.tag === 'tfoot') return rowsOf(child);
    return [];
  });
}

function tableNode(element: HtmlElement, report: MappingReport): BlockNode {
  const rows: TableRowNode[] = rowsOf(element).map((row) => ({
    type: 'tablerow',
    version: 1,
    children: row.children
      .filter((child): child is HtmlElement => typeof child !== 'string' && (child.tag === 'td' || child.tag === 'th'))
      .map((cell) => cellNode(cell, report)),
  }));
  report.stats.tables += 1;
  return { type: 'table', version: 1, children: rows.filter((row) => row.children.length > 0) };
}

/** A line of a Word table of contents: nothing but a link to a heading's _Toc bookmark. */
function isContentsEntry(node: HtmlElement): boolean {
  const meaningful = node.children.filter((child) => typeof child !== 'string' || child.trim() !== '');
  return (
    meaningful.length > 0 &&
    meaningful.every(
      (child) => typeof child !== 'string' && child.tag === 'a' && /^#_Toc/.test(child.attributes.href ?? ''),
    )
  );
}

function blocks(nodes: readonly HtmlNode[], report: MappingReport): BlockNode[] {
  const result: BlockNode[] = [];
  for (const node of nodes) {
    if (typeof node === 'string') {
      if (node.trim()) result.push(paragraphNode([text(node)]));
      continue;
    }
    const headingMatch = /^h([1-6])$/.exec(node.tag);
    if (headingMatch) {
      const level = Number(headingMatch[1]);
      if (level > 4) note(report, 'Heading levels 5 and 6 (imported as level 4)', plainText(node));
      result.push({
        type: 'heading',
        version: 1,
        tag: `h${Math.min(level, 4)}` as 'h1',
        children: inlines(node.children, 0, report),
      });
      report.stats.headings += 1;
    } else if (node.tag === 'p' && isContentsEntry(node)) {
      note(report, 'Table of contents (the export builds a new one)', plainText(node));
    } else if (node.tag === 'p') {
      const content = inlines(node.children, 0, report);
      if (content.length > 0) {
        result.push(paragraphNode(content));
        report.stats.paragraphs += 1;
      }
    } else if (node.tag === 'ul' || node.tag === 'ol') {
      result.push(listNode(node, report));
    } else if (node.tag === 'table') {
      const table = tableNode(node, report);
      if (table.type === 'table' && table.children.length > 0) result.push(table);
    } else if (node.tag === 'blockquote') {
      result.push({ type: 'quote', version: 1, children: inlines(node.children, 0, report) });
    } else {
      result.push(...blocks(node.children, report));
    }
  }
  return result;
}

/** Turns mammoth's HTML into our document model, noting what had to be dropped or changed. */
export function htmlToDocument(html: string, title: string, kind: string, report: MappingReport): StoredDocument {
  const children = blocks(parseHtml(html).children, report);
  return storedDocument({ title, kind }, children);
}
