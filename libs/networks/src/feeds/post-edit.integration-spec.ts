import { randomUUID } from 'node:crypto';
import { Role } from '@mreza/shared/auth';
import { codeOf } from '@mreza/shared/testing';
import { aPost } from '../testing/feed-factories';
import type { NetworksTestApp } from '../testing/networks-test-app';
import { aNetwork, aUser, startNetworks, tokenFor } from '../testing/networks-test-app';
import { MAX_BODY_LENGTH } from '@mreza/shared/text';

const EDIT = `mutation($p: ID!, $b: String!) {
  editPost(postId: $p, body: $b) { id body editedAt createdAt links { kind id url } }
}`;
const FEED = `query($n: ID!) {
  networkFeed(networkId: $n) { nodes { id body editedAt links { kind id url } } }
}`;
const DOC = '0b8e0e8e-1111-4222-8333-444455556666';
const THREAD = '7c2f4a1e-2222-4333-8444-555566667777';

describe('editing posts', () => {
  let app: NetworksTestApp;

  beforeAll(async () => {
    app = await startNetworks();
  });

  afterAll(() => app.close());

  const bodyOf = async (postId: string) =>
    (
      await app.query<{ body: string; edited_at: Date | null }>(
        'SELECT body, edited_at FROM networks.network_posts WHERE id = $1',
        [postId],
      )
    )[0];

  async function aPostOfMember() {
    const [coordinator, author, other] = [aUser(), aUser(), aUser()];
    const network = await aNetwork()
      .withCoordinator(coordinator)
      .withMember(author)
      .withMember(other)
      .create(app);
    const post = await aPost().in(network).by(author).saying('Prvi nacrt').create(app);
    return { network, coordinator, author, other, post };
  }

  it('lets the author rewrite the post: stored, stamped, shown and announced by an event', async () => {
    const { network, author, other, post } = await aPostOfMember();
    const body = `Ispravka: vidi [model](/library/documents/${DOC}) i https://mreza.rs/threads/${THREAD}`;
    const edited = (await app.client.ok(EDIT, { p: post.id, b: body }, tokenFor(author))).editPost;
    expect(edited).toMatchObject({
      id: post.id,
      body,
      editedAt: expect.any(String),
      links: [
        { kind: 'DOCUMENT', id: DOC, url: `/library/documents/${DOC}` },
        { kind: 'THREAD', id: THREAD, url: `https://mreza.rs/threads/${THREAD}` },
      ],
    });
    expect(new Date(edited.editedAt).getTime()).toBeGreaterThanOrEqual(
      new Date(edited.createdAt).getTime(),
    );
    const feed = (await app.client.ok(FEED, { n: network.id }, tokenFor(other))).networkFeed;
    expect(feed.nodes).toEqual([expect.objectContaining({ id: post.id, body })]);
    expect((await app.events('networks.post.updated')).map((e) => e.payload)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          postId: post.id,
          networkId: network.id,
          authorId: author.id,
          actorId: author.id,
          excerpt: `Ispravka: vidi model i https://mreza.rs/threads/${THREAD}`,
          body,
          editedAt: edited.editedAt,
        }),
      ]),
    );
  });

  it.each([
    ['another member', 'other', 'FORBIDDEN'],
    ["the network's coordinator", 'coordinator', 'FORBIDDEN'],
  ] as const)("refuses %s rewriting the author's words", async (_, who, code) => {
    const world = await aPostOfMember();
    const result = await app.client.request(
      EDIT,
      { p: world.post.id, b: 'Tuđe reči' },
      tokenFor(world[who]),
    );
    expect(codeOf(result)).toBe(code);
    expect(await bodyOf(world.post.id)).toEqual({ body: 'Prvi nacrt', edited_at: null });
  });

  it('applies the body rules of a new post', async () => {
    const { author, post } = await aPostOfMember();
    const cases: [string, string][] = [
      ['x'.repeat(MAX_BODY_LENGTH + 1), 'BODY_TOO_LONG'],
      ['  ', 'BODY_EMPTY'],
      ['[klik](javascript:alert(1))', 'UNSAFE_MARKDOWN'],
    ];
    for (const [body, code] of cases) {
      const result = await app.client.request(EDIT, { p: post.id, b: body }, tokenFor(author));
      expect(codeOf(result)).toBe(code);
    }
    expect((await bodyOf(post.id)).body).toBe('Prvi nacrt');
    // Exactly the limit is allowed.
    const longest = 'y'.repeat(MAX_BODY_LENGTH);
    await app.client.ok(EDIT, { p: post.id, b: longest }, tokenFor(author));
    expect((await bodyOf(post.id)).body).toBe(longest);
  });

  it('answers POST_NOT_FOUND for an unknown id and BAD_USER_INPUT for a non-id', async () => {
    const token = tokenFor(aUser());
    expect(codeOf(await app.client.request(EDIT, { p: randomUUID(), b: 'Tekst' }, token))).toBe(
      'POST_NOT_FOUND',
    );
    expect(codeOf(await app.client.request(EDIT, { p: 'nope', b: 'Tekst' }, token))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('refuses to edit a deleted post, with its own code', async () => {
    const { author, post } = await aPostOfMember();
    await app.client.ok(
      'mutation($p: ID!) { deletePost(postId: $p) }',
      { p: post.id },
      tokenFor(author),
    );
    const result = await app.client.request(EDIT, { p: post.id, b: 'Vaskrsli' }, tokenFor(author));
    expect(codeOf(result)).toBe('POST_DELETED');
  });

  it('refuses edits in an archived network, and by an author who has left', async () => {
    const author = aUser();
    const archived = await aNetwork().withMember(author).create(app);
    const inArchived = await aPost().in(archived).by(author).create(app);
    await app.client.ok(
      'mutation($id: ID!) { setNetworkArchived(id: $id, archived: true) { id } }',
      { id: archived.id },
      tokenFor(aUser(Role.ADMIN)),
    );
    expect(
      codeOf(await app.client.request(EDIT, { p: inArchived.id, b: 'Novo' }, tokenFor(author))),
    ).toBe('NETWORK_ARCHIVED');

    const { network, author: leaver, post } = await aPostOfMember();
    await app.client.ok(
      'mutation($n: ID!) { leaveNetwork(networkId: $n) }',
      { n: network.id },
      tokenFor(leaver),
    );
    expect(
      codeOf(await app.client.request(EDIT, { p: post.id, b: 'Novo' }, tokenFor(leaver))),
    ).toBe('NOT_A_MEMBER');
  });

  it('lets a coordinator edit their own announcement, and keeps it pinned', async () => {
    const coordinator = aUser();
    const network = await aNetwork().withCoordinator(coordinator).create(app);
    const announcement = await aPost()
      .in(network)
      .by(coordinator)
      .announcement({ pinned: true })
      .create(app);
    await app.client.ok(EDIT, { p: announcement.id, b: 'Nova satnica' }, tokenFor(coordinator));
    const feed = await app.client.ok(
      `query($n: ID!) { networkFeed(networkId: $n) { nodes { id body pinned kind } } }`,
      { n: network.id },
      tokenFor(coordinator),
    );
    expect(feed.networkFeed.nodes).toEqual([
      { id: announcement.id, body: 'Nova satnica', pinned: true, kind: 'ANNOUNCEMENT' },
    ]);
  });
});
