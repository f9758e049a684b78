import { Anchor, Text } from '@mantine/core';
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import type { ReactNode } from 'react';
import { createElement, useMemo } from 'react';
import { Link } from 'react-router';
import type { PostLink } from './feed.operations';

/**
 * The parser the server finds links with (`html: false`: raw HTML stays text; `linkify`: bare
 * addresses are links). Its tokens become React elements: nothing is set as HTML.
 */
const markdown = new MarkdownIt({ html: false, linkify: true });

/** Where a link to a document or thread goes inside the client. */
export function inAppPath(link: PostLink): string {
  return link.kind === 'DOCUMENT' ? `/library/documents/${link.id}` : `/threads/${link.id}`;
}

/** Block and inline tags markdown-it produces that are rendered as they are. */
const TAGS = new Set([
  'p',
  'ul',
  'ol',
  'li',
  'blockquote',
  'strong',
  'em',
  's',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);
/** Headings inside a post stay below the page's own. */
const HEADINGS: Record<string, string> = {
  h1: 'h4',
  h2: 'h5',
  h3: 'h6',
  h4: 'h6',
  h5: 'h6',
  h6: 'h6',
};

function render(tokens: Token[], links: PostLink[], prefix: string): ReactNode[] {
  const out: ReactNode[] = [];
  for (let index = 0; index < tokens.length;) {
    const token = tokens[index] as Token;
    const key = `${prefix}${index}`;
    if (token.nesting === 1) {
      let depth = 1;
      let end = index + 1;
      for (; end < tokens.length && depth > 0; end += 1) depth += tokens[end]?.nesting ?? 0;
      const children = render(tokens.slice(index + 1, end - 1), links, `${key}.`);
      out.push(container(token, children, links, key));
      index = end;
      continue;
    }
    out.push(leaf(token, links, key));
    index += 1;
  }
  return out;
}

function container(token: Token, children: ReactNode[], links: PostLink[], key: string) {
  if (token.type === 'link_open') {
    const href = String(token.attrGet('href') ?? '');
    // A mention (`[@Ana Petrović](mention:<user id>)`) shows as the person's name.
    if (href.startsWith('mention:')) {
      return (
        <Text key={key} component="span" fw={600} c="blue.8" className="mention">
          {children}
        </Text>
      );
    }
    const internal = links.find((link) => link.url === href);
    return internal ? (
      <Anchor key={key} component={Link} to={inAppPath(internal)}>
        {children}
      </Anchor>
    ) : (
      <Anchor key={key} href={href} target="_blank" rel="noopener noreferrer nofollow">
        {children}
      </Anchor>
    );
  }
  // Paragraphs in tight lists are hidden: their text goes straight into the item.
  if (token.hidden) return children;
  const heading = HEADINGS[token.tag];
  if (heading) return createElement(heading, { key }, children);
  if (TAGS.has(token.tag)) {
    const start = token.tag === 'ol' ? Number(token.attrGet('start') ?? 1) : undefined;
    return createElement(token.tag, { key, start }, children);
  }
  return children;
}

function leaf(token: Token, links: PostLink[], key: string): ReactNode {
  switch (token.type) {
    case 'inline':
      return render(token.children ?? [], links, `${key}.`);
    case 'text':
      return token.content;
    case 'softbreak':
      return '\n';
    case 'hardbreak':
      return <br key={key} />;
    case 'code_inline':
      return <code key={key}>{token.content}</code>;
    case 'code_block':
    case 'fence':
      return (
        <pre key={key}>
          <code>{token.content}</code>
        </pre>
      );
    case 'hr':
      return <hr key={key} />;
    case 'image': {
      // Not loaded from wherever it points: shown as a link with its description.
      const src = String(token.attrGet('src') ?? '');
      return (
        <Anchor key={key} href={src} target="_blank" rel="noopener noreferrer nofollow">
          {token.content || src}
        </Anchor>
      );
    }
    default:
      return token.content;
  }
}

/** A post's Markdown, with links to documents and threads opening inside the client. */
export function PostBody({ body, links }: { body: string; links: PostLink[] }) {
  const content = useMemo(() => render(markdown.parse(body, {}), links, ''), [body, links]);
  return (
    <div className="post-body" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
      {content}
    </div>
  );
}
