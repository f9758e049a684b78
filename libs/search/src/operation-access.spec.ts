import { operationAccess } from '@mreza/shared/auth';
import { SearchResolver } from './search/search.resolver';

describe('search operation access', () => {
  it('matches the intended table: a new or changed operation must be added here on purpose', () => {
    const table = Object.fromEntries(
      operationAccess([SearchResolver]).map(({ operation, access }) => [operation, access]),
    );
    // Public, because anonymous visitors find public library documents; what each caller may
    // read is filtered inside the engine query, pinned by authorization.integration-spec.ts.
    expect(table).toEqual({
      'Query search': 'public',
      'Query similarDocuments': 'public',
    });
  });
});
