// Test data through the public GraphQL API of the gateway, as an administrator would create it.
import { ADMIN, graphqlUrl } from './platform';

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
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

/** The id of the network at `slug`. */
export async function networkId(token: string, slug: string): Promise<string> {
  const data = await graphql<{ network: { id: string } }>(
    'query($slug: String!) { network(slug: $slug) { id } }',
    { slug },
    token,
  );
  return data.network.id;
}
