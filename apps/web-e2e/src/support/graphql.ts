// Test data through the public GraphQL API of the gateway, as an administrator would create it.
import { ADMIN, graphqlUrl } from './platform';

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface Person {
  email: string;
  firstName: string;
  lastName: string;
  position: string;
}

/** Runs an operation through the gateway; throws on any GraphQL error. */
export async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(graphqlUrl(), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse<T>;
  if (body.errors?.length || !body.data) {
    const errors = (body.errors ?? []).map((error) => error.extensions?.code ?? error.message);
    throw new Error(`GraphQL ${response.status}: ${errors.join(', ') || 'no data'}`);
  }
  return body.data;
}

/** The administrator's access token. */
export async function signInAdmin(): Promise<string> {
  const data = await graphql<{ login: { accessToken: string } }>(
    'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: ADMIN },
  );
  return data.login.accessToken;
}

/** The id of the first organisation whose name matches `query`. */
export async function organisationId(token: string, query: string): Promise<string> {
  const data = await graphql<{ organisations: { nodes: { id: string }[] } }>(
    'query($query: String) { organisations(filter: { query: $query }) { nodes { id } } }',
    { query },
    token,
  );
  const [first] = data.organisations.nodes;
  if (!first) throw new Error(`no organisation matches "${query}"`);
  return first.id;
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

/** A member who accepted an invitation (through the API) with `password`. */
export async function createMember(
  token: string,
  person: Person,
  organisation: string,
  password: string,
): Promise<void> {
  const link = await invite(token, person, organisation);
  const invitationToken = new URL(link).searchParams.get('token');
  await graphql(
    'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }',
    { input: { token: invitationToken, password } },
  );
}
