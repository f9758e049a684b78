import { describe, expect, it } from '@jest/globals';
import { latinToCyrillic } from './latin-to-cyrillic';

describe(latinToCyrillic.name, () => {
  it('writes a Serbian name in Cyrillic, digraphs as one letter', () => {
    expect(latinToCyrillic('Opština Ljig')).toBe('Општина Љиг');
    expect(latinToCyrillic('Grad Niš, Džervin, NJEGOŠ')).toBe('Град Ниш, Џервин, ЊЕГОШ');
    expect(latinToCyrillic('Đurđevo i Čačak')).toBe('Ђурђево и Чачак');
  });

  it('leaves digits, punctuation and letters without a match alone', () => {
    expect(latinToCyrillic('SKGO-2026 (WWF)')).toBe('СКГО-2026 (WWФ)');
  });
});
