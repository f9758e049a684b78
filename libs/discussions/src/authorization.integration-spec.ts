import { codeOf } from '@mreza/shared/testing';
import type { DiscussionsTestApp } from './testing/discussions-test-app';
import { startDiscussions } from './testing/discussions-test-app';
import type { DiscussionWorld } from './testing/authorization-matrix';
import { ACTORS, aDiscussionWorld, stateOf, tokenOf } from './testing/authorization-matrix';

interface Operation {
  query: string;
  variables: (world: DiscussionWorld) => Record<string, unknown>;
}

const inADay = () => new Date(Date.now() + 2 * 24 * 3600 * 1000).toISOString();

const ops: Record<string, Operation> = {
  createThread: {
    query: 'mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }',
    variables: (w) => ({ i: { networkId: w.network.id, title: 'Nova tema', body: 'Tekst' } }),
  },
  thread: {
    query: 'query($id: ID!) { thread(id: $id) { id title replyCount } }',
    variables: (w) => ({ id: w.threadId }),
  },
  threads: {
    query: 'query($n: ID!) { threads(networkId: $n) { nodes { id title replyCount } } }',
    variables: (w) => ({ n: w.network.id }),
  },
  'Thread.posts': {
    query: 'query($id: ID!) { thread(id: $id) { posts { nodes { id body status } } } }',
    variables: (w) => ({ id: w.threadId }),
  },
  reply: {
    query: 'mutation($i: ReplyInput!) { reply(input: $i) { id } }',
    variables: (w) => ({ i: { threadId: w.threadId, body: 'Slažem se' } }),
  },
  editThreadPost: {
    query: 'mutation($p: ID!) { editThreadPost(postId: $p, body: "Ispravljeno") { id body } }',
    variables: (w) => ({ p: w.replyId }),
  },
  deleteThreadPost: {
    query: 'mutation($p: ID!) { deleteThreadPost(postId: $p) }',
    variables: (w) => ({ p: w.replyId }),
  },
  reactToThreadPost: {
    query: 'mutation($p: ID!) { reactToThreadPost(postId: $p, reaction: INSIGHTFUL) { id body } }',
    variables: (w) => ({ p: w.replyId }),
  },
  unreactToThreadPost: {
    query: 'mutation($p: ID!) { unreactToThreadPost(postId: $p, reaction: LIKE) { id body } }',
    variables: (w) => ({ p: w.replyId }),
  },
  'ThreadPost.revisions': {
    query: 'query($id: ID!) { thread(id: $id) { posts { nodes { id revisions { body } } } } }',
    variables: (w) => ({ id: w.threadId }),
  },
  flagPost: {
    query: 'mutation($p: ID!) { flagPost(input: { postId: $p, reason: SPAM }) { id } }',
    variables: (w) => ({ p: w.replyId }),
  },
  moderationQueue: {
    query:
      'query($n: ID!) { moderationQueue(networkId: $n) { nodes { id post { body } thread { title } } } }',
    variables: (w) => ({ n: w.network.id }),
  },
  openFlagCount: {
    query: 'query($n: ID!) { openFlagCount(networkId: $n) }',
    variables: (w) => ({ n: w.network.id }),
  },
  resolveFlag: {
    query:
      'mutation($f: ID!) { resolveFlag(input: { flagId: $f, action: DISMISS }) { resolution } }',
    variables: (w) => ({ f: w.flagId }),
  },
  hidePost: {
    query: 'mutation($p: ID!) { hidePost(postId: $p, reason: "Uvreda") { status body } }',
    variables: (w) => ({ p: w.replyId }),
  },
  restorePost: {
    query: 'mutation($p: ID!) { restorePost(postId: $p) { status body } }',
    variables: (w) => ({ p: w.hiddenId }),
  },
  heldPosts: {
    query:
      'query($n: ID!) { heldPosts(networkId: $n) { nodes { post { body } thread { title } } } }',
    variables: (w) => ({ n: w.network.id }),
  },
  reviewHeldPost: {
    query: 'mutation($p: ID!) { reviewHeldPost(postId: $p, approve: true) { status body } }',
    variables: (w) => ({ p: w.heldId }),
  },
  lockThread: {
    query: 'mutation($t: ID!) { lockThread(threadId: $t) { locked title } }',
    variables: (w) => ({ t: w.threadId }),
  },
  pinThread: {
    query: 'mutation($t: ID!) { pinThread(threadId: $t) { pinned title } }',
    variables: (w) => ({ t: w.threadId }),
  },
  moveThread: {
    query: 'mutation($t: ID!, $n: ID!) { moveThread(threadId: $t, networkId: $n) { id } }',
    variables: (w) => ({ t: w.threadId, n: w.other.id }),
  },
  mergeThreads: {
    query:
      'mutation($s: ID!, $t: ID!) { mergeThreads(sourceThreadId: $s, targetThreadId: $t) { replyCount } }',
    variables: (w) => ({ s: w.sourceThreadId, t: w.threadId }),
  },
  muteMember: {
    query: 'mutation($i: MuteMemberInput!) { muteMember(input: $i) { expiresAt } }',
    variables: (w) => ({
      i: { networkId: w.network.id, userId: w.people.member.id, until: inADay(), reason: 'Ton' },
    }),
  },
  unmuteMember: {
    query: 'mutation($n: ID!, $u: ID!) { unmuteMember(networkId: $n, userId: $u) }',
    variables: (w) => ({ n: w.network.id, u: w.people.muted.id }),
  },
  mutedMembers: {
    query: 'query($n: ID!) { mutedMembers(networkId: $n) { member { id } reason } }',
    variables: (w) => ({ n: w.network.id }),
  },
  moderationRules: {
    query: 'query($n: ID!) { moderationRules(networkId: $n) { heldKeywords } }',
    variables: (w) => ({ n: w.network.id }),
  },
  updateModerationRules: {
    query: `mutation($n: ID!) { updateModerationRules(networkId: $n, input: {
      holdNewMembersDays: 3, heldKeywords: ["izbori"], heldLinkDomains: ["kampanja.rs"] }) { holdNewMembersDays } }`,
    variables: (w) => ({ n: w.network.id }),
  },
  moderationLog: {
    query: 'query($n: ID!) { moderationLog(networkId: $n) { nodes { action reason } } }',
    variables: (w) => ({ n: w.network.id }),
  },
};

const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const ok = 'ok';
const NOT_MEMBER = 'NOT_A_MEMBER';
const MUTED = 'MEMBER_MUTED';
const SUSPENDED = 'ACCOUNT_SUSPENDED';
const NOT_AUTHOR = 'NOT_THE_AUTHOR';
/** Coordinators of the network, staff and administrators; nobody else. */
const MODERATORS = [U, F, F, F, F, F, ok, ok, ok];

/**
 * Expected outcome per actor, in the order of ACTORS (anonymous, outsider, member, author,
 * muted, suspended, coordinator, staff, admin): `ok` or the error code, on a closed network and
 * on an open one. Staff and administrators moderate everywhere but post only where they are
 * members; a closed network's content is "not found" for outsiders.
 */
const matrix: Record<keyof typeof ops, { CLOSED: string[]; OPEN: string[] }> = {
  createThread: {
    CLOSED: [U, NOT_MEMBER, ok, ok, MUTED, SUSPENDED, ok, NOT_MEMBER, NOT_MEMBER],
    OPEN: [U, NOT_MEMBER, ok, ok, MUTED, SUSPENDED, ok, NOT_MEMBER, NOT_MEMBER],
  },
  thread: {
    CLOSED: [U, 'THREAD_NOT_FOUND', ok, ok, ok, ok, ok, ok, ok],
    OPEN: [U, ok, ok, ok, ok, ok, ok, ok, ok],
  },
  threads: {
    CLOSED: [U, NOT_MEMBER, ok, ok, ok, ok, ok, ok, ok],
    OPEN: [U, ok, ok, ok, ok, ok, ok, ok, ok],
  },
  'Thread.posts': {
    CLOSED: [U, 'THREAD_NOT_FOUND', ok, ok, ok, ok, ok, ok, ok],
    OPEN: [U, ok, ok, ok, ok, ok, ok, ok, ok],
  },
  reply: {
    CLOSED: [U, 'THREAD_NOT_FOUND', ok, ok, MUTED, SUSPENDED, ok, NOT_MEMBER, NOT_MEMBER],
    OPEN: [U, NOT_MEMBER, ok, ok, MUTED, SUSPENDED, ok, NOT_MEMBER, NOT_MEMBER],
  },
  editThreadPost: {
    CLOSED: [
      U,
      'POST_NOT_FOUND',
      NOT_AUTHOR,
      ok,
      NOT_AUTHOR,
      NOT_AUTHOR,
      NOT_AUTHOR,
      NOT_AUTHOR,
      NOT_AUTHOR,
    ],
    OPEN: [
      U,
      NOT_AUTHOR,
      NOT_AUTHOR,
      ok,
      NOT_AUTHOR,
      NOT_AUTHOR,
      NOT_AUTHOR,
      NOT_AUTHOR,
      NOT_AUTHOR,
    ],
  },
  deleteThreadPost: {
    CLOSED: [
      U,
      'POST_NOT_FOUND',
      NOT_AUTHOR,
      ok,
      NOT_AUTHOR,
      NOT_AUTHOR,
      NOT_AUTHOR,
      NOT_AUTHOR,
      NOT_AUTHOR,
    ],
    OPEN: [
      U,
      NOT_AUTHOR,
      NOT_AUTHOR,
      ok,
      NOT_AUTHOR,
      NOT_AUTHOR,
      NOT_AUTHOR,
      NOT_AUTHOR,
      NOT_AUTHOR,
    ],
  },
  reactToThreadPost: {
    CLOSED: [U, 'POST_NOT_FOUND', ok, ok, MUTED, SUSPENDED, ok, NOT_MEMBER, NOT_MEMBER],
    OPEN: [U, NOT_MEMBER, ok, ok, MUTED, SUSPENDED, ok, NOT_MEMBER, NOT_MEMBER],
  },
  unreactToThreadPost: {
    CLOSED: [U, 'POST_NOT_FOUND', ok, ok, MUTED, SUSPENDED, ok, NOT_MEMBER, NOT_MEMBER],
    OPEN: [U, NOT_MEMBER, ok, ok, MUTED, SUSPENDED, ok, NOT_MEMBER, NOT_MEMBER],
  },
  'ThreadPost.revisions': {
    CLOSED: [U, 'THREAD_NOT_FOUND', F, F, F, F, ok, ok, ok],
    OPEN: [U, F, F, F, F, F, ok, ok, ok],
  },
  flagPost: {
    CLOSED: [U, 'POST_NOT_FOUND', ok, 'FLAG_OWN_POST', ok, SUSPENDED, ok, NOT_MEMBER, NOT_MEMBER],
    OPEN: [U, NOT_MEMBER, ok, 'FLAG_OWN_POST', ok, SUSPENDED, ok, NOT_MEMBER, NOT_MEMBER],
  },
  moderationQueue: { CLOSED: MODERATORS, OPEN: MODERATORS },
  openFlagCount: { CLOSED: MODERATORS, OPEN: MODERATORS },
  resolveFlag: { CLOSED: MODERATORS, OPEN: MODERATORS },
  hidePost: { CLOSED: MODERATORS, OPEN: MODERATORS },
  restorePost: { CLOSED: MODERATORS, OPEN: MODERATORS },
  heldPosts: { CLOSED: MODERATORS, OPEN: MODERATORS },
  reviewHeldPost: { CLOSED: MODERATORS, OPEN: MODERATORS },
  lockThread: { CLOSED: MODERATORS, OPEN: MODERATORS },
  pinThread: { CLOSED: MODERATORS, OPEN: MODERATORS },
  moveThread: { CLOSED: MODERATORS, OPEN: MODERATORS },
  mergeThreads: { CLOSED: MODERATORS, OPEN: MODERATORS },
  muteMember: { CLOSED: MODERATORS, OPEN: MODERATORS },
  unmuteMember: { CLOSED: MODERATORS, OPEN: MODERATORS },
  mutedMembers: { CLOSED: MODERATORS, OPEN: MODERATORS },
  moderationRules: { CLOSED: MODERATORS, OPEN: MODERATORS },
  updateModerationRules: { CLOSED: MODERATORS, OPEN: MODERATORS },
  moderationLog: { CLOSED: MODERATORS, OPEN: MODERATORS },
};

const cases = (['CLOSED', 'OPEN'] as const).flatMap((visibility) =>
  Object.entries(matrix).flatMap(([operation, outcomes]) =>
    ACTORS.map((actor, index) => ({
      operation,
      visibility,
      actor,
      expected: outcomes[visibility][index],
    })),
  ),
);

describe('discussions authorization', () => {
  let app: DiscussionsTestApp;

  beforeAll(async () => {
    app = await startDiscussions();
  });

  afterAll(() => app.close());

  it('covers every operation for every kind of caller', () => {
    expect(Object.keys(matrix).sort()).toEqual(Object.keys(ops).sort());
    expect(cases).toHaveLength(Object.keys(ops).length * ACTORS.length * 2);
  });

  it.each(cases)(
    '$operation on a $visibility network by $actor: $expected',
    async ({ operation, visibility, actor, expected }) => {
      const world = await aDiscussionWorld(app, visibility);
      const { query, variables } = ops[operation];
      const networks = [world.network.id, world.other.id];
      const before = await stateOf(app, networks);
      const result = await app.client.request(query, variables(world), tokenOf(world, actor));
      expect(codeOf(result) ?? ok).toBe(expected);
      const after = await stateOf(app, networks);
      if (expected !== ok) {
        // A refused call changes nothing and gives nothing away: no text, no count, no id.
        expect(after).toEqual(before);
        const answer = JSON.stringify(result);
        expect(answer).not.toContain(world.secret);
        expect(answer).not.toContain(world.replyId);
        expect(result.data ?? null).toBeNull();
      } else if (query.trimStart().startsWith('mutation')) {
        expect(after).not.toEqual(before);
      } else {
        expect(after).toEqual(before);
      }
    },
  );
});
