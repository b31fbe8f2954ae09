/**
 * Slurm end to end: the committed bundle with stand-in `sacct`, `sbatch` and `scontrol` on PATH
 * (__tests__/fixtures/slurm: they print what the real tools print for the fixture jobs). `import slurm`
 * reads a finished job; `run --slurm -- sbatch --wait` reads the job id from sbatch's output as it
 * passes through. With Prometheus too, the job's GPUs come from DCGM and nothing is counted twice.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Report, reportSchema } from "../../src/report/schema.js";
import { nodeDir, quietSensors, repoRoot, runCli, scratchRepo } from "../helpers/cli.js";
import { openMetrics, type RunningPrometheus, type Series, startPrometheus } from "../helpers/prometheus.js";

const J_PER_KWH = 3.6e6;
const SLURM = join(repoRoot, "__tests__", "fixtures", "slurm");
const joules = (kwh: number) => kwh * J_PER_KWH;

let repo: ReturnType<typeof scratchRepo>;
beforeEach(() => {
  repo = scratchRepo();
});
afterEach(() => repo.cleanup());

/** sacct's times are the cluster's local time: the tests run in UTC. */
const slurmEnv = (extra: Record<string, string> = {}) => ({
  ...quietSensors(repo.dir),
  PATH: `${SLURM}:${nodeDir}:/usr/bin:/bin`,
  FAKE_SLURM_DIR: SLURM,
  TZ: "UTC",
  CARBON_BUDGET_REMOTE_WAIT_S: "0",
  ...extra,
});

async function importSlurm(args: string[], env: Record<string, string> = {}) {
  const result = await runCli(["import", "slurm", ...args, "--json", "-"], {
    cwd: repo.dir,
    env: slurmEnv(env),
  });
  const report: Report | undefined =
    result.code === 0 ? reportSchema.parse(JSON.parse(result.stdout)) : undefined;
  return { ...result, report };
}

describe("import slurm", () => {
  it("takes the job's own line, never the sum of its overlapping steps", async () => {
    const { code, report, stderr } = await importSlurm(["4242"]);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(code).toBe(0);
    const [step] = report?.steps ?? [];
    // The job line says 3,600,000 J; batch (1.75 MJ), extern (3.6 MJ) and step 0 (3.55 MJ) overlap it.
    expect(step.components).toHaveLength(1);
    expect(step.components[0]).toMatchObject({
      kind: "node",
      source: "slurm",
      method: "measured",
      node: "gpu[01-02]",
    });
    expect(joules(step.components[0].energy_kwh)).toBe(3_600_000);
    // 3.6 MJ over ElapsedRaw 600 s.
    expect(step.components[0].avg_power_w).toBe(6000);
    expect(step.name).toBe("train-llm");
    expect(step.duration_s).toBe(600);
    expect(step.remote).toEqual([
      {
        source: "slurm",
        target: "4242",
        selector: "train-llm",
        status: "measured",
        from: "2025-03-01T12:00:00Z",
        to: "2025-03-01T12:10:00Z",
        nodes: [{ node: "gpu[01-02]" }],
      },
    ]);
    expect(report?.hardware.nodes).toBe(2);
    // AllocTRES gres/gpu:a100=16: the job's GPUs are its hardware, though Slurm's RAPL figure leaves them out.
    expect(report?.hardware.gpus).toEqual([{ model: "gres/gpu:a100", count: 16 }]);
    const notes = step.components[0].notes?.join("\n") ?? "";
    expect(notes).toContain("for its 600 s: the CPU packages and DRAM (RAPL): no GPUs");
    expect(notes).toContain("exact only when the job had its nodes to itself (sbatch --exclusive)");
    expect(notes).toContain(
      `the job held 16 GPUs (a100): Slurm's figure leaves them out; add them from DCGM with --prometheus URL --selector '{hpc_job="4242"}' (in the action, the prometheus-url and prometheus-selector inputs)`,
    );
  });

  it("uses the extern step when the job's line has no energy, and says so", async () => {
    const { report } = await importSlurm(["4245"]);
    const [c] = report?.steps[0].components ?? [];
    expect(joules(c.energy_kwh)).toBe(360_000);
    expect(c.notes).toContain(
      "the job's own line has no energy; the 4245.extern step's (every node, the whole allocation) is used",
    );
  });

  it("exits 2 naming AcctGatherEnergyType when the job has no energy", async () => {
    const { code, stderr } = await importSlurm(["4243"]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'carbon-budget: JOBID: "4243" is not valid; job 4243 has no energy in Slurm\'s accounting (ConsumedEnergyRaw is empty or 0): the cluster needs AcctGatherEnergyType set (e.g. acct_gather_energy/rapl or /ipmi); it is acct_gather_energy/rapl and AccountingStorageTRES including energy\n',
    );
  });

  it("exits 2 naming an unknown job, and a job still running", async () => {
    const unknown = await importSlurm(["9999"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('carbon-budget: JOBID: "9999" is not valid; sacct knows no job 9999\n');
    const running = await importSlurm(["4244"]);
    expect(running.code).toBe(2);
    expect(running.stderr).toContain("job 4244 is RUNNING: its energy is known once it ends");
  });

  it("exits 2 when sacct is not on PATH", async () => {
    const { code, stderr } = await importSlurm(["4242"], { PATH: `${nodeDir}:/usr/bin:/bin` });
    expect(code).toBe(2);
    expect(stderr).toContain("sacct not found on PATH: run this where Slurm's client tools are installed");
  });
});

describe("run --slurm", () => {
  const run = (args: string[], env: Record<string, string>) =>
    runCli(["run", "--step", "train", "--json", "out.json", "--no-store", ...args], {
      cwd: repo.dir,
      env: slurmEnv(env),
    });
  const readReport = () => reportSchema.parse(JSON.parse(readFileSync(join(repo.dir, "out.json"), "utf8")));

  it("reads the job id from sbatch's output, passes the output through, and keeps sbatch's exit code", async () => {
    const result = await run(["--slurm", "--", "sbatch", "--wait", "job.sh"], {
      FAKE_SBATCH_JOB: "4242",
      FAKE_SBATCH_EXIT: "0",
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("Submitted batch job 4242\n");
    const [step] = readReport().steps;
    const node = step.components.find((c) => c.kind === "node");
    expect(node && joules(node.energy_kwh)).toBe(3_600_000);
    expect(step.remote?.[0]).toMatchObject({ source: "slurm", target: "4242", status: "measured" });
  });

  it("reads sbatch --parsable's `N;cluster`", async () => {
    const result = await run(["--slurm", "--", "sbatch", "--parsable", "--wait", "job.sh"], {
      FAKE_SBATCH_JOB: "4245",
      FAKE_SBATCH_CLUSTER: "fixture",
      FAKE_SBATCH_EXIT: "3",
    });
    expect(result.code).toBe(3);
    expect(result.stdout).toBe("4245;fixture\n");
    const [step] = readReport().steps;
    expect(step.remote?.[0]).toMatchObject({ target: "4245", status: "measured" });
  });

  it("takes --slurm-job outright, and says not measured for a job that had not ended", async () => {
    const result = await run(["--slurm-job", "4244", "--", process.execPath, "-e", "process.exit(0)"], {});
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("warning: remote energy (Slurm) not measured: job 4244 is RUNNING");
    const [step] = readReport().steps;
    expect(step.remote?.[0]).toMatchObject({ source: "slurm", target: "4244", status: "not-measured" });
    expect(step.components.some((c) => c.kind === "node")).toBe(false);
  });

  it("says not measured when the command printed no job id", async () => {
    const result = await run(["--slurm", "--", process.execPath, "-e", "console.log('hello')"], {});
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("hello\n");
    expect(result.stderr).toContain("remote energy (Slurm) not measured: no job id in the command's output");
  });
});

describe("Slurm and Prometheus together", () => {
  // Job 4242 ran 2025-03-01T12:00:00Z..12:10:00Z. DCGM labels its two GPUs with hpc_job="4242" (300 W
  // each: +18,000 J per 60 s scrape); node_exporter reads gpu01's CPU package (+6000 J per 60 s).
  const START = Date.UTC(2025, 2, 1, 12, 0, 0) / 1000;
  const minutes = (perMinute: number): [number, number][] =>
    Array.from({ length: 11 }, (_, i) => [START + 60 * i, perMinute * i]);
  const series: Series[] = [
    ...[0, 1].map((i) => ({
      name: "DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION",
      labels: {
        gpu: String(i),
        UUID: `GPU-slurm-${i}`,
        modelName: "NVIDIA A100-SXM4-80GB",
        Hostname: `gpu0${i + 1}`,
        hpc_job: "4242",
      },
      samples: minutes(18_000_000),
    })),
    {
      name: "node_rapl_package_joules_total",
      labels: { index: "0", path: "/sys/class/powercap/intel-rapl:0", instance: "gpu01" },
      samples: minutes(6000),
    },
  ];
  let prometheus: RunningPrometheus;
  beforeAll(async () => {
    prometheus = await startPrometheus({ openMetrics: openMetrics(series) });
  }, 60_000);
  afterAll(async () => {
    await prometheus?.stop();
  });

  it("adds the job's GPUs from DCGM's hpc_job label to Slurm's RAPL figure", async () => {
    const { code, report } = await importSlurm(["4242", "--prometheus", prometheus.url]);
    expect(code).toBe(0);
    const [step] = report?.steps ?? [];
    // Node (RAPL: CPU and DRAM) 3,600,000 J + two GPUs at 300 W for 600 s (180,000 J each) = 3,960,000 J.
    expect(step.components.map((c) => [c.kind, c.source, joules(c.energy_kwh)])).toEqual([
      ["gpu", "prometheus:dcgm", 180_000],
      ["gpu", "prometheus:dcgm", 180_000],
      ["node", "slurm", 3_600_000],
    ]);
    expect(joules(step.it_energy_kwh)).toBeCloseTo(3_960_000, 3);
    // DCGM's components count the GPUs, with DCGM's model name: Slurm's gres adds none beside them.
    expect(report?.hardware.gpus).toEqual([{ model: "NVIDIA A100-SXM4-80GB", count: 2 }]);
    // The GPUs are measured: instead of the hint to add them, where they are.
    expect(step.components[2].notes).toContain(
      "the job held 16 GPUs (a100): not in Slurm's figure; 2 of them counted from prometheus:dcgm",
    );
  });

  it("in run, reads the job's GPUs by hpc_job over the job's own window, not the command's", async () => {
    const result = await runCli(
      [
        "run",
        "--step",
        "train",
        "--slurm-job",
        "4242",
        "--prometheus",
        prometheus.url,
        "--metrics",
        "dcgm",
        "--json",
        "out.json",
        "--no-store",
        "--",
        process.execPath,
        "-e",
        "0",
      ],
      { cwd: repo.dir, env: slurmEnv() },
    );
    expect(result.code).toBe(0);
    const [step] = reportSchema.parse(JSON.parse(readFileSync(join(repo.dir, "out.json"), "utf8"))).steps;
    // The command ran today; job 4242 ran 2025-03-01 12:00-12:10, and its GPUs are read then: 2 x 180,000 J.
    const gpus = step.components.filter((c) => c.source === "prometheus:dcgm");
    expect(gpus.map((g) => joules(g.energy_kwh))).toEqual([180_000, 180_000]);
    expect(step.remote?.find((r) => r.source === "prometheus")).toMatchObject({
      selector: '{hpc_job="4242"}',
      from: "2025-03-01T12:00:00Z",
      to: "2025-03-01T12:10:00Z",
      coverage: 1,
    });
  });

  it("leaves out Prometheus's CPU (RAPL holds it) and, with IPMI, the GPUs too", async () => {
    const selector = ["--selector", '{Hostname=~"gpu0[12]"}', "--metrics", "dcgm,node-rapl"];
    const rapl = await importSlurm(["4242", "--prometheus", prometheus.url, ...selector]);
    const raplStep = rapl.report?.steps[0];
    expect(raplStep?.components.map((c) => [c.kind, c.source])).toEqual([
      ["gpu", "prometheus:dcgm"],
      ["gpu", "prometheus:dcgm"],
      ["node", "slurm"],
    ]);
    // gpu01's package: 10 minutes x 6000 J = 60,000 J, named but not added.
    expect(raplStep?.notes).toContainEqual(
      expect.stringMatching(/^CPU from Prometheus \(0\.017 kWh over 1 devices\) not added/),
    );

    const ipmi = await importSlurm(["4242", "--prometheus", prometheus.url, ...selector], {
      FAKE_SLURM_ENERGY_TYPE: "acct_gather_energy/ipmi",
    });
    const ipmiStep = ipmi.report?.steps[0];
    expect(ipmiStep?.components.map((c) => c.kind)).toEqual(["node"]);
    // DCGM's GPUs left out (IPMI's node figure holds them): the hardware has them from the job's gres.
    expect(ipmi.report?.hardware.gpus).toEqual([{ model: "gres/gpu:a100", count: 16 }]);
    expect(joules(ipmiStep?.it_energy_kwh ?? 0)).toBe(3_600_000);
    expect(ipmiStep?.notes).toContainEqual(
      expect.stringMatching(
        /^GPU, CPU from Prometheus .* not added: Slurm's figure already holds them \(the whole node as its BMC reads it, GPUs included\)/,
      ),
    );
  });
});
