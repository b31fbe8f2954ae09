/**
 * Slurm's accounting for one job, from `sacct -j ID -P -n -o <SACCT_FIELDS>` (parsable: `|` between
 * fields, no header). Lines: the job itself (`123`, the allocation on all its nodes for its whole life),
 * then its steps: `123.batch` (the batch script, first node only), `123.extern` (every node, the whole
 * allocation, where PrologFlags=contain), `123.0`, `123.1`... (srun steps). The job's energy is on its
 * own line: the steps overlap, so they are never summed.
 */
export const SACCT_FIELDS = [
  "JobID",
  "JobName",
  "State",
  "Elapsed",
  "ElapsedRaw",
  "Start",
  "End",
  "NodeList",
  "NNodes",
  "AllocTRES",
  "ConsumedEnergyRaw",
] as const;

export interface SacctLine {
  jobId: string;
  name: string;
  state: string;
  elapsedS: number;
  /** Local time as sacct prints it (no zone), parsed in this machine's zone; undefined for Unknown/None. */
  start?: Date;
  end?: Date;
  nodeList: string;
  nodes: number;
  allocTres: Record<string, string>;
  /** Joules; undefined when empty, 0 or not a number Slurm can hold. */
  energyJ?: number;
}

export interface SacctJob {
  job: SacctLine;
  steps: SacctLine[];
}

/** States a job leaves: while in one of these, its accounting is not final. */
const UNFINISHED = new Set([
  "PENDING",
  "RUNNING",
  "REQUEUED",
  "RESIZING",
  "SUSPENDED",
  "COMPLETING",
  "CONFIGURING",
  "STAGE_OUT",
  "SIGNALING",
  "REQUEUE_HOLD",
  "REQUEUE_FED",
]);

export const isFinished = (state: string): boolean => !UNFINISHED.has(state.split(" ")[0] ?? "");

export function parseSacct(text: string, jobId: string): SacctJob | undefined {
  const lines = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map(parseLine)
    .filter((line): line is SacctLine => line !== undefined);
  const job = lines.find((l) => l.jobId === jobId) ?? lines.find((l) => !l.jobId.includes("."));
  if (!job) return undefined;
  return { job, steps: lines.filter((l) => l.jobId.startsWith(`${job.jobId}.`)) };
}

function parseLine(line: string): SacctLine | undefined {
  let parts = line.split("|");
  // sacct -P does not escape `|`; only the job name can hold one.
  if (parts.length > SACCT_FIELDS.length) {
    const extra = parts.length - SACCT_FIELDS.length;
    parts = [parts[0], parts.slice(1, 2 + extra).join("|"), ...parts.slice(2 + extra)];
  }
  if (parts.length < SACCT_FIELDS.length) return undefined;
  const [jobId, name, state, _elapsed, elapsedRaw, start, end, nodeList, nNodes, allocTres, energy] = parts;
  if (!/^\d/.test(jobId)) return undefined;
  const energyJ = Number(energy);
  return {
    jobId: jobId.trim(),
    name,
    state: state.trim(),
    elapsedS: Number(elapsedRaw) || 0,
    ...(parseTime(start) && { start: parseTime(start) }),
    ...(parseTime(end) && { end: parseTime(end) }),
    nodeList: nodeList.trim(),
    nodes: Number(nNodes) || 0,
    allocTres: parseTres(allocTres),
    // Slurm's NO_VAL64 (2^64 - 2) and friends mean "no value", not 18 EJ.
    ...(energy.trim() !== "" && Number.isFinite(energyJ) && energyJ > 0 && energyJ < 1e15 && { energyJ }),
  };
}

function parseTime(text: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(text.trim())) return undefined;
  const date = new Date(text.trim());
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** `billing=16,cpu=16,gres/gpu:a100=4,gres/gpu=4,mem=64G,node=1` -> { cpu: "16", "gres/gpu": "4", ... }. */
export function parseTres(text: string): Record<string, string> {
  const tres: Record<string, string> = {};
  for (const item of text.split(",")) {
    const eq = item.indexOf("=");
    if (eq > 0) tres[item.slice(0, eq).trim()] = item.slice(eq + 1).trim();
  }
  return tres;
}

/**
 * GPUs the job held (gres/gpu), with their types where the site names them (gres/gpu:a100=4): `byType`
 * counts each type, and GPUs no type accounts for are `type` undefined.
 */
export function allocatedGpus(tres: Record<string, string>): {
  count: number;
  types: string[];
  byType: { type?: string; count: number }[];
} {
  const typed = Object.entries(tres)
    .filter(([k]) => k.startsWith("gres/gpu:"))
    .map(([k, v]) => ({ type: k.slice("gres/gpu:".length), count: Number(v) || 0 }))
    .filter((t) => t.count > 0);
  const typedCount = typed.reduce((sum, t) => sum + t.count, 0);
  // Slurm prints the total too; a record with types alone (older versions) still has a count.
  const count = Number(tres["gres/gpu"]) || typedCount;
  const untyped = count - typedCount;
  return {
    count,
    types: typed.map((t) => t.type),
    byType: [...typed, ...(untyped > 0 ? [{ count: untyped }] : [])],
  };
}
