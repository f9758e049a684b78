import { decodeCursor, encodeCursor, toPage } from './pagination';

describe('pagination', () => {
  it('round-trips a cursor', () => {
    const cursor = { key: '2026-01-01T00:00:00.000Z', id: 'a' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it('rejects a cursor it did not make', () => {
    expect(decodeCursor('not-a-cursor')).toBeUndefined();
    expect(decodeCursor(Buffer.from('{"a":1}').toString('base64url'))).toBeUndefined();
  });

  it('builds a page from limit + 1 rows', () => {
    const page = toPage([{ id: '1' }, { id: '2' }, { id: '3' }], 2, (row) => ({
      key: row.id,
      id: row.id,
    }));
    expect(page.items).toHaveLength(2);
    expect(page.hasNextPage).toBe(true);
    expect(decodeCursor(page.endCursor ?? '')).toEqual({ key: '2', id: '2' });
  });
});
