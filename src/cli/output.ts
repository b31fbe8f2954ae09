/** Files the user asked for (`--json`, `--markdown`): checked before the run, written after it. */
import { existsSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { InputError } from "../errors.js";

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
  try {
    writeFileSync(resolve(io.cwd, path), text);
  } catch (error) {
    throw new InputError(input, path, `could not write it: ${(error as Error).message}`);
  }
}
