import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { heading, list, paragraph, storedDocument, text } from '#shared/document/build';
import type { TableCellNode, TableRowNode } from '#shared/document/nodes';
import { contrastRatio } from '#shared/domain/colour';
import { DEFAULT_MATRIX, MATRIX_PRESETS, type RiskMatrix } from '#shared/domain/risk-matrix';
import { exportDocx } from './document';
import { bigTableDocument, everyNodeDocument, FIXTURE_COVER, largePlanDocument } from './fixture-documents';
import { DEFAULT_HOUSE_STYLE, parseHouseStyle, type HouseStyle } from './house-style';
import { riskRegisterReport, type ReportRisk } from './risk-register-report';

function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

const count = (xml: string, pattern: RegExp) => (xml.match(new RegExp(pattern.source, 'g')) ?? []).length;

async function exportEveryNode(style: HouseStyle = DEFAULT_HOUSE_STYLE) {
  return parts(await exportDocx({ document: everyNodeDocument(), style, cover: FIXTURE_COVER }));
}

describe('Word export of every node type', () => {
  it('writes real heading styles with numbering, lists, quotes and a contents field that updates on open', async () => {
    const xml = await exportEveryNode();
    const body = xml['word/document.xml'] ?? '';
    expect(count(body, /<w:pStyle w:val="Heading1"\/>/)).toBe(5);
    expect(body).toContain('<w:pStyle w:val="Heading2"/>');
    expect(body).toContain('<w:pStyle w:val="Heading3"/>');
    expect(body).toContain('<w:pStyle w:val="Heading4"/>');
    expect(body).toContain('<w:pStyle w:val="Quote"/>');
    // Heading numbering lives in the heading styles, as Word's own multilevel lists do.
    expect(xml['word/styles.xml']).toMatch(/w:styleId="Heading1"[\s\S]*?<w:numPr>/);
    expect(xml['word/numbering.xml']).toContain('w:val="%1.%2."');
    // Contents: a TOC field with entries and page numbers already in it, and Word asked to refresh fields.
    expect(body).toContain('TOC \\h \\o &quot;1-3&quot;');
    expect(body).toMatch(/Purpose and scope[\s\S]*?PAGEREF[\s\S]*?<w:t[^>]*>3<\/w:t>/);
    expect(xml['word/settings.xml']).toContain('<w:updateFields/>');
    // A nested list: the inner items sit one level deeper than the outer ones.
    expect(body).toMatch(/<w:ilvl w:val="1"\/>[\s\S]*?Passports and laissez-passer/);
  });

  it('prints unfilled fields as [label], filled ones as their value, and never template braces', async () => {
    const body = (await exportEveryNode())['word/document.xml'] ?? '';
    expect(body).toContain('[Approver name]');
    expect(body).toContain('Mission headquarters');
    expect(body).toContain('[Risk title]');
    expect(body).not.toContain('{{');
    expect(body).toContain('Armed clashes near the capital (High)');
  });

  it('keeps Cyrillic, Georgian and emoji, and drops characters XML forbids', async () => {
    const body = (await exportEveryNode())['word/document.xml'] ?? '';
    expect(body).toContain('План эвакуации сотрудников миссии');
    expect(body).toContain('თანამშრომლების ევაკუაციის გეგმა');
    expect(body).toContain('🚑');
    expect(body).not.toContain('\u0007');
    expect(body).toContain('a control char that must vanish');
  });

  it('writes tables with repeating header rows, fixed widths and the risk colours', async () => {
    const body = (await exportEveryNode())['word/document.xml'] ?? '';
    const tables = count(body, /<w:tbl>/);
    // generic, matrix, summary, carver, phase, action, contacts, call tree, PACE, approval
    expect(tables).toBe(10);
    expect(count(body, /<w:tblHeader\/>/)).toBeGreaterThanOrEqual(tables);
    expect(body).toContain('<w:tblLayout w:type="fixed"/>');
    // The matrix: dark red "Unacceptable" with white text, counts in the cells.
    expect(body).toMatch(/w:fill="7B0000"[\s\S]*?<w:color w:val="FFFFFF"\/>[\s\S]*?Unacceptable/);
    expect(body).toContain('High (2)');
    expect(body).toContain('L4 × I4');
    expect(body).toContain('None recorded.');
  });

  it('draws check boxes as ☐ and ☒ in a symbol font', async () => {
    const body = (await exportEveryNode())['word/document.xml'] ?? '';
    expect(body).toMatch(/MS Gothic[\s\S]*?☒/);
    expect(count(body, /☐/)).toBe(3);
    expect(count(body, /☒/)).toBe(1);
  });

  it('puts annexes in landscape sections and the marking, version and Page X of Y in headers and footers', async () => {
    const xml = await exportEveryNode();
    const body = xml['word/document.xml'] ?? '';
    expect(count(body, /<w:sectPr/)).toBe(3);
    expect(body).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(body).toContain('<w:titlePg/>');
    const footers = Object.keys(xml).filter((name) => /^word\/footer\d+\.xml$/.test(name));
    const footerXml = footers.map((name) => xml[name]).join('');
    expect(footerXml).toContain('>PAGE</w:instrText>');
    expect(footerXml).toContain('>NUMPAGES</w:instrText>');
    expect(footerXml).toContain('Version 3 · 22 November 2026');
    expect(footerXml).toContain('RESTRICTED');
    const headers = Object.keys(xml).filter((name) => /^word\/header\d+\.xml$/.test(name));
    expect(headers.map((name) => xml[name]).join('')).toContain('Evacuation contingency plan');
  });

  it('sets the document properties', async () => {
    const core = (await exportEveryNode())['docProps/core.xml'] ?? '';
    expect(core).toContain('<dc:title>Evacuation contingency plan — Karavia HQ</dc:title>');
    expect(core).toContain('<dc:creator>Chief Security Officer</dc:creator>');
    expect(core).toContain('<cp:keywords>evacuation, contingency, RESTRICTED</cp:keywords>');
    expect(core).toContain('<dc:subject>Contingency plan — Mission headquarters</dc:subject>');
  });

  it('applies the house style: fonts, sizes, colours, Letter paper, marking and logo', async () => {
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    const xml = await exportEveryNode({
      ...DEFAULT_HOUSE_STYLE,
      bodyFont: 'Arial',
      headingFont: 'Georgia',
      heading1Size: 20,
      headingColor: '#336699',
      pageSize: 'Letter',
      marking: 'OSCE RESTRICTED',
      numberHeadings: false,
      logo: { mimeType: 'image/png', data: png, width: 1, height: 1, fileName: 'logo.png' },
    });
    const styles = xml['word/styles.xml'] ?? '';
    expect(styles).toContain('w:ascii="Arial"');
    expect(styles).toMatch(
      /w:styleId="Heading1"[\s\S]*?w:ascii="Georgia"[\s\S]*?<w:color w:val="336699"\/>[\s\S]*?<w:sz w:val="40"\/>/,
    );
    expect(styles).not.toMatch(/w:styleId="Heading1"[^]*?<w:numPr>[^]*?w:styleId="Heading2"/);
    expect(xml['word/document.xml']).toContain('<w:pgSz w:w="12240" w:h="15840"');
    expect(Object.values(xml).join('')).toContain('OSCE RESTRICTED');
    expect(Object.keys(xml).some((name) => name.startsWith('word/media/'))).toBe(true);
  });

  it('uses the styles of a reference document instead of its own', async () => {
    const referenceStyles = (await exportEveryNode())['word/styles.xml'] ?? '';
    const marked = referenceStyles.replace(/(w:styleId="Heading1"[\s\S]*?<w:color w:val=")[0-9A-F]{6}/, '$1ABCDEF');
    const styles = (
      await exportEveryNode({ ...DEFAULT_HOUSE_STYLE, referenceDoc: { fileName: 'ref.docx', stylesXml: marked } })
    )['word/styles.xml'];
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:color w:val="ABCDEF"\/>/);
  });

  it('exports a 500-row table, an empty document and a risk register report', async () => {
    const big = parts(
      await exportDocx({
        document: bigTableDocument(500),
        style: DEFAULT_HOUSE_STYLE,
        cover: FIXTURE_COVER,
        estimatePageNumbers: false,
      }),
    );
    expect(count(big['word/document.xml'] ?? '', /<w:tr>/)).toBe(501);
    const empty = parts(
      await exportDocx({
        document: storedDocument({ title: '', kind: 'x' }, []),
        style: DEFAULT_HOUSE_STYLE,
        cover: { ...FIXTURE_COVER, title: '' },
      }),
    );
    expect(empty['word/document.xml']).toContain('<w:sectPr');
    const report = riskRegisterReport({
      workspaceName: 'Sample',
      matrix: DEFAULT_MATRIX,
      risks: [
        {
          id: 'r1',
          title: 'Carjacking',
          siteName: 'HQ',
          categoryLabel: 'Crime',
          inherent: { likelihood: 5, impact: 5 },
          residual: { likelihood: 3, impact: 4 },
          treatment: 'reduce',
          measures: [
            { type: 'prevention', description: 'Convoys', owner: 'FSO', dueDate: '2026-12-01', status: 'planned' },
          ],
          acceptance: null,
          nextReviewDate: '2027-01-01',
        },
      ],
    });
    const reportBody =
      parts(await exportDocx({ document: report, style: DEFAULT_HOUSE_STYLE, cover: FIXTURE_COVER }))[
        'word/document.xml'
      ] ?? '';
    expect(reportBody).toContain('Unacceptable (1)');
    expect(reportBody).toContain('High (1)');
    expect(reportBody).toContain('Carjacking');
    expect(reportBody).toContain('w:orient="landscape"');
  });

  it('exports a document with a heading only, with no contents entries missing', async () => {
    const xml = parts(
      await exportDocx({
        document: storedDocument({ title: 'T', kind: 'x' }, [heading('h2', 'Only'), paragraph('')]),
        style: DEFAULT_HOUSE_STYLE,
        cover: FIXTURE_COVER,
      }),
    );
    expect(xml['word/document.xml']).toMatch(/Only[\s\S]*?PAGEREF/);
  });
});

describe('the body writer', () => {
  it('gives empty sections, back to back and at the end, their own section properties', async () => {
    const landscape = { type: 'section-break', version: 1, orientation: 'landscape' } as const;
    const portrait = { type: 'section-break', version: 1, orientation: 'portrait' } as const;
    const body =
      parts(
        await exportDocx({
          document: storedDocument({ title: 'T', kind: 'x' }, [heading('h1', 'One'), landscape, portrait, landscape]),
          style: DEFAULT_HOUSE_STYLE,
          cover: FIXTURE_COVER,
        }),
      )['word/document.xml'] ?? '';
    expect(count(body, /<w:sectPr/)).toBe(4);
    // The empty sections are a paragraph holding their properties; the last one is the body's own.
    expect(count(body, /<w:p><w:pPr><w:sectPr/)).toBe(2);
    expect(body).toMatch(/<w:p\/><w:sectPr>[\s\S]*w:orient="landscape"[\s\S]*<\/w:sectPr><\/w:body>/);
    // A plan that opens with a section break: the contents' page break ends the first section.
    const opening =
      parts(
        await exportDocx({
          document: storedDocument({ title: 'T', kind: 'x' }, [landscape, heading('h1', 'Annex')]),
          style: DEFAULT_HOUSE_STYLE,
          cover: FIXTURE_COVER,
        }),
      )['word/document.xml'] ?? '';
    expect(count(opening, /<w:sectPr/)).toBe(2);
    expect(opening).toMatch(
      /<w:p><w:pPr><w:sectPr>(?:(?!<\/w:p>)[\s\S])*<w:br w:type="page"\/><\/w:r><\/w:p><w:p><w:pPr><w:pStyle w:val="Heading1"\/>/,
    );
  });

  it('writes merged cells with the covered cells Word expects, and links as relationships', async () => {
    const cell = (value: string, spans: { rowSpan?: number; colSpan?: number } = {}): TableCellNode => {
      const node: TableCellNode = { type: 'tablecell', version: 1, headerState: 0, children: [paragraph(value)] };
      if (spans.rowSpan) node.rowSpan = spans.rowSpan;
      if (spans.colSpan) node.colSpan = spans.colSpan;
      return node;
    };
    const row = (...cells: TableCellNode[]): TableRowNode => ({ type: 'tablerow', version: 1, children: cells });
    const xml = parts(
      await exportDocx({
        document: storedDocument({ title: 'T', kind: 'x' }, [
          heading('h1', 'Merged'),
          {
            type: 'table',
            version: 1,
            children: [row(cell('A', { rowSpan: 2 }), cell('B')), row(cell('C')), row(cell('D', { colSpan: 2 }))],
          },
          paragraph({ type: 'link', version: 1, url: 'https://example.org/?a=1&b=2', children: [text('site')] }),
          paragraph({ type: 'link', version: 1, url: 'javascript:alert(1)', children: [text('unsafe')] }),
        ]),
        style: DEFAULT_HOUSE_STYLE,
        cover: FIXTURE_COVER,
      }),
    );
    const body = xml['word/document.xml'] ?? '';
    expect(body).toContain('<w:vMerge w:val="restart"/>');
    expect(count(body, /<w:vMerge\/>/)).toBe(1);
    expect(body).toContain('<w:gridSpan w:val="2"/>');
    expect(count(body, /<w:hyperlink w:history="1" r:id=/)).toBe(1);
    expect(xml['word/_rels/document.xml.rels']).toContain(
      'Target="https://example.org/?a=1&amp;b=2" TargetMode="External"',
    );
    expect(body).toContain('>unsafe<');
  });

  it('is not confused by a cover that spells out its own internal markers', async () => {
    const body =
      parts(
        await exportDocx({
          document: storedDocument({ title: 'T', kind: 'x' }, [heading('h1', 'One'), paragraph('Body text')]),
          style: DEFAULT_HOUSE_STYLE,
          cover: { ...FIXTURE_COVER, title: '@@CP-BODY-0@@', site: '@@CP-NUM-bullets@@' },
        }),
      )['word/document.xml'] ?? '';
    expect(body).toContain('>@@CP-BODY-0@@<');
    expect(body).toContain('>@@CP-NUM-bullets@@<');
    expect(body).toMatch(/@@CP-BODY-0@@[\s\S]*Contents[\s\S]*Body text/);
  });

  it('restarts every list: each gets its own numbering instance', async () => {
    const xml = parts(
      await exportDocx({
        document: storedDocument({ title: 'T', kind: 'x' }, [
          heading('h1', 'Lists'),
          list('number', ['One', 'Two']),
          list('number', ['Again one']),
        ]),
        style: DEFAULT_HOUSE_STYLE,
        cover: FIXTURE_COVER,
      }),
    );
    const ids = [...(xml['word/document.xml'] ?? '').matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) {
      expect(xml['word/numbering.xml']).toMatch(
        new RegExp(
          `<w:num w:numId="${id}"><w:abstractNumId w:val="\\d+"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>`,
        ),
      );
    }
  });
});

describe('placeholders left in structured rows', () => {
  it('prints {{fill: Label}} and {{plan.key}} as highlighted [Label], never as braces', async () => {
    const document = storedDocument({ title: 'Plan', kind: 'contingency' }, [
      {
        type: 'action-table',
        version: 1,
        title: 'Actions',
        rows: [
          {
            id: 'a',
            trigger: 'Phase 4',
            action: 'Check in every {{fill: check-in interval}}',
            responsible: 'Wardens',
            when: '{{fill: Days of stock | default: 14}}',
          },
        ],
      },
      {
        type: 'approval-block',
        version: 1,
        rows: [{ role: 'Prepared by', name: '{{plan.preparedBy}}', title: '', date: '' }],
      },
      paragraph('Typed {{site.name}} in text'),
    ]);
    const body =
      parts(await exportDocx({ document, style: DEFAULT_HOUSE_STYLE, cover: FIXTURE_COVER }))['word/document.xml'] ??
      '';
    expect(body).not.toContain('{{');
    expect(body).toMatch(/<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">\[check-in interval\]/);
    expect(body).toContain('[Prepared by]');
    expect(body).toContain('[Days of stock]');
    expect(body).toContain('[Name]');
  });
});

describe('headings of generated plans', () => {
  it('prints a lone opening h1 as the title and numbers the sections under it 1, 2, 3 without doubling typed numbers', async () => {
    const document = storedDocument({ title: 'Plan', kind: 'contingency' }, [
      heading('h1', 'Site safety and security plan'),
      heading('h2', '1. Overview and context'),
      heading('h3', '5.1 Personal security'),
      heading('h2', 'Roles'),
    ]);
    const body =
      parts(await exportDocx({ document, style: DEFAULT_HOUSE_STYLE, cover: FIXTURE_COVER }))['word/document.xml'] ??
      '';
    expect(body).toMatch(/<w:pStyle w:val="Title"\/>[\s\S]*?Site safety and security plan/);
    expect(body).toMatch(/<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>)[\s\S])*?>Overview and context</);
    expect(body).toMatch(/<w:pStyle w:val="Heading2"\/>(?:(?!<\/w:p>)[\s\S])*?>Personal security</);
    expect(body).not.toContain('>1. Overview');
    const unnumbered = parts(
      await exportDocx({ document, style: { ...DEFAULT_HOUSE_STYLE, numberHeadings: false }, cover: FIXTURE_COVER }),
    )['word/document.xml'];
    expect(unnumbered).toContain('>1. Overview and context<');
  });
});

describe('the contents of a long plan', () => {
  it('pre-fills every entry with an estimated page number, increasing through the plan', async () => {
    const long = parts(
      await exportDocx({ document: largePlanDocument(134), style: DEFAULT_HOUSE_STYLE, cover: FIXTURE_COVER }),
    );
    const body = long['word/document.xml'] ?? '';
    const numbers = [
      ...body.matchAll(
        /PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">(\d+)</g,
      ),
    ].map((match) => Number(match[1]));
    expect(numbers).toHaveLength(134 * 4);
    expect(numbers.every((page, index) => index === 0 || page >= (numbers[index - 1] ?? 0))).toBe(true);
    expect(numbers.at(-1)).toBeGreaterThan(150);
    expect(long['word/settings.xml']).toContain('<w:updateFields/>');
  });

  it('leaves the numbers to Word when told', async () => {
    const body =
      parts(
        await exportDocx({
          document: largePlanDocument(3),
          style: DEFAULT_HOUSE_STYLE,
          cover: FIXTURE_COVER,
          estimatePageNumbers: false,
        }),
      )['word/document.xml'] ?? '';
    expect(body).toContain('Chapter 3: Area 3');
    expect(body).toMatch(
      /PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:fldChar w:fldCharType="end"\/>/,
    );
  });
});

describe('text on level colours', () => {
  /** One risk in every cell, so that the risk tables show every level as well as the heatmaps. */
  function everyCell(matrix: RiskMatrix): ReportRisk[] {
    return matrix.likelihood.flatMap((likelihood) =>
      matrix.impact.map((impact) => ({
        id: `r-${likelihood.value}-${impact.value}`,
        title: `Risk ${likelihood.value}x${impact.value}`,
        siteName: 'Headquarters',
        categoryLabel: 'Crime',
        inherent: { likelihood: likelihood.value, impact: impact.value },
        residual: null,
        treatment: 'reduce',
        measures: [],
        acceptance: null,
        nextReviewDate: null,
      })),
    );
  }

  /** Each shaded cell of document.xml: its fill and the colours its runs are written in. */
  function shadedCells(body: string): Array<{ fill: string; text: string[] }> {
    return [...body.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].flatMap(([, cell = '']) => {
      const fill = /<w:shd w:fill="([0-9A-F]{6})"/.exec(cell)?.[1];
      return fill ? [{ fill, text: [...cell.matchAll(/<w:color w:val="([0-9A-F]{6})"\/>/g)].map((m) => m[1]!) }] : [];
    });
  }

  for (const [name, matrix] of Object.entries(MATRIX_PRESETS)) {
    it(`writes every ${name} level in text at 4.5:1 or more`, async () => {
      const document = riskRegisterReport({ workspaceName: 'Mission', risks: everyCell(matrix), matrix });
      const body = (await parts(await exportDocx({ document, style: DEFAULT_HOUSE_STYLE, cover: FIXTURE_COVER })))[
        'word/document.xml'
      ];
      const levelFills = new Set(matrix.levels.map((level) => level.color.replace('#', '').toUpperCase()));
      const cells = shadedCells(body ?? '').filter((cell) => levelFills.has(cell.fill));
      expect(new Set(cells.map((cell) => cell.fill))).toEqual(levelFills);
      for (const cell of cells) {
        expect(cell.text, cell.fill).not.toEqual([]);
        for (const text of cell.text)
          expect(contrastRatio(cell.fill, text), `${text} on ${cell.fill}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});

describe('house style parsing', () => {
  it('keeps valid stored fields and falls back to the default for broken ones', () => {
    const parsed = parseHouseStyle({ bodyFont: 'Arial', headingColor: 'red', bodySize: 99, pageSize: 'Letter' });
    expect(parsed.bodyFont).toBe('Arial');
    expect(parsed.pageSize).toBe('Letter');
    expect(parsed.headingColor).toBe(DEFAULT_HOUSE_STYLE.headingColor);
    expect(parsed.bodySize).toBe(DEFAULT_HOUSE_STYLE.bodySize);
    expect(parseHouseStyle(undefined)).toEqual(DEFAULT_HOUSE_STYLE);
  });
});
