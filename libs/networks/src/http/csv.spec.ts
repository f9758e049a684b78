import { csvField, toCsv } from './csv';

describe('csv', () => {
  describe(csvField.name, () => {
    it('leaves plain text as it is, Cyrillic included', () => {
      expect(csvField('Милица Радовановић')).toBe('Милица Радовановић');
    });

    it('quotes commas, quotes and line breaks, doubling quotes', () => {
      expect(csvField('Novi Sad, Grad')).toBe('"Novi Sad, Grad"');
      expect(csvField('Savetnik "A"')).toBe('"Savetnik ""A"""');
      expect(csvField('red 1\nred 2')).toBe('"red 1\nred 2"');
    });

    it('writes null as an empty field', () => {
      expect(csvField(null)).toBe('');
    });

    it('defuses text a spreadsheet would evaluate as a formula', () => {
      expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
      expect(csvField('+381')).toBe("'+381");
    });
  });

  describe(toCsv.name, () => {
    it('starts with a byte order mark and ends every line with CRLF', () => {
      expect(toCsv(['a', 'b'], [['1', null]])).toBe('\uFEFFa,b\r\n1,\r\n');
    });
  });
});
