import { randomUUID } from 'node:crypto';
import type { TestUser } from '@mreza/shared/testing';
import { aUser, codeOf, tokenFor } from '@mreza/shared/testing';
import type { DiscussionsTestApp } from '../testing/discussions-test-app';
import { aNetwork, startDiscussions } from '../testing/discussions-test-app';

interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

interface PostsPage {
  thread: { posts: { nodes: Post[]; pageInfo: PageInfo } };
}

interface Post {
  id: string;
  body: string | null;
  status: string;
  editedAt: string | null;
}
const CREATE = `mutation ($i: CreateThreadInput!) { createThread(input: $i) { id } }`;
const REPLY = `mutation ($i: ReplyInput!) { reply(input: $i) { id body status editedAt } }`;
const PAGE = `query ($id: ID!, $first: Int!, $after: String) { thread(id: $id) {
  posts(first: $first, after: $after) { nodes { id body status editedAt } pageInfo { hasNextPage endCursor } } } }`;
const EDIT = `mutation ($p: ID!, $b: String!) { editThreadPost(postId: $p, body: $b) { id body editedAt } }`;
const DELETE = `mutation ($p: ID!) { deleteThreadPost(postId: $p) }`;
const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('posts', () => {
  let app: DiscussionsTestApp;
  beforeAll(async () => {
    app = await startDiscussions();
  });
  afterAll(() => app.close());

  const call = <T = Record<string, any>>(query: string, variables: object, user: TestUser) =>
    app.client.request<T>(query, variables as Record<string, unknown>, tokenFor(user));
  const ok = <T = Record<string, any>>(query: string, variables: object, user: TestUser) =>
    app.client.ok<T>(query, variables as Record<string, unknown>, tokenFor(user));

  async function aThread() {
    const coordinator = aUser();
    const author = aUser();
    const member = aUser();
    const network = await aNetwork()
      .withCoordinator(coordinator)
      .withMember(author)
      .withMember(member)
      .create(app);
    const threadId = (
      await ok(CREATE, { i: { networkId: network.id, title: 'Tema', body: 'Uvod' } }, author)
    ).createThread.id as string;
    const reply = async (body: string, by = author, quotePostId?: string) =>
      (await ok<{ reply: Post }>(REPLY, { i: { threadId, body, quotePostId } }, by)).reply;
    const posts = async (viewer: TestUser) =>
      (await ok(PAGE, { id: threadId, first: 100 }, viewer)).thread.posts.nodes as Post[];
    return { coordinator, author, member, network, threadId, reply, posts };
  }

  describe('bad input', () => {
    it('refuses a reply to a locked thread', async () => {
      const { coordinator, member, threadId } = await aThread();
      await ok(
        `mutation ($t: ID!) { lockThread(threadId: $t) { id } }`,
        { t: threadId },
        coordinator,
      );
      expect(codeOf(await call(REPLY, { i: { threadId, body: 'x' } }, member))).toBe(
        'THREAD_LOCKED',
      );
    });

    it('refuses a reply to a deleted thread', async () => {
      const { author, member, threadId, posts } = await aThread();
      const [opening] = await posts(author);
      await ok(DELETE, { p: opening.id }, author);
      expect(codeOf(await call(REPLY, { i: { threadId, body: 'x' } }, member))).toBe(
        'THREAD_DELETED',
      );
    });

    it.each([
      ['a body of 20,001 characters', 'a'.repeat(20_001), 'BODY_TOO_LONG'],
      ['a script', 'Zdravo <script>alert(1)</script>', 'UNSAFE_MARKDOWN'],
      ['a javascript: link', '[klikni](javascript:alert(1))', 'UNSAFE_MARKDOWN'],
      ['an empty body', '   ', 'BODY_EMPTY'],
    ])('refuses %s', async (_, body, code) => {
      const { member, threadId, posts } = await aThread();
      expect(codeOf(await call(REPLY, { i: { threadId, body } }, member))).toBe(code);
      expect(await posts(member)).toHaveLength(1);
    });

    it('answers a 1 MB body with a clear error and keeps serving', async () => {
      const { member, threadId, reply } = await aThread();
      const result = await call(REPLY, { i: { threadId, body: 'a'.repeat(1024 * 1024) } }, member);
      expect(result.status === 413 || codeOf(result) === 'BODY_TOO_LONG').toBe(true);
      expect(JSON.stringify(result)).not.toMatch(/at \w+ \(|node_modules/);
      expect((await reply('I dalje radi', member)).status).toBe('PUBLISHED');
    });

    it('refuses to quote a post of another thread', async () => {
      const { member, network, threadId, author } = await aThread();
      const elsewhere = (
        await ok(CREATE, { i: { networkId: network.id, title: 'Druga', body: 'Druga' } }, author)
      ).createThread.id;
      const [opening] = (await ok(PAGE, { id: elsewhere, first: 1 }, author)).thread.posts.nodes;
      const result = await call(
        REPLY,
        { i: { threadId, body: 'x', quotePostId: opening.id } },
        member,
      );
      expect(codeOf(result)).toBe('QUOTE_INVALID');
    });

    it('answers unknown and malformed ids and forged cursors with their codes', async () => {
      const { member, threadId } = await aThread();
      const unknown = randomUUID();
      expect(codeOf(await call(REPLY, { i: { threadId: unknown, body: 'x' } }, member))).toBe(
        'THREAD_NOT_FOUND',
      );
      expect(codeOf(await call(PAGE, { id: unknown, first: 5 }, member))).toBe('THREAD_NOT_FOUND');
      expect(codeOf(await call(EDIT, { p: unknown, b: 'x' }, member))).toBe('POST_NOT_FOUND');
      expect(codeOf(await call(DELETE, { p: unknown }, member))).toBe('POST_NOT_FOUND');
      expect(codeOf(await call(PAGE, { id: 'nije-id', first: 5 }, member))).toBe('BAD_USER_INPUT');
      expect(codeOf(await call(DELETE, { p: "1' OR '1'='1" }, member))).toBe('BAD_USER_INPUT');
      expect(codeOf(await call(REPLY, { i: { threadId: 'nije-id', body: 'x' } }, member))).toBe(
        'BAD_USER_INPUT',
      );
      for (const after of [
        'forged',
        cursorOf(['1; DROP TABLE x', randomUUID()]),
        cursorOf(['5', 'x']),
      ]) {
        const result = await call(PAGE, { id: threadId, first: 5, after }, member);
        expect(codeOf(result)).toBe('INVALID_CURSOR');
      }
    });
  });

  describe('editing', () => {
    it('lets only the author edit; keeps revisions for coordinators only', async () => {
      const { coordinator, author, member, reply, posts, threadId } = await aThread();
      const post = await reply('Prva verzija');
      expect(post.editedAt).toBeNull();
      expect(codeOf(await call(EDIT, { p: post.id, b: 'Tuđe' }, member))).toBe('NOT_THE_AUTHOR');
      expect(codeOf(await call(EDIT, { p: post.id, b: 'Tuđe' }, coordinator))).toBe(
        'NOT_THE_AUTHOR',
      );
      const edited = (await ok(EDIT, { p: post.id, b: 'Druga verzija' }, author)).editThreadPost;
      expect(edited.body).toBe('Druga verzija');
      expect(edited.editedAt).not.toBeNull();
      expect((await posts(member))[1]).toMatchObject({ body: 'Druga verzija' });

      const REVISIONS = `query ($id: ID!) { thread(id: $id) { posts { nodes { id revisions { body editedBy { id } } } } } }`;
      const forCoordinator = await ok(REVISIONS, { id: threadId }, coordinator);
      const node = forCoordinator.thread.posts.nodes.find((p: { id: string }) => p.id === post.id);
      expect(node.revisions).toEqual([{ body: 'Prva verzija', editedBy: { id: author.id } }]);
      for (const viewer of [author, member]) {
        expect(codeOf(await call(REVISIONS, { id: threadId }, viewer))).toBe('FORBIDDEN');
      }
    });

    it('soft-deletes: members see no text afterwards, and the reply count drops', async () => {
      const { author, member, threadId, reply, posts } = await aThread();
      const post = await reply('Brišem ovo');
      await ok(DELETE, { p: post.id }, author);
      expect((await posts(member))[1]).toMatchObject({
        id: post.id,
        status: 'DELETED',
        body: null,
      });
      const thread = await ok(
        `query ($id: ID!) { thread(id: $id) { replyCount } }`,
        { id: threadId },
        member,
      );
      expect(thread.thread.replyCount).toBe(0);
      expect(codeOf(await call(DELETE, { p: post.id }, author))).toBe('POST_NOT_FOUND');
      expect(codeOf(await call(EDIT, { p: post.id, b: 'x' }, author))).toBe('POST_NOT_EDITABLE');
    });

    it('deletes the thread with its opening post', async () => {
      const { author, member, threadId, posts, network } = await aThread();
      const [opening] = await posts(author);
      await ok(DELETE, { p: opening.id }, author);
      expect(codeOf(await call(PAGE, { id: threadId, first: 5 }, member))).toBe('THREAD_DELETED');
      const list = await ok(
        `query ($n: ID!) { threads(networkId: $n) { nodes { id } } }`,
        { n: network.id },
        member,
      );
      expect(list.threads.nodes).toEqual([]);
    });
  });

  it('counts a reaction once however often it is given, and removes it once', async () => {
    const { member, reply } = await aThread();
    const post = await reply('Dobro rečeno');
    const REACT = `mutation ($p: ID!) { reactToThreadPost(postId: $p, reaction: THANKS) { reactions { reaction count } viewerReactions } }`;
    const UNREACT = `mutation ($p: ID!) { unreactToThreadPost(postId: $p, reaction: THANKS) { reactions { reaction count } viewerReactions } }`;
    const thanks = (result: { reactions: { reaction: string; count: number }[] }) =>
      result.reactions.find((r) => r.reaction === 'THANKS')?.count;
    await ok(REACT, { p: post.id }, member);
    const twice = (await ok(REACT, { p: post.id }, member)).reactToThreadPost;
    expect(thanks(twice)).toBe(1);
    expect(twice.viewerReactions).toEqual(['THANKS']);
    await ok(UNREACT, { p: post.id }, member);
    const again = (await ok(UNREACT, { p: post.id }, member)).unreactToThreadPost;
    expect(thanks(again)).toBe(0);
    expect(again.viewerReactions).toEqual([]);
  });

  it('pages through posts without duplicates or gaps while others keep replying', async () => {
    const { author, member, reply, threadId } = await aThread();
    for (let i = 0; i < 12; i++) await reply(`Odgovor ${i}`);
    const seen: string[] = [];
    const written: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const pageOfPosts: Promise<PostsPage> = ok<PostsPage>(
        PAGE,
        { id: threadId, first: 5, after },
        member,
      );
      const [result] = await Promise.all([
        pageOfPosts,
        reply(`Usput ${page}`, author).then((p) => written.push(p.id)),
      ]);
      const { nodes, pageInfo }: PostsPage['thread']['posts'] = result.thread.posts;
      seen.push(...nodes.map((p: Post) => p.id));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    const all = (await ok(PAGE, { id: threadId, first: 100 }, member)).thread.posts.nodes.map(
      (p: Post) => p.id,
    );
    expect(new Set(seen).size).toBe(seen.length);
    // What was read is exactly the start of the thread, in order: nothing skipped.
    expect(seen).toEqual(all.slice(0, seen.length));
    expect(seen.length).toBeGreaterThanOrEqual(13);
    expect(written.length).toBeGreaterThan(0);
  });
});
