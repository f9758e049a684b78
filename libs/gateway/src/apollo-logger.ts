import type { GatewayConfig } from '@apollo/gateway';
import { Logger } from '@nestjs/common';

export type ApolloLogger = NonNullable<GatewayConfig['logger']>;

const text = (message: unknown) => (message instanceof Error ? message.message : String(message));

/** Routes Apollo's logging into the service's JSON logs. */
export function apolloLogger(context: string): ApolloLogger {
  const logger = new Logger(context);
  return {
    debug: (message: unknown) => logger.debug(text(message)),
    info: (message: unknown) => logger.log(text(message)),
    warn: (message: unknown) => logger.warn(text(message)),
    error: (message: unknown) => logger.error(text(message)),
  };
}
