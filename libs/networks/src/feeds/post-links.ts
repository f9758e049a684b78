import MarkdownIt from 'markdown-it';

/** What a post can link to inside the platform. */
export enum PostLinkKind {
  /** A good-practice document of the library: `/library/documents/<id>`. */
  DOCUMENT = 'DOCUMENT',
  /** A discussion thread: `/threads/<id>`. */
  THREAD = 'THREAD',
}

export interface PostLink {
  kind: PostLinkKind;
  id: string;
  /** The link's address as the Markdown gives it (relative, or on any host). */
  url: string;
}

/**
 * The parser the web client renders bodies with (`html: false`, `linkify: true`), so a link is
 * found here exactly when the reader sees one: `[text](url)`, `<url>`, a reference link or a
 * bare URL, but not a URL inside code or one that is only text.
 */
const markdown = new MarkdownIt({ html: false, linkify: true });

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const TARGETS: { kind: PostLinkKind; path: RegExp }[] = [
  { kind: PostLinkKind.DOCUMENT, path: new RegExp(`^/library/documents/(${UUID})/?$`, 'i') },
  { kind: PostLinkKind.THREAD, path: new RegExp(`^/threads/(${UUID})/?$`, 'i') },
];

/** Resolves relative addresses against a placeholder origin; only the path is looked at. */
const BASE = 'http://relative.invalid/';

function linkTarget(href: string): { kind: PostLinkKind; id: string } | null {
  let url: URL;
  try {
    url = new URL(href, BASE);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  for (const { kind, path } of TARGETS) {
    const match = path.exec(url.pathname);
    if (match) return { kind, id: match[1].toLowerCase() };
  }
  return null;
}

/**
 * The links of a Markdown body to library documents and discussion threads, in the order they
 * appear, each target once.
 */
export function postLinksOf(body: string): PostLink[] {
  const links: PostLink[] = [];
  const seen = new Set<string>();
  for (const block of markdown.parse(body, {})) {
    for (const token of block.children ?? []) {
      if (token.type !== 'link_open') continue;
      const href = String(token.attrGet('href') ?? '');
      const target = linkTarget(href);
      if (!target || seen.has(`${target.kind}:${target.id}`)) continue;
      seen.add(`${target.kind}:${target.id}`);
      links.push({ ...target, url: href });
    }
  }
  return links;
}
