import { randomUUID } from 'node:crypto';
import type { IndexItem, ReadScope, SearchEngine, SearchRequest } from './search-engine';
import { ANONYMOUS_SCOPE } from './search-engine';

/** An item with sensible defaults: `anItem({ title: '…' })`. */
export function anItem(overrides: Partial<IndexItem> = {}): IndexItem {
  return {
    type: 'DOCUMENT',
    id: randomUUID(),
    title: '',
    summary: '',
    body: '',
    language: 'sr',
    access: 'SIGNED_IN',
    networkIds: [],
    organisationId: null,
    kind: null,
    year: 2024,
    date: new Date('2024-05-01T10:00:00Z'),
    parentId: null,
    sourceAt: new Date('2024-05-01T10:00:00Z'),
    ...overrides,
  };
}

export const signedIn = (overrides: Partial<ReadScope> = {}): ReadScope => ({
  signedIn: true,
  staff: false,
  readableNetworkIds: [],
  memberNetworkIds: [],
  ...overrides,
});

/**
 * The behaviour every engine must have, run against PostgreSQL here and against Meilisearch
 * where `MEILISEARCH_URL` is set: the same items, the same queries, the same answers.
 * `makeEngine` returns a fresh engine; `skip` reports the suite as skipped (no server here).
 */
export function describeEngineContract(
  name: string,
  makeEngine: () => Promise<{ engine: SearchEngine; close(): Promise<void> }>,
  options: { skip?: boolean } = {},
) {
  const maybe = options.skip ? describe.skip : describe;
  maybe(`${name} engine contract`, () => {
    let engine: SearchEngine;
    let close: () => Promise<void> = async () => undefined;
    const marker = `m${randomUUID().slice(0, 6)}`;
    const openNet = randomUUID();
    const closedNet = randomUUID();
    const org = randomUUID();
    const items = {
      cyrillic: anItem({
        title: `Социјална заштита у општини ${marker}`,
        summary: 'Услуге за старије',
        body: 'Центар за социјални рад пружа помоћ у кући.',
        kind: 'GOOD_PRACTICE',
        organisationId: org,
      }),
      latin: anItem({
        type: 'THREAD',
        title: `Iskustva sa socijalnom zaštitom ${marker}`,
        body: 'Kako organizujete pomoć u kući za starije sugrađane?',
        access: 'NETWORK',
        networkIds: [openNet],
        year: 2023,
      }),
      closed: anItem({
        type: 'POST',
        title: '',
        displayTitle: 'Zatvorena tema',
        body: `Tajni budžet ${marker} za socijalnu zaštitu`,
        access: 'NETWORK',
        networkIds: [closedNet],
      }),
      english: anItem({
        title: `Social protection budgets ${marker}`,
        body: 'Municipalities are planning their budgets for social services.',
        language: 'en',
        access: 'PUBLIC',
      }),
      phrase: anItem({
        title: `Javne nabavke male vrednosti ${marker}`,
        body: 'Zakon o javnim nabavkama propisuje postupke; konkurs nije potreban.',
        access: 'PUBLIC',
      }),
      other: anItem({
        title: `Oprema za škole ${marker}`,
        body: 'Javni konkurs za nabavke računara za školu.',
        access: 'PUBLIC',
      }),
    };
    const ids = (result: { hits: { id: string }[] }) => result.hits.map((hit) => hit.id);
    const ask = (query: string, scope: ReadScope, extra: Partial<SearchRequest> = {}) =>
      engine.search({ query: `${query} ${marker} `, filter: {}, scope, first: 20, ...extra });
    const member = signedIn({
      readableNetworkIds: [openNet, closedNet],
      memberNetworkIds: [closedNet],
    });

    beforeAll(async () => {
      const made = await makeEngine();
      engine = made.engine;
      close = made.close;
      await engine.init();
      await engine.upsert(Object.values(items));
    });

    afterAll(() => close());

    const it_ = (title: string, test: () => Promise<void>) => it(title, test);

    it_('finds the same items in Cyrillic, Latin and Latin without diacritics', async () => {
      const scope = signedIn({ readableNetworkIds: [openNet] });
      const cyrillic = ids(await ask('Социјална заштита', scope));
      expect(cyrillic).toEqual(expect.arrayContaining([items.cyrillic.id, items.latin.id]));
      expect(ids(await ask('socijalna zaštita', scope)).sort()).toEqual([...cyrillic].sort());
      expect(ids(await ask('socijalna zastita', scope)).sort()).toEqual([...cyrillic].sort());
    });

    it_('ranks a match in the title above one in the body', async () => {
      const result = await ask('nabavke', signedIn());
      expect(ids(result)).toEqual([items.phrase.id, items.other.id]);
      expect(result.hits[0].score).toBeGreaterThanOrEqual(result.hits[1].score);
    });

    it_('shows a snippet in the original script with the match marked', async () => {
      const result = await ask('помоћ', signedIn());
      const hit = result.hits.find((h) => h.id === items.cyrillic.id);
      expect(hit?.snippet).toContain('<mark>помоћ</mark>');
      expect(hit?.title).toBe(items.cyrillic.title);
    });

    it_('stems English items in English', async () => {
      expect(ids(await ask('budget planned', ANONYMOUS_SCOPE))).toEqual([items.english.id]);
    });

    it_('matches a quoted phrase only in that order', async () => {
      expect(ids(await ask('"male vrednosti"', signedIn()))).toEqual([items.phrase.id]);
      expect(ids(await ask('"vrednosti male"', signedIn()))).toEqual([]);
    });

    it_('excludes -words', async () => {
      expect(ids(await ask('nabavke -racunara', signedIn()))).toEqual([items.phrase.id]);
    });

    it_('matches the last word as a prefix while typing', async () => {
      const result = await engine.search({
        query: `${marker} socijal`,
        filter: {},
        scope: signedIn(),
        first: 20,
      });
      expect(ids(result)).toContain(items.cyrillic.id);
    });

    it_('tolerates a typo in a title word', async () => {
      const result = await engine.search({
        query: 'nabafke ',
        filter: {},
        scope: ANONYMOUS_SCOPE,
        first: 20,
      });
      expect(ids(result)).toEqual(expect.arrayContaining([items.phrase.id]));
    });

    it_('shows a closed network only to its readers, with no trace in facets', async () => {
      const outsider = await ask('socijalnu', signedIn({ readableNetworkIds: [openNet] }));
      expect(ids(outsider)).not.toContain(items.closed.id);
      expect(outsider.facets.networkIds.map((f) => f.value)).not.toContain(closedNet);
      expect(outsider.facets.types.map((f) => f.value)).not.toContain('POST');
      expect(ids(await ask('tajni', member))).toEqual([items.closed.id]);
      expect(ids(await ask('tajni', signedIn({ staff: true })))).toEqual([items.closed.id]);
    });

    it_('shows anonymous callers only public items', async () => {
      const result = await ask('zaštita', ANONYMOUS_SCOPE);
      expect(ids(result)).toEqual([]);
      expect(result.total).toBe(0);
    });

    it_('filters and counts facets', async () => {
      const result = await ask('zastita', member, { filter: { types: ['THREAD', 'POST'] } });
      expect(ids(result).sort()).toEqual([items.latin.id, items.closed.id].sort());
      expect(result.total).toBe(2);
      expect(result.totalIsExact).toBe(true);
      expect(result.facets.types).toEqual(
        expect.arrayContaining([
          { value: 'THREAD', count: 1 },
          { value: 'POST', count: 1 },
        ]),
      );
      const byYear = await ask('zastita', member, { filter: { years: [2023] } });
      expect(ids(byYear)).toEqual([items.latin.id]);
      const byKind = await ask('zastita', member, {
        filter: { kinds: ['GOOD_PRACTICE'], organisationIds: [org] },
      });
      expect(ids(byKind)).toEqual([items.cyrillic.id]);
    });

    it_('pages with a cursor without repeating a hit', async () => {
      const first = await ask('nabavke', signedIn(), { first: 1 });
      expect(first.hasNextPage).toBe(true);
      const second = await ask('nabavke', signedIn(), {
        first: 1,
        after: first.endCursor ?? undefined,
      });
      expect(ids(second)).toHaveLength(1);
      expect(ids(second)).not.toEqual(ids(first));
    });

    it_('forgets a removed item, and an older write does not bring it back', async () => {
      const item = anItem({ title: `Prolazna vest ${marker}`, access: 'PUBLIC' });
      await engine.upsert([item]);
      expect(ids(await ask('prolazna', ANONYMOUS_SCOPE))).toEqual([item.id]);
      await engine.remove([item], new Date('2024-06-01T00:00:00Z'));
      expect(ids(await ask('prolazna', ANONYMOUS_SCOPE))).toEqual([]);
      await engine.upsert([{ ...item, sourceAt: new Date('2024-05-15T00:00:00Z') }]);
      expect(ids(await ask('prolazna', ANONYMOUS_SCOPE))).toEqual([]);
    });

    it_('keeps the body on a metadata-only update and replaces it with setBody', async () => {
      const item = anItem({
        title: `Pravilnik ${marker}`,
        body: 'o radu komunalne policije',
        access: 'PUBLIC',
      });
      await engine.upsert([item]);
      await engine.upsert([
        {
          ...item,
          body: undefined,
          title: `Pravilnik izmenjen ${marker}`,
          sourceAt: new Date('2024-07-01'),
        },
      ]);
      expect(ids(await ask('komunalne', ANONYMOUS_SCOPE))).toEqual([item.id]);
      expect(await engine.setBody(item, 'o radu saobraćajne policije')).toBe(true);
      expect(ids(await ask('komunalne', ANONYMOUS_SCOPE))).toEqual([]);
      expect(ids(await ask('saobracajne', ANONYMOUS_SCOPE))).toEqual([item.id]);
    });

    it_(
      "says whether it knows the item whose body it is given, and keeps a removed one's until it returns",
      async () => {
        const item = anItem({ title: `Izveštaj ${marker}`, access: 'PUBLIC' });
        expect(await engine.setBody(item, 'o vodovodu')).toBe(false);
        await engine.upsert([item]);
        await engine.remove([item], new Date('2024-07-01'));
        expect(await engine.setBody(item, 'o vodovodu')).toBe(true);
        expect(ids(await ask('vodovodu', ANONYMOUS_SCOPE))).toEqual([]);
        await engine.upsert([{ ...item, body: undefined, sourceAt: new Date('2024-08-01') }]);
        expect(ids(await ask('vodovodu', ANONYMOUS_SCOPE))).toEqual([item.id]);
      },
    );

    it_('hides and moves replies with their thread', async () => {
      const thread = randomUUID();
      const reply = anItem({
        type: 'POST',
        displayTitle: 'Stara tema',
        body: `Odgovor o komunalijama ${marker}`,
        access: 'NETWORK',
        networkIds: [openNet],
        parentId: thread,
      });
      await engine.upsert([reply]);
      const reader = signedIn({ readableNetworkIds: [openNet] });
      const [hit] = (await ask('komunalijama', reader)).hits;
      expect(hit).toMatchObject({ id: reply.id, threadId: thread });
      await engine.updateChildren(thread, {
        displayTitle: 'Nova tema',
        networkIds: [closedNet],
        hidden: false,
      });
      expect(ids(await ask('komunalijama', reader))).toEqual([]);
      expect((await ask('komunalijama', member)).hits[0].title).toBe('Nova tema');
      await engine.updateChildren(thread, {
        displayTitle: 'Nova tema',
        networkIds: [closedNet],
        hidden: true,
      });
      expect(ids(await ask('komunalijama', member))).toEqual([]);
      await engine.updateChildren(thread, {
        displayTitle: 'Nova tema',
        networkIds: [closedNet],
        hidden: false,
      });
      await engine.removeChildren(thread, new Date());
      expect(ids(await ask('komunalijama', member))).toEqual([]);
    });

    it_('finds similar documents among those the viewer may read', async () => {
      const a = anItem({
        title: `Energetska efikasnost javnih zgrada ${marker}`,
        summary: 'Obnova škola i vrtića',
        access: 'PUBLIC',
      });
      const b = anItem({
        title: 'Energetska obnova javnih zgrada u opštini',
        summary: 'Efikasnost i uštede',
        access: 'PUBLIC',
      });
      const hidden = anItem({
        title: 'Energetska efikasnost zgrada, interno',
        access: 'NETWORK_MEMBERS',
        networkIds: [closedNet],
      });
      await engine.upsert([a, b, hidden]);
      const similar = await engine.similar(a, ANONYMOUS_SCOPE, 5);
      expect(similar.map((hit) => hit.id)).toContain(b.id);
      expect(similar.map((hit) => hit.id)).not.toContain(hidden.id);
      expect(similar.map((hit) => hit.id)).not.toContain(a.id);
    });

    it_('rebuilds into a new generation and switches to it', async () => {
      const generation = await engine.beginGeneration();
      const fresh = anItem({ title: `Nova generacija ${marker}`, access: 'PUBLIC' });
      await generation.upsert([fresh]);
      // Until the switch the active generation answers.
      expect(ids(await ask('generacija', ANONYMOUS_SCOPE))).toEqual([]);
      const live = anItem({ title: `Upis tokom izgradnje ${marker}`, access: 'PUBLIC' });
      await engine.upsert([live]);
      await generation.activate();
      expect(ids(await ask('generacija', ANONYMOUS_SCOPE))).toEqual([fresh.id]);
      // A write during the build reached the new generation too.
      expect(ids(await ask('izgradnje', ANONYMOUS_SCOPE))).toEqual([live.id]);
      await engine.upsert(Object.values(items));
    });
  });
}
