// `npm run bench [-- overhead|startup|memory|post|cluster ...] [--window S] [--rounds N] [--profile] [--json FILE]`.
// Node 20 cannot run TypeScript, so the harness (bench/main.ts, which imports the product's sources
// and the tests' fakes) is bundled with the project's own bundler, ncc, into a scratch dir that is
// removed at the end. Nothing is installed and nothing reaches the network. See BENCHMARKS.md.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const work = mkdtempSync(join(tmpdir(), "carbon-budget-bench-"));
// Keep the scratch dir until the harness is done, even on Ctrl-C (the harness gets the signal too).
process.on("SIGINT", () => {
  process.exitCode = 130;
});

try {
  const harness = join(work, "harness");
  execFileSync(
    join(root, "node_modules", ".bin", "ncc"),
    [
      "build",
      "bench/main.ts",
      "-o",
      harness,
      "-e",
      "koffi",
      "--no-source-map-register",
      "--transpile-only",
      "-q",
    ],
    { cwd: root, stdio: "inherit" },
  );
  // koffi stays outside the bundle, as in dist/: it is found through this link.
  symlinkSync(join(root, "node_modules"), join(work, "node_modules"));
  const scratch = join(work, "tmp");
  mkdirSync(scratch);
  const result = spawnSync(process.execPath, [join(harness, "index.js"), ...process.argv.slice(2)], {
    stdio: "inherit",
    // TMPDIR: the fakes' temp dirs land in the scratch dir and go with it.
    env: { ...process.env, BENCH_REPO_ROOT: root, BENCH_WORK_DIR: work, TMPDIR: scratch },
  });
  if (process.exitCode === undefined) process.exitCode = result.status ?? 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
