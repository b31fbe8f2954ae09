/**
 * `carbon-budget run` where measuring cannot start (here the bundle's sensor code is damaged, as a
 * partial install would leave it): the command still runs with its output and exit code, the result
 * says "not measured" and why, and no placeholder zeros go into the history as a baseline.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { quietSensors, repoRoot, scratchRepo } from "../helpers/cli.js";

let dist: string;
const repo = scratchRepo();
beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), "carbon-budget-cli-dist-"));
  cpSync(join(repoRoot, "dist"), dist, { recursive: true });
  const cli = join(dist, "cli");
  const chunks = readdirSync(cli).filter(
    (name) =>
      /^\d+\.index\.js$/.test(name) && readFileSync(join(cli, name), "utf8").includes("no GPU measured"),
  );
  expect(chunks).toHaveLength(1);
  writeFileSync(join(cli, chunks[0] ?? ""), 'throw new Error("this part of the bundle is damaged");\n');
});
afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
  repo.cleanup();
});

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(dist, "cli", "index.js"), ...args], {
      cwd: repo.dir,
      env: { HOME: repo.dir, LANG: "C", ...quietSensors(repo.dir) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("carbon-budget run, when measuring cannot start", () => {
  it("runs the command, keeps its output and exit code, says why, and keeps nothing as history", async () => {
    const result = await run([
      "run",
      "--intensity",
      "300",
      "--step",
      "train",
      "--",
      "sh",
      "-c",
      "echo hello; exit 3",
    ]);
    expect(result.stdout).toBe("hello\n");
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(
      /^carbon-budget · train · \S+ s · exit 3\n {2}not measured: measuring could not start: this part of the bundle is damaged\n/m,
    );
    expect(result.stderr).not.toMatch(/\b0 (k?Wh|g)\b/);
    expect(existsSync(join(repo.dir, ".carbon-budget"))).toBe(false);
  });
});
