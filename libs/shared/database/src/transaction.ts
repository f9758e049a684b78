import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

declare const txBrand: unique symbol;

/** An open database transaction, opaque to services; repositories turn it back into a manager. */
export type Tx = { readonly [txBrand]: true };

/** Runs a unit of work in one transaction; services pass the `Tx` on to repositories. */
@Injectable()
export class TransactionRunner {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(manager as unknown as Tx));
  }
}

/** The manager of a transaction, or the data source's own manager outside one. */
export function managerOf(dataSource: DataSource, tx?: Tx): EntityManager {
  return tx ? (tx as unknown as EntityManager) : dataSource.manager;
}
