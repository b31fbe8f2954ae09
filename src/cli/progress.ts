/**
 * Progress for long runs: a live status line on a TTY (redrawn in place), a plain log line every 60 s
 * otherwise, so a CI log shows the run is alive without drowning the training output.
 */

import type { Progress } from "../measure/sampler.js";

export interface ProgressSink {
  everyMs: number;
  update(progress: Progress): void;
  done(): void;
}

export function progressSink(
  stream: NodeJS.WriteStream,
  describe: (progress: Progress) => string,
  logEveryMs = 60_000,
): ProgressSink {
  if (!stream.isTTY) {
    return { everyMs: logEveryMs, update: (p) => stream.write(`${describe(p)}\n`), done: () => {} };
  }
  let drawn = false;
  return {
    everyMs: 1000,
    update(progress) {
      // \r plus clear-to-end keeps one line even when the wrapped command prints in between.
      stream.write(`\r\x1b[2K${describe(progress)}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write("\r\x1b[2K");
    },
  };
}
