import request from 'supertest';
import { Role } from '@mreza/shared/auth';
import { codeOf } from '@mreza/shared/testing';
import { aPost } from '../testing/feed-factories';
import type { NetworksTestApp } from '../testing/networks-test-app';
import { aNetwork, aUser, startNetworks, tokenFor } from '../testing/networks-test-app';
import { MAX_PINNED } from './feed.service';
import { MAX_BODY_LENGTH } from '@mreza/shared/text';
import { PostReaction } from './post.entity';
import { ReactionRepository } from './reaction.repository';

const POST_FIELDS = `id networkId author { id } kind body pinned createdAt
  reactions { reaction count } viewerReactions`;
const CREATE = `mutation($i: CreatePostInput!) { createPost(input: $i) { ${POST_FIELDS} } }`;
const ANNOUNCE = `mutation($i: PublishAnnouncementInput!) {
  publishAnnouncement(input: $i) { ${POST_FIELDS} }
}`;
const PIN = `mutation($p: ID!, $pinned: Boolean!) { pinPost(postId: $p, pinned: $pinned) { id pinned } }`;
const DELETE = 'mutation($p: ID!) { deletePost(postId: $p) }';
const REACT = `mutation($p: ID!, $r: NetworkPostReaction!) {
  react(postId: $p, reaction: $r) { reactions { reaction count } viewerReactions }
}`;
const UNREACT = `mutation($p: ID!, $r: NetworkPostReaction!) {
  unreact(postId: $p, reaction: $r) { reactions { reaction count } viewerReactions }
}`;
const FEED = `query($n: ID!, $first: Int, $after: String) {
  networkFeed(networkId: $n, first: $first, after: $after) {
    nodes { id body pinned kind } pageInfo { endCursor hasNextPage }
  }
}`;
const HOME = `query($first: Int, $after: String) {
  homeFeed(first: $first, after: $after) {
    nodes { id networkId body } pageInfo { endCursor hasNextPage }
  }
}`;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

type Node = { id: string; body: string; pinned?: boolean; kind?: string };

describe('network feeds', () => {
  let app: NetworksTestApp;

  beforeAll(async () => {
    app = await startNetworks();
  });

  afterAll(() => app.close());

  const postCount = async (networkId: string) =>
    Number(
      (
        await app.query<{ n: string }>(
          'SELECT count(*) AS n FROM networks.network_posts WHERE network_id = $1',
          [networkId],
        )
      )[0].n,
    );

  const eventsOf = async (type: string, postId: string) =>
    (await app.events(type)).filter((event) => event.payload.postId === postId);

  /** Every page of a feed, following the cursor. */
  async function readAll(query: string, variables: Record<string, unknown>, token: string) {
    const seen: Node[] = [];
    let after: string | null = null;
    for (;;) {
      const data = await app.client.ok(query, { ...variables, first: 10, after }, token);
      const page = (data.networkFeed ?? data.homeFeed) as {
        nodes: Node[];
        pageInfo: { endCursor: string; hasNextPage: boolean };
      };
      seen.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) return seen;
      after = page.pageInfo.endCursor;
    }
  }

  describe('createPost', () => {
    it('posts to the network, shows in the network and home feeds, and records an event', async () => {
      const member = aUser();
      const network = await aNetwork().closed().withMember(member).create(app);
      const token = tokenFor(member);
      const body = '## Javne nabavke\n\nKo ima iskustva sa   **novim zakonom**?';
      const { createPost } = await app.client.ok(
        CREATE,
        { i: { networkId: network.id, body } },
        token,
      );
      expect(createPost).toMatchObject({
        networkId: network.id,
        author: { id: member.id },
        kind: 'POST',
        body,
        pinned: false,
        reactions: [
          { reaction: 'LIKE', count: 0 },
          { reaction: 'INSIGHTFUL', count: 0 },
          { reaction: 'THANKS', count: 0 },
          { reaction: 'AGREE', count: 0 },
        ],
        viewerReactions: [],
      });
      const feed = await app.client.ok(FEED, { n: network.id }, token);
      expect(feed.networkFeed.nodes.map((node: Node) => node.id)).toEqual([createPost.id]);
      const home = await app.client.ok(HOME, {}, token);
      expect(home.homeFeed.nodes.map((node: Node) => node.id)).toEqual([createPost.id]);
      expect(await eventsOf('networks.post.created', createPost.id)).toEqual([
        {
          type: 'networks.post.created',
          version: 1,
          payload: {
            postId: createPost.id,
            networkId: network.id,
            authorId: member.id,
            kind: 'POST',
            pinned: false,
            excerpt: 'Javne nabavke Ko ima iskustva sa novim zakonom?',
            body,
            actorId: member.id,
          },
        },
      ]);
    });

    it('refuses a post to an archived network', async () => {
      const member = aUser();
      const network = await aNetwork().withMember(member).archived().create(app);
      const result = await app.client.request(
        CREATE,
        { i: { networkId: network.id, body: 'Ima li koga?' } },
        tokenFor(member),
      );
      expect(codeOf(result)).toBe('NETWORK_ARCHIVED');
      expect(await postCount(network.id)).toBe(0);
    });

    it('refuses a non-member and an unknown network', async () => {
      const network = await aNetwork().create(app);
      const token = tokenFor(aUser());
      const body = 'Zdravo';
      expect(
        codeOf(await app.client.request(CREATE, { i: { networkId: network.id, body } }, token)),
      ).toBe('NOT_A_MEMBER');
      expect(
        codeOf(await app.client.request(CREATE, { i: { networkId: UNKNOWN, body } }, token)),
      ).toBe('NETWORK_NOT_FOUND');
      expect(
        codeOf(await app.client.request(CREATE, { i: { networkId: 'nope', body } }, token)),
      ).toBe('BAD_USER_INPUT');
    });
  });

  describe('bodies', () => {
    let networkId: string;
    let token: string;
    beforeAll(async () => {
      const member = aUser();
      networkId = (await aNetwork().withMember(member).create(app)).id;
      token = tokenFor(member);
    });

    it.each([
      ['a script element', 'Pogledajte <script>fetch("/x")</script>'],
      ['an iframe', '<iframe src="https://evil.example"></iframe>'],
      ['a javascript: link', '[Odluka](javascript:alert(document.cookie))'],
      ['an encoded javascript: link', '<a href="&#106;avascript&#x3a;alert(1)">x</a>'],
    ])('refuses %s with UNSAFE_MARKDOWN and stores nothing', async (_, body) => {
      const result = await app.client.request(CREATE, { i: { networkId, body } }, token);
      expect(codeOf(result)).toBe('UNSAFE_MARKDOWN');
      expect(result.errors?.[0].message).toMatch(/not allowed/);
      expect(await postCount(networkId)).toBe(0);
    });

    it('accepts a body of exactly 20,000 characters and refuses one more with BODY_TOO_LONG', async () => {
      const ok = await app.client.request(
        CREATE,
        { i: { networkId, body: 'a'.repeat(MAX_BODY_LENGTH) } },
        token,
      );
      expect(ok.errors).toBeUndefined();
      const tooLong = await app.client.request(
        CREATE,
        { i: { networkId, body: 'a'.repeat(MAX_BODY_LENGTH + 1) } },
        token,
      );
      expect(codeOf(tooLong)).toBe('BODY_TOO_LONG');
      expect(tooLong.errors?.[0]).toMatchObject({
        message: 'A post can be at most 20,000 characters long',
        extensions: { code: 'BODY_TOO_LONG', maxLength: 20000, length: 20001 },
      });
      await app.client.ok(
        `mutation($p: ID!) { deletePost(postId: $p) }`,
        { p: ok.data?.createPost.id },
        token,
      );
    });

    it('refuses a 1 MB body without storing it (the HTTP body limit may answer first)', async () => {
      const before = await postCount(networkId);
      const response = await request(app.url)
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', `Bearer ${token}`)
        .send({ query: CREATE, variables: { i: { networkId, body: 'a'.repeat(1024 * 1024) } } });
      if (response.status === 413) {
        expect(response.text).not.toMatch(/at .*\.ts/);
      } else {
        expect(response.body.errors[0].extensions.code).toBe('BODY_TOO_LONG');
      }
      expect(await postCount(networkId)).toBe(before);
    });

    it('refuses an empty body', async () => {
      const result = await app.client.request(CREATE, { i: { networkId, body: '  \n ' } }, token);
      expect(codeOf(result)).toBe('BODY_EMPTY');
    });
  });

  describe('announcements and pins', () => {
    it('shows pinned announcements first on the first page only, then the rest newest first', async () => {
      const coordinator = aUser();
      const network = await aNetwork().withCoordinator(coordinator).create(app);
      const token = tokenFor(coordinator);
      const older = await aPost()
        .in(network)
        .by(coordinator)
        .saying('starija')
        .minutesAgo(10)
        .create(app);
      const { publishAnnouncement: pinned } = await app.client.ok(
        ANNOUNCE,
        { i: { networkId: network.id, body: 'Sednica u petak', pinned: true } },
        token,
      );
      expect(pinned).toMatchObject({ kind: 'ANNOUNCEMENT', pinned: true });
      await app.query(
        `UPDATE networks.network_posts SET created_at = created_at - interval '5 minutes' WHERE id = $1`,
        [pinned.id],
      );
      const newer = [];
      for (let i = 0; i < 3; i++) {
        newer.push(
          await aPost()
            .in(network)
            .by(coordinator)
            .saying(`nova ${i}`)
            .minutesAgo(3 - i)
            .create(app),
        );
      }
      const first = await app.client.ok(FEED, { n: network.id, first: 2 }, token);
      expect(first.networkFeed.nodes.map((node: Node) => node.id)).toEqual([
        pinned.id,
        newer[2].id,
        newer[1].id,
      ]);
      const all = await readAll(FEED, { n: network.id }, token);
      expect(all.map((node) => node.id)).toEqual([
        pinned.id,
        newer[2].id,
        newer[1].id,
        newer[0].id,
        older.id,
      ]);
      const rest = await app.client.ok(
        FEED,
        { n: network.id, first: 10, after: first.networkFeed.pageInfo.endCursor },
        token,
      );
      expect(rest.networkFeed.nodes.map((node: Node) => node.id)).toEqual([newer[0].id, older.id]);

      // Unpinned, it takes its place by time.
      await app.client.ok(PIN, { p: pinned.id, pinned: false }, token);
      const after = await readAll(FEED, { n: network.id }, token);
      expect(after.map((node) => node.id)).toEqual([
        newer[2].id,
        newer[1].id,
        newer[0].id,
        pinned.id,
        older.id,
      ]);
      expect((await app.events('networks.post.unpinned')).map((e) => e.payload.postId)).toContain(
        pinned.id,
      );
    });

    it('pins only announcements, and at most a few per network', async () => {
      const coordinator = aUser();
      const network = await aNetwork().withCoordinator(coordinator).create(app);
      const token = tokenFor(coordinator);
      const post = await aPost().in(network).by(coordinator).create(app);
      expect(codeOf(await app.client.request(PIN, { p: post.id, pinned: true }, token))).toBe(
        'NOT_AN_ANNOUNCEMENT',
      );
      for (let i = 0; i < MAX_PINNED; i++) {
        await aPost().in(network).by(coordinator).announcement({ pinned: true }).create(app);
      }
      const extra = await aPost().in(network).by(coordinator).announcement().create(app);
      expect(codeOf(await app.client.request(PIN, { p: extra.id, pinned: true }, token))).toBe(
        'TOO_MANY_PINNED',
      );
      const result = await app.client.request(
        ANNOUNCE,
        { i: { networkId: network.id, body: 'Još jedna', pinned: true } },
        token,
      );
      expect(codeOf(result)).toBe('TOO_MANY_PINNED');
      expect(codeOf(await app.client.request(PIN, { p: UNKNOWN, pinned: true }, token))).toBe(
        'POST_NOT_FOUND',
      );
    });
  });

  describe('deletePost', () => {
    it('lets the author delete their post: gone from feeds, kept as a record, with an event', async () => {
      const member = aUser();
      const network = await aNetwork().withMember(member).create(app);
      const post = await aPost().in(network).by(member).create(app);
      const token = tokenFor(member);
      await app.client.ok(DELETE, { p: post.id }, token);
      expect((await app.client.ok(FEED, { n: network.id }, token)).networkFeed.nodes).toEqual([]);
      expect((await app.client.ok(HOME, {}, token)).homeFeed.nodes).toEqual([]);
      const [row] = await app.query<{ deleted_at: Date | null }>(
        'SELECT deleted_at FROM networks.network_posts WHERE id = $1',
        [post.id],
      );
      expect(row.deleted_at).toBeInstanceOf(Date);
      expect(await eventsOf('networks.post.deleted', post.id)).toHaveLength(1);
      expect(codeOf(await app.client.request(DELETE, { p: post.id }, token))).toBe(
        'POST_NOT_FOUND',
      );
    });

    it("refuses to delete someone else's post; a coordinator may", async () => {
      const [author, other, coordinator] = [aUser(), aUser(), aUser()];
      const network = await aNetwork()
        .withMember(author)
        .withMember(other)
        .withCoordinator(coordinator)
        .create(app);
      const post = await aPost().in(network).by(author).create(app);
      expect(codeOf(await app.client.request(DELETE, { p: post.id }, tokenFor(other)))).toBe(
        'FORBIDDEN',
      );
      expect(await eventsOf('networks.post.deleted', post.id)).toHaveLength(0);
      await app.client.ok(DELETE, { p: post.id }, tokenFor(coordinator));
      expect(await eventsOf('networks.post.deleted', post.id)).toMatchObject([
        { payload: { authorId: author.id, actorId: coordinator.id } },
      ]);
    });

    it('refuses unknown and malformed ids', async () => {
      const token = tokenFor(aUser());
      expect(codeOf(await app.client.request(DELETE, { p: UNKNOWN }, token))).toBe(
        'POST_NOT_FOUND',
      );
      expect(codeOf(await app.client.request(DELETE, { p: '42' }, token))).toBe('BAD_USER_INPUT');
    });
  });

  describe('reactions', () => {
    it('counts reactions per kind and shows each viewer their own; reacting twice changes nothing', async () => {
      const [a, b] = [aUser(), aUser()];
      const network = await aNetwork().withMember(a).withMember(b).create(app);
      const post = await aPost().in(network).by(a).create(app);
      await app.client.ok(REACT, { p: post.id, r: 'LIKE' }, tokenFor(a));
      await app.client.ok(REACT, { p: post.id, r: 'LIKE' }, tokenFor(a));
      await app.client.ok(REACT, { p: post.id, r: 'THANKS' }, tokenFor(a));
      const { react } = await app.client.ok(REACT, { p: post.id, r: 'LIKE' }, tokenFor(b));
      expect(react).toEqual({
        reactions: [
          { reaction: 'LIKE', count: 2 },
          { reaction: 'INSIGHTFUL', count: 0 },
          { reaction: 'THANKS', count: 1 },
          { reaction: 'AGREE', count: 0 },
        ],
        viewerReactions: ['LIKE'],
      });
      expect(await eventsOf('networks.post.reaction-added', post.id)).toHaveLength(3);
      const { unreact } = await app.client.ok(UNREACT, { p: post.id, r: 'LIKE' }, tokenFor(a));
      expect(unreact.viewerReactions).toEqual(['THANKS']);
      expect(unreact.reactions[0]).toEqual({ reaction: 'LIKE', count: 1 });
      expect(await eventsOf('networks.post.reaction-removed', post.id)).toHaveLength(1);
      expect(codeOf(await app.client.request(REACT, { p: UNKNOWN, r: 'LIKE' }, tokenFor(a)))).toBe(
        'POST_NOT_FOUND',
      );
      expect(codeOf(await app.client.request(REACT, { p: post.id, r: 'LOVE' }, tokenFor(a)))).toBe(
        'BAD_USER_INPUT',
      );
    });

    it('loads reactions for a whole page at once, not per post', async () => {
      const member = aUser();
      const network = await aNetwork().withMember(member).create(app);
      for (let i = 0; i < 10; i++) {
        await aPost()
          .in(network)
          .by(member)
          .reactedBy(member, i % 2 ? PostReaction.LIKE : PostReaction.AGREE)
          .create(app);
      }
      const repository = app.app.get(ReactionRepository);
      const counts = jest.spyOn(repository, 'countsFor');
      const mine = jest.spyOn(repository, 'ofUser');
      const data = await app.client.ok(
        `query($n: ID!) { networkFeed(networkId: $n, first: 10) { nodes { reactions { count } viewerReactions } } }`,
        { n: network.id },
        tokenFor(member),
      );
      expect(data.networkFeed.nodes).toHaveLength(10);
      expect(
        data.networkFeed.nodes.every(
          (n: { viewerReactions: string[] }) => n.viewerReactions.length === 1,
        ),
      ).toBe(true);
      expect(counts).toHaveBeenCalledTimes(1);
      expect(mine).toHaveBeenCalledTimes(1);
      counts.mockRestore();
      mine.mockRestore();
    });

    it('refuses reactions on an archived network', async () => {
      const member = aUser();
      const network = await aNetwork().withMember(member).create(app);
      const post = await aPost().in(network).by(member).create(app);
      await app.client.ok(
        'mutation($id: ID!) { setNetworkArchived(id: $id, archived: true) { id } }',
        { id: network.id },
        tokenFor(aUser(Role.ADMIN)),
      );
      expect(
        codeOf(await app.client.request(REACT, { p: post.id, r: 'LIKE' }, tokenFor(member))),
      ).toBe('NETWORK_ARCHIVED');
    });
  });

  describe('keyset pagination under concurrent inserts', () => {
    it.each(['homeFeed', 'networkFeed'])(
      '%s: posts added after page 1 never appear later; none of the original 25 repeats or goes missing',
      async (feed) => {
        const member = aUser();
        const [n1, n2] = [
          await aNetwork().withMember(member).create(app),
          await aNetwork().withMember(member).create(app),
        ];
        // Someone else's network: never in this member's home feed.
        const elsewhere = await aNetwork().withMember(aUser()).create(app);
        await aPost().in(elsewhere).by(member).create(app);
        const target = (i: number) => (feed === 'networkFeed' || i % 2 === 0 ? n1 : n2);
        const original: string[] = [];
        for (let i = 0; i < 25; i++) {
          original.push((await aPost().in(target(i)).by(member).create(app)).id);
        }
        const query = feed === 'homeFeed' ? HOME : FEED;
        const vars = feed === 'homeFeed' ? {} : { n: n1.id };
        const token = tokenFor(member);
        const page = async (after: string | null) => {
          const data = await app.client.ok(query, { ...vars, first: 10, after }, token);
          return data[feed] as {
            nodes: Node[];
            pageInfo: { endCursor: string; hasNextPage: boolean };
          };
        };
        // Posts written in the same millisecond are ordered by id: the feed's order is the table's.
        const newestFirst = (
          await app.query<{ id: string }>(
            `SELECT id FROM networks.network_posts WHERE id = ANY($1::uuid[])
             ORDER BY created_at DESC, id DESC`,
            [original],
          )
        ).map((row) => row.id);
        const p1 = await page(null);
        expect(p1.nodes.map((n) => n.id)).toEqual(newestFirst.slice(0, 10));

        const inserted: string[] = [];
        for (let i = 0; i < 3; i++) {
          inserted.push((await aPost().in(target(i)).by(member).create(app)).id);
        }
        const p2 = await page(p1.pageInfo.endCursor);
        const p3 = await page(p2.pageInfo.endCursor);
        expect(p2.pageInfo.hasNextPage).toBe(true);
        expect(p3.pageInfo.hasNextPage).toBe(false);
        const seen = [...p1.nodes, ...p2.nodes, ...p3.nodes].map((n) => n.id);
        expect(seen).toEqual(newestFirst);
        expect(new Set(seen)).toEqual(new Set(original));
        expect(seen.filter((id) => inserted.includes(id))).toEqual([]);

        // A fresh first page starts from the newest.
        const fresh = (await page(null)).nodes.slice(0, 3).map((n) => n.id);
        expect(new Set(fresh)).toEqual(new Set(inserted));
      },
    );

    it('refuses a forged cursor', async () => {
      const token = tokenFor(aUser());
      const forged = Buffer.from(JSON.stringify(["'; DROP TABLE x", UNKNOWN])).toString(
        'base64url',
      );
      expect(codeOf(await app.client.request(HOME, { after: forged }, token))).toBe(
        'INVALID_CURSOR',
      );
    });
  });
});
