/**
 * The one edge where a file the user named (a config, a report, an import) is read. What cannot be
 * read as text is refused with an InputError naming the input, the value and what is allowed: a
 * folder, a named pipe (whose read would wait forever for a writer), a device, a file too large, a
 * binary file, text that is not UTF-8. Never a stack trace, never a hang, never a silently mangled
 * character.
 */
import { readFileSync, type Stats, statSync } from "node:fs";
import { TextDecoder } from "node:util";
import { InputError } from "./errors.js";

export interface InputFile {
  /** The input's name as the user knows it: `--config`, `--base`, `FILE`. */
  input: string;
  /** The value as the user gave it, for the message. */
  shown: string;
  /** Where it is (resolved against the working directory). */
  path: string;
  /** What the input should be, said after "give": `a report written by --json`. */
  expected: string;
}

const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

const count = (bytes: number) => bytes.toLocaleString("en-US");

function kindOf(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  return "not a regular file";
}

export function unreadable(file: InputFile, error: unknown): InputError {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === "ENOENT" || code === "ENOTDIR") return new InputError(file.input, file.shown, "no such file");
  if (code === "EACCES" || code === "EPERM")
    return new InputError(file.input, file.shown, `permission denied; give ${file.expected} you can read`);
  return new InputError(file.input, file.shown, `cannot read it (${message}); give ${file.expected}`);
}

/** Checks, without opening it, that the path is a regular file of at most `maxBytes`; returns its size. */
export function checkInputFile(file: InputFile, maxBytes = DEFAULT_MAX_BYTES): number {
  let stats: Stats;
  try {
    stats = statSync(file.path);
  } catch (error) {
    throw unreadable(file, error);
  }
  const kind = kindOf(stats);
  if (kind)
    throw new InputError(file.input, file.shown, `that is ${kind}, not a file; give ${file.expected}`);
  if (stats.size > maxBytes) {
    throw new InputError(
      file.input,
      file.shown,
      `the file is ${count(stats.size)} bytes, over the ${count(maxBytes)} this input may be; give ${file.expected}`,
    );
  }
  return stats.size;
}

/** Reads the file as UTF-8 text (a byte-order mark is dropped), after checkInputFile. */
export function readInputText(file: InputFile, maxBytes = DEFAULT_MAX_BYTES): string {
  checkInputFile(file, maxBytes);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file.path);
  } catch (error) {
    throw unreadable(file, error);
  }
  // A file that grew after the check (or a /proc file, which says 0) is held to the same limit.
  if (bytes.length > maxBytes) {
    throw new InputError(
      file.input,
      file.shown,
      `the file is over the ${count(maxBytes)} bytes this input may be`,
    );
  }
  return decodeInputText(file, bytes);
}

/**
 * UTF-8 text from a file's bytes, or the InputError that says why they are not: UTF-16, binary, or
 * not UTF-8. A streaming reader passes its decoder with each chunk, says which is `first`, and ends
 * with an empty chunk marked `end`, which flushes the decoder.
 */
export function decodeInputText(
  file: InputFile,
  bytes: Uint8Array,
  stream?: { decoder: TextDecoder; first: boolean; end?: boolean },
): string {
  if (
    (stream?.first ?? true) &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    throw new InputError(file.input, file.shown, "it is UTF-16 text; save it as UTF-8");
  }
  if (bytes.includes(0)) {
    throw new InputError(file.input, file.shown, `it is a binary file, not text; give ${file.expected}`);
  }
  try {
    return stream
      ? stream.decoder.decode(bytes, { stream: !stream.end })
      : new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const lossy = new TextDecoder("utf-8").decode(bytes);
    const line = lossy.slice(0, lossy.indexOf("\uFFFD")).split("\n").length;
    const where = stream ? "" : ` (line ${line} has a byte that is not UTF-8)`;
    throw new InputError(file.input, file.shown, `it is not UTF-8 text${where}; save it as UTF-8`);
  }
}

/** False only when nothing is there; any other trouble is left for the read to name. */
export function inputExists(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return true;
  }
}
