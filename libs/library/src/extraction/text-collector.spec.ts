import { normaliseText, TextCollector } from './text-collector';

describe(TextCollector.name, () => {
  describe('normaliseText', () => {
    it('collapses spaces and tabs, trims lines and keeps one empty line between paragraphs', () => {
      expect(normaliseText('  Opština\t\t Niš  \r\n\r\n\r\n\r\n  Општина   Ниш \n')).toBe(
        'Opština Niš\n\nОпштина Ниш',
      );
    });

    it('drops soft hyphens, zero-width spaces, BOMs and control characters', () => {
      expect(normaliseText('\uFEFFsa\u00ADmo\u200Bupra\u0007va')).toBe('samouprava');
    });

    it('composes decomposed letters (NFC), so č matches č', () => {
      expect(normaliseText('c\u030Cetvrtak')).toBe('četvrtak');
    });
  });

  describe('result', () => {
    it('cuts at the byte cap without splitting a letter and says the text was truncated', () => {
      const collector = new TextCollector(5);
      collector.push('ђђђђ');
      expect(collector.result()).toEqual({ text: 'ђђ', truncated: true });
    });

    it('stops taking text once enough is in hand, and is then full', () => {
      const collector = new TextCollector(4);
      collector.push('a'.repeat(100));
      expect(collector.full).toBe(true);
      expect(collector.result()).toEqual({ text: 'aaaa', truncated: true });
    });

    it('is not truncated when everything fits', () => {
      const collector = new TextCollector(100);
      collector.push('Skupština');
      collector.paragraph();
      collector.push('opštine');
      expect(collector.result()).toEqual({ text: 'Skupština\n\nopštine', truncated: false });
    });
  });
});
