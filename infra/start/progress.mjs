// What `npm start` prints: a line when a part starts (▸), when it is ready (✓) or failed (✗),
// indented output of commands the user should read (the seed), and the closing box.
// Colour only on a terminal, and never with NO_COLOR set (https://no-color.org).
import { performance } from 'node:perf_hooks';

const colourWanted = (stream) => {
  if (process.env.FORCE_COLOR !== undefined) return process.env.FORCE_COLOR !== '0';
  return Boolean(stream.isTTY) && process.env.NO_COLOR === undefined && process.env.TERM !== 'dumb';
};

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;
const visibleLength = (text) => text.replace(ANSI, '').length;

export const formatSeconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

export function createProgress({ out = process.stdout, err = process.stderr } = {}) {
  const colour = colourWanted(out);
  const paint = (code) => (text) => (colour ? `\x1b[${code}m${text}\x1b[0m` : String(text));
  const style = {
    bold: paint('1'),
    dim: paint('2'),
    red: paint('31'),
    green: paint('32'),
    yellow: paint('33'),
    cyan: paint('36'),
  };
  const print = (stream, text = '') => stream.write(`${text}\n`);
  // Once stopping has begun, a part that finishes starting is not news.
  let quiet = false;

  return {
    style,
    colour,
    print: (text) => print(out, text),

    /** From now on, say nothing about parts starting or becoming ready. */
    quiet() {
      quiet = true;
    },

    /** Announces a part; call `done()` on the handle when it is ready. */
    begin(label) {
      const startedAt = performance.now();
      if (!quiet) print(out, `${style.cyan('▸')} ${label} …`);
      return {
        elapsed: () => performance.now() - startedAt,
        done(verb = 'ready', detail) {
          if (quiet) return;
          const extra = detail ? style.dim(` (${detail})`) : '';
          print(
            out,
            `${style.green('✓')} ${label} ${verb} in ${formatSeconds(this.elapsed())}${extra}`,
          );
        },
      };
    },

    /** A part that needs no waiting: one line. */
    ok(text, detail) {
      if (quiet) return;
      print(out, `${style.green('✓')} ${text}${detail ? style.dim(` (${detail})`) : ''}`);
    },

    /** Output of a command shown as it is, indented under its part. */
    indented(text) {
      print(out, `    ${text}`);
    },

    note(text) {
      print(out, `  ${style.dim(text)}`);
    },

    warn(text) {
      print(err, `${style.yellow('!')} ${text}`);
    },

    /** The end of a start that went wrong: the log tail, then one line naming the part. */
    failure(error) {
      if (error.tail.length > 0) {
        print(err, style.dim(`  ── last lines of ${error.part}'s log ──`));
        for (const line of error.tail) print(err, style.dim(`  │ ${line}`));
      }
      print(err, `${style.red('✗')} ${error.part}: ${error.message}`);
      if (error.hint) print(err, `  ${error.hint}`);
    },

    /** A framed summary: rows of [label, value]; a row of one string is a heading. */
    box(rows) {
      const labelWidth = Math.max(0, ...rows.filter(Array.isArray).map(([label]) => label.length));
      const lines = rows.map((row) => {
        if (typeof row === 'string') return row;
        const [label, value] = row;
        return `${style.dim(label.padEnd(labelWidth))}  ${value}`;
      });
      const width = Math.max(...lines.map(visibleLength));
      print(out);
      print(out, `  ╭${'─'.repeat(width + 4)}╮`);
      for (const line of lines) {
        print(out, `  │  ${line}${' '.repeat(width - visibleLength(line))}  │`);
      }
      print(out, `  ╰${'─'.repeat(width + 4)}╯`);
      print(out);
    },
  };
}
