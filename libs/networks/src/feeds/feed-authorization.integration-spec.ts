import { codeOf } from '@mreza/shared/testing';
import { aPost } from '../testing/feed-factories';
import type { NetworksTestApp } from '../testing/networks-test-app';
import type { Actor } from '../testing/authorization-matrix';
import type { MatrixOperation } from '../testing/authorization-matrix';
import {
  aPeopleWorld,
  matrixCases,
  mustRecordEvent,
  outboxSize,
  tokenOf,
} from '../testing/authorization-matrix';
import { startNetworks, tokenFor } from '../testing/networks-test-app';
import { PostReaction } from './post.entity';

const SECRET = 'Zatvoreno: nacrt budžeta za 2027.';

/**
 * A closed and an open network with one of each kind of person, a member's post and a
 * coordinator's announcement in the closed one, each person's LIKE on the member's post
 * (so `unreact` has something to take back); fresh for every case.
 */
async function aWorld(app: NetworksTestApp) {
  const { people, closed, open } = await aPeopleWorld(app);
  let memberPost = aPost().in(closed).by(people.member).saying(SECRET);
  for (const person of Object.values(people)) memberPost = memberPost.reactedBy(person);
  const post = await memberPost.create(app);
  const announcement = await aPost()
    .in(closed)
    .by(people.coordinator)
    .announcement()
    .saying(`${SECRET} (najava)`)
    .create(app);
  await aPost().in(open).by(people.member).saying('Otvoreno za sve').create(app);
  return { people, closed, open, post, announcement };
}
type World = Awaited<ReturnType<typeof aWorld>>;

type Operation = MatrixOperation<World>;

const FEED = 'query($n: ID!) { networkFeed(networkId: $n) { nodes { id body } } }';

const ops: Record<string, Operation> = {
  'networkFeed (open)': { query: FEED, variables: (w) => ({ n: w.open.id }) },
  'networkFeed (closed)': { query: FEED, variables: (w) => ({ n: w.closed.id }) },
  homeFeed: { query: '{ homeFeed { nodes { id body } } }', variables: () => ({}) },
  'createPost (closed)': {
    query: 'mutation($i: CreatePostInput!) { createPost(input: $i) { id } }',
    variables: (w) => ({ i: { networkId: w.closed.id, body: 'Pitanje za mrežu' } }),
  },
  'createPost (open)': {
    query: 'mutation($i: CreatePostInput!) { createPost(input: $i) { id } }',
    variables: (w) => ({ i: { networkId: w.open.id, body: 'Pitanje za mrežu' } }),
  },
  publishAnnouncement: {
    query: 'mutation($i: PublishAnnouncementInput!) { publishAnnouncement(input: $i) { id } }',
    variables: (w) => ({ i: { networkId: w.closed.id, body: 'Sednica', pinned: true } }),
  },
  pinPost: {
    query: 'mutation($p: ID!) { pinPost(postId: $p, pinned: true) { pinned } }',
    variables: (w) => ({ p: w.announcement.id }),
  },
  "deletePost (a member's post)": {
    query: 'mutation($p: ID!) { deletePost(postId: $p) }',
    variables: (w) => ({ p: w.post.id }),
  },
  react: {
    query: 'mutation($p: ID!) { react(postId: $p, reaction: THANKS) { viewerReactions } }',
    variables: (w) => ({ p: w.post.id }),
  },
  unreact: {
    query: 'mutation($p: ID!) { unreact(postId: $p, reaction: LIKE) { viewerReactions } }',
    variables: (w) => ({ p: w.post.id }),
  },
  "editPost (a member's post)": {
    query: 'mutation($p: ID!) { editPost(postId: $p, body: "Ispravljeno") { editedAt } }',
    variables: (w) => ({ p: w.post.id }),
  },
  markAnnouncementsRead: {
    query: 'mutation($p: ID!) { markAnnouncementsRead(postIds: [$p]) }',
    variables: (w) => ({ p: w.announcement.id }),
    // The caller's own reading, not a change to the network: no event.
    recordsEvent: false,
  },
};

const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const NM = 'NOT_A_MEMBER';
const ok = 'ok';
/** Expected outcome per actor, in the order of ACTORS: `ok` or the error code. */
const matrix: Record<keyof typeof ops, string[]> = {
  'networkFeed (open)': [U, ok, ok, ok, ok, ok, ok],
  'networkFeed (closed)': [U, F, F, ok, ok, ok, ok],
  homeFeed: [U, ok, ok, ok, ok, ok, ok],
  // Posting and reacting are for members; staff and admins join first (they may, at once).
  'createPost (closed)': [U, NM, NM, ok, ok, NM, NM],
  'createPost (open)': [U, NM, NM, ok, ok, NM, NM],
  publishAnnouncement: [U, F, F, F, ok, ok, ok],
  pinPost: [U, F, F, F, ok, ok, ok],
  "deletePost (a member's post)": [U, F, F, ok, ok, ok, ok],
  react: [U, NM, NM, ok, ok, NM, NM],
  unreact: [U, NM, NM, ok, ok, NM, NM],
  // Only the author rewrites their words: not the coordinator, staff or an administrator.
  "editPost (a member's post)": [U, F, F, ok, F, F, F],
  // Ids the caller may not read are ignored, not refused (see the reads below).
  markAnnouncementsRead: [U, ok, ok, ok, ok, ok, ok],
};

const cases = matrixCases(matrix);

describe('feeds authorization', () => {
  let app: NetworksTestApp;

  beforeAll(async () => {
    app = await startNetworks();
  });

  afterAll(() => app.close());

  const postRows = async () =>
    Number(
      (
        await app.query<{ n: string }>(
          'SELECT count(*) AS n FROM networks.network_posts WHERE deleted_at IS NULL',
        )
      )[0].n,
    );

  it.each(cases)('$operation by $actor: $expected', async ({ operation, actor, expected }) => {
    const world = await aWorld(app);
    const { query, variables } = ops[operation];
    const [outboxBefore, postsBefore] = [await outboxSize(app), await postRows()];
    const result = await app.client.request(query, variables(world), tokenOf(world, actor));
    expect(codeOf(result) ?? ok).toBe(expected);
    if (expected !== ok) {
      // A refused call leaves nothing behind and shows nothing of the closed network.
      expect(await outboxSize(app)).toBe(outboxBefore);
      expect(await postRows()).toBe(postsBefore);
      expect(JSON.stringify(result)).not.toContain(SECRET);
    } else if (mustRecordEvent(ops[operation])) {
      expect(await outboxSize(app)).toBeGreaterThan(outboxBefore);
    }
  });

  describe("a closed network's announcement is read, and its readers counted, only by who may read it", () => {
    const READ = 'mutation($p: ID!) { markAnnouncementsRead(postIds: [$p]) }';
    const COUNT = `query($n: ID!) { networkFeed(networkId: $n) { nodes { id readerCount } } }`;
    /** New reads recorded; then what the reader count shows them (null: not shown, or no feed). */
    const expected: Record<
      Exclude<Actor, 'anonymous'>,
      { recorded: number; count: number | null }
    > = {
      outsider: { recorded: 0, count: null },
      requester: { recorded: 0, count: null },
      member: { recorded: 1, count: 1 },
      // The author: their own announcement is not counted.
      coordinator: { recorded: 0, count: 0 },
      staff: { recorded: 1, count: 1 },
      admin: { recorded: 1, count: 1 },
    };

    it.each(Object.entries(expected))('by %s: %o', async (actor, outcome) => {
      const world = await aWorld(app);
      const token = tokenOf(world, actor as Actor);
      const read = await app.client.ok(READ, { p: world.announcement.id }, token);
      expect(read.markAnnouncementsRead).toBe(outcome.recorded);
      const feed = await app.client.request(COUNT, { n: world.closed.id }, token);
      const nodes = (feed.data?.networkFeed?.nodes ?? []) as { id: string; readerCount: number }[];
      const node = nodes.find((candidate) => candidate.id === world.announcement.id);
      expect(node?.readerCount ?? null).toBe(outcome.count);
    });
  });

  describe("a closed network's posts never reach non-members", () => {
    const visibleTo: Record<Exclude<Actor, 'anonymous'>, { feed: boolean; home: boolean }> = {
      outsider: { feed: false, home: false },
      requester: { feed: false, home: false },
      member: { feed: true, home: true },
      coordinator: { feed: true, home: true },
      // Staff and admins may read any feed; the home feed is only of networks one belongs to.
      staff: { feed: true, home: false },
      admin: { feed: true, home: false },
    };

    it.each(Object.entries(visibleTo))('to %s: %o', async (actor, visible) => {
      const world = await aWorld(app);
      const token = tokenOf(world, actor as Actor);
      const feed = await app.client.request(FEED, { n: world.closed.id }, token);
      expect(JSON.stringify(feed).includes(SECRET)).toBe(visible.feed);
      const home = await app.client.ok('{ homeFeed(first: 100) { nodes { id body } } }', {}, token);
      const ids = (home.homeFeed.nodes as { id: string }[]).map((node) => node.id);
      expect(ids.includes(world.post.id)).toBe(visible.home);
      expect(JSON.stringify(home).includes(SECRET)).toBe(visible.home);
    });
  });

  it('stops showing a closed network in the home feed the moment a member leaves', async () => {
    const world = await aWorld(app);
    const token = tokenFor(world.people.member);
    await app.client.ok(
      'mutation($n: ID!) { leaveNetwork(networkId: $n) }',
      { n: world.closed.id },
      token,
    );
    const home = await app.client.ok('{ homeFeed { nodes { id body } } }', {}, token);
    expect(JSON.stringify(home)).not.toContain(SECRET);
    expect(
      codeOf(
        await app.client.request(
          'mutation($p: ID!) { react(postId: $p, reaction: AGREE) { viewerReactions } }',
          { p: world.post.id },
          token,
        ),
      ),
    ).toBe(NM);
  });

  it('keeps the reaction set fixed', () => {
    expect(Object.values(PostReaction)).toEqual(['LIKE', 'INSIGHTFUL', 'THANKS', 'AGREE']);
  });
});
