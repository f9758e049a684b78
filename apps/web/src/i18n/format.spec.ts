import { describe, expect, it } from '@jest/globals';
import { formatRelative } from './format';

const now = new Date('2026-11-23T12:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe('formatRelative', () => {
  it('says how long ago in the interface language and script', () => {
    expect(formatRelative(ago(5 * 60), 'en', now)).toBe('5 minutes ago');
    expect(formatRelative(ago(3 * 3600), 'sr-Latn', now)).toBe('pre 3 sata');
    expect(formatRelative(ago(2 * 86400), 'sr-Cyrl', now)).toBe('прекјуче');
    expect(formatRelative(ago(5 * 86400), 'sr-Cyrl', now)).toBe('пре 5 дана');
  });

  it('answers an empty text for a value that is not a date', () => {
    expect(formatRelative('not a date', 'en', now)).toBe('');
  });
});
