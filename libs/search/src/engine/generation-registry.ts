import type { DataSource, EntityManager } from 'typeorm';
import type { Tx } from '@mreza/shared/database';
import { advisoryLockKey, managerOf } from '@mreza/shared/database';

const GENERATIONS_LOCK = advisoryLockKey('mreza:search-generations');

/**
 * Which generations of the index exist, kept in `search.generations` for every engine. Writers
 * hold a shared lock while they write, so a reindex that registers or switches a generation
 * (exclusively) never misses a write that was in flight: writes after registration reach the
 * new generation too, writes before it committed before the reindex read its sources.
 */
export class GenerationRegistry {
  constructor(private readonly dataSource: DataSource) {}

  /** The generations a write must reach: the active one and any being built. */
  async writable(manager: EntityManager): Promise<number[]> {
    await manager.query('SELECT pg_advisory_xact_lock_shared($1)', [GENERATIONS_LOCK]);
    const rows: { id: number }[] = await manager.query(
      `SELECT id FROM search.generations WHERE status IN ('ACTIVE','BUILDING') ORDER BY id`,
    );
    return rows.map((row) => Number(row.id));
  }

  async active(tx?: Tx): Promise<number> {
    const [row] = await managerOf(this.dataSource, tx).query<{ id: number }[]>(
      `SELECT id FROM search.generations WHERE status = 'ACTIVE'`,
    );
    return Number(row.id);
  }

  /** Runs `work` inside a transaction of its own, or the caller's, with the shared lock held. */
  async write<T>(tx: Tx | undefined, work: (manager: EntityManager, ids: number[]) => Promise<T>) {
    if (tx) {
      const manager = tx as unknown as EntityManager;
      return work(manager, await this.writable(manager));
    }
    return this.dataSource.transaction(async (manager) =>
      work(manager, await this.writable(manager)),
    );
  }

  /** Registers a new generation being built; `prepare` creates its storage in the same lock. */
  async begin(prepare: (manager: EntityManager, id: number) => Promise<void>): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [GENERATIONS_LOCK]);
      const [{ next }] = await manager.query(
        `SELECT coalesce(max(id), 0) + 1 AS next FROM search.generations`,
      );
      const id = Number(next);
      await prepare(manager, id);
      await manager.query(`INSERT INTO search.generations (id, status) VALUES ($1, 'BUILDING')`, [
        id,
      ]);
      return id;
    });
  }

  /** Makes `id` the active generation; `switchTo` points readers at it in the same transaction. */
  async activate(
    id: number,
    switchTo: (manager: EntityManager, previous: number) => Promise<void>,
  ): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [GENERATIONS_LOCK]);
      const [{ id: previous }] = await manager.query(
        `SELECT id FROM search.generations WHERE status = 'ACTIVE'`,
      );
      await manager.query(`UPDATE search.generations SET status = 'RETIRED' WHERE id = $1`, [
        previous,
      ]);
      await manager.query(
        `UPDATE search.generations SET status = 'ACTIVE', activated_at = now() WHERE id = $1 AND status = 'BUILDING'`,
        [id],
      );
      await switchTo(manager, Number(previous));
      return Number(previous);
    });
  }

  async discard(id: number, drop: (manager: EntityManager) => Promise<void>): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [GENERATIONS_LOCK]);
      await manager.query(
        `UPDATE search.generations SET status = 'RETIRED' WHERE id = $1 AND status = 'BUILDING'`,
        [id],
      );
      await drop(manager);
    });
  }
}
