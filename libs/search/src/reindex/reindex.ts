import type { Pool } from 'pg';
import type { SearchEngine } from '../engine/search-engine';
import { SourceReader } from './source-reader';

/** Events committed up to this long before the snapshot may still be in flight: they re-apply. */
const SNAPSHOT_MARGIN_MS = 60_000;

/** Builds a new generation from the sources and switches to it; discards it on failure. */
export async function reindex(
  engine: SearchEngine,
  pool: Pool,
  log: (line: string) => void = () => undefined,
): Promise<{ generation: number; items: number }> {
  const generation = await engine.beginGeneration();
  const client = await pool.connect();
  let items = 0;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const [{ now }] = (await client.query<{ now: Date }>('SELECT now()')).rows;
    const reader = new SourceReader(client, new Date(now.getTime() - SNAPSHOT_MARGIN_MS));
    const started = Date.now();
    for await (const batch of reader.batches()) {
      await generation.upsert(batch.items);
      items += batch.items.length;
      log(
        `${batch.source}: ${items} items, ${Math.round(items / ((Date.now() - started) / 1000 || 1))}/s`,
      );
    }
    await client.query('COMMIT');
    await generation.activate();
    return { generation: generation.id, items };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    await generation.discard();
    throw error;
  } finally {
    client.release();
  }
}
