import { describe, expect, it } from '@jest/globals';
import { parseSnippet } from './snippet';

describe('parseSnippet', () => {
  it('marks the matched words and keeps the rest as plain text', () => {
    expect(parseSnippet('Програм <mark>заштите</mark> животне средине')).toEqual([
      { text: 'Програм ', marked: false },
      { text: 'заштите', marked: true },
      { text: ' животне средине', marked: false },
    ]);
  });

  it('decodes the escaped text once, so that it shows as written', () => {
    expect(parseSnippet('a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#x27;')).toEqual([
      { text: 'a <b> & "c" \'d\'', marked: false },
    ]);
  });

  it('leaves any markup other than <mark> as text, never as an element', () => {
    const parts = parseSnippet('<img src=x onerror=alert(1)><mark>x</mark><script>y</script>');
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)>', marked: false },
      { text: 'x', marked: true },
      { text: '<script>y</script>', marked: false },
    ]);
  });

  it('does not turn an escaped <mark> into a highlight', () => {
    expect(parseSnippet('&lt;mark&gt;not a match&lt;/mark&gt;')).toEqual([
      { text: '<mark>not a match</mark>', marked: false },
    ]);
  });
});
