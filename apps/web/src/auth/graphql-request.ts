import type { TypedDocumentNode } from '@apollo/client';
import type { GraphQLFormattedError, OperationDefinitionNode } from 'graphql';
import { print } from 'graphql';

/** A failed request outside Apollo, with the error code the UI maps to a message. */
export class GraphQLRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

interface GraphQLResponseBody<TData> {
  data?: TData | null;
  errors?: GraphQLFormattedError[];
}

function operationName(document: TypedDocumentNode<unknown, unknown>): string | undefined {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === 'OperationDefinition',
  );
  return operation?.name?.value;
}

/**
 * Posts one operation to the API without Apollo Client, for the session refresh, which must not
 * go through the links that call it. Throws {@link GraphQLRequestError}: `NETWORK` when the
 * server cannot be reached, `SERVER_UNAVAILABLE` for an answer that is not GraphQL, else the
 * first error's `extensions.code`.
 */
export async function postGraphQL<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  endpoint = '/graphql',
): Promise<TData> {
  let response: Response;
  try {
    response = await fetchImpl(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({
        operationName: operationName(document as TypedDocumentNode<unknown, unknown>),
        query: print(document),
        variables,
      }),
    });
  } catch (error) {
    throw new GraphQLRequestError(
      'NETWORK',
      error instanceof Error ? error.message : 'fetch failed',
    );
  }

  let body: GraphQLResponseBody<TData>;
  try {
    body = (await response.json()) as GraphQLResponseBody<TData>;
  } catch {
    throw new GraphQLRequestError('SERVER_UNAVAILABLE', `HTTP ${response.status}`);
  }

  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.['code'];
    const retryAfter = first.extensions?.['retryAfter'];
    throw new GraphQLRequestError(
      typeof code === 'string' ? code : 'UNKNOWN',
      first.message,
      typeof retryAfter === 'number' ? retryAfter : undefined,
    );
  }
  if (!response.ok || !body.data) {
    throw new GraphQLRequestError(
      response.status >= 500 ? 'SERVER_UNAVAILABLE' : 'UNKNOWN',
      `HTTP ${response.status}`,
    );
  }
  return body.data;
}
