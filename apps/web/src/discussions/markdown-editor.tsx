import {
  ActionIcon,
  Box,
  Group,
  Paper,
  Stack,
  Tabs,
  Text,
  Textarea,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import type { KeyboardEvent, ReactNode } from 'react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PostBody } from '@web/networks/post-body';

/** The documented limit of a post, also checked by the server. */
export const MAX_BODY_LENGTH = 20_000;

export interface MentionCandidate {
  id: string;
  displayName: string;
}

/** Lower case, without diacritics: "Petrović" and "petrovic" match. */
export function foldName(text: string): string {
  return text
    .toLowerCase()
    .replace(/đ/g, 'dj')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** What `@…` the caret is at the end of, if any: the text after the `@`. */
export function mentionQueryAt(
  text: string,
  caret: number,
): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|[\s(])@([^\s@[\]()]{0,30})$/.exec(before);
  if (!match) return null;
  const query = match[2] ?? '';
  return { start: caret - query.length - 1, query };
}

/** The Markdown link the server records as a mention. */
export function mentionMarkdown(person: MentionCandidate): string {
  const name = person.displayName.replace(/[[\]]/g, '');
  return `[@${name}](mention:${person.id})`;
}

type Format = 'bold' | 'italic' | 'link' | 'list' | 'quote';

/** Applies a toolbar format to the selection; answers the new text and selection. */
export function applyFormat(
  text: string,
  start: number,
  end: number,
  format: Format,
  placeholder: string,
): { text: string; start: number; end: number } {
  const selected = text.slice(start, end) || placeholder;
  const wrap = (before: string, after: string) => ({
    text: text.slice(0, start) + before + selected + after + text.slice(end),
    start: start + before.length,
    end: start + before.length + selected.length,
  });
  switch (format) {
    case 'bold':
      return wrap('**', '**');
    case 'italic':
      return wrap('_', '_');
    case 'link':
      return wrap('[', '](https://)');
    case 'list':
    case 'quote': {
      const prefix = format === 'list' ? '- ' : '> ';
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      const block = (text.slice(lineStart, end) || placeholder)
        .split('\n')
        .map((line) => prefix + line)
        .join('\n');
      const lead = lineStart > 0 && text[lineStart - 1] !== '\n' ? '\n' : '';
      return {
        text: text.slice(0, lineStart) + lead + block + text.slice(Math.max(end, lineStart)),
        start: lineStart + lead.length,
        end: lineStart + lead.length + block.length,
      };
    }
  }
}

const FORMATS: { format: Format; label: string; glyph: ReactNode }[] = [
  { format: 'bold', label: 'bold', glyph: <b>B</b> },
  { format: 'italic', label: 'italic', glyph: <i>I</i> },
  { format: 'link', label: 'link', glyph: <span aria-hidden>🔗</span> },
  { format: 'list', label: 'list', glyph: <span aria-hidden>•≡</span> },
  { format: 'quote', label: 'quote', glyph: <span aria-hidden>❝</span> },
];

interface MarkdownEditorProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Members of the network, for `@` suggestions; none: no suggestions. */
  candidates?: MentionCandidate[];
  /** Called on every keystroke in the text (typing indicator). */
  onTyping?: () => void;
  minRows?: number;
  autoFocus?: boolean;
  error?: ReactNode;
}

/**
 * Markdown with a toolbar (bold, italic, link, list, quote), a preview tab rendered through the
 * same renderer as posts, and `@name` suggestions that insert a mention link.
 */
export function MarkdownEditor({
  label,
  value,
  onChange,
  candidates = [],
  onTyping,
  minRows = 4,
  autoFocus,
  error,
}: MarkdownEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const listId = `${id}-mentions`;
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [tab, setTab] = useState<string | null>('write');
  const [mention, setMention] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);

  const matches = mention
    ? candidates
        .filter((person) => foldName(person.displayName).includes(foldName(mention.query)))
        .slice(0, 6)
    : [];
  const suggesting = matches.length > 0;

  const select = (next: string, start: number, end: number) => {
    onChange(next);
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(start, end);
    });
  };

  const format = (kind: Format) => {
    const element = textarea.current;
    const start = element?.selectionStart ?? value.length;
    const end = element?.selectionEnd ?? value.length;
    const result = applyFormat(value, start, end, kind, t('editor.placeholderText'));
    select(result.text, result.start, result.end);
  };

  const track = (text: string, caret: number) => {
    const found = candidates.length > 0 ? mentionQueryAt(text, caret) : null;
    setMention(found);
    setActive(0);
  };

  const insertMention = (person: MentionCandidate) => {
    if (!mention) return;
    const caret = mention.start + 1 + mention.query.length;
    const link = `${mentionMarkdown(person)} `;
    const next = value.slice(0, mention.start) + link + value.slice(caret);
    setMention(null);
    const position = mention.start + link.length;
    select(next, position, position);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!suggesting) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + matches.length) % matches.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      const person = matches[active];
      if (person) {
        event.preventDefault();
        insertMention(person);
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setMention(null);
    }
  };

  return (
    <Tabs value={tab} onChange={setTab} variant="outline" keepMounted>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Tabs.List aria-label={t('editor.modes', { label })}>
          <Tabs.Tab value="write">{t('editor.write')}</Tabs.Tab>
          <Tabs.Tab value="preview">{t('editor.preview')}</Tabs.Tab>
        </Tabs.List>
        {tab === 'write' && (
          <Group gap={4} role="toolbar" aria-label={t('editor.toolbar')}>
            {FORMATS.map((item) => (
              <Tooltip key={item.format} label={t(`editor.${item.label}` as 'editor.bold')}>
                <ActionIcon
                  variant="default"
                  size="md"
                  aria-label={t(`editor.${item.label}` as 'editor.bold')}
                  onClick={() => format(item.format)}
                >
                  {item.glyph}
                </ActionIcon>
              </Tooltip>
            ))}
          </Group>
        )}
      </Group>
      <Tabs.Panel value="write" pt="xs">
        <Box pos="relative">
          <Textarea
            ref={textarea}
            label={label}
            description={t('editor.hint', { max: MAX_BODY_LENGTH.toLocaleString() })}
            value={value}
            onChange={(event) => {
              onChange(event.currentTarget.value);
              track(event.currentTarget.value, event.currentTarget.selectionStart);
              onTyping?.();
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setTimeout(() => setMention(null), 150)}
            autosize
            minRows={minRows}
            maxRows={16}
            maxLength={MAX_BODY_LENGTH}
            data-autofocus={autoFocus || undefined}
            error={error}
            role={candidates.length > 0 ? 'combobox' : undefined}
            aria-autocomplete={candidates.length > 0 ? 'list' : undefined}
            aria-expanded={candidates.length > 0 ? suggesting : undefined}
            aria-controls={suggesting ? listId : undefined}
            aria-activedescendant={suggesting ? `${listId}-${active}` : undefined}
          />
          {suggesting && (
            <Paper
              withBorder
              shadow="md"
              radius="md"
              p={4}
              pos="absolute"
              style={{ zIndex: 20, left: 0, right: 0, maxWidth: 360 }}
            >
              <Stack
                gap={0}
                component="ul"
                id={listId}
                role="listbox"
                aria-label={t('editor.mentionSuggestions')}
                style={{ listStyle: 'none', margin: 0, padding: 0 }}
              >
                {matches.map((person, index) => (
                  <li
                    key={person.id}
                    id={`${listId}-${index}`}
                    role="option"
                    aria-selected={index === active}
                  >
                    <UnstyledButton
                      w="100%"
                      p={6}
                      tabIndex={-1}
                      bg={index === active ? 'blue.0' : undefined}
                      onMouseDown={(event) => {
                        event.preventDefault();
                        insertMention(person);
                      }}
                    >
                      <Text size="sm">{person.displayName}</Text>
                    </UnstyledButton>
                  </li>
                ))}
              </Stack>
            </Paper>
          )}
        </Box>
      </Tabs.Panel>
      <Tabs.Panel value="preview" pt="xs">
        <Paper withBorder radius="md" p="sm" mih={80} aria-label={t('editor.preview')}>
          {value.trim() ? (
            <PostBody body={value} links={[]} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('editor.nothingToPreview')}
            </Text>
          )}
        </Paper>
      </Tabs.Panel>
    </Tabs>
  );
}
