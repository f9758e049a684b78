/**
 * The checks a post body passes before it is stored. Bodies are Markdown kept as written; the
 * client renders them through a sanitiser (no Markdown or HTML sanitiser is installed server
 * side). As a second line, this refuses what is never legitimate in a post: script, frames,
 * embedded objects, inline event handlers, and `javascript:` / `vbscript:` / non-image `data:`
 * URLs in any place a URL can appear (Markdown links and images, reference definitions,
 * autolinks, HTML attributes), including when hidden by entities, escapes or control characters.
 */

/** The documented limit of a post or announcement body, in characters. */
export const MAX_BODY_LENGTH = 20_000;

export type BodyProblem =
  { kind: 'empty' } | { kind: 'too-long'; length: number } | { kind: 'unsafe'; reason: string };

const DANGEROUS_TAG = /<\s*\/?\s*(script|iframe|frame|frameset|object|embed)\b/i;
/** `<img src=x onerror=…>`: an event handler attribute inside a tag. */
const EVENT_HANDLER = /<[a-z][^>]*[\s/"']on[a-z]+\s*=/i;

const URL_PLACES: RegExp[] = [
  // [text](url), ![alt](url): the destination, bare or in angle brackets.
  /\]\(\s*(<[^>]*>|[^\s)]*)/g,
  // [label]: url
  /^[ \t]{0,3}\[[^\]]+\]:[ \t]*(<[^>]*>|\S+)/gm,
  // <scheme:…> autolinks.
  /<([a-z][a-z0-9+.\-\s]*:[^>]*)>/gi,
  // href="…", src='…', action=… in raw HTML.
  /\b(?:href|src|action|formaction|xlink:href|poster|background|data)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi,
];

/** Control characters, whitespace and zero-width characters: ignored inside a URL scheme. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g;

const NAMED_ENTITIES: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  lpar: '(',
  rpar: ')',
  sol: '/',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  amp: '&',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : +name.slice(1);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Browsers drop control characters and whitespace in a scheme; Markdown drops `\` escapes. */
function normaliseUrl(raw: string): string {
  const unwrapped = raw.replace(/^["'<]|["'>]$/g, '');
  return decodeEntities(decodeEntities(unwrapped))
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(INVISIBLE, '')
    .toLowerCase();
}

function isDangerousUrl(url: string): boolean {
  if (url.startsWith('javascript:') || url.startsWith('vbscript:')) return true;
  return url.startsWith('data:') && !/^data:image\/(png|gif|jpeg|webp);/.test(url);
}

/** What is wrong with a body, or null when it may be stored. */
export function postBodyProblem(body: string): BodyProblem | null {
  if (body.length > MAX_BODY_LENGTH) return { kind: 'too-long', length: body.length };
  if (body.trim() === '') return { kind: 'empty' };
  const tag = DANGEROUS_TAG.exec(body);
  if (tag) return { kind: 'unsafe', reason: `a <${tag[1].toLowerCase()}> element` };
  if (EVENT_HANDLER.test(body)) return { kind: 'unsafe', reason: 'an HTML event handler' };
  for (const place of URL_PLACES) {
    for (const match of body.matchAll(place)) {
      if (isDangerousUrl(normaliseUrl(match[1]))) {
        return { kind: 'unsafe', reason: 'a script link (javascript:, vbscript: or data:)' };
      }
    }
  }
  return null;
}
