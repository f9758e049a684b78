/** The loaded {@link GatewayConfig}, for providers and middleware. */
export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');
