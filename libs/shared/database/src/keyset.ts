import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Orders a query by its sort keys (the last one unique, usually the id) and, after a cursor,
 * keeps only the rows past it: `(k1, k2, id) > (:c1, :c2, :id)`, or `<` for newest-first lists.
 * Fetches `limit + 1` rows so `toPage` can tell whether another page follows.
 */
export function keysetPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  options: { keys: string[]; direction: 'ASC' | 'DESC'; limit: number; after?: unknown[] },
): SelectQueryBuilder<T> {
  const { keys, direction, limit, after } = options;
  keys.forEach((key, index) =>
    index === 0 ? query.orderBy(key, direction) : query.addOrderBy(key, direction),
  );
  if (after) {
    const names = after.map((_, index) => `:keyset${index}`);
    const parameters = Object.fromEntries(after.map((value, index) => [`keyset${index}`, value]));
    const comparison = direction === 'ASC' ? '>' : '<';
    query.andWhere(`(${keys.join(', ')}) ${comparison} (${names.join(', ')})`, parameters);
  }
  return query.limit(limit + 1);
}
