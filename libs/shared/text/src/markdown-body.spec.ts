import { MAX_BODY_LENGTH, postBodyProblem } from './markdown-body';

describe(postBodyProblem.name, () => {
  describe('accepts', () => {
    it.each([
      ['plain Markdown', '# Sastanak\n\n**Dnevni red**: budžet, _javne nabavke_.'],
      ['links and images', '[Zakon](https://www.paragraf.rs/zakon) ![grb](/storage/grb.png)'],
      ['a reference link', '[odluka][1]\n\n[1]: https://skgo.org/odluka.pdf'],
      ['an autolink and mail', '<https://skgo.org> i <mailto:mreza@skgo.org>'],
      ['prose that names JavaScript', 'JavaScript: osnove, za IT službe opština.'],
      ['an inline image as data', '![x](data:image/png;base64,iVBORw0KGgo=)'],
      ['harmless HTML', '<b>važno</b> <a href="https://skgo.org">SKGO</a>'],
      ['escaped markup shown as text', '&lt;script&gt; se prikazuje kao tekst'],
      ['exactly the limit', 'a'.repeat(MAX_BODY_LENGTH)],
    ])('%s', (_, body) => {
      expect(postBodyProblem(body)).toBeNull();
    });
  });

  describe('refuses as unsafe', () => {
    it.each([
      ['a script element', 'Pozdrav <script>alert(1)</script>'],
      ['a script element in capitals with spaces', '< SCRIPT src=//x.rs/a.js>'],
      ['an iframe', '<iframe src="https://example.com"></iframe>'],
      ['an object', '<object data="x.swf"></object>'],
      ['an event handler', '<img src=x onerror=alert(1)>'],
      ['a javascript: link', '[klikni](javascript:alert(1))'],
      ['a javascript: link in capitals', '[klikni](JavaScript:alert(1))'],
      ['a javascript: image', '![x](javascript:alert(1))'],
      ['a javascript: link in angle brackets', '[x](<javascript:alert(1)>)'],
      ['a javascript: reference definition', '[x][a]\n\n[a]: javascript:alert(1)'],
      ['a javascript: autolink', '<javascript:alert(1)>'],
      ['a javascript: href', '<a href="javascript:alert(1)">x</a>'],
      ['a javascript: href without quotes', '<a href=javascript:alert(1)>x</a>'],
      ['an entity-encoded scheme', '[x](&#106;avascript&#58;alert(1))'],
      ['a hex-entity-encoded colon', '<a href="javascript&#x3A;alert(1)">x</a>'],
      ['a named-entity colon', '[x](javascript&colon;alert(1))'],
      ['a scheme split by a tab', '<a href="java\tscript:alert(1)">x</a>'],
      ['a backslash-escaped colon', '[x](javascript\\:alert(1))'],
      ['a vbscript: link', '[x](vbscript:msgbox(1))'],
      ['an HTML data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)'],
    ])('%s', (_, body) => {
      expect(postBodyProblem(body)).toMatchObject({ kind: 'unsafe' });
    });
  });

  it('refuses an empty body', () => {
    expect(postBodyProblem(' \n\t ')).toEqual({ kind: 'empty' });
  });

  it('refuses a body one character over the limit, and a 1 MB body', () => {
    expect(postBodyProblem('a'.repeat(MAX_BODY_LENGTH + 1))).toEqual({
      kind: 'too-long',
      length: MAX_BODY_LENGTH + 1,
    });
    expect(postBodyProblem('a'.repeat(1024 * 1024))).toMatchObject({ kind: 'too-long' });
  });
});
