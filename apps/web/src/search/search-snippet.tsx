import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { parseSnippet } from './snippet';

/** A hit's snippet with its matched words highlighted; the text is never read as HTML. */
export function SearchSnippet({ snippet }: { snippet: string }) {
  const parts = useMemo(() => parseSnippet(snippet), [snippet]);
  return (
    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
      {parts.map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </Text>
  );
}
