/** Files the user asked for (`--json`, `--markdown`): checked before the run, written after it. */
import { closeSync, constants, existsSync, openSync, statSync, writeFileSync, writeSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { InputError, isInputError } from "../errors.js";

export function checkOutputPath(input: string, path: string, cwd: string): void {
  const full = resolve(cwd, path);
  const dir = dirname(full);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new InputError(
      input,
      path,
      `its folder ${dir} does not exist; create it first or give another path`,
    );
  }
  if (existsSync(full) && statSync(full).isDirectory()) {
    throw new InputError(input, path, "that is a folder; give a file path");
  }
}

export function writeOutput(
  input: string,
  path: string,
  text: string,
  io: { stdout: NodeJS.WritableStream; cwd: string },
): void {
  if (path === "-") {
    io.stdout.write(text);
    return;
  }
  const full = resolve(io.cwd, path);
  try {
    if (statSync(full, { throwIfNoEntry: false })?.isFIFO()) writeToPipe(input, path, full, text);
    else writeFileSync(full, text);
  } catch (error) {
    if (isInputError(error)) throw error;
    throw new InputError(input, path, `could not write it: ${(error as Error).message}`);
  }
}

/**
 * A named pipe (`--json >(jq .)`, or one made with mkfifo): opened without waiting, since a pipe no
 * one reads would hold the open forever, and written as fast as its reader takes it.
 */
function writeToPipe(input: string, path: string, pipe: string, text: string): void {
  let fd: number;
  try {
    fd = openSync(pipe, constants.O_WRONLY | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENXIO") throw error;
    throw new InputError(input, path, "that is a named pipe no one is reading; give a file path");
  }
  const pause = new Int32Array(new SharedArrayBuffer(4));
  try {
    const bytes = Buffer.from(text);
    for (let written = 0; written < bytes.length; ) {
      try {
        written += writeSync(fd, bytes, written);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
        // The pipe is full: its reader is behind. A short sleep, not a busy loop.
        Atomics.wait(pause, 0, 0, 10);
      }
    }
  } finally {
    closeSync(fd);
  }
}
