/**
 * A file the CLI cannot read as text (a folder, a named pipe, a device, a binary file, text that is
 * not UTF-8) is the user's input error: exit 2 and one line naming the input, the value and what is
 * allowed. Never a stack trace, never a hang on a pipe no one writes to, never a config read with its
 * characters silently replaced.
 */
import { execFileSync } from "node:child_process";
import {
  closeSync,
  constants,
  mkdirSync,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliResult, quietSensors, runCli } from "../helpers/cli.js";
import { report } from "../helpers/reports.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "carbon-budget-inputs-"));
  writeFileSync(join(dir, "report.json"), JSON.stringify(report()));
  mkdirSync(join(dir, "folder"));
  // Nothing ever writes to it: reading it would wait forever.
  execFileSync("mkfifo", [join(dir, "pipe")]);
  // What Windows editors call "Unicode": UTF-16 with its byte-order mark.
  writeFileSync(join(dir, "utf16.json"), Buffer.from("\ufeff{}", "utf16le"));
  writeFileSync(join(dir, "binary.bin"), Buffer.from([0x7b, 0x00, 0x01, 0x02, 0xff, 0x7d]));
  // "café" in Latin-1: 0xE9 is not UTF-8 on its own.
  writeFileSync(
    join(dir, "latin1.yml"),
    Buffer.concat([Buffer.from("version: 1\npue: 1.2\n# caf"), Buffer.from([0xe9, 0x0a])]),
  );
  writeFileSync(
    join(dir, "latin1.json"),
    Buffer.concat([Buffer.from('{"note": "caf'), Buffer.from([0xe9]), Buffer.from('"}')]),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(args, { cwd: dir, env: quietSensors(dir) });

/** Exit 2 with exactly this one line, and nothing that looks like a trace. */
function refused(result: CliResult, line: string): void {
  expect(result.stderr).toBe(`carbon-budget: ${line}\n`);
  expect(result.code).toBe(2);
  expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
}

const REPORT = "give a report written by --json";

describe("compare --base / --head", () => {
  it.each([
    ["folder", `--base: "folder" is not valid; that is a folder, not a file; ${REPORT}`],
    ["pipe", `--base: "pipe" is not valid; that is a named pipe (FIFO), not a file; ${REPORT}`],
    ["/dev/zero", `--base: "/dev/zero" is not valid; that is a device, not a file; ${REPORT}`],
    ["binary.bin", `--base: "binary.bin" is not valid; it is a binary file, not text; ${REPORT}`],
    ["utf16.json", '--base: "utf16.json" is not valid; it is UTF-16 text; save it as UTF-8'],
    [
      "latin1.json",
      '--base: "latin1.json" is not valid; it is not UTF-8 text (line 1 has a byte that is not UTF-8); save it as UTF-8',
    ],
  ])("refuses %s", async (base, line) => {
    refused(await cli("compare", "--base", base, "--head", "report.json"), line);
  });
});

describe("compare --config", () => {
  it.each([
    ["pipe", "that is a named pipe (FIFO), not a file; give a YAML config file"],
    ["folder", "that is a folder, not a file; give a YAML config file"],
  ])("refuses %s", async (config, why) => {
    const result = await cli("compare", "--base", "report.json", "--head", "report.json", "--config", config);
    refused(result, `config file: ${JSON.stringify(join(dir, config))} is not valid; ${why}`);
  });
});

describe("run --config", () => {
  it("refuses a config that is not UTF-8, naming its line, before the command starts", async () => {
    const result = await cli("run", "--config", "latin1.yml", "--no-store", "--", "touch", "ran");
    refused(
      result,
      `config file: ${JSON.stringify(join(dir, "latin1.yml"))} is not valid; it is not UTF-8 text (line 3 has a byte that is not UTF-8); save it as UTF-8`,
    );
    expect(execFileSync("ls", [dir], { encoding: "utf8" })).not.toMatch(/^ran$/m);
  });

  it("refuses a named pipe at the default config path instead of waiting on it", async () => {
    const repo = mkdtempSync(join(tmpdir(), "carbon-budget-inputs-repo-"));
    try {
      execFileSync("git", ["init", "-q", repo]);
      mkdirSync(join(repo, ".github"));
      execFileSync("mkfifo", [join(repo, ".github", "carbon-budget.yml")]);
      const result = await runCli(["run", "--no-store", "--", "true"], {
        cwd: repo,
        env: quietSensors(repo),
      });
      refused(
        result,
        `config file: ${JSON.stringify(join(repo, ".github", "carbon-budget.yml"))} is not valid; that is a named pipe (FIFO), not a file; give a YAML config file`,
      );
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});

describe("import", () => {
  it.each([
    ["pipe", "that is a named pipe (FIFO), not a file; give CodeCarbon's emissions.csv"],
    ["folder", "that is a folder, not a file; give CodeCarbon's emissions.csv"],
    ["binary.bin", "it is a binary file, not text; give CodeCarbon's emissions.csv"],
  ])("codecarbon refuses %s", async (file, why) => {
    refused(await cli("import", "codecarbon", file), `FILE: ${JSON.stringify(file)} is not valid; ${why}`);
  });

  it("report refuses a pipe", async () => {
    refused(
      await cli("import", "report", "pipe"),
      `FILE: "pipe" is not valid; that is a named pipe (FIFO), not a file; ${REPORT}`,
    );
  });
});

describe("writing --markdown to a named pipe", () => {
  it("refuses a pipe no one reads instead of waiting forever", async () => {
    const result = await cli(
      "compare",
      "--base",
      "report.json",
      "--head",
      "report.json",
      "--markdown",
      "pipe",
    );
    expect(result.stderr).toMatch(
      /carbon-budget: --markdown: "pipe" is not valid; that is a named pipe no one is reading; give a file path\n$/,
    );
    expect(result.code).toBe(2);
  });

  it("writes to a pipe someone reads, as to a file", async () => {
    const pipe = join(dir, "read-pipe");
    execFileSync("mkfifo", [pipe]);
    // A reader that is there before the writer, without waiting for one: the markdown (a few KB) waits
    // in the pipe's buffer until it is read below.
    const reader = openSync(pipe, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const result = await cli(
        "compare",
        "--base",
        "report.json",
        "--head",
        "report.json",
        "--markdown",
        pipe,
      );
      expect(result.code).toBe(0);
      const chunks: Buffer[] = [];
      const buffer = Buffer.alloc(65536);
      for (let n = readSync(reader, buffer); n > 0; n = readSync(reader, buffer))
        chunks.push(Buffer.from(buffer.subarray(0, n)));
      expect(Buffer.concat(chunks).toString("utf8")).toMatch(/^### carbon-budget: /);
    } finally {
      closeSync(reader);
    }
  });
});
