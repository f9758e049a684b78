// People of the browser tests, as an administrator brings them in: invited through the API, the
// invitation accepted with a password, then signed in through the API (for test data) or the
// sign-in page (for the browser).
import type { Page } from 'playwright-core';
import { graphql } from './graphql';
import { ADMIN } from './platform';

export interface Person {
  email: string;
  firstName: string;
  lastName: string;
  position: string;
}

/** Someone signed in through the API: their access token and id. */
export interface SignedIn {
  token: string;
  id: string;
}

function signedIn(accessToken: string): SignedIn {
  const claims = JSON.parse(
    Buffer.from(accessToken.split('.')[1] ?? '', 'base64url').toString('utf8'),
  ) as { sub: string };
  return { token: accessToken, id: claims.sub };
}

/** Invites `person` into the organisation and returns the link from the invitation e-mail. */
export async function invite(token: string, person: Person, organisation: string): Promise<string> {
  await graphql(
    'mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }',
    { input: { ...person, organisationId: organisation } },
    token,
  );
  const data = await graphql<{ mailOutbox: { nodes: { recipient: string; body: string }[] } }>(
    '{ mailOutbox(first: 5) { nodes { recipient body } } }',
    {},
    token,
  );
  const mail = data.mailOutbox.nodes.find((node) => node.recipient === person.email);
  const link = mail?.body.match(/https?:\/\/\S+\/invitation\?token=[^\s"'<>]+/)?.[0];
  if (!link) throw new Error(`no invitation link in the outbox for ${person.email}`);
  return link;
}

/** A member who accepted an invitation (through the API) with `password`, signed in. */
export async function createMember(
  adminToken: string,
  person: Person,
  organisation: string,
  password: string,
): Promise<SignedIn> {
  const link = await invite(adminToken, person, organisation);
  const data = await graphql<{ acceptInvitation: { accessToken: string } }>(
    'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }',
    { input: { token: new URL(link).searchParams.get('token'), password } },
  );
  return signedIn(data.acceptInvitation.accessToken);
}

/** Signs in through the API. */
export async function signInApi(email: string, password: string): Promise<SignedIn> {
  const data = await graphql<{ login: { accessToken: string } }>(
    'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email, password } },
  );
  return signedIn(data.login.accessToken);
}

/** Signs in on the sign-in page, and waits for the home page to greet them by first name. */
export async function signIn(
  page: Page,
  person: Pick<Person, 'email' | 'firstName'>,
  password: string,
): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'Adresa e-pošte', exact: true }).fill(person.email);
  await page.getByRole('textbox', { name: 'Lozinka', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Prijavi se' }).click();
  await page.getByRole('heading', { level: 1, name: `Dobro došli, ${person.firstName}` }).waitFor();
}

/** Signs the seeded administrator in on the sign-in page. */
export function signInAsAdmin(page: Page): Promise<void> {
  return signIn(page, { email: ADMIN.email, firstName: 'Administrator' }, ADMIN.password);
}

/** Adds the user to the network (as the administrator), as a member or a coordinator. */
export async function addToNetwork(
  adminToken: string,
  network: string,
  userId: string,
  role: 'MEMBER' | 'COORDINATOR' = 'MEMBER',
): Promise<void> {
  await graphql(
    'mutation($n: ID!, $u: ID!) { addNetworkMember(networkId: $n, userId: $u) { role } }',
    { n: network, u: userId },
    adminToken,
  );
  if (role === 'COORDINATOR') {
    await graphql(
      'mutation($n: ID!, $u: ID!) { setNetworkRole(networkId: $n, userId: $u, role: COORDINATOR) { role } }',
      { n: network, u: userId },
      adminToken,
    );
  }
}
