/**
 * `carbon-budget run` with a RAPL counter that wraps every 1.5 s (a fake powercap tree with a 150 J
 * range, driven by the wrapped command itself): the counter is read often enough that no wrap goes
 * unseen, so the package's energy is what the command wrote into it.
 */
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { reportSchema } from "../../src/report/schema.js";
import { quietSensors, runCli, scratchRepo } from "../helpers/cli.js";
import { createFakePowercap, type FakePowercap } from "../helpers/fake-powercap.js";

const J_PER_KWH = 3.6e6;

let repo: ReturnType<typeof scratchRepo>;
let powercap: FakePowercap;
beforeEach(() => {
  repo = scratchRepo();
  powercap = createFakePowercap([
    { id: "intel-rapl:0", name: "package-0", energyUj: 100_000_000, maxEnergyRangeUj: 150_000_000 },
  ]);
});
afterEach(() => {
  powercap.remove();
  repo.cleanup();
});

it("counts every wrap of a counter that wraps every 1.5 s", async () => {
  const counter = join(powercap.root, "intel-rapl:0", "energy_uj");
  // The command waits until the counter has been read (its access time passes the time it was last
  // written: the probe's read; the sampler's first follows within milliseconds), then half a second
  // more, then adds 10 J every 100 ms, 25 times (100 W for 2.5 s), wrapping at 150 J as RAPL does.
  // Each value is written whole (a rename), so no reading ever sees a half-written file.
  const script = `
    const fs = require("fs");
    const path = ${JSON.stringify(counter)};
    const put = (value) => { fs.writeFileSync(path + ".new", String(value)); fs.renameSync(path + ".new", path); };
    let value = 100000000;
    put(value);
    const written = fs.statSync(path).mtimeMs;
    const since = Date.now();
    const wait = setInterval(() => {
      if (fs.statSync(path).atimeMs <= written && Date.now() - since < 5000) return;
      clearInterval(wait);
      setTimeout(() => {
        let count = 0;
        const add = setInterval(() => {
          value = (value + 10000000) % 150000000;
          put(value);
          if (++count === 25) { clearInterval(add); setTimeout(() => process.exit(0), 300); }
        }, 100);
      }, 500);
    }, 20);`;
  const result = await runCli(
    [
      "run",
      "--intensity",
      "100",
      "--interval",
      "250",
      "--json",
      "-",
      "--quiet",
      "--no-store",
      "--",
      process.execPath,
      "-e",
      script,
    ],
    { cwd: repo.dir, env: { ...quietSensors(repo.dir), CARBON_BUDGET_POWERCAP_ROOT: powercap.root } },
  );
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.code).toBe(0);
  const [step] = reportSchema.parse(JSON.parse(result.stdout)).steps;
  const [cpu] = step?.components.filter((c) => c.kind === "cpu") ?? [];
  expect([cpu?.source, cpu?.device]).toEqual(["rapl", "package-0"]);

  // 25 x 10 J = 250 J. From 100 J in a 150 J range the counter passes 150 J and 300 J: 2 wraps, and
  // ends at (100 + 250) - 2 x 150 = 50 J. Read every 250 ms (150 J / 500 W assumed / 2 = 150 ms, so
  // the 250 ms interval), at most 25 J pass between readings. Read every 10 s, the run would have
  // shown 50 - 100 + 150 = 100 J and one wrap.
  expect(cpu?.notes).toContain("counter wrapped 2 times");
  const joules = (cpu?.energy_kwh ?? 0) * J_PER_KWH;
  expect(joules).toBeGreaterThanOrEqual(250 - 1e-6);
  // What is added on top is the time before the first reading at the measured average: at most the
  // share of the run before the writes began, and the 2.5 s of writes and 0.3 s after are measured.
  const duration = step?.duration_s ?? 0;
  expect(joules).toBeLessThanOrEqual((250 * duration) / (2.5 + 0.3));
});
