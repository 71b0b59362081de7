import { describe, expect, it } from 'vitest';
import { heading, list, paragraph, storedDocument, table, text } from '#shared/document/build';
import { parseTemplate } from '#shared/templates/parse-template';
import { importedTemplateFile, importedTemplateId } from './import-as-template';

describe('an imported Word document as a template draft', () => {
  it('becomes a template text that the template parser accepts without errors', () => {
    const document = storedDocument({ title: 'План эвакуации — Flood plan', kind: 'imported-template' }, [
      heading('h1', 'Purpose'),
      paragraph(text('Keep staff ', 'bold'), text('safe', 'italic')),
      list('bullet', ['Grab bag', 'Radio']),
      table(['Who', 'What'], [['Warden', 'Head count']]),
    ]);
    const file = importedTemplateFile(document, 'flood.docx', '2026-11-22', 'a1b2');
    expect(file.id).toBe('flood-plan-a1b2');
    expect(file.name).toBe('flood-plan-a1b2@1.0.0.md');
    const parsed = parseTemplate(file.text);
    expect(parsed.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(parsed.meta).toMatchObject({ id: 'flood-plan-a1b2', version: '1.0.0', kind: 'contingency' });
    expect(JSON.stringify(parsed.document)).toContain('Head count');
  });

  it('makes a valid id from any title', () => {
    expect(importedTemplateId('', 'x1')).toBe('imported-x1');
    expect(importedTemplateId('Ébola response (2024)', 'z9')).toBe('ebola-response-2024-z9');
  });
});
