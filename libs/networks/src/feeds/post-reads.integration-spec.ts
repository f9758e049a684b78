import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Role } from '@mreza/shared/auth';
import { codeOf } from '@mreza/shared/testing';
import { aPost } from '../testing/feed-factories';
import type { NetworksTestApp, TestUser } from '../testing/networks-test-app';
import { aNetwork, aUser, startNetworks, tokenFor } from '../testing/networks-test-app';
import { MAX_READ_IDS } from './feed.errors';

const MARK = 'mutation($ids: [ID!]!) { markAnnouncementsRead(postIds: $ids) }';
const FEED = `query($n: ID!) {
  networkFeed(networkId: $n, first: 50) { nodes { id kind readerCount viewerHasRead } }
}`;
const HOME = '{ homeFeed(first: 50) { nodes { id kind readerCount viewerHasRead } } }';
const NOTIFICATIONS = '{ notifications(first: 50) { nodes { id subjectId } } }';
const MARK_NOTIFICATIONS = 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }';

interface FeedNode {
  id: string;
  kind: string;
  readerCount: number | null;
  viewerHasRead: boolean | null;
}

describe('announcement reads', () => {
  let app: NetworksTestApp;

  beforeAll(async () => {
    app = await startNetworks();
  });

  afterAll(() => app.close());

  const mark = async (user: TestUser, ids: string[]) =>
    (await app.client.ok(MARK, { ids }, tokenFor(user))).markAnnouncementsRead as number;

  const feedOf = async (user: TestUser, networkId: string): Promise<FeedNode[]> =>
    (await app.client.ok(FEED, { n: networkId }, tokenFor(user))).networkFeed.nodes;

  const nodeOf = async (user: TestUser, networkId: string, postId: string) =>
    (await feedOf(user, networkId)).find((node) => node.id === postId);

  const readRows = async (postId: string) =>
    app.query<{ user_id: string }>(
      'SELECT user_id FROM networks.network_post_reads WHERE post_id = $1 ORDER BY user_id',
      [postId],
    );

  /** A network with a coordinator, two members, an announcement and an ordinary post. */
  async function aFeed({ closed = false } = {}) {
    const [coordinator, first, second] = [aUser(), aUser(), aUser()];
    let builder = aNetwork().withCoordinator(coordinator).withMember(first).withMember(second);
    if (closed) builder = builder.closed();
    const network = await builder.create(app);
    const announcement = await aPost().in(network).by(coordinator).announcement().create(app);
    const post = await aPost().in(network).by(first).create(app);
    return { network, coordinator, first, second, announcement, post };
  }

  it('counts each member once, however often they mark it, and shows who has read it', async () => {
    const { network, coordinator, first, second, announcement } = await aFeed();
    expect(await nodeOf(coordinator, network.id, announcement.id)).toMatchObject({
      readerCount: 0,
      viewerHasRead: true, // the author's own
    });
    expect(await nodeOf(first, network.id, announcement.id)).toMatchObject({
      readerCount: 0,
      viewerHasRead: false,
    });

    expect(await mark(first, [announcement.id])).toBe(1);
    expect(await mark(first, [announcement.id, announcement.id])).toBe(0);
    expect(await mark(second, [announcement.id])).toBe(1);

    expect(await nodeOf(coordinator, network.id, announcement.id)).toMatchObject({
      readerCount: 2,
    });
    expect(await nodeOf(first, network.id, announcement.id)).toMatchObject({
      readerCount: 2,
      viewerHasRead: true,
    });
    expect(await readRows(announcement.id)).toHaveLength(2);
  });

  it('records no read of an ordinary post, an unknown id, or by the author', async () => {
    const { network, coordinator, first, announcement, post } = await aFeed();
    expect(await mark(first, [post.id, randomUUID()])).toBe(0);
    expect(await mark(coordinator, [announcement.id])).toBe(0);
    expect(await readRows(post.id)).toEqual([]);
    expect(await readRows(announcement.id)).toEqual([]);
    expect(await nodeOf(first, network.id, post.id)).toMatchObject({
      kind: 'POST',
      readerCount: null,
      viewerHasRead: null,
    });
  });

  it("records no read of a closed network's announcement by an outsider", async () => {
    const { announcement } = await aFeed({ closed: true });
    const outsider = aUser();
    expect(await mark(outsider, [announcement.id])).toBe(0);
    expect(await readRows(announcement.id)).toEqual([]);
    // Staff may read every network.
    expect(await mark(aUser(Role.STAFF), [announcement.id])).toBe(1);
  });

  it("shows an open network's reader count to its members only", async () => {
    const { network, first, announcement } = await aFeed();
    await mark(first, [announcement.id]);
    const passerBy = aUser();
    expect(await nodeOf(passerBy, network.id, announcement.id)).toMatchObject({
      readerCount: null,
      viewerHasRead: false,
    });
    expect(await nodeOf(aUser(Role.ADMIN), network.id, announcement.id)).toMatchObject({
      readerCount: 1,
    });
  });

  it('counts a read when the member marks the announcement notification read', async () => {
    const { network, coordinator, first, second } = await aFeed();
    const published = await app.client.ok(
      'mutation($i: PublishAnnouncementInput!) { publishAnnouncement(input: $i) { id } }',
      { i: { networkId: network.id, body: 'Sednica u četvrtak' } },
      tokenFor(coordinator),
    );
    const postId = published.publishAnnouncement.id as string;
    const deadline = Date.now() + 15_000;
    let notifications: { id: string; subjectId: string }[] = [];
    while (notifications.length === 0 && Date.now() < deadline) {
      notifications = (await app.client.ok(NOTIFICATIONS, {}, tokenFor(first))).notifications.nodes;
      if (notifications.length === 0) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const mine = notifications.find((notification) => notification.subjectId === postId);
    expect(mine).toBeDefined();

    await app.client.ok(MARK_NOTIFICATIONS, { ids: [mine?.id] }, tokenFor(first));
    expect(await nodeOf(first, network.id, postId)).toMatchObject({
      readerCount: 1,
      viewerHasRead: true,
    });
    // Marking all read counts too, and once.
    await app.client.ok(MARK_NOTIFICATIONS, {}, tokenFor(second));
    await app.client.ok(MARK, { ids: [postId] }, tokenFor(second));
    expect(await nodeOf(coordinator, network.id, postId)).toMatchObject({ readerCount: 2 });
  });

  it('refuses more ids than the limit, and ids that are not ids', async () => {
    const user = aUser();
    const tooMany = Array.from({ length: MAX_READ_IDS + 1 }, () => randomUUID());
    expect(codeOf(await app.client.request(MARK, { ids: tooMany }, tokenFor(user)))).toBe(
      'TOO_MANY_POST_IDS',
    );
    expect(codeOf(await app.client.request(MARK, { ids: ['nope'] }, tokenFor(user)))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await app.client.request(MARK, { ids: [randomUUID()] }))).toBe('UNAUTHENTICATED');
  });

  it('reads the counts of a whole feed page in one query each, not one per post', async () => {
    const [coordinator, member] = [aUser(), aUser()];
    const networks = await Promise.all(
      [1, 2, 3].map(() => aNetwork().withCoordinator(coordinator).withMember(member).create(app)),
    );
    for (const network of networks) {
      for (let i = 0; i < 4; i++) {
        await aPost().in(network).by(coordinator).announcement().create(app);
      }
    }
    const spy = jest.spyOn(app.app.get(DataSource), 'query');
    try {
      const home = await app.client.ok(HOME, {}, tokenFor(member));
      const nodes = home.homeFeed.nodes as FeedNode[];
      expect(nodes).toHaveLength(12);
      expect(nodes.every((node) => node.readerCount === 0 && !node.viewerHasRead)).toBe(true);
      const reads = spy.mock.calls
        .map(([text]) => String(text))
        .filter((text) => text.includes('network_post_reads'));
      // One count for the page, one look-up of the viewer's reads.
      expect(reads).toHaveLength(2);
    } finally {
      spy.mockRestore();
    }
  });
});
