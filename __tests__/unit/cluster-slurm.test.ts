import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { attachRemote, EMPTY_REMOTE, type RemoteResult } from "../../src/cluster/remote.js";
import { allocatedGpus, isFinished, parseSacct, parseTres } from "../../src/cluster/sacct.js";
import { energyPlugin, heldGpus, slurmComponent } from "../../src/cluster/slurm-energy.js";
import { JobIdScanner } from "../../src/cluster/slurm-job-id.js";
import { compareReports } from "../../src/compare/compare.js";
import { mergeReports } from "../../src/report/merge.js";
import { repoRoot } from "../helpers/cli.js";
import { A100, baselineRef, report, reportStep } from "../helpers/reports.js";

const fixture = (name: string) =>
  readFileSync(join(repoRoot, "__tests__", "fixtures", "slurm", name), "utf8");

describe("parseSacct", () => {
  it("finds the job's line and its steps", () => {
    const job = parseSacct(fixture("4242.sacct"), "4242");
    expect(job?.job).toMatchObject({
      jobId: "4242",
      name: "train-llm",
      state: "COMPLETED",
      elapsedS: 600,
      nodeList: "gpu[01-02]",
      nodes: 2,
      energyJ: 3_600_000,
    });
    expect(job?.steps.map((s) => [s.jobId, s.energyJ])).toEqual([
      ["4242.batch", 1_750_000],
      ["4242.extern", 3_600_000],
      ["4242.0", 3_550_000],
    ]);
  });

  it("keeps a job name holding a `|`, and reads no energy from 0, empty or Slurm's NO_VAL", () => {
    const text = [
      "77|a|b|COMPLETED|00:00:10|10|2025-03-01T12:00:00|2025-03-01T12:00:10|n1|1|cpu=1|0",
      "77.batch|batch|COMPLETED|00:00:10|10|2025-03-01T12:00:00|2025-03-01T12:00:10|n1|1|cpu=1|18446744073709551614",
      "77.extern|extern|COMPLETED|00:00:10|10|2025-03-01T12:00:00|Unknown|n1|1|cpu=1|",
    ].join("\n");
    const job = parseSacct(text, "77");
    expect(job?.job.name).toBe("a|b");
    expect(job?.job.energyJ).toBeUndefined();
    expect(job?.steps.map((s) => s.energyJ)).toEqual([undefined, undefined]);
    expect(job?.steps[1].end).toBeUndefined();
  });

  it("knows nothing of a job sacct did not print", () => {
    expect(parseSacct("", "1")).toBeUndefined();
  });

  it("reads AllocTRES and the GPUs a job held", () => {
    const tres = parseTres("billing=128,cpu=128,gres/gpu:a100=16,gres/gpu=16,mem=1000G,node=2");
    expect(tres).toMatchObject({ cpu: "128", "gres/gpu": "16", mem: "1000G" });
    expect(allocatedGpus(tres)).toEqual({
      count: 16,
      types: ["a100"],
      byType: [{ type: "a100", count: 16 }],
    });
    expect(allocatedGpus(parseTres("cpu=8,mem=32G"))).toEqual({ count: 0, types: [], byType: [] });
    // No type named: the count alone.
    expect(allocatedGpus(parseTres("cpu=64,gres/gpu=4,node=1")).byType).toEqual([{ count: 4 }]);
    // Two types, and 8 - (2 + 4) = 2 GPUs of no type.
    expect(allocatedGpus(parseTres("gres/gpu:a100=2,gres/gpu:v100=4,gres/gpu=8")).byType).toEqual([
      { type: "a100", count: 2 },
      { type: "v100", count: 4 },
      { count: 2 },
    ]);
  });

  it("puts the GPUs a job held in the hardware, so 8 then 4 GPUs is not comparable", () => {
    const job = (tres: string) => {
      const parsed = parseSacct(
        `77|train|COMPLETED|00:10:00|600|2025-03-01T12:00:00|2025-03-01T12:10:00|gpu01|1|${tres}|360000\n`,
        "77",
      );
      if (!parsed) throw new Error("the fixture line did not parse");
      return parsed;
    };
    expect(heldGpus(job("cpu=64,gres/gpu:a100=8,gres/gpu=8,node=1"))).toEqual([
      { model: "gres/gpu:a100", count: 8 },
    ]);
    expect(heldGpus(job("cpu=64,gres/gpu=4,node=1"))).toEqual([{ model: "gres/gpu", count: 4 }]);
    expect(heldGpus(job("cpu=64,node=1"))).toEqual([]);

    const local = report({ steps: [reportStep("train", 0.001, 0.4)] });
    const remote = (gpus: { model: string; count: number }[]): RemoteResult => ({
      ...EMPTY_REMOTE,
      records: [{ source: "slurm", target: "77", status: "measured" }],
      nodeCount: 1,
      heldGpus: gpus,
    });
    const eight = attachRemote(local, remote(heldGpus(job("gres/gpu:a100=8,gres/gpu=8"))));
    const four = attachRemote(local, remote(heldGpus(job("gres/gpu:a100=4,gres/gpu=4"))));
    // The runner's own A100 (the report helper's) and the job's eight.
    expect(eight.hardware.gpus).toEqual([
      { model: A100, count: 1 },
      { model: "gres/gpu:a100", count: 8 },
    ]);
    expect(eight.hardware.fingerprint).not.toBe(four.hardware.fingerprint);
    expect(compareReports(four, eight, baselineRef()).comparable).toBe(false);
    // The action merges a job's steps into one report: the cluster's GPUs and nodes stay in it.
    const merged = mergeReports([eight], { id: "job" });
    expect(merged.hardware).toMatchObject({ gpus: eight.hardware.gpus, nodes: 1 });
    expect(merged.hardware.fingerprint).toBe(eight.hardware.fingerprint);
  });

  it("tells finished states from unfinished ones", () => {
    expect(["COMPLETED", "FAILED", "CANCELLED by 1000", "TIMEOUT", "OUT_OF_MEMORY"].map(isFinished)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["PENDING", "RUNNING", "COMPLETING", "REQUEUED"].map(isFinished)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("energyPlugin", () => {
  it("knows what each AcctGatherEnergyType covers", () => {
    expect(energyPlugin("acct_gather_energy/rapl").covers).toEqual({ cpu: true, ram: true, gpu: false });
    expect(energyPlugin("acct_gather_energy/ipmi").covers).toEqual({ cpu: true, ram: true, gpu: true });
    expect(energyPlugin("acct_gather_energy/gpu").covers).toEqual({ cpu: false, ram: false, gpu: true });
    // Unknown or unreadable: taken as RAPL, the usual plugin, and said so.
    expect(energyPlugin(undefined)).toMatchObject({ covers: { cpu: true, ram: true, gpu: false } });
    expect(energyPlugin(undefined).what).toMatch(/taken as CPU and DRAM/);
  });

  it("makes one `node` component over the job's nodes", () => {
    const job = parseSacct(fixture("4242.sacct"), "4242");
    if (!job) throw new Error("fixture");
    const c = slurmComponent(job, energyPlugin("acct_gather_energy/ipmi"), false);
    expect(c).toMatchObject({ kind: "node", device: "gpu[01-02]", node: "gpu[01-02]", energy_j: 3_600_000 });
    // IPMI holds the GPUs: no note sends the user to DCGM for them.
    expect(c.notes.some((n) => n.includes("hpc_job"))).toBe(false);
  });
});

describe("JobIdScanner", () => {
  it("reads `Submitted batch job N`, even split across chunks", () => {
    const scanner = new JobIdScanner();
    for (const chunk of ["sbatch: checking...\nSubmit", "ted batch job 12", "345\nmore output 999\n"])
      scanner.push(chunk);
    expect(scanner.job).toEqual({ id: "12345" });
  });

  it("reads the cluster sbatch names", () => {
    const scanner = new JobIdScanner();
    scanner.push("Submitted batch job 77 on cluster alps\n");
    expect(scanner.job).toEqual({ id: "77", cluster: "alps" });
  });

  it("reads --parsable's `N` and `N;cluster`, also without a final newline", () => {
    const plain = new JobIdScanner();
    plain.push("4242");
    expect(plain.job).toEqual({ id: "4242" });
    const clustered = new JobIdScanner();
    clustered.push("4242;fixture\r\n");
    expect(clustered.job).toEqual({ id: "4242", cluster: "fixture" });
  });

  it("keeps the first job, and prefers sbatch's sentence to a bare number", () => {
    const scanner = new JobIdScanner();
    scanner.push("epoch 3 loss 0.25\n1000\nSubmitted batch job 1\nSubmitted batch job 2\n");
    expect(scanner.job).toEqual({ id: "1" });
    const none = new JobIdScanner();
    none.push("step 1000 of 2000\n");
    expect(none.job).toBeUndefined();
  });
});
