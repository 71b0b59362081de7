import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MATRIX, DEFAULT_THREAT_CATEGORIES } from '#shared/domain';
import { SAMPLE_WORKSPACE_ID } from '#electron/db/sample';
import { useTestBackends } from '#electron/test-support/backend';
import { readTable, readXlsx } from './read-table';
import { neutralizeFormula, restoreNeutralized } from './spreadsheet-safety';
import { validateRows, type RowContext } from './validate-rows';

const openTestBackend = useTestBackends();
const utf8 = (text: string) => new TextEncoder().encode(text);
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

const context: RowContext = {
  sites: [
    { id: 's1', name: 'Head Office Velmar' },
    { id: 's2', name: 'Офис Дравик' },
  ],
  categories: DEFAULT_THREAT_CATEGORIES,
  matrix: DEFAULT_MATRIX,
};

const HEADER = 'Site,Title,Category,Inherent likelihood,Inherent impact,Residual likelihood,Residual impact';

async function validateCsv(text: string, rowContext: RowContext = context) {
  const table = await readTable('register.csv', utf8(text));
  return { table, result: validateRows(table.rows, rowContext) };
}

describe('reading and checking register rows', () => {
  it('matches headers case-insensitively, reports unknown columns, and accepts labels for scores', async () => {
    const { result } = await validateCsv(
      'SITE, title ,CATEGORY,inherent LIKELIHOOD,Inherent Impact,Colour\n' +
        'head office velmar,Robbery,crime,Likely,4 - Severe,red\n',
    );
    expect(result.problems).toEqual([]);
    expect(result.unknownColumns).toEqual(['Colour']);
    expect(result.valid[0]).toMatchObject({
      row: 2,
      fields: { siteId: 's1', title: 'Robbery', categoryKey: 'crime', inherent: { likelihood: 4, impact: 4 } },
    });
  });

  it('reports every bad row with its number, column and reason', async () => {
    const { result } = await validateCsv(
      `${HEADER}\n` +
        'Head Office Velmar,Good row,Crime,3,3,,\n' +
        'Atlantis,Bad site,Crime,3,3,,\n' +
        'Head Office Velmar,,Crime,9,3,,\n' +
        'Head Office Velmar,Half residual,Flood,3,3,2,\n',
    );
    expect(result.valid.map((row) => row.row)).toEqual([2]);
    expect(result.rejectedRows).toBe(3);
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { row: 3, column: 'Site', message: 'There is no site named "Atlantis" in this workspace.' },
        { row: 4, column: 'Inherent likelihood', message: expect.stringContaining('"9" is not a likelihood') },
        { row: 5, column: 'Residual likelihood', message: expect.stringContaining('both residual') },
      ]),
    );
  });

  it('refuses a file without the required columns, naming them', async () => {
    const { result } = await validateCsv('Name,Score\nx,1\n');
    expect(result.problems[0]).toMatchObject({ row: null, message: expect.stringContaining('"Title"') });
    expect(result.valid).toEqual([]);
  });

  it('refuses text that is not UTF-8 with a way out', async () => {
    const cp1251 = new Uint8Array([0xd0, 0xe8, 0xf1, 0xea, 0x2c, 0x31, 0x0a]);
    const table = await readTable('register.csv', cp1251);
    expect(table.problems[0]!.message).toContain('CSV UTF-8');
  });

  it('keeps Cyrillic text exactly, with or without a BOM', async () => {
    const { result } = await validateCsv(`\uFEFF${HEADER}\nОфис Дравик,"Похищение, трасса М2",abduction,3,5,,\n`);
    expect(result.valid[0]!.fields.title).toBe('Похищение, трасса М2');
    expect(result.valid[0]!.siteName).toBe('Офис Дравик');
  });

  it('neutralises formulas for spreadsheets and restores them on import', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const safe = neutralizeFormula(text);
        expect(/^[=+\-@\t\r]/.test(safe)).toBe(false);
        expect(restoreNeutralized(safe)).toBe(
          text.startsWith("'") && /^[=+\-@\t\r]/.test(text.slice(1)) ? text.slice(1) : text,
        );
      }),
    );
  });
});

const cellArbitrary = fc.oneof(
  fc.string(),
  fc.constantFrom('Head Office Velmar', 'crime', 'Flood', '3', '5', 'Likely', '=cmd|"/C calc"!A0', '', '"', '\n', ';'),
  fc.string({ unit: 'grapheme' }),
);

/** Unless the file as a whole is refused, each non-empty row is either valid or rejected. */
function expectEveryRowCounted(result: ReturnType<typeof validateRows>) {
  if (result.problems.some((problem) => problem.row === null)) expect(result.valid).toEqual([]);
  else expect(result.valid.length + result.rejectedRows).toBe(result.totalRows);
}

describe('property: the parsers never throw and always locate problems', () => {
  it('on random CSV text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cellArbitrary, { maxLength: 9 }), { maxLength: 12 }), async (rows) => {
        const text = [HEADER, ...rows.map((row) => row.join(','))].join('\n');
        const { table, result } = await validateCsv(text);
        for (const problem of [...table.problems, ...result.problems]) {
          expect(problem.message.length).toBeGreaterThan(0);
          if (problem.row !== null) expect(problem.row).toBeGreaterThanOrEqual(1);
        }
        // Row numbers count records as a spreadsheet shows them (a quoted cell may span lines).
        for (const problem of result.problems)
          if (problem.row !== null) expect(problem.row).toBeLessThanOrEqual(table.rows.length);
        expectEveryRowCounted(result);
      }),
      { numRuns: 300 },
    );
  });

  it('on mutated bytes of a valid file', async () => {
    const valid = utf8(`${HEADER}\nHead Office Velmar,Robbery,crime,3,4,2,3\nОфис Дравик,Похищение,abduction,3,5,,\n`);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: valid.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.nat({ max: valid.length }),
        async (mutations, cut) => {
          const bytes = valid.slice(0, Math.max(1, cut));
          for (const [at, value] of mutations) if (at < bytes.length) bytes[at] = value;
          const table = await readTable('mutated.csv', bytes);
          const result = validateRows(table.rows, context);
          for (const problem of [...table.problems, ...result.problems]) expect(problem.message).toMatch(/\S/);
          expectEveryRowCounted(result);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on random bytes given an .xlsx name or a ZIP signature', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), fc.boolean(), async (bytes, zip) => {
        const content = zip ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
        const table = await readTable('random.xlsx', content);
        expect(table.problems.length).toBeGreaterThan(0);
        expect(table.problems[0]!.row).toBeNull();
      }),
      { numRuns: 100 },
    );
  });
});

describe('property: a damaged workbook never breaks the reader', () => {
  it('on mutated bytes of a valid XLSX', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Register');
    sheet.addRow(['Site', 'Title', 'Category', 'Inherent likelihood', 'Inherent impact']);
    sheet.addRow(['Head Office Velmar', 'Угроза взрыва', 'explosive-device', 3, 4]);
    const valid = new Uint8Array(await workbook.xlsx.writeBuffer());
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: valid.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 6,
        }),
        async (mutations) => {
          const bytes = valid.slice();
          for (const [at, value] of mutations) bytes[at] = value;
          const table = await readTable('damaged.xlsx', bytes);
          const result = validateRows(table.rows, context);
          for (const problem of [...table.problems, ...result.problems]) expect(problem.message).toMatch(/\S/);
          if (table.problems.length === 0) expectEveryRowCounted(result);
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);

  it('gives up with a message when the streaming reader stops making progress', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Register').addRow(['Title']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect((await readXlsx(bytes)).rows).toEqual([['Title']]);
    const stalled = await readXlsx(bytes, 0);
    expect(stalled.problems[0]!.message).toContain('may be damaged');
  });
});

describe('import and export through the API', () => {
  it('previews without writing, writes all rows on confirm, and writes nothing when a row is bad', async () => {
    const b = openTestBackend();
    try {
      const count = async () => {
        const listed = await b.dispatch('risks.list', { workspaceId: SAMPLE_WORKSPACE_ID });
        return (listed as { value: unknown[] }).value.length;
      };
      const before = await count();
      const good = base64(utf8(`${HEADER}\nHead Office Velmar,New risk A,crime,3,4,,\n,New risk B,Flood,2,2,1,1\n`));
      const input = {
        workspaceId: SAMPLE_WORKSPACE_ID,
        fileName: 'r.csv',
        contentBase64: good,
        defaultSiteName: 'Logistics warehouse Ostra',
      };

      const preview = await b.dispatch('registerIo.import', { ...input, dryRun: true });
      expect(preview).toMatchObject({
        ok: true,
        value: {
          validRows: 2,
          imported: 0,
          preview: [{ title: 'New risk A', inherentLevel: 'High' }, { siteName: 'Logistics warehouse Ostra' }],
        },
      });
      expect(await count()).toBe(before);

      const bad = base64(
        utf8(`${HEADER}\nHead Office Velmar,Fine,crime,3,4,,\nHead Office Velmar,Broken,crime,0,4,,\n`),
      );
      const refused = await b.dispatch('registerIo.import', { ...input, contentBase64: bad, dryRun: false });
      expect(refused).toMatchObject({
        ok: true,
        value: { validRows: 1, rejectedRows: 1, imported: 0, problems: [{ row: 3 }] },
      });
      expect(await count()).toBe(before);

      const confirmed = await b.dispatch('registerIo.import', { ...input, dryRun: false });
      expect(confirmed).toMatchObject({ ok: true, value: { imported: 2 } });
      expect(await count()).toBe(before + 2);
    } finally {
      b.close();
    }
  });

  it('round-trips the register through CSV and XLSX, Cyrillic and formulas included', async () => {
    const b = openTestBackend();
    try {
      const title = '=HYPERLINK("http://evil")&"Угроза взрыва"';
      await b.dispatch('sites.create', { workspaceId: SAMPLE_WORKSPACE_ID, fields: { name: 'Офис Дравик' } });
      await b.dispatch('registerIo.import', {
        workspaceId: SAMPLE_WORKSPACE_ID,
        fileName: 'cyr.csv',
        contentBase64: base64(utf8(`${HEADER}\nОфис Дравик,"${title.replace(/"/g, '""')}",explosive-device,2,5,,\n`)),
        dryRun: false,
      });
      for (const format of ['csv', 'xlsx'] as const) {
        const exported = (await b.dispatch('registerIo.export', { workspaceId: SAMPLE_WORKSPACE_ID, format })) as {
          value: { contentBase64: string; rows: number };
        };
        const bytes = Buffer.from(exported.value.contentBase64, 'base64');
        if (format === 'csv') {
          const text = bytes.toString('utf8');
          expect(text).toContain(`"'${title.replace(/"/g, '""')}"`);
          expect(text.split('\r\n').some((line) => /^[=+\-@]/.test(line))).toBe(false);
        } else {
          const workbook = new ExcelJS.Workbook();
          await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
          const titles = workbook.worksheets[0]!.getColumn(2).values;
          expect(titles).toContain(title);
          expect(workbook.worksheets[0]!.getCell('B2').type).not.toBe(ExcelJS.ValueType.Formula);
        }
        const again = await b.dispatch('registerIo.import', {
          workspaceId: SAMPLE_WORKSPACE_ID,
          fileName: `back.${format}`,
          contentBase64: exported.value.contentBase64,
          dryRun: true,
        });
        expect(again).toMatchObject({
          ok: true,
          value: { rejectedRows: 0, validRows: exported.value.rows, unknownColumns: [] },
        });
        const preview = (again as { value: { preview: Array<{ title: string; siteName: string }> } }).value.preview;
        expect(preview).toContainEqual(expect.objectContaining({ title, siteName: 'Офис Дравик' }));
      }
    } finally {
      b.close();
    }
  });

  it('checks a 100,000-row file in reasonable time and reports its one bad row', async () => {
    const b = openTestBackend();
    try {
      const lines = [HEADER];
      for (let index = 0; index < 100_000; index += 1)
        lines.push(`Head Office Velmar,Risk ${index},crime,${(index % 5) + 1},${((index >> 2) % 5) + 1},,`);
      lines[54_321] = 'Head Office Velmar,Broken,crime,3,,,';
      const started = performance.now();
      const result = await b.dispatch('registerIo.import', {
        workspaceId: SAMPLE_WORKSPACE_ID,
        fileName: 'big.csv',
        contentBase64: base64(utf8(lines.join('\n'))),
        dryRun: false,
      });
      const seconds = (performance.now() - started) / 1000;
      expect(result).toMatchObject({
        ok: true,
        value: {
          totalRows: 100_000,
          rejectedRows: 1,
          imported: 0,
          problems: [{ row: 54_322, column: 'Inherent impact' }],
        },
      });
      expect(seconds).toBeLessThan(30);
    } finally {
      b.close();
    }
  }, 60_000);
});
