/** POSTs a GraphQL operation; returns the parsed body. */
export async function graphql(url, query, variables = {}, token) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

export const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }';
