import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseTemplate, serializeTemplate } from '#shared/templates';
import { roundTrip } from '#renderer/editor/test-support';

const dir = fileURLToPath(new URL('../../../../templates', import.meta.url));
const files = readdirSync(dir).filter((name) => name.endsWith('.md') && name !== 'README.md');

describe('a template through the Lexical editor and back to its text', () => {
  it.each(files)('%s: opened in the editor and saved unchanged, it is written back byte for byte', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const parsed = parseTemplate(text);
    const edited = roundTrip(parsed.document);
    const written = serializeTemplate({ meta: parsed.meta!, document: edited });
    expect(parseTemplate(written).problems).toEqual([]);
    expect(written).toBe(text);
  });
});
