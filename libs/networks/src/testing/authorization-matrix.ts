import { Role } from '@mreza/shared/auth';
import type { NetworksTestApp } from './networks-test-app';
import { aNetwork, aUser, tokenFor } from './networks-test-app';

/** The seven kinds of caller every authorization matrix of this service covers, in order. */
export type Actor =
  'anonymous' | 'outsider' | 'requester' | 'member' | 'coordinator' | 'staff' | 'admin';

export const ACTORS: Actor[] = [
  'anonymous',
  'outsider',
  'requester',
  'member',
  'coordinator',
  'staff',
  'admin',
];

/**
 * One of each kind of person, a closed network (coordinator, member, pending requester) and an
 * open one (coordinator, member); the outsider belongs to another network only.
 */
export async function aPeopleWorld(app: NetworksTestApp) {
  const people = {
    outsider: aUser(),
    requester: aUser(),
    member: aUser(),
    coordinator: aUser(),
    staff: aUser(Role.STAFF),
    admin: aUser(Role.ADMIN),
  };
  const closed = await aNetwork()
    .closed()
    .withCoordinator(people.coordinator)
    .withMember(people.member)
    .withPendingRequestBy(people.requester)
    .create(app);
  const open = await aNetwork()
    .withCoordinator(people.coordinator)
    .withMember(people.member)
    .create(app);
  await aNetwork().withMember(people.outsider).create(app);
  return { people, closed, open };
}

export type PeopleWorld = Awaited<ReturnType<typeof aPeopleWorld>>;

/** One operation of a matrix: its GraphQL text and its variables in the matrix's world. */
export interface MatrixOperation<World> {
  query: string;
  variables: (world: World) => Record<string, unknown>;
  /**
   * A mutation records an event when it succeeds, unless it only changes the caller's own
   * reading state (`false`: marking read).
   */
  recordsEvent?: boolean;
}

/** Whether a successful call of the operation must have recorded an event. */
export const mustRecordEvent = <World>(operation: MatrixOperation<World>) =>
  operation.query.trimStart().startsWith('mutation') && operation.recordsEvent !== false;

/** `{ operation: [outcome per actor] }` → one test case per operation and actor. */
export function matrixCases<T>(matrix: Record<string, T[]>) {
  return Object.entries(matrix).flatMap(([operation, outcomes]) =>
    ACTORS.map((actor, index) => ({ operation, actor, expected: outcomes[index] })),
  );
}

export const tokenOf = (world: Pick<PeopleWorld, 'people'>, actor: Actor) =>
  actor === 'anonymous' ? undefined : tokenFor(world.people[actor]);

export const outboxSize = async (app: NetworksTestApp) =>
  Number((await app.query<{ n: string }>('SELECT count(*) AS n FROM networks.outbox'))[0].n);

/** Saved notification preferences: a change of one's own settings records no event. */
export const preferenceRows = async (app: NetworksTestApp) =>
  Number(
    (
      await app.query<{ n: string }>('SELECT count(*) AS n FROM networks.notification_preferences')
    )[0].n,
  );
