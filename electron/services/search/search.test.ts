import { describe, expect, it } from 'vitest';
import { field, heading, paragraph, storedDocument } from '#shared/document/build';
import { toFtsQuery } from '#electron/db/repositories/search';
import { sectionsOf } from '#shared/document/sections';
import { sectionTexts } from './section-text';
import { toSnippet } from './search-service';

describe('the search index rows', () => {
  it('cuts the plain text at headings, titling what comes first after the plan', () => {
    const document = storedDocument({ title: 'Flood plan', kind: 'contingency' }, [
      paragraph('Marking: ', field('workspace.marking', 'Marking', 'RESTRICTED')),
      heading('h1', 'Purpose'),
      paragraph('Protect the staff of ', field('site.name', 'Site name'), '.'),
      heading('h2', 'Empty section'),
      heading('h2', 'Actions'),
      paragraph('Move \u0002to\u0003 high ground.'),
    ]);
    expect(sectionTexts(document)).toEqual([
      { heading: 'Flood plan', body: 'Marking: RESTRICTED' },
      { heading: 'Purpose', body: 'Protect the staff of [Site name].' },
      { heading: 'Empty section', body: '' },
      { heading: 'Actions', body: 'Move  to  high ground.' },
    ]);
  });

  it('are the stored sections: one row each, none invented for a plan that opens with a heading', () => {
    const document = storedDocument({ title: 'Flood plan', kind: 'contingency' }, [
      heading('h1', 'Flood plan: Velmar'),
      paragraph('Scope.'),
      heading('h3', 'Detail'),
    ]);
    expect(sectionTexts(document)).toEqual([
      { heading: 'Flood plan: Velmar', body: 'Scope.' },
      { heading: 'Detail', body: '' },
    ]);
    expect(sectionTexts(document)).toHaveLength(sectionsOf(document.content.root.children).length);
    expect(sectionTexts(storedDocument({ title: 'Empty', kind: 'contingency' }, []))).toEqual([]);
  });
});

describe('search input and snippets', () => {
  it('turns typed words into quoted prefix terms, so FTS5 syntax in the input is plain text', () => {
    expect(toFtsQuery('assembly  Point')).toBe('"assembly"* "Point"*');
    expect(toFtsQuery('NEAR(a b) OR "x*')).toBe('"NEAR"* "a"* "b"* "OR"* "x"*');
    expect(toFtsQuery('  ...  ')).toBeNull();
    expect(toFtsQuery('Эвакуация')).toBe('"Эвакуация"*');
  });

  it('splits a marked snippet into segments with the matches flagged', () => {
    expect(toSnippet('…move to \u0002high\u0003 ground \u0002fast\u0003')).toEqual([
      { text: '…move to ', match: false },
      { text: 'high', match: true },
      { text: ' ground ', match: false },
      { text: 'fast', match: true },
    ]);
  });
});
