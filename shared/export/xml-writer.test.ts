import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { escapeText, paragraph, textRun } from './xml';
import { XmlWriter } from './xml-writer';

const written = (write: (w: XmlWriter) => void, capacity?: number) => {
  const w = new XmlWriter(capacity);
  write(w);
  return strFromU8(w.bytes());
};

describe('XmlWriter', () => {
  it('escapes markup characters in text and leaves markup alone', () => {
    expect(written((w) => w.text('a < b & c > "d" \'e\''))).toBe("a &lt; b &amp; c &gt; &quot;d&quot; 'e'");
    expect(written((w) => w.raw('<w:t xml:space="preserve">'))).toBe('<w:t xml:space="preserve">');
  });

  it('drops the characters XML 1.0 forbids and keeps tab, newline and return', () => {
    const forbidden = '\u0000\u0001\u0007\u000B\u000C\u001F\uFFFE\uFFFF';
    expect(written((w) => w.text(`a${forbidden}b\t\n\rc`))).toBe('ab\t\n\rc');
    // Lone surrogates, either half, anywhere.
    expect(written((w) => w.text('x\uD83Dy\uDE91z\uD83D'))).toBe('xyz');
    expect(escapeText(`a${forbidden}<b`)).toBe('a&lt;b');
  });

  it('encodes Cyrillic, Georgian, dashes and emoji as UTF-8', () => {
    const text = 'План эвакуации — თანამშრომლების 🚑 🛰️ 📞';
    const w = new XmlWriter(8);
    w.text(text);
    expect(w.bytes()).toEqual(new TextEncoder().encode(text));
    expect(written((w) => w.raw(text))).toBe(text);
  });

  it('grows for long words and long documents', () => {
    const word = 'Kontingenzplanungsverantwortlichkeitsübertragung'.repeat(2000);
    expect(written((w) => w.text(word), 16)).toBe(word);
    const many = written((w) => {
      for (let index = 0; index < 20_000; index += 1) textRun(w, `Row ${index} & more`);
    }, 16);
    expect(many.match(/<w:r>/g)).toHaveLength(20_000);
    expect(many).toContain('Row 19999 &amp; more');
  });

  it('inserts markup into an earlier paragraph, such as a section into its last paragraph', () => {
    const w = new XmlWriter(8);
    paragraph(w, { style: 'Normal' }, () => textRun(w, 'One'));
    const last = w.lastParagraph;
    expect(last?.propertiesEnd).not.toBeNull();
    w.insert(last?.propertiesEnd ?? 0, '<w:sectPr/>');
    expect(strFromU8(w.bytes())).toBe(
      '<w:p><w:pPr><w:pStyle w:val="Normal"/><w:sectPr/></w:pPr><w:r><w:t xml:space="preserve">One</w:t></w:r></w:p>',
    );
  });

  it('writes paragraph and run properties in schema order', () => {
    const xml = written((w) =>
      paragraph(
        w,
        { style: 'TableText', keepNext: true, numbering: { numId: 3, level: 1 }, indent: { left: 720 }, align: 'both' },
        () => textRun(w, 'x', { font: 'MS Gothic', bold: true, italic: true, color: 'FFFFFF', highlight: true }),
      ),
    );
    expect(xml).toBe(
      '<w:p><w:pPr><w:pStyle w:val="TableText"/><w:keepNext/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr>' +
        '<w:ind w:left="720"/><w:jc w:val="both"/></w:pPr><w:r><w:rPr>' +
        '<w:rFonts w:ascii="MS Gothic" w:cs="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/><w:b/><w:bCs/><w:i/><w:iCs/>' +
        '<w:color w:val="FFFFFF"/><w:highlight w:val="yellow"/></w:rPr><w:t xml:space="preserve">x</w:t></w:r></w:p>',
    );
  });
});
