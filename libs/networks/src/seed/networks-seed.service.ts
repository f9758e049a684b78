import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@mreza/shared/database';
import { EventOutbox } from '@mreza/shared/events';
import { networkEvent } from '../networks/network.events';
import { NetworkRepository } from '../networks/network.repository';
import { SEED_NETWORKS } from '../networks/seed/sctm-networks';

export interface NetworksSeedReport {
  networksAdded: number;
}

/**
 * Adds the SCTM and NALAS networks that are missing (by slug), with their `created` events so
 * search learns of them; safe to run at every start.
 */
@Injectable()
export class NetworksSeedService {
  constructor(
    private readonly networks: NetworkRepository,
    private readonly outbox: EventOutbox,
    private readonly transaction: TransactionRunner,
  ) {}

  run(): Promise<NetworksSeedReport> {
    return this.transaction.run(async (tx) => {
      const added = await this.networks.insertMissing(SEED_NETWORKS, tx);
      await this.outbox.record(
        tx,
        ...added.map((network) => networkEvent('networks.network.created', network)),
      );
      return { networksAdded: added.length };
    });
  }
}
