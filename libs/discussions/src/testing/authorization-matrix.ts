import { randomUUID } from 'node:crypto';
import { Role } from '@mreza/shared/auth';
import { aUser, tokenFor } from '@mreza/shared/testing';
import type { DiscussionsTestApp } from './discussions-test-app';
import { aNetwork, suspend } from './discussions-test-app';

/** The kinds of caller every authorization matrix of this service covers, in order. */
export type Actor =
  | 'anonymous'
  | 'outsider'
  | 'member'
  | 'author'
  | 'muted'
  | 'suspended'
  | 'coordinator'
  | 'staff'
  | 'admin';

export const ACTORS: Actor[] = [
  'anonymous',
  'outsider',
  'member',
  'author',
  'muted',
  'suspended',
  'coordinator',
  'staff',
  'admin',
];

const CREATE_THREAD = `mutation ($input: CreateThreadInput!) { createThread(input: $input) { id } }`;
const REPLY = `mutation ($input: ReplyInput!) { reply(input: $input) { id status } }`;
const OPENING = `query ($id: ID!) { thread(id: $id) { posts(first: 1) { nodes { id } } } }`;
/** A word the network's rules hold for review. */
export const HELD_WORD = 'zadržati';

/**
 * A network of the given visibility with one of each kind of person, and everything the
 * operations act on: a thread by `author` with a reply (reacted to by the members, flagged by
 * a reporter), a hidden reply, a held reply, a duplicate thread, a muted member and a
 * suspended one. `other` is a second network `coordinator` also coordinates (where threads
 * move to) and `outsider` belongs to. Every text carries `secret`, to prove it never leaks.
 */
export async function aDiscussionWorld(app: DiscussionsTestApp, visibility: 'OPEN' | 'CLOSED') {
  const people = {
    outsider: aUser(),
    member: aUser(),
    author: aUser(),
    muted: aUser(),
    suspended: aUser(),
    coordinator: aUser(),
    staff: aUser(Role.STAFF),
    admin: aUser(Role.ADMIN),
    reporter: aUser(),
  };
  const builder = aNetwork();
  if (visibility === 'CLOSED') builder.closed();
  const network = await builder
    .withCoordinator(people.coordinator)
    .withMember(people.member)
    .withMember(people.author)
    .withMember(people.muted)
    .withMember(people.suspended)
    .withMember(people.reporter)
    .create(app);
  const other = await aNetwork()
    .withCoordinator(people.coordinator)
    .withMember(people.outsider)
    .create(app);
  const secret = `tajna${randomUUID().slice(0, 8)}`;
  const as = (person: keyof typeof people) => tokenFor(people[person]);
  const newThread = async (title: string) =>
    (
      await app.client.ok<{ createThread: { id: string } }>(
        CREATE_THREAD,
        { input: { networkId: network.id, title: `${title} ${secret}`, body: `Uvod ${secret}` } },
        as('author'),
      )
    ).createThread.id;
  const newReply = async (threadId: string, body: string) =>
    (
      await app.client.ok<{ reply: { id: string } }>(
        REPLY,
        { input: { threadId, body: `${body} ${secret}` } },
        as('author'),
      )
    ).reply.id;

  const threadId = await newThread('Tema');
  const sourceThreadId = await newThread('Duplikat');
  const openingPostId = (
    await app.client.ok<{ thread: { posts: { nodes: { id: string }[] } } }>(
      OPENING,
      { id: threadId },
      as('author'),
    )
  ).thread.posts.nodes[0].id;
  const replyId = await newReply(threadId, 'Odgovor');
  const hiddenId = await newReply(threadId, 'Skriveni odgovor');
  await app.client.ok(
    `mutation ($p: ID!) { hidePost(postId: $p, reason: "Van teme") { id } }`,
    { p: hiddenId },
    as('coordinator'),
  );
  for (const person of ['member', 'author', 'muted', 'suspended', 'coordinator'] as const) {
    await app.client.ok(
      `mutation ($p: ID!) { reactToThreadPost(postId: $p, reaction: LIKE) { id } }`,
      { p: replyId },
      as(person),
    );
  }
  const { flagPost } = await app.client.ok<{ flagPost: { id: string } }>(
    `mutation ($p: ID!) { flagPost(input: { postId: $p, reason: OFF_TOPIC }) { id } }`,
    { p: replyId },
    as('reporter'),
  );
  await app.client.ok(
    `mutation ($n: ID!) { updateModerationRules(networkId: $n, input: { holdNewMembersDays: 0, heldKeywords: ["${HELD_WORD}"], heldLinkDomains: [] }) { holdNewMembersDays } }`,
    { n: network.id },
    as('coordinator'),
  );
  const heldId = await newReply(threadId, `Treba ${HELD_WORD}`);
  await app.client.ok(
    `mutation ($i: MuteMemberInput!) { muteMember(input: $i) { id } }`,
    {
      i: {
        networkId: network.id,
        userId: people.muted.id,
        until: new Date(Date.now() + 24 * 3600 * 1000).toISOString(),
        reason: 'Smiri se',
      },
    },
    as('coordinator'),
  );
  await suspend(app, people.suspended);
  return {
    people,
    network,
    other,
    secret,
    threadId,
    sourceThreadId,
    openingPostId,
    replyId,
    hiddenId,
    heldId,
    flagId: flagPost.id,
  };
}

export type DiscussionWorld = Awaited<ReturnType<typeof aDiscussionWorld>>;

export const tokenOf = (world: Pick<DiscussionWorld, 'people'>, actor: Actor) =>
  actor === 'anonymous' ? undefined : tokenFor(world.people[actor]);

/**
 * Everything this service stores about the given networks, as one fingerprint per table: a
 * refused call must leave every one of them as it was. Scoped to the networks, so tests
 * running beside it in the same database do not disturb it.
 */
export async function stateOf(app: DiscussionsTestApp, networkIds: string[]) {
  const digest = (from: string, row: string) =>
    `(SELECT md5(coalesce(string_agg(${row}::text, '|' ORDER BY ${row}::text), '')) ${from})`;
  const inThreads = `JOIN discussions.threads t ON t.id = p.thread_id WHERE t.network_id = ANY($1::uuid[])`;
  const [row] = await app.query<Record<string, string>>(
    `SELECT
       ${digest('FROM discussions.threads t WHERE t.network_id = ANY($1::uuid[])', 't')} AS threads,
       ${digest(`FROM discussions.posts p ${inThreads}`, 'p')} AS posts,
       ${digest(`FROM discussions.post_revisions r JOIN discussions.posts p ON p.id = r.post_id ${inThreads}`, 'r')} AS revisions,
       ${digest(`FROM discussions.post_reactions r JOIN discussions.posts p ON p.id = r.post_id ${inThreads}`, 'r')} AS reactions,
       ${digest('FROM discussions.flags f WHERE f.network_id = ANY($1::uuid[])', 'f')} AS flags,
       ${digest('FROM discussions.mutes m WHERE m.network_id = ANY($1::uuid[])', 'm')} AS mutes,
       ${digest('FROM discussions.moderation_rules r WHERE r.network_id = ANY($1::uuid[])', 'r')} AS rules,
       ${digest('FROM discussions.moderation_log l WHERE l.network_id = ANY($1::uuid[])', 'l')} AS log,
       ${digest(
         `FROM (SELECT id, type, payload FROM discussions.outbox
                WHERE payload->>'networkId' = ANY($1::uuid[]::text[])) o`,
         'o',
       )} AS events`,
    [networkIds],
  );
  return row;
}
