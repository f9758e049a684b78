// Prints, as JSON, the statements the PostgreSQL engine runs for the bench's queries (each with
// the settings the engine applies before it, in the same transaction): the bench runs these same
// texts as its "raw SQL", so the ratio to the gateway is what the service stack adds. Input on stdin: { queries: string[], scope: ReadScope, first: number }.
import { readFileSync } from 'node:fs';
import { parseQuery } from '@mreza/search/engine/query-parser';
import type { ReadScope } from '@mreza/search/engine/search-engine';
import { searchStatement } from '@mreza/search/engine/postgres/search-statement';
import { toTsQueryText } from '@mreza/search/engine/postgres/tsquery';

const input = JSON.parse(readFileSync(0, 'utf8')) as {
  queries: string[];
  scope: ReadScope;
  first: number;
};
const statements = input.queries.map((query) =>
  searchStatement(
    { filter: {}, scope: input.scope, first: input.first },
    { mode: 'words', tsText: toTsQueryText(parseQuery(query)) },
    undefined,
  ),
);
process.stdout.write(JSON.stringify(statements));
