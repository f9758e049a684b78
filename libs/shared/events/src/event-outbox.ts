import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Tx } from '@mreza/shared/database';
import { managerOf } from '@mreza/shared/database';
import type { DomainEvent } from './domain-event';
import { recordEvents } from './outbox';

/** The service's outbox, for services: events go in with the transaction that caused them. */
@Injectable()
export class EventOutbox {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  record(tx: Tx, ...events: DomainEvent[]): Promise<void> {
    return recordEvents(managerOf(this.dataSource, tx), events);
  }
}
