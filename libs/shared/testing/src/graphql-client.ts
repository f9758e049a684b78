import request from 'supertest';

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** Posts GraphQL over HTTP like a browser would, optionally with a bearer token. */
export class GraphQLClient {
  constructor(private readonly baseUrl: string) {}

  async request<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<GraphQLResult<T>> {
    let call = request(this.baseUrl).post('/graphql').set('content-type', 'application/json');
    if (token) call = call.set('authorization', `Bearer ${token}`);
    const response = await call.send({ query, variables });
    const body = response.body as Omit<GraphQLResult<T>, 'status'>;
    return { status: response.status, data: body.data, errors: body.errors };
  }

  /** Like {@link request}, but fails the test on any GraphQL error. */
  async ok<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<T> {
    const result = await this.request<T>(query, variables, token);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL error: ${JSON.stringify(result.errors ?? result)}`);
    }
    return result.data;
  }
}

/** The error code of the first GraphQL error, for `expect(codeOf(result)).toBe('…')`. */
export const codeOf = (result: GraphQLResult<unknown>) => result.errors?.[0]?.extensions?.code;
