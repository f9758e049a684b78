export * from './domain-event';
export * from './contracts/identity.events';
export * from './outbox-event.entity';
export * from './outbox';
export * from './event-outbox';
