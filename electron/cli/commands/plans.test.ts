import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storedDocumentSchema } from '#shared/document/schema';
import { documentText } from '#shared/document/walk';
import { useTempDirs } from '#electron/test-support/temp-dir';
import { cli } from '#electron/test-support/cli';

const tempDir = useTempDirs();
const TEMPLATE = join(import.meta.dirname, '../../../templates/contingency-civil-unrest.md');

describe('cplan plans', () => {
  it('generates a plan for a site from the library and lists it', async () => {
    const dir = tempDir();
    const made = await cli(
      'plans',
      'generate',
      '--data-dir',
      dir,
      '--template',
      'contingency-civil-unrest',
      '--site',
      'head office velmar',
      '--min-level',
      'Medium',
    );
    expect(made.err).toBe('');
    expect(made.code).toBe(0);
    expect(made.out).toMatch(
      /Created "Civil unrest plan - Head Office Velmar" \(.+\) from contingency-civil-unrest 1\.1\.0/,
    );

    // Listed beside the sample mission's own plan.
    const listed = await cli('plans', 'list', '--data-dir', dir, '--format', 'json');
    const plans = JSON.parse(listed.out) as unknown[];
    expect(plans).toHaveLength(2);
    expect(plans).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          title: 'Civil unrest plan - Head Office Velmar',
          status: 'draft',
          siteName: 'Head Office Velmar',
        }),
        expect.objectContaining({ templateId: 'contingency-evacuation', siteName: 'Head Office Velmar' }),
      ]),
    );
  });

  it('explains a wrong level, site or template', async () => {
    const dir = tempDir();
    const level = await cli(
      'plans',
      'generate',
      '--data-dir',
      dir,
      '--template',
      'x',
      '--site',
      'Head Office Velmar',
      '--min-level',
      'Severe',
    );
    expect(level.code).toBe(2);
    expect(level.err).toContain('Unknown level "Severe"');
    const site = await cli('plans', 'generate', '--data-dir', dir, '--template', 'x', '--site', 'Atlantis');
    expect(site.code).toBe(2);
    expect(site.err).toContain('No site is called "Atlantis"');
    const template = await cli(
      'plans',
      'generate',
      '--data-dir',
      dir,
      '--template',
      'nope',
      '--site',
      'Head Office Velmar',
    );
    expect(template.code).toBe(1);
    expect(template.err).toContain('There is no template "nope"');
  });
});

describe('cplan render', () => {
  it('renders a template file with risks from a CSV into plan JSON, with no database', async () => {
    const dir = tempDir();
    const csv = join(dir, 'risks.csv');
    writeFileSync(
      csv,
      [
        'Site,Title,Category,Inherent likelihood,Inherent impact',
        'Velmar office,Crowds besiege the office,civil-unrest,4,4',
        'Velmar office,Kitchen fire,fire,2,2',
      ].join('\n'),
    );
    const output = join(dir, 'plan.json');
    const result = await cli(
      'render',
      '--template',
      TEMPLATE,
      '--risks',
      csv,
      '-o',
      output,
      '--site',
      'Velmar office',
      '--marking',
      'RESTRICTED',
    );
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const document = storedDocumentSchema.parse(JSON.parse(readFileSync(output, 'utf8')));
    expect(document.meta).toMatchObject({ templateId: 'contingency-civil-unrest', templateVersion: '1.1.0' });
    const text = documentText(document);
    expect(text).toContain('Crowds besiege the office');
    expect(text).toContain('RESTRICTED');
  });

  it('reports a bad CSV row by file and row', async () => {
    const dir = tempDir();
    const csv = join(dir, 'risks.csv');
    writeFileSync(csv, 'Site,Title,Category,Inherent likelihood,Inherent impact\nA,Riot,civil-unrest,9,4\n');
    const result = await cli('render', '--template', TEMPLATE, '--risks', csv, '-o', join(dir, 'out.json'));
    expect(result.code).toBe(2);
    expect(result.err).toContain(`${csv}:2`);
  });
});
