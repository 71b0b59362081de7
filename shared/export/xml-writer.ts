/**
 * Writes XML straight to UTF-8 bytes. Building the body as strings and encoding it at the end
 * cost more than everything else together: V8 joins concatenated strings lazily, and flattening
 * hundreds of thousands of small pieces (then encoding them) was most of the export.
 *
 * `raw` is for markup the writer's callers put together themselves; `text` is for anything that
 * came from the user: it escapes markup characters and drops what XML 1.0 forbids (C0 controls
 * other than tab, newline and return, U+FFFE, U+FFFF, lone surrogates), which would make Word
 * refuse the whole file.
 */
export class XmlWriter {
  private buffer: Uint8Array;
  position = 0;
  /** Tables being written around the current position: paragraphs inside them are not top-level. */
  depth = 0;
  /** The last top-level paragraph: where it starts, where its properties end, where it ends. */
  lastParagraph: { start: number; propertiesEnd: number | null; end: number } | null = null;

  constructor(capacity = 1 << 16) {
    this.buffer = new Uint8Array(capacity);
  }

  private reserve(bytes: number): void {
    if (this.position + bytes <= this.buffer.length) return;
    this.grow(bytes);
  }

  private grow(bytes: number): void {
    let size = this.buffer.length * 2;
    while (size < this.position + bytes) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.position));
    this.buffer = grown;
  }

  /** Markup, unescaped; any character is UTF-8 encoded. */
  raw(value: string): void {
    const length = value.length;
    if (this.position + length * 3 > this.buffer.length) this.grow(length * 3);
    const buffer = this.buffer;
    let position = this.position;
    for (let index = 0; index < length; index += 1) {
      const code = value.charCodeAt(index);
      if (code < 0x80) buffer[position++] = code;
      else {
        this.position = position;
        index = this.multiByte(value, index, code);
        position = this.position;
      }
    }
    this.position = position;
  }

  /** User text: escaped, stripped of characters XML forbids, UTF-8 encoded. */
  text(value: string): void {
    const length = value.length;
    // "&quot;" is the longest thing one UTF-16 unit can become.
    if (this.position + length * 6 > this.buffer.length) this.grow(length * 6);
    const buffer = this.buffer;
    let position = this.position;
    for (let index = 0; index < length; index += 1) {
      const code = value.charCodeAt(index);
      if (code >= 0x80) {
        this.position = position;
        index = this.multiByte(value, index, code);
        position = this.position;
      } else if (code >= 0x3f || (code >= 0x20 && code !== 0x22 && code !== 0x26 && code !== 0x3c && code !== 0x3e)) {
        buffer[position++] = code;
      } else if (code === 0x26) position = this.ascii('&amp;', position);
      else if (code === 0x3c) position = this.ascii('&lt;', position);
      else if (code === 0x3e) position = this.ascii('&gt;', position);
      else if (code === 0x22) position = this.ascii('&quot;', position);
      else if (code === 0x09 || code === 0x0a || code === 0x0d) buffer[position++] = code;
      // Other C0 controls are dropped.
    }
    this.position = position;
  }

  private ascii(value: string, position: number): number {
    let at = position;
    for (let index = 0; index < value.length; index += 1) this.buffer[at++] = value.charCodeAt(index);
    return at;
  }

  /** Encodes the character at `index` (code >= 0x80); returns the index of its last UTF-16 unit. */
  private multiByte(value: string, index: number, code: number): number {
    const buffer = this.buffer;
    let position = this.position;
    if (code < 0x800) {
      buffer[position++] = 0xc0 | (code >> 6);
      buffer[position++] = 0x80 | (code & 0x3f);
    } else if (code >= 0xd800 && code <= 0xdbff) {
      const low = index + 1 < value.length ? value.charCodeAt(index + 1) : 0;
      if (low >= 0xdc00 && low <= 0xdfff) {
        const point = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        buffer[position++] = 0xf0 | (point >> 18);
        buffer[position++] = 0x80 | ((point >> 12) & 0x3f);
        buffer[position++] = 0x80 | ((point >> 6) & 0x3f);
        buffer[position++] = 0x80 | (point & 0x3f);
        index += 1;
      }
      // A high surrogate without its low half is dropped.
    } else if ((code >= 0xdc00 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) {
      // A lone low surrogate, or a non-character XML forbids: dropped.
    } else {
      buffer[position++] = 0xe0 | (code >> 12);
      buffer[position++] = 0x80 | ((code >> 6) & 0x3f);
      buffer[position++] = 0x80 | (code & 0x3f);
    }
    this.position = position;
    return index;
  }

  /** Markup already encoded: long pieces written often (a table's cell openings) are copied, not re-encoded. */
  bytesOf(data: Uint8Array): void {
    this.reserve(data.length);
    this.buffer.set(data, this.position);
    this.position += data.length;
  }

  /** Another writer's bytes, as they are. */
  append(other: XmlWriter): void {
    this.reserve(other.position);
    this.buffer.set(other.bytes(), this.position);
    this.position += other.position;
  }

  /** Inserts markup at an earlier position (a section's properties into its last paragraph). */
  insert(at: number, value: string): void {
    const tail = this.buffer.slice(at, this.position);
    this.position = at;
    this.raw(value);
    this.reserve(tail.length);
    this.buffer.set(tail, this.position);
    this.position += tail.length;
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.position);
  }
}
