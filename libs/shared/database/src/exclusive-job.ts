import type { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { runExclusively } from './advisory-lock';

/**
 * Periodic work that every instance schedules and one instance at a time does (a session
 * advisory lock named `lockName`), never twice at once in this one. A failed run is logged and
 * the next tick tries again.
 */
export class ExclusiveJob {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly lockName: string,
    private readonly logger: Logger,
    private readonly work: (now: Date) => Promise<void>,
  ) {}

  /** Ticks every `intervalMs`; the timer does not keep the process alive. */
  start(intervalMs: number): void {
    this.timer = setInterval(() => void this.tick(), intervalMs);
    this.timer.unref();
  }

  /** Stops ticking and waits for a run under way. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One run, unless one is under way here or in another instance. */
  tick(now: () => Date = () => new Date()): Promise<void> {
    this.running ??= runExclusively(this.dataSource, this.lockName, () => this.work(now()))
      .then(() => undefined)
      .catch((error: unknown) => {
        this.logger.error(
          `${this.lockName} failed, will retry: ${error instanceof Error ? error.message : String(error)}`,
        );
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }
}
