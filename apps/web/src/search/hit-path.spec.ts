import { describe, expect, it } from '@jest/globals';
import { hitPath } from './search.operations';

const network = { id: 'n1', name: 'Lokalne finansije', slug: 'local-finances' };

describe(hitPath.name, () => {
  it('opens a reply at its place in its thread', () => {
    expect(hitPath({ type: 'POST', id: 'p1', title: 'Tema', network, threadId: 't1' })).toBe(
      '/threads/t1#post-p1',
    );
  });

  it("opens the network's discussions for a post whose thread is not named", () => {
    expect(hitPath({ type: 'POST', id: 'p1', title: 'Tema', network, threadId: null })).toBe(
      '/networks/local-finances?tab=threads',
    );
  });

  it('opens a document, a thread and a person where they live', () => {
    expect(hitPath({ type: 'DOCUMENT', id: 'd1', title: 'D', network: null, threadId: null })).toBe(
      '/library/documents/d1',
    );
    expect(hitPath({ type: 'THREAD', id: 't1', title: 'T', network, threadId: 't1' })).toBe(
      '/threads/t1',
    );
    expect(
      hitPath({ type: 'PERSON', id: 'u1', title: 'Ana Petrović', network: null, threadId: null }),
    ).toBe('/directory?q=Ana%20Petrovi%C4%87');
  });
});
