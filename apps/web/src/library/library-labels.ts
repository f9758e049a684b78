import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { InterfaceLanguage } from '@web/i18n/languages';
import type { LibraryTopic } from './library.operations';
import { LIBRARY_NETWORKS, LIBRARY_TOPICS } from './library.operations';

/** A topic's name in the interface language's script; the English name in English. */
export function topicName(
  topic: Pick<LibraryTopic, 'nameLatin' | 'nameCyrillic' | 'nameEnglish'>,
  language: InterfaceLanguage,
): string {
  if (language === 'en' && topic.nameEnglish) return topic.nameEnglish;
  if (language === 'sr-Cyrl' && topic.nameCyrillic) return topic.nameCyrillic;
  return topic.nameLatin;
}

/** Bytes as people read them: "820 KB", "4,2 MB". */
export function fileSize(bytes: number, language: InterfaceLanguage): string {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes < 1024) return format(bytes, 'B');
  if (bytes < 1024 * 1024) return format(bytes / 1024, 'KB');
  return format(bytes / (1024 * 1024), 'MB');
}

/** The title a file suggests: its name without the extension, separators as spaces. */
export function titleFromFilename(filename: string): string {
  return filename
    .replace(/\.[^.]+$/, '')
    .replace(/[_]+/g, ' ')
    .trim();
}

/** Years a document may be from, newest first. */
export function documentYears(now: Date = new Date()): number[] {
  const years: number[] = [];
  for (let year = now.getFullYear(); year >= 1990; year -= 1) years.push(year);
  return years;
}

/** All networks (for filters) and the viewer's (for the form); 24 today, one request. */
export function useLibraryNetworks() {
  const query = useQuery(LIBRARY_NETWORKS);
  const all = useMemo(() => query.data?.networks.nodes ?? [], [query.data]);
  const mine = useMemo(() => all.filter((network) => network.viewerMembership !== null), [all]);
  return { all, mine, loading: query.loading, error: query.error, refetch: query.refetch };
}

/** The managed topics that may be chosen: archived ones are left out. */
export function useLibraryTopics() {
  const query = useQuery(LIBRARY_TOPICS);
  const topics = useMemo(
    () => (query.data?.libraryTopics ?? []).filter((topic) => !topic.archived),
    [query.data],
  );
  return { topics, loading: query.loading, error: query.error, refetch: query.refetch };
}
