import type { IncomingMessage } from 'node:http';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { REQUEST_ID_HEADER } from '@mreza/shared/service';

export interface GatewayContext {
  /** The incoming HTTP request; pino-http sets `id` to its request id. */
  req?: IncomingMessage & { id?: unknown };
}

/** Incoming headers each subgraph needs: who is asking, and in which language to answer. */
export const FORWARDED_HEADERS = ['authorization', 'accept-language'] as const;

function incomingRequestOf(context: object): GatewayContext['req'] {
  const req = (context as GatewayContext).req;
  return req && typeof req === 'object' && 'headers' in req ? req : undefined;
}

/** Sends each subgraph the caller's token, language and the request id of this gateway request. */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const incoming = incomingRequestOf(context);
    if (!incoming || !request.http) return;
    for (const name of FORWARDED_HEADERS) {
      const value = incoming.headers[name];
      if (typeof value === 'string') request.http.headers.set(name, value);
    }
    const requestId =
      typeof incoming.id === 'string' ? incoming.id : incoming.headers[REQUEST_ID_HEADER];
    if (typeof requestId === 'string') request.http.headers.set(REQUEST_ID_HEADER, requestId);
  }
}
