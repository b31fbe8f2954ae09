/**
 * GPU power through `nvidia-smi` (rank 2 for NVIDIA GPUs, when NVML cannot be loaded through FFI): one
 * long-lived `--query-gpu ... -lms N` process whose rows are integrated as they stream in. This file is
 * the process edge (find, run, restart, stop); the parsing and arithmetic are in nvidia-smi-csv.ts.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { delimiter, join } from "node:path";
import { createInterface } from "node:readline";
import {
  addGpuRow,
  classifyFailure,
  type GpuRow,
  type GpuTally,
  POWER_FIELDS,
  type PowerField,
  parseGpuLine,
  parsePowerFields,
  queryArgs,
  queryColumns,
  SOURCE,
  seedTally,
  tallyKey,
  tallyToComponent,
} from "./nvidia-smi-csv.js";
import type { ComponentEnergy, Meter } from "./types.js";

export interface NvidiaSmiOptions {
  /** The PATH to search (from readEnvironment); the child gets it too. */
  path: string;
  intervalMs: number;
  /** The child's environment besides PATH; by default it inherits ours (nvidia-smi may need LD_LIBRARY_PATH). */
  env?: Record<string, string | undefined>;
  /** Monotonic ms stamped on each row as it arrives; tests inject their own. */
  clock?: () => number;
  /** Restarts of a sampling process that died, before giving up. */
  maxRestarts?: number;
  /** Wait before the first restart; doubles with each one. */
  restartDelayMs?: number;
  /** No row for this long (by the sampler's clock) and the process is taken for hung and restarted. */
  stallMs?: number;
  /** Between SIGTERM and SIGKILL at finish. */
  killGraceMs?: number;
}

export interface NvidiaSmiMeter extends Meter {
  readonly powerField: PowerField;
  finish(nowMs: number): Promise<ComponentEnergy[]>;
  /** Live per-GPU state, for progress lines and tests. */
  tallies(): GpuTally[];
}

export type NvidiaSmiProbe =
  | { ok: true; meter: NvidiaSmiMeter }
  | { ok: false; source: string; reason: string };

const fail = (reason: string): NvidiaSmiProbe => ({ ok: false, source: SOURCE, reason });

/** Finds nvidia-smi and a power field it can read on at least one GPU. Never throws. */
export async function probeNvidiaSmi(options: NvidiaSmiOptions): Promise<NvidiaSmiProbe> {
  const exe = await findOnPath(options.path, "nvidia-smi");
  if (exe === undefined) return fail("nvidia-smi is not on PATH");
  const env = childEnv(options);

  const help = await runOnce(exe, ["--help-query-gpu"], env);
  const helpFailure = classifyFailure(help.output);
  if (helpFailure?.kind === "driver")
    return fail(`nvidia-smi cannot reach the driver: ${helpFailure.message}`);
  if (help.code !== 0) return fail(`nvidia-smi --help-query-gpu failed: ${help.problem}`);
  const candidates = parsePowerFields(help.output);
  if (candidates.length === 0) {
    return fail(`nvidia-smi --help-query-gpu lists no power field (looked for ${POWER_FIELDS.join(", ")})`);
  }

  const passedOver: string[] = [];
  for (const field of candidates) {
    const columns = queryColumns(field);
    const query = await runOnce(exe, queryArgs(columns), env);
    const failure = classifyFailure(query.output);
    if (failure?.kind === "invalid-field" && failure.field === field) {
      passedOver.push(`${field}: rejected (${failure.message})`);
      continue;
    }
    if (failure?.kind === "driver") return fail(`nvidia-smi cannot reach the driver: ${failure.message}`);
    if (failure?.kind === "no-devices") return fail(`nvidia-smi found no GPU (${failure.message})`);
    if (failure) return fail(`nvidia-smi rejected the query: ${failure.message}`);
    if (query.code !== 0) return fail(`nvidia-smi ${queryArgs(columns).join(" ")} failed: ${query.problem}`);

    const rows = query.output.split(/\r?\n/).flatMap((line) => parseGpuLine(line, columns) ?? []);
    if (rows.length === 0) return fail("nvidia-smi lists no GPU");
    if (rows.every((row) => "missing" in row.power)) {
      const shown = rows.map((row) => `GPU ${row.index}: ${"missing" in row.power ? row.power.missing : ""}`);
      passedOver.push(`${field}: no value (${shown.join(", ")})`);
      continue;
    }
    return { ok: true, meter: new NvidiaSmiSampler(exe, env, field, columns, rows, passedOver, options) };
  }
  return fail(`nvidia-smi gives no power reading: ${passedOver.join("; ")}`);
}

/** The first executable file called `name` on `pathList`; empty entries (the cwd) are not searched. */
async function findOnPath(pathList: string, name: string): Promise<string | undefined> {
  for (const dir of pathList.split(delimiter)) {
    if (dir === "") continue;
    const candidate = join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // Not here, or not ours to run: keep looking.
    }
  }
  return undefined;
}

const childEnv = (options: NvidiaSmiOptions) =>
  options.env === undefined ? undefined : { ...options.env, PATH: options.path };

const firstLine = (text: string) =>
  text
    .split(/\r?\n/)
    .find((line) => line.trim() !== "")
    ?.trim() ?? "";

interface RunResult {
  code: number | null;
  output: string;
  problem: string;
}

/** Runs nvidia-smi to completion; a wedged driver can hang it, so it gets a deadline. */
function runOnce(exe: string, args: string[], env: NodeJS.ProcessEnv | undefined): Promise<RunResult> {
  return new Promise((resolve) => {
    let output = "";
    let problem = "";
    const child = spawn(exe, args, { env, stdio: ["ignore", "pipe", "pipe"], timeout: 15_000 });
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", (error) => {
      problem = error.message;
    });
    child.on("close", (code, signal) => {
      const how = signal ? `killed by ${signal}` : `exit code ${code}`;
      problem ||= firstLine(output) ? `${how}: ${firstLine(output)}` : how;
      resolve({ code, output, problem });
    });
  });
}

class NvidiaSmiSampler implements NvidiaSmiMeter {
  readonly kind = "gpu" as const;
  readonly source = SOURCE;
  private readonly gpus = new Map<string, GpuTally>();
  private readonly events: string[] = [];
  private readonly gapMs: number;
  private readonly clock: () => number;
  private child?: ChildProcess;
  private closed: Promise<void> = Promise.resolve();
  private restartTimer?: NodeJS.Timeout;
  private restarts = 0;
  private stopping = false;
  private finished?: Promise<ComponentEnergy[]>;
  private rowsThisRun = 0;
  private strayLines = 0;
  private firstStray = "";
  private lastRows = 0;
  private lastRowPollMs?: number;
  private readingsListener?: () => void;
  private batchPending = false;
  private notMeasured: string[] = [];

  constructor(
    private readonly exe: string,
    private readonly env: NodeJS.ProcessEnv | undefined,
    readonly powerField: PowerField,
    private readonly columns: string[],
    private readonly listed: GpuRow[],
    passedOver: string[],
    private readonly options: NvidiaSmiOptions,
  ) {
    // Three missed intervals in a row is a hole worth telling the reader about, not jitter.
    this.gapMs = Math.max(1, options.intervalMs) * 3;
    this.clock = options.clock ?? (() => performance.now());
    for (const skipped of passedOver) this.events.push(`power field ${skipped}; using ${powerField}`);
  }

  start(): void {
    this.stopping = false;
    // Seeded from the probe's list, so a GPU that never shows up in the stream is still reported.
    for (const row of this.listed) this.gpus.set(tallyKey(row), seedTally(row));
    this.launch();
  }

  onReadings(listener: () => void): void {
    this.readingsListener = listener;
  }

  /** Rows stream in on their own; polling only watches for a process that hangs without exiting. */
  poll(nowMs: number): void {
    if (this.stopping || this.child === undefined) return;
    const rows = this.totalRows();
    if (rows !== this.lastRows || this.lastRowPollMs === undefined) {
      this.lastRows = rows;
      this.lastRowPollMs = nowMs;
      return;
    }
    const stallMs = this.options.stallMs ?? Math.max(15_000, 20 * this.options.intervalMs);
    if (nowMs - this.lastRowPollMs >= stallMs) {
      this.events.push(
        `nvidia-smi sent nothing for ${Math.round(nowMs - this.lastRowPollMs)} ms; stopped it`,
      );
      this.lastRowPollMs = nowMs;
      this.child.kill("SIGKILL");
    }
  }

  finish(nowMs: number): Promise<ComponentEnergy[]> {
    this.finished ??= this.stopAndReport(nowMs);
    return this.finished;
  }

  unmeasured(): string[] {
    return this.notMeasured;
  }

  private async stopAndReport(endMs: number): Promise<ComponentEnergy[]> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    await this.stop();
    if (this.strayLines > 0) {
      this.events.push(
        `${this.strayLines} line(s) from nvidia-smi not understood, first: "${this.firstStray}"`,
      );
    }
    const components: ComponentEnergy[] = [];
    for (const tally of this.tallies().sort((a, b) => Number(a.index) - Number(b.index))) {
      const result = tallyToComponent(tally, this.gapMs, endMs, this.events);
      if (result.ok) components.push(result.component);
      else this.notMeasured.push(result.reason);
    }
    return components;
  }

  snapshot(): { energy_j: number; power_w?: number } {
    let energy = 0;
    let power: number | undefined;
    for (const tally of this.gpus.values()) {
      energy += tally.power.energyJ;
      if (tally.power.lastW !== undefined) power = (power ?? 0) + tally.power.lastW;
    }
    return { energy_j: energy, ...(power === undefined ? {} : { power_w: power }) };
  }

  tallies(): GpuTally[] {
    return [...this.gpus.values()];
  }

  private totalRows(): number {
    let rows = this.strayLines;
    for (const tally of this.gpus.values()) rows += tally.rows;
    return rows;
  }

  private launch(): void {
    const interval = String(Math.max(1, Math.round(this.options.intervalMs)));
    const child = spawn(this.exe, [...queryArgs(this.columns), "-lms", interval], {
      env: this.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child = child;
    this.rowsThisRun = 0;
    // A restart's wait and start-up are not a hang.
    this.lastRowPollMs = undefined;
    let errorText = "";
    child.stderr.on("data", (chunk) => {
      errorText = (errorText + chunk).slice(-2000);
    });
    child.on("error", (error) => {
      errorText ||= error.message;
    });
    createInterface({ input: child.stdout }).on("line", (line) => this.onLine(line));
    this.closed = new Promise((resolve) => {
      child.once("close", (code, signal) => {
        if (this.child === child) this.child = undefined;
        if (!this.stopping) this.onDied(signal ? `killed by ${signal}` : `exit code ${code}`, errorText);
        resolve();
      });
    });
  }

  private onLine(line: string): void {
    if (this.stopping) return;
    const tMs = this.clock();
    const row = parseGpuLine(line, this.columns);
    if (row === undefined) {
      if (line.trim() === "") return;
      this.strayLines += 1;
      if (this.strayLines === 1) this.firstStray = line.trim().slice(0, 120);
      return;
    }
    this.rowsThisRun += 1;
    const key = tallyKey(row);
    this.gpus.set(key, addGpuRow(this.gpus.get(key), row, tMs, this.gapMs));
    // One batch holds a row per GPU, read in one go: tell the sampler once, after the last of them.
    if (this.readingsListener && !this.batchPending) {
      this.batchPending = true;
      setImmediate(() => {
        this.batchPending = false;
        this.readingsListener?.();
      });
    }
  }

  private onDied(how: string, errorText: string): void {
    const said = firstLine(errorText);
    const died = `nvidia-smi sampling stopped (${how}${said ? `: ${said}` : ""}) after ${this.rowsThisRun} rows`;
    const maxRestarts = this.options.maxRestarts ?? 5;
    if (this.restarts >= maxRestarts) {
      this.events.push(`${died}; gave up after ${maxRestarts} restarts, no GPU power sampled after that`);
      return;
    }
    this.restarts += 1;
    // Backing off keeps a crash loop (driver gone, GPU fallen off the bus) from spinning.
    const delayMs = Math.min(30_000, (this.options.restartDelayMs ?? 500) * 2 ** (this.restarts - 1));
    this.events.push(`${died}; restarted after ${delayMs} ms (restart ${this.restarts} of ${maxRestarts})`);
    this.restartTimer = setTimeout(() => {
      if (!this.stopping) this.launch();
    }, delayMs);
  }

  private async stop(): Promise<void> {
    const child = this.child;
    if (child === undefined) return this.closed;
    child.kill("SIGTERM");
    const graceMs = this.options.killGraceMs ?? 2000;
    let timer: NodeJS.Timeout | undefined;
    const exited = await Promise.race([
      this.closed.then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), graceMs);
      }),
    ]);
    clearTimeout(timer);
    if (!exited) {
      this.events.push(`nvidia-smi ignored SIGTERM for ${graceMs} ms; killed it`);
      child.kill("SIGKILL");
      await this.closed;
    }
  }
}
