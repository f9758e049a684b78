/** A spreadsheet-safe cell: text a spreadsheet would run as a formula is prefixed with `'`. */
function cellText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled. */
export function csvField(value: string | null): string {
  const text = cellText(value ?? '');
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document with CRLF line ends and a UTF-8 byte order mark, so Excel reads Cyrillic
 * correctly when the file is opened directly.
 */
export function toCsv(header: readonly string[], rows: readonly (string | null)[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
