/** An event as delivered to a consumer: the outbox row, with its id for idempotency. */
export interface EventEnvelope<TPayload = Record<string, unknown>> {
  id: string;
  type: string;
  version: number;
  payload: TPayload;
  occurredAt: string;
  source: string;
}
