// The child processes of `npm start`: each service, the seed and the web build. Output goes to
// `.data/logs/<name>.log` (JSON lines, appended), to the terminal prefixed with the name
// (MREZA_LOG=stdout), or indented under its progress line (the seed); the last lines are kept to
// explain a failure.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { request } from 'node:http';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { formatSeconds } from './progress.mjs';
import { StartError, Stopping } from './start-error.mjs';

const EXIT_WITH_PARENT = join(dirname(fileURLToPath(import.meta.url)), 'exit-with-parent.cjs');
const KEEP_LINES = 40;
const TAIL_LINES = 15;
/** What a service (libs/shared/service/src/bootstrap.ts) or the seed prints when it fails. */
const FAILURE_LINE = /^\[[\w-]+\] failed(?: to start)?: (.+)$/;
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;
/** A line that says what went wrong (not a stack frame, not a heading ending in a colon). */
const ERROR_WORDS = /\b(error|failed|cannot|can't|could not|unable)\b/i;
const LEVELS = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

const parseJson = (text) => {
  if (!text.startsWith('{')) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** A pino JSON line made readable for the terminal: `12:03:04 ERROR message` and its error stack. */
export function readableLines(raw) {
  const entry = parseJson(raw);
  if (!entry) return [raw];
  const time = entry.time ? new Date(entry.time).toISOString().slice(11, 19) : '';
  const level = LEVELS[entry.level] ?? String(entry.level ?? '');
  const context = entry.context ? `[${entry.context}] ` : '';
  const headline = `${time} ${level.padEnd(5)} ${context}${entry.msg ?? ''}`.trim();
  const stack = entry.err?.stack ?? entry.err?.message;
  const stackLines = typeof stack === 'string' ? stack.split('\n').slice(0, 8) : [];
  return [headline, ...stackLines.map((line) => `  ${line}`)];
}

export function describeExit({ code, signal }) {
  return signal ? `killed by ${signal}` : `exited with code ${code}`;
}

/** Output into `.data/logs/<name>.log`: the service's JSON lines, other lines wrapped as JSON. */
export function logFileOutput(path, name) {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'a');
  const write = (entry) => writeSync(fd, `${JSON.stringify(entry)}\n`);
  return {
    path,
    begin(pid) {
      write({
        level: 30,
        time: Date.now(),
        name: 'npm-start',
        msg: `${name} started (pid ${pid})`,
      });
    },
    line(stream, text) {
      if (!text.trim()) return;
      if (parseJson(text)) writeSync(fd, `${text}\n`);
      else write({ level: stream === 'stderr' ? 50 : 30, time: Date.now(), name, msg: text });
    },
    close() {
      closeSync(fd);
    },
  };
}

/** Output to the terminal, each line prefixed with the name (MREZA_LOG=stdout). */
export function prefixedOutput(name, progress, width = 12) {
  const prefix = progress.style.dim(`${name.padEnd(width)}│ `);
  return {
    keepsColour: progress.colour,
    begin() {},
    line(stream, text) {
      (stream === 'stderr' ? process.stderr : process.stdout).write(`${prefix}${text}\n`);
    },
    close() {},
  };
}

/** Output shown as it is, indented under the part's progress line (the seed). */
export function indentedOutput(progress) {
  return {
    begin() {},
    line(_stream, text) {
      progress.indented(text);
    },
    close() {},
  };
}

/** Calls `onLine` for each complete line of a stream. */
function splitLines(stream, onLine) {
  let partial = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop();
    for (const line of lines) onLine(line.replace(/\r$/, ''));
  });
  stream.on('end', () => {
    if (partial) onLine(partial);
    partial = '';
  });
}

export class ManagedProcess {
  /**
   * Starts `node <args>` in `cwd`; the child stops itself if `npm start` disappears.
   * @param {{ name: string, args: string[], env: NodeJS.ProcessEnv, cwd: string,
   *           output: ReturnType<typeof logFileOutput>, logHint?: string }} options
   */
  constructor({ name, args, env, cwd, output, logHint }) {
    this.name = name;
    this.output = output;
    this.logHint = logHint;
    this.recent = [];
    this.failureReason = undefined;
    this.exitInfo = undefined;
    this.ready = false;

    this.child = spawn(process.execPath, ['-r', EXIT_WITH_PARENT, ...args], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.pid = this.child.pid;
    output.begin(this.pid);

    let streamsOpen = 2;
    let exitResult;
    let resolveExited;
    this.exited = new Promise((resolve) => (resolveExited = resolve));
    // Resolve once the process has exited *and* its output has been read to the end.
    const settle = () => {
      if (exitResult && streamsOpen === 0 && !this.exitInfo) {
        this.exitInfo = exitResult;
        output.close();
        resolveExited(exitResult);
      }
    };
    for (const [streamName, stream] of [
      ['stdout', this.child.stdout],
      ['stderr', this.child.stderr],
    ]) {
      splitLines(stream, (text) => this.#onLine(streamName, text));
      stream.on('close', () => {
        streamsOpen -= 1;
        settle();
      });
    }
    this.child.on('error', (error) => {
      this.failureReason ??= error.message;
      exitResult ??= { code: null, signal: null };
      streamsOpen = 0;
      settle();
    });
    this.child.on('exit', (code, signal) => {
      exitResult = { code, signal };
      settle();
    });
  }

  #onLine(stream, raw) {
    const text = this.output.keepsColour ? raw : raw.replace(ANSI, '');
    this.output.line(stream, text);
    if (!text.trim()) return;
    this.recent.push(text);
    if (this.recent.length > KEEP_LINES) this.recent.shift();
    const failure = FAILURE_LINE.exec(text);
    if (failure) this.failureReason = failure[1];
  }

  get running() {
    return this.exitInfo === undefined;
  }

  /** The last lines of output, readable (for a failure report). */
  tail(count = TAIL_LINES) {
    return this.recent
      .slice(-count)
      .flatMap(readableLines)
      .slice(-(count + 10));
  }

  /** Why it stopped, in one line: the service's own failure line, else its last error. */
  reason() {
    if (this.failureReason) return this.failureReason;
    for (const text of [...this.recent].reverse()) {
      const entry = parseJson(text);
      if (entry && entry.level >= 50) return entry.err?.message ?? entry.msg ?? 'failed';
      if (!entry && !/^\s/.test(text) && !text.trimEnd().endsWith(':') && ERROR_WORDS.test(text)) {
        return text.trim();
      }
    }
    return this.exitInfo ? describeExit(this.exitInfo) : 'failed';
  }

  /** The error to report for this process: reason, log tail (unless already on screen), hint. */
  failure(prefix = '') {
    const tail = this.output.path ? this.tail() : [];
    return new StartError(this.name, `${prefix}${this.reason()}`, { tail, hint: this.logHint });
  }

  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone. */
  async stop(graceMs = 10_000) {
    if (!this.running) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  /** Last resort on exit: no waiting. */
  killNow() {
    if (this.running) this.child.kill('SIGKILL');
  }
}

/** One GET, resolving `{ status }` or `{ error }`; never rejects. */
function probe(url, timeoutMs) {
  return new Promise((resolve) => {
    const req = request(url, { agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      resolve({ status: res.statusCode });
    });
    req.on('timeout', () => req.destroy(new Error('no answer (timeout)')));
    req.on('error', (error) => {
      resolve({ error: error.code === 'ECONNREFUSED' ? 'connection refused' : error.message });
    });
    req.end();
  });
}

const abortable = (signal) =>
  new Promise((_resolve, reject) => {
    if (signal.aborted) reject(new Stopping());
    signal.addEventListener('abort', () => reject(new Stopping()), { once: true });
  });

/**
 * Waits until `url` answers 200. Fails with the process's own reason if it exits first, or after
 * `timeoutMs` naming the last answer.
 */
export async function waitForHealth({ process: proc, url, timeoutMs, signal }) {
  const deadline = Date.now() + timeoutMs;
  const stopped = abortable(signal);
  stopped.catch(() => {});
  let last = 'no answer yet';
  for (;;) {
    if (signal.aborted) throw new Stopping();
    if (!proc.running) throw proc.failure();
    const answer = await Promise.race([probe(url, 2000), stopped]);
    if (answer.status === 200) {
      proc.ready = true;
      return;
    }
    last = answer.status ? `HTTP ${answer.status}` : answer.error;
    if (Date.now() > deadline) {
      throw new StartError(
        proc.name,
        `no healthy answer from ${url} within ${formatSeconds(timeoutMs)} (last: ${last})`,
        {
          tail: proc.output.path ? proc.tail() : [],
          hint: proc.logHint,
        },
      );
    }
    await Promise.race([sleep(250), proc.exited, stopped]);
  }
}

/** Waits for a one-shot command (the seed, the web build) to finish successfully. */
export async function waitForSuccess({ process: proc, timeoutMs, signal }) {
  const stopped = abortable(signal);
  stopped.catch(() => {});
  let timer;
  const timedOut = new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs, 'timeout')));
  const result = await Promise.race([proc.exited, timedOut, stopped]).finally(() =>
    clearTimeout(timer),
  );
  if (result === 'timeout') {
    await proc.stop(2000);
    throw new StartError(proc.name, `did not finish within ${formatSeconds(timeoutMs)}`, {
      tail: proc.output.path ? proc.tail() : [],
      hint: proc.logHint,
    });
  }
  if (result.code !== 0) throw proc.failure();
}
