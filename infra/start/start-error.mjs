/**
 * A failure `npm start` explains in one line: `✗ <part>: <message>`, optionally preceded by the
 * last lines of the part's log and followed by a hint.
 */
export class StartError extends Error {
  /**
   * @param {string} part what failed: `PostgreSQL`, `identity`, `configuration` …
   * @param {string} message one line, no stack
   * @param {{ tail?: string[], hint?: string }} [details]
   */
  constructor(part, message, details = {}) {
    super(message);
    this.name = 'StartError';
    this.part = part;
    this.tail = details.tail ?? [];
    this.hint = details.hint;
  }
}

/** Thrown by a wait that was cut short because everything is stopping. */
export class Stopping extends Error {
  constructor() {
    super('stopping');
    this.name = 'Stopping';
  }
}
