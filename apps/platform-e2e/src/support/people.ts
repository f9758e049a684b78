import type { GraphQLClient } from '@mreza/shared/testing';

export const PASSWORD = 'Clan-Mreze-Socijalna-Zastita-7';

export async function signIn(
  client: GraphQLClient,
  email: string,
  password = PASSWORD,
): Promise<string> {
  const data = await client.ok('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
    i: { email, password },
  });
  return data.login.accessToken;
}

/** Invites a person through identity and accepts the mailed invitation; returns their id. */
export async function invitePerson(client: GraphQLClient, adminToken: string, email: string) {
  const organisations = await client.ok(
    '{ organisations(filter: { query: "Čačak" }) { nodes { id } } }',
  );
  const organisationId = organisations.organisations.nodes[0].id;
  await client.ok(
    'mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }',
    { i: { email, firstName: 'Milena', lastName: 'Stanković', organisationId } },
    adminToken,
  );
  return acceptMailedInvitation(client, adminToken, email);
}

export async function acceptMailedInvitation(
  client: GraphQLClient,
  adminToken: string,
  email: string,
) {
  const outbox = await client.ok(
    '{ mailOutbox(first: 20) { nodes { recipient body } } }',
    {},
    adminToken,
  );
  const mail = outbox.mailOutbox.nodes.find(
    (node: { recipient: string }) => node.recipient === email,
  );
  const token = mail.body.match(/token=([\w-]+)/)[1];
  const accepted = await client.ok(
    'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { user { id } } }',
    { i: { token, password: PASSWORD } },
  );
  return accepted.acceptInvitation.user.id as string;
}

/** Polls (up to 20 s) until what the test waits for has happened across the services. */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
