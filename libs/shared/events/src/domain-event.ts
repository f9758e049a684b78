/** An event as it travels between services: a versioned type and a JSON payload. */
export interface DomainEvent<TType extends string = string, TPayload = unknown> {
  type: TType;
  version: number;
  payload: TPayload;
}
