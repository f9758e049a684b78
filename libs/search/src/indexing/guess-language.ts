import { foldSerbian } from '@mreza/shared/text';
import type { SearchLanguage } from '../engine/search-engine';

const ENGLISH = new Set(
  'the and of to in is are for with on that this from by be we our an as at it have has was were will'.split(
    ' ',
  ),
);
const SERBIAN = new Set(
  'i u na za da se od su sa je o iz kao ili ali smo ce bi ne to koji koja koje po do'.split(' '),
);

/**
 * Posts carry no language: English if English function words outnumber Serbian (and regional)
 * ones, otherwise Serbian. Any Cyrillic means Serbian.
 */
export function guessLanguage(text: string): SearchLanguage {
  if (/\p{Script=Cyrillic}/u.test(text)) return 'sr';
  let english = 0;
  let serbian = 0;
  for (const word of foldSerbian(text.slice(0, 5000)).match(/\p{L}+/gu) ?? []) {
    if (ENGLISH.has(word)) english++;
    if (SERBIAN.has(word)) serbian++;
  }
  return english > serbian ? 'en' : 'sr';
}
