import type { DynamicModule } from '@nestjs/common';
import { Global, Module } from '@nestjs/common';
import { EventBus } from './event-bus';
import { EventConsumer } from './event-consumer';
import { EventOutbox } from './event-outbox';
import { EVENTS_SCHEMA, OutboxRelay } from './outbox-relay';

/** A service's side of the events: its outbox, the relay out of it, and consumers of others'. */
@Global()
@Module({})
export class EventsModule {
  static forService(options: { schema: string; databaseUrl: string }): DynamicModule {
    return {
      module: EventsModule,
      providers: [
        { provide: EVENTS_SCHEMA, useValue: options.schema },
        {
          provide: EventBus,
          useFactory: () =>
            new EventBus({ databaseUrl: options.databaseUrl, service: options.schema }),
        },
        EventOutbox,
        OutboxRelay,
        EventConsumer,
      ],
      exports: [EventOutbox, EventConsumer, OutboxRelay],
    };
  }
}
