const DIGRAPHS: Record<string, string> = {
  Lj: 'Љ',
  LJ: 'Љ',
  lj: 'љ',
  Nj: 'Њ',
  NJ: 'Њ',
  nj: 'њ',
  Dž: 'Џ',
  DŽ: 'Џ',
  dž: 'џ',
};
const LATIN = 'ABCČĆDĐEFGHIJKLMNOPRSŠTUVZŽabcčćdđefghijklmnoprsštuvzž';
const CYRILLIC = 'АБЦЧЋДЂЕФГХИЈКЛМНОПРСШТУВЗЖабцчћдђефгхијклмнопрсштувзж';
const LETTERS = new Map([...LATIN].map((letter, index) => [letter, CYRILLIC.charAt(index)]));

/**
 * Serbian Latin to Cyrillic, letter by letter (lj → љ, nj → њ, dž → џ), for a name an
 * administrator then checks: letters without a Serbian Cyrillic match (q, w, x, y) stay as
 * they are.
 */
export function latinToCyrillic(text: string): string {
  let result = '';
  for (let index = 0; index < text.length; index += 1) {
    const pair = DIGRAPHS[text.slice(index, index + 2)];
    if (pair) {
      result += pair;
      index += 1;
      continue;
    }
    const letter = text.charAt(index);
    result += LETTERS.get(letter) ?? letter;
  }
  return result;
}
