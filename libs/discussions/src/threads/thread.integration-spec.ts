import { aUser, tokenFor } from '@mreza/shared/testing';
import type { DiscussionsTestApp } from '../testing/discussions-test-app';
import { aNetwork, startDiscussions } from '../testing/discussions-test-app';

const CREATE = `mutation ($input: CreateThreadInput!) {
  createThread(input: $input) { id title tags status locked replyCount network { id } author { id } }
}`;
const REPLY = `mutation ($input: ReplyInput!) { reply(input: $input) { id status body quotePostId mentions { id } } }`;
const THREAD = `query ($id: ID!) {
  thread(id: $id) { id title replyCount posts(first: 50) { nodes { id body status opening quotePostId } pageInfo { hasNextPage endCursor } } }
}`;

describe('threads and replies', () => {
  let app: DiscussionsTestApp;
  beforeAll(async () => {
    app = await startDiscussions();
  });
  afterAll(() => app.close());

  it('opens a thread, replies with a quote and a mention, and reads them in order', async () => {
    const author = aUser();
    const colleague = aUser();
    const network = await aNetwork().withMember(author).withMember(colleague).create(app);
    const created = await app.client.request<{ createThread: { id: string; status: string } }>(
      CREATE,
      {
        input: {
          networkId: network.id,
          title: 'Budžet 2027',
          body: 'Kako planirate?',
          tags: ['Budžet', 'budžet'],
        },
      },
      tokenFor(author),
    );
    expect(created.errors).toBeUndefined();
    const threadId = created.data!.createThread.id;
    expect(created.data!.createThread).toMatchObject({ status: 'PUBLISHED' });

    const thread = await app.client.request<{ thread: { posts: { nodes: { id: string }[] } } }>(
      THREAD,
      { id: threadId },
      tokenFor(colleague),
    );
    const openingId = thread.data!.thread.posts.nodes[0].id;
    const replied = await app.client.request<{ reply: { id: string; mentions: { id: string }[] } }>(
      REPLY,
      {
        input: {
          threadId,
          body: `Slažem se, [@Autor](mention:${author.id}).`,
          quotePostId: openingId,
        },
      },
      tokenFor(colleague),
    );
    expect(replied.errors).toBeUndefined();
    expect(replied.data!.reply.mentions).toEqual([{ id: author.id }]);

    const read = await app.client.request<{
      thread: { replyCount: number; posts: { nodes: { body: string; opening: boolean }[] } };
    }>(THREAD, { id: threadId }, tokenFor(author));
    expect(read.data!.thread.replyCount).toBe(1);
    expect(read.data!.thread.posts.nodes.map((post) => post.opening)).toEqual([true, false]);
    const published = await app.events('discussions.post.published');
    expect(published.at(-1)!.payload).toMatchObject({
      threadId,
      mentionedUserIds: [author.id],
      threadAuthorId: author.id,
    });
  });

  it("keeps a closed network's threads from non-members", async () => {
    const member = aUser();
    const outsider = aUser();
    const network = await aNetwork().closed().withMember(member).create(app);
    const created = await app.client.request<{ createThread: { id: string } }>(
      CREATE,
      { input: { networkId: network.id, title: 'Interno', body: 'Samo za članove' } },
      tokenFor(member),
    );
    const read = await app.client.request(
      THREAD,
      { id: created.data!.createThread.id },
      tokenFor(outsider),
    );
    expect(read.errors?.[0].extensions?.code).toBe('THREAD_NOT_FOUND');
  });
});
