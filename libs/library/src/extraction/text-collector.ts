/**
 * Gathers the text of one document as readers find it, and stops taking more once enough is in
 * hand to fill the cap after normalisation, so that a reader can stop early (`full`).
 */
export class TextCollector {
  private readonly parts: string[] = [];
  private length = 0;
  private overflowed = false;
  /** Raw characters kept: generous, since normalising drops runs of whitespace. */
  private readonly budget: number;

  constructor(private readonly maxTextBytes: number) {
    this.budget = maxTextBytes * 4;
  }

  /** True once more text would be cut anyway: a reader should stop reading. */
  get full(): boolean {
    return this.overflowed;
  }

  push(text: string): void {
    if (this.overflowed || text.length === 0) return;
    const room = this.budget - this.length;
    if (text.length > room) {
      this.parts.push(text.slice(0, room));
      this.length = this.budget;
      this.overflowed = true;
      return;
    }
    this.parts.push(text);
    this.length += text.length;
  }

  /** Marks the text as cut short by the reader (it did not read the whole file). */
  markTruncated(): void {
    this.overflowed = true;
  }

  /** A line break. */
  line(): void {
    this.push('\n');
  }

  /** A paragraph break (pages, paragraphs, slides, rows of a sheet's block). */
  paragraph(): void {
    this.push('\n\n');
  }

  /** The normalised text, at most `maxTextBytes` of UTF-8, and whether any was left out. */
  result(): { text: string; truncated: boolean } {
    const text = normaliseText(this.parts.join(''));
    const bytes = new Uint8Array(this.maxTextBytes);
    const { read } = new TextEncoder().encodeInto(text, bytes);
    if (read < text.length) return { text: text.slice(0, read).trimEnd(), truncated: true };
    return { text, truncated: this.overflowed };
  }
}

/**
 * Text as search and previews want it: NFC, no control or format characters (soft hyphens,
 * zero-width spaces, BOMs), any run of spaces and tabs as one space, lines trimmed, at most one
 * empty line between paragraphs.
 */
export function normaliseText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?|[\f\v\u2028\u2029\u0085]/g, '\n')
    .replace(/(?!\n)[\p{Cc}\p{Cf}]/gu, (character) => (character === '\t' ? ' ' : ''))
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .replace(/[\uD800-\uDBFF]$/, '');
}
