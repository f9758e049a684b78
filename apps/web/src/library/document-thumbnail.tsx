import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { DOCUMENT_THUMBNAIL } from './library.operations';

/**
 * A document's first page, from a link that expires within minutes. A screen left open, or shown
 * again from the cache, may hold an expired link: when the image fails, a fresh link is fetched
 * once and the image tried again; when that fails too, nothing is shown. The box keeps its size
 * meanwhile (the PNG fits `width` × `height`, top-aligned), so nothing around it moves.
 */
export function DocumentThumbnail({
  documentId,
  url,
  width,
  height,
  alt,
  onGiveUp,
}: {
  documentId: string;
  url: string;
  width: number;
  height: number;
  /** Empty where the image only repeats what its neighbours say. */
  alt: string;
  /** Called once the retry has failed too; the caller then shows nothing. */
  onGiveUp(): void;
}) {
  const client = useApolloClient();
  const [retried, setRetried] = useState(false);
  const [waiting, setWaiting] = useState(false);

  const failed = () => {
    if (retried) {
      onGiveUp();
      return;
    }
    setRetried(true);
    setWaiting(true);
    // The answer lands in the cache: the fresh link comes down as `url` (or none, as null).
    client
      .query({
        query: DOCUMENT_THUMBNAIL,
        variables: { id: documentId },
        fetchPolicy: 'network-only',
      })
      .then(
        () => setWaiting(false),
        () => onGiveUp(),
      );
  };

  const box = { display: 'block', width, height } as const;
  if (waiting) return <span style={box} />;
  return (
    <img
      // A new element for the retry: the browser loads it again even if the link is the same.
      key={retried ? 'retry' : 'first'}
      src={url}
      alt={alt}
      width={width}
      height={height}
      loading="lazy"
      decoding="async"
      onError={failed}
      style={{ ...box, objectFit: 'contain', objectPosition: 'top' }}
    />
  );
}

/**
 * The thumbnail link to show: `url`, unless it is missing or has failed twice (then null). A
 * different link (a later version's) is tried afresh. The second item gives up on the current one.
 */
export function useShownThumbnail(url: string | null | undefined): [string | null, () => void] {
  const [gaveUpOn, setGaveUpOn] = useState<string | null>(null);
  return [url && url !== gaveUpOn ? url : null, () => setGaveUpOn(url ?? null)];
}

/** The page's edge around a thumbnail, wherever one is shown. */
export const THUMBNAIL_FRAME = {
  border: '1px solid var(--mantine-color-default-border)',
  borderRadius: 4,
  overflow: 'hidden',
  background: 'white',
} as const;
