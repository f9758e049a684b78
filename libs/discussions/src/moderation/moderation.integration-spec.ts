import type { TestUser } from '@mreza/shared/testing';
import { aUser, codeOf, tokenFor } from '@mreza/shared/testing';
import type { DiscussionsTestApp } from '../testing/discussions-test-app';
import { ReplicaRepository } from '../replicas/replica.repository';
import { aNetwork, startDiscussions } from '../testing/discussions-test-app';

interface Post {
  id: string;
  body: string | null;
  status: string;
  moderationReason: string | null;
}
const POST_FIELDS = 'id body status moderationReason';
const CREATE = `mutation ($i: CreateThreadInput!) { createThread(input: $i) { id } }`;
const REPLY = `mutation ($i: ReplyInput!) { reply(input: $i) { ${POST_FIELDS} } }`;
const POSTS = `query ($id: ID!) { thread(id: $id) { replyCount mergedIntoId locked network { id }
  posts(first: 100) { nodes { ${POST_FIELDS} } } } }`;
const FLAG = `mutation ($p: ID!) { flagPost(input: { postId: $p, reason: OFF_TOPIC, note: "Nije tema" }) { id } }`;
const RESOLVE = `mutation ($i: ResolveFlagInput!) { resolveFlag(input: $i) { resolution resolvedBy { id } } }`;
const RULES = `mutation ($n: ID!, $i: ModerationRulesInput!) { updateModerationRules(networkId: $n, input: $i) { heldKeywords } }`;
const LOG = `query ($n: ID!) { moderationLog(networkId: $n, first: 50) { nodes { action actor { id } reason targetId } } }`;

describe('moderation', () => {
  let app: DiscussionsTestApp;
  beforeAll(async () => {
    app = await startDiscussions();
  });
  afterAll(() => app.close());

  const call = <T = Record<string, any>>(query: string, variables: object, user: TestUser) =>
    app.client.request<T>(query, variables as Record<string, unknown>, tokenFor(user));
  const ok = <T = Record<string, any>>(query: string, variables: object, user: TestUser) =>
    app.client.ok<T>(query, variables as Record<string, unknown>, tokenFor(user));

  /** A network with a coordinator, two members and a thread with one reply by `author`. */
  async function aModeratedThread() {
    const coordinator = aUser();
    const author = aUser();
    const member = aUser();
    const network = await aNetwork()
      .withCoordinator(coordinator)
      .withMember(author)
      .withMember(member)
      .create(app);
    const threadId = await newThread(network.id, author, 'Tema');
    const reply = await newReply(threadId, author, 'Prvi odgovor');
    return { coordinator, author, member, network, threadId, reply };
  }
  const newThread = async (networkId: string, author: TestUser, title: string) =>
    (
      await ok<{ createThread: { id: string } }>(
        CREATE,
        { i: { networkId, title, body: title } },
        author,
      )
    ).createThread.id;
  const newReply = async (threadId: string, author: TestUser, body: string) =>
    (await ok<{ reply: Post }>(REPLY, { i: { threadId, body } }, author)).reply;
  const postsAs = async (threadId: string, viewer: TestUser) =>
    (await ok<{ thread: { posts: { nodes: Post[] } } }>(POSTS, { id: threadId }, viewer)).thread
      .posts.nodes;

  describe('flags', () => {
    it('queues a flag with its post and thread, once per member, never on your own post', async () => {
      const { coordinator, author, member, network, reply, threadId } = await aModeratedThread();
      const { flagPost } = await ok<{ flagPost: { id: string } }>(FLAG, { p: reply.id }, member);
      expect(codeOf(await call(FLAG, { p: reply.id }, member))).toBe('ALREADY_FLAGGED');
      expect(codeOf(await call(FLAG, { p: reply.id }, author))).toBe('FLAG_OWN_POST');

      const queue = await ok(
        `query ($n: ID!) { openFlagCount(networkId: $n) moderationQueue(networkId: $n) {
          nodes { id reason note flaggedBy { id } post { id body } thread { id title } } } }`,
        { n: network.id },
        coordinator,
      );
      expect(queue.openFlagCount).toBe(1);
      expect(queue.moderationQueue.nodes).toEqual([
        {
          id: flagPost.id,
          reason: 'OFF_TOPIC',
          note: 'Nije tema',
          flaggedBy: { id: member.id },
          post: { id: reply.id, body: 'Prvi odgovor' },
          thread: { id: threadId, title: 'Tema' },
        },
      ]);

      const resolved = await ok(
        RESOLVE,
        { i: { flagId: flagPost.id, action: 'DISMISS' } },
        coordinator,
      );
      expect(resolved.resolveFlag).toEqual({
        resolution: 'DISMISSED',
        resolvedBy: { id: coordinator.id },
      });
      expect((await postsAs(threadId, member))[1].status).toBe('PUBLISHED');
      const after = await ok(
        `query ($n: ID!) { openFlagCount(networkId: $n) }`,
        { n: network.id },
        coordinator,
      );
      expect(after.openFlagCount).toBe(0);
      expect(
        codeOf(await call(RESOLVE, { i: { flagId: flagPost.id, action: 'DISMISS' } }, coordinator)),
      ).toBe('FLAG_RESOLVED');
    });

    it('hides on a flag: the author sees the reason, others see no text', async () => {
      const { coordinator, author, member, reply, threadId } = await aModeratedThread();
      const { flagPost } = await ok(FLAG, { p: reply.id }, member);
      expect(
        codeOf(await call(RESOLVE, { i: { flagId: flagPost.id, action: 'HIDE' } }, coordinator)),
      ).toBe('REASON_REQUIRED');
      await ok(
        RESOLVE,
        { i: { flagId: flagPost.id, action: 'HIDE', reason: 'Lični napad' } },
        coordinator,
      );
      expect((await postsAs(threadId, author))[1]).toMatchObject({
        status: 'HIDDEN',
        body: 'Prvi odgovor',
        moderationReason: 'Lični napad',
      });
      expect((await postsAs(threadId, member))[1]).toMatchObject({
        status: 'HIDDEN',
        body: null,
        moderationReason: null,
      });
      const thread = await ok(POSTS, { id: threadId }, member);
      expect(thread.thread.replyCount).toBe(0);
    });

    it('deletes on a flag', async () => {
      const { coordinator, member, reply, threadId } = await aModeratedThread();
      const { flagPost } = await ok(FLAG, { p: reply.id }, member);
      await ok(
        RESOLVE,
        { i: { flagId: flagPost.id, action: 'DELETE', reason: 'Spam' } },
        coordinator,
      );
      expect((await postsAs(threadId, member))[1]).toMatchObject({ status: 'DELETED', body: null });
    });

    it('warns the author on a flag, recording discussions.member.warned', async () => {
      const { coordinator, author, member, network, reply, threadId } = await aModeratedThread();
      const { flagPost } = await ok(FLAG, { p: reply.id }, member);
      await ok(
        RESOLVE,
        { i: { flagId: flagPost.id, action: 'WARN', reason: 'Pazi na ton' } },
        coordinator,
      );
      const warned = (await app.events('discussions.member.warned')).filter(
        (event) => event.payload.postId === reply.id,
      );
      expect(warned).toEqual([
        {
          type: 'discussions.member.warned',
          payload: {
            networkId: network.id,
            userId: author.id,
            postId: reply.id,
            reason: 'Pazi na ton',
            actorId: coordinator.id,
          },
        },
      ]);
      expect((await postsAs(threadId, member))[1].status).toBe('PUBLISHED');
    });
  });

  it('hides and restores a post', async () => {
    const { coordinator, member, reply, threadId } = await aModeratedThread();
    const HIDE = `mutation ($p: ID!, $r: String!) { hidePost(postId: $p, reason: $r) { status } }`;
    expect(codeOf(await call(HIDE, { p: reply.id, r: '  ' }, coordinator))).toBe('REASON_REQUIRED');
    await ok(HIDE, { p: reply.id, r: 'Van teme' }, coordinator);
    expect((await postsAs(threadId, member))[1].body).toBeNull();
    await ok(
      `mutation ($p: ID!) { restorePost(postId: $p) { status } }`,
      { p: reply.id },
      coordinator,
    );
    expect((await postsAs(threadId, member))[1]).toMatchObject({
      status: 'PUBLISHED',
      body: 'Prvi odgovor',
    });
    const thread = await ok(POSTS, { id: threadId }, member);
    expect(thread.thread.replyCount).toBe(1);
  });

  it('locks a thread against replies, and unlocks it', async () => {
    const { coordinator, member, threadId } = await aModeratedThread();
    const LOCK = `mutation ($t: ID!, $l: Boolean!) { lockThread(threadId: $t, locked: $l) { locked } }`;
    await ok(LOCK, { t: threadId, l: true }, coordinator);
    const refused = await call(REPLY, { i: { threadId, body: 'Još nešto' } }, member);
    expect(codeOf(refused)).toBe('THREAD_LOCKED');
    await ok(LOCK, { t: threadId, l: false }, coordinator);
    await newReply(threadId, member, 'Još nešto');
  });

  it('pins at most five threads in a network, listed first', async () => {
    const { coordinator, author, network } = await aModeratedThread();
    const PIN = `mutation ($t: ID!) { pinThread(threadId: $t) { pinned } }`;
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push(await newThread(network.id, author, `Tema ${i}`));
    for (const id of ids.slice(0, 5)) await ok(PIN, { t: id }, coordinator);
    expect(codeOf(await call(PIN, { t: ids[5] }, coordinator))).toBe('TOO_MANY_PINNED');
    const list = await ok(
      `query ($n: ID!) { threads(networkId: $n, first: 3) { nodes { id pinned } } }`,
      { n: network.id },
      author,
    );
    expect(list.threads.nodes.slice(0, 5).every((t: { pinned: boolean }) => t.pinned)).toBe(true);
  });

  it('moves a thread to another network the moderator also coordinates; its flags follow', async () => {
    const { coordinator, member, network, threadId, reply } = await aModeratedThread();
    await ok(FLAG, { p: reply.id }, member);
    const elsewhere = await aNetwork().withCoordinator(aUser()).withMember(member).create(app);
    const MOVE = `mutation ($t: ID!, $n: ID!) { moveThread(threadId: $t, networkId: $n) { network { id } } }`;
    expect(codeOf(await call(MOVE, { t: threadId, n: elsewhere.id }, coordinator))).toBe(
      'FORBIDDEN',
    );
    const target = await aNetwork().withCoordinator(coordinator).withMember(member).create(app);
    const moved = await ok(MOVE, { t: threadId, n: target.id }, coordinator);
    expect(moved.moveThread.network).toEqual({ id: target.id });
    const COUNT = `query ($n: ID!) { openFlagCount(networkId: $n) }`;
    expect((await ok(COUNT, { n: target.id }, coordinator)).openFlagCount).toBe(1);
    expect((await ok(COUNT, { n: network.id }, coordinator)).openFlagCount).toBe(0);
  });

  it('merges a duplicate: its posts move in order, it points to the target, counts add up', async () => {
    const { coordinator, author, member, network, threadId } = await aModeratedThread();
    const duplicate = await newThread(network.id, member, 'Ista tema');
    await newReply(duplicate, author, 'Drugi odgovor');
    await newReply(threadId, member, 'Treći odgovor');
    await ok(
      `mutation ($s: ID!, $t: ID!) { mergeThreads(sourceThreadId: $s, targetThreadId: $t) { id } }`,
      { s: duplicate, t: threadId },
      coordinator,
    );
    const target = await ok(POSTS, { id: threadId }, member);
    expect(target.thread.posts.nodes.map((p: Post) => p.body)).toEqual([
      'Tema',
      'Prvi odgovor',
      'Ista tema',
      'Drugi odgovor',
      'Treći odgovor',
    ]);
    expect(target.thread.replyCount).toBe(4);
    const source = await ok(
      `query ($id: ID!) { thread(id: $id) { mergedIntoId } }`,
      { id: duplicate },
      member,
    );
    expect(source.thread.mergedIntoId).toBe(threadId);
  });

  it('mutes a member, who still reads but cannot post until it ends or is lifted', async () => {
    const { coordinator, member, network, threadId } = await aModeratedThread();
    const until = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString();
    await ok(
      `mutation ($i: MuteMemberInput!) { muteMember(input: $i) { expiresAt } }`,
      { i: { networkId: network.id, userId: member.id, until, reason: 'Uvrede' } },
      coordinator,
    );
    await postsAs(threadId, member);
    expect(codeOf(await call(REPLY, { i: { threadId, body: 'x' } }, member))).toBe('MEMBER_MUTED');
    const thread = { networkId: network.id, title: 'Nova', body: 'Nova' };
    expect(codeOf(await call(CREATE, { i: thread }, member))).toBe('MEMBER_MUTED');
    const muted = await ok(
      `query ($n: ID!) { mutedMembers(networkId: $n) { member { id } reason } }`,
      { n: network.id },
      coordinator,
    );
    expect(muted.mutedMembers).toEqual([{ member: { id: member.id }, reason: 'Uvrede' }]);

    // Expiry: once the end has passed, the member posts again.
    await app.query(
      `UPDATE discussions.mutes SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [member.id],
    );
    await newReply(threadId, member, 'Vratio sam se');

    await ok(
      `mutation ($i: MuteMemberInput!) { muteMember(input: $i) { expiresAt } }`,
      { i: { networkId: network.id, userId: member.id, until, reason: 'Opet' } },
      coordinator,
    );
    const UNMUTE = `mutation ($n: ID!, $u: ID!) { unmuteMember(networkId: $n, userId: $u) }`;
    expect((await ok(UNMUTE, { n: network.id, u: member.id }, coordinator)).unmuteMember).toBe(
      true,
    );
    expect((await ok(UNMUTE, { n: network.id, u: member.id }, coordinator)).unmuteMember).toBe(
      false,
    );
    await newReply(threadId, member, 'Hvala');
  });

  describe('held for review', () => {
    it.each([
      ['a new member', { holdNewMembersDays: 7 }, 'Zdravo svima', true],
      [
        'a Cyrillic keyword in Latin text',
        { heldKeywords: ['Напредна странка'] },
        'Glasajte za NAPREDNA STRANKA',
        false,
      ],
      [
        'a held link domain',
        { heldLinkDomains: ['kampanja.rs'] },
        'Vidi https://www.kampanja.rs/x',
        false,
      ],
    ])('holds a post by %s', async (_, rules, body, newcomer) => {
      const { coordinator, member, network, threadId } = await aModeratedThread();
      const writer = aUser();
      const joinedAt = newcomer ? new Date() : new Date('2024-01-01');
      await app.app
        .get(ReplicaRepository)
        .upsertMember({ networkId: network.id, userId: writer.id, role: 'MEMBER' }, joinedAt);
      await ok(
        RULES,
        {
          n: network.id,
          i: { holdNewMembersDays: 0, heldKeywords: [], heldLinkDomains: [], ...rules },
        },
        coordinator,
      );
      const held = await newReply(threadId, writer, body);
      expect(held.status).toBe('HELD');
      expect(held.moderationReason).toEqual(expect.any(String));
      expect((await postsAs(threadId, writer)).map((p) => p.id)).toContain(held.id);
      expect((await postsAs(threadId, member)).map((p) => p.id)).not.toContain(held.id);
      const queue = await ok(
        `query ($n: ID!) { heldPosts(networkId: $n) { nodes { post { id body } } } }`,
        { n: network.id },
        coordinator,
      );
      expect(queue.heldPosts.nodes).toEqual([{ post: { id: held.id, body } }]);
    });

    it('publishes an approved post and hides a rejected one with its reason', async () => {
      const { coordinator, author, member, network, threadId } = await aModeratedThread();
      await ok(
        RULES,
        {
          n: network.id,
          i: { holdNewMembersDays: 0, heldKeywords: ['izbori'], heldLinkDomains: [] },
        },
        coordinator,
      );
      const first = await newReply(threadId, author, 'O izbori danas');
      const second = await newReply(threadId, author, 'Opet izbori');
      const REVIEW = `mutation ($p: ID!, $a: Boolean!, $r: String) { reviewHeldPost(postId: $p, approve: $a, reason: $r) { status } }`;
      expect(codeOf(await call(REVIEW, { p: second.id, a: false }, coordinator))).toBe(
        'REASON_REQUIRED',
      );
      await ok(REVIEW, { p: first.id, a: true }, coordinator);
      await ok(REVIEW, { p: second.id, a: false, r: 'Bez kampanje' }, coordinator);
      expect(codeOf(await call(REVIEW, { p: first.id, a: true }, coordinator))).toBe(
        'POST_NOT_HELD',
      );
      const published = await app.events('discussions.post.published');
      expect(published.some((event) => event.payload.postId === first.id)).toBe(true);
      expect(published.some((event) => event.payload.postId === second.id)).toBe(false);
      const seen = await postsAs(threadId, member);
      expect(seen.find((p) => p.id === first.id)).toMatchObject({
        status: 'PUBLISHED',
        body: 'O izbori danas',
      });
      expect(seen.find((p) => p.id === second.id)).toMatchObject({ status: 'HIDDEN', body: null });
      expect((await postsAs(threadId, author)).find((p) => p.id === second.id)).toMatchObject({
        moderationReason: 'Bez kampanje',
      });
    });
  });

  describe('the moderation log', () => {
    it('lists every action, newest first, with who and why', async () => {
      const { coordinator, member, network, threadId, reply } = await aModeratedThread();
      await ok(
        `mutation ($p: ID!) { hidePost(postId: $p, reason: "Van teme") { id } }`,
        { p: reply.id },
        coordinator,
      );
      await ok(
        `mutation ($p: ID!) { restorePost(postId: $p) { id } }`,
        { p: reply.id },
        coordinator,
      );
      await ok(
        `mutation ($t: ID!) { lockThread(threadId: $t) { id } }`,
        { t: threadId },
        coordinator,
      );
      await ok(
        `mutation ($i: MuteMemberInput!) { muteMember(input: $i) { id } }`,
        {
          i: {
            networkId: network.id,
            userId: member.id,
            until: new Date(Date.now() + 2 * 3600 * 1000).toISOString(),
            reason: 'Smiri se',
          },
        },
        coordinator,
      );
      const log = await ok(LOG, { n: network.id }, coordinator);
      expect(log.moderationLog.nodes).toEqual([
        {
          action: 'MEMBER_MUTED',
          actor: { id: coordinator.id },
          reason: 'Smiri se',
          targetId: member.id,
        },
        {
          action: 'THREAD_LOCKED',
          actor: { id: coordinator.id },
          reason: null,
          targetId: threadId,
        },
        {
          action: 'POST_RESTORED',
          actor: { id: coordinator.id },
          reason: null,
          targetId: reply.id,
        },
        {
          action: 'POST_HIDDEN',
          actor: { id: coordinator.id },
          reason: 'Van teme',
          targetId: reply.id,
        },
      ]);
    });

    it('cannot be rewritten, even with SQL', async () => {
      const { coordinator, network, threadId } = await aModeratedThread();
      await ok(
        `mutation ($t: ID!) { lockThread(threadId: $t) { id } }`,
        { t: threadId },
        coordinator,
      );
      await expect(
        app.query(`UPDATE discussions.moderation_log SET reason = 'x' WHERE network_id = $1`, [
          network.id,
        ]),
      ).rejects.toThrow(/append-only/);
      await expect(
        app.query(`DELETE FROM discussions.moderation_log WHERE network_id = $1`, [network.id]),
      ).rejects.toThrow(/append-only/);
      expect((await ok(LOG, { n: network.id }, coordinator)).moderationLog.nodes).toHaveLength(1);
    });
  });
});
