export const id = 506;
export const ids = [506];
export const modules = {

/***/ 20335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ed: () => (/* binding */ emptyCounterTotal),
/* harmony export */   GB: () => (/* binding */ holdToEnd),
/* harmony export */   I5: () => (/* binding */ addCounter),
/* harmony export */   TV: () => (/* binding */ addPower),
/* harmony export */   a0: () => (/* binding */ ASSUMED_MAX_POWER_W),
/* harmony export */   gO: () => (/* binding */ counterReadEveryMs),
/* harmony export */   ns: () => (/* binding */ emptyPowerIntegral)
/* harmony export */ });
/**
 * Streaming integrators: constant-size state, one call per sample, so memory stays flat however long
 * the run. Pure functions over plain data; the sources own the I/O.
 */
const emptyPowerIntegral = () => ({ energyJ: 0, samples: 0, gaps: 0, longestGapMs: 0 });
/**
 * Adds one power reading. A gap over `gapMs` is still bridged by the trapezoid (the best estimate we
 * have) but counted, so the report can say the data has holes.
 */
function addPower(state, tMs, watts, gapMs) {
    if (!Number.isFinite(watts) || watts < 0)
        return state;
    if (state.lastMs === undefined || state.lastW === undefined) {
        return { ...state, samples: 1, firstMs: tMs, lastMs: tMs, lastW: watts };
    }
    const dtMs = tMs - state.lastMs;
    if (dtMs <= 0)
        return state;
    const isGap = dtMs > gapMs;
    return {
        energyJ: state.energyJ + ((state.lastW + watts) / 2) * (dtMs / 1000),
        samples: state.samples + 1,
        firstMs: state.firstMs,
        lastMs: tMs,
        lastW: watts,
        gaps: state.gaps + (isGap ? 1 : 0),
        longestGapMs: Math.max(state.longestGapMs, isGap ? dtMs : 0),
    };
}
/**
 * The integral with its last reading held to `endMs`: a sampled source reads every interval, so without
 * this the time between its last reading and the command's end (up to an interval) would go uncounted.
 * One reading is enough: its power over the rest of the window. Undefined without any reading.
 */
function holdToEnd(state, endMs) {
    if (state.firstMs === undefined || state.lastMs === undefined || state.lastW === undefined)
        return undefined;
    const heldMs = Math.max(0, endMs - state.lastMs);
    const energyJ = state.energyJ + state.lastW * (heldMs / 1000);
    const coveredMs = state.lastMs + heldMs - state.firstMs;
    return { energyJ, coveredMs, heldMs, averageW: coveredMs > 0 ? energyJ / (coveredMs / 1000) : state.lastW };
}
const emptyCounterTotal = () => ({ energy: 0, readings: 0, wraps: 0, resets: 0 });
/**
 * Adds one raw counter reading. A reading below the last one is a wrap when `maxRange` is known
 * (RAPL's `max_energy_range_uj`), else a reset, which we skip rather than count as negative energy.
 */
function addCounter(state, value, maxRange) {
    if (!Number.isFinite(value) || value < 0)
        return state;
    if (state.last === undefined)
        return { ...state, readings: 1, last: value };
    let delta = value - state.last;
    let { wraps, resets } = state;
    if (delta < 0) {
        // A last reading above the stated range makes the wrap arithmetic negative: the range is wrong, so
        // this drop is treated as a reset too.
        const wrapped = maxRange !== undefined && maxRange > 0 ? maxRange - state.last + value : -1;
        delta = Math.max(wrapped, 0);
        if (wrapped >= 0)
            wraps += 1;
        else
            resets += 1;
    }
    return { energy: state.energy + delta, readings: state.readings + 1, last: value, wraps, resets };
}
/**
 * What a RAPL domain may draw before any power has been seen, when its zone states no limit: above the
 * largest server packages' TDP (500 W: AMD EPYC 9965, Intel Xeon 6980P), so it errs towards reading
 * a small-range counter too often rather than too rarely.
 */
const ASSUMED_MAX_POWER_W = 500;
/**
 * How often a counter that wraps every `rangeJ` must be read at up to `maxPowerW` so that it never
 * wraps twice between two readings (a double wrap is invisible): half the time one wrap takes, the
 * other half a margin for power above `maxPowerW`; never less often than `capMs`.
 */
function counterReadEveryMs(rangeJ, maxPowerW, capMs) {
    if (!(rangeJ > 0) || !(maxPowerW > 0))
        return capMs;
    return Math.min(capMs, (rangeJ / maxPowerW / 2) * 1000);
}


/***/ }),

/***/ 11211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   Q1: () => (/* binding */ RAPL_SOURCE),
/* harmony export */   ge: () => (/* binding */ DRAM_FACTORS),
/* harmony export */   wv: () => (/* binding */ PACKAGE_FACTORS),
/* harmony export */   zO: () => (/* binding */ readCounter),
/* harmony export */   zZ: () => (/* binding */ RaplMeter)
/* harmony export */ });
/* harmony import */ var _integrate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20335);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88329);
/**
 * One RAPL meter over the domains the probe opened: reads each `energy_uj` at a cadence its wrap
 * range and power call for, accumulates wraps, and reports each domain with what went wrong.
 */


const RAPL_SOURCE = "rapl";
/**
 * Package: RAPL readings track plug power closely on servers (Khan et al., "RAPL in Action", ACM
 * TOMPECS 3(2), 2018, doi:10.1145/3177754), and from Haswell on they come from the integrated voltage
 * regulator, a measurement rather than a model (Hackenberg et al., IPDPSW 2015). ±5% covers both.
 */
const PACKAGE_FACTORS = { low: 0.95, high: 1.05 };
/**
 * DRAM: follows the trend but with a constant, system-dependent power offset, worst when idle
 * (Desrochers, Paradis, Weaver, "A Validation of DRAM RAPL Power Measurements", MEMSYS 2016,
 * doi:10.1145/2989081.2989088). The paper gives no single bound; ±15% is our reading of it.
 */
const DRAM_FACTORS = { low: 0.85, high: 1.15 };
function readCounter(read, path) {
    const text = read(path).trim();
    const value = Number(text);
    if (text === "" || !Number.isSafeInteger(value) || value < 0)
        throw new Error(`${path}: not a counter: "${text}"`);
    return value;
}
const errorCode = (error) => error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : undefined;
const plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
function trackNotes(track, energyJ, seconds) {
    const { open, total, failures, lastError, longestGapMs } = track;
    const notes = [...open.domain.notes];
    if (total.wraps > 0)
        notes.push(`counter wrapped ${plural(total.wraps, "time")}`);
    if (total.resets > 0) {
        notes.push(`counter went back without a wrap ${plural(total.resets, "time")}; those intervals are not counted`);
    }
    if (failures > 0) {
        notes.push(`${plural(failures, "reading")} of ${open.energyPath} failed (${lastError}); ` +
            "the counter is cumulative, so only a wrap inside the gap is lost");
    }
    if (total.readings >= 2 && total.energy === 0) {
        notes.push(`counter did not move in ${seconds} s: RAPL may be emulated (a VM) or disabled`);
    }
    // A whole wrap between two readings is invisible. Power peaks above its average, hence the margin of 2.
    const wrapS = open.maxRangeUj && energyJ > 0 && seconds > 0 ? open.maxRangeUj / 1e6 / (energyJ / seconds) : 0;
    if (wrapS > 0 && longestGapMs / 1000 > wrapS / 2) {
        notes.push(`readings were up to ${longestGapMs / 1000} s apart and the counter wraps about every ` +
            `${Math.round(wrapS)} s at this power: a wrap may have been missed (energy too low)`);
    }
    return notes;
}
/** The power a domain is read for: the most seen, but never below what it states or we assume. */
const powerBoundW = (track) => Math.max(track.maxSeenW, track.open.statedMaxW ?? _integrate_js__WEBPACK_IMPORTED_MODULE_0__/* .ASSUMED_MAX_POWER_W */ .a0);
class RaplMeter {
    kind;
    read;
    source = RAPL_SOURCE;
    tracks;
    // Kept as a number and renewed only when a reading raises a power bound: the sampler asks every tick,
    // and a fresh array per question is garbage a run of days would pile up.
    readEvery = _types_js__WEBPACK_IMPORTED_MODULE_1__/* .CUMULATIVE_READ_EVERY_MS */ .c;
    startMs;
    lastMs;
    constructor(kind, opened, read) {
        this.kind = kind;
        this.read = read;
        this.tracks = opened.map((open) => ({
            open,
            total: (0,_integrate_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyCounterTotal */ .Ed)(),
            failures: 0,
            longestGapMs: 0,
            maxSeenW: 0,
        }));
        this.renewReadEvery();
    }
    /**
     * Often enough that no counter wraps twice between readings (a double wrap is invisible), at the
     * highest power seen or stated; a real range (~262 kJ) keeps the 10 s cap, a small one is read
     * more often, and the sampler never reads faster than its interval.
     */
    get readEveryMs() {
        return this.readEvery;
    }
    renewReadEvery() {
        let fastest = _types_js__WEBPACK_IMPORTED_MODULE_1__/* .CUMULATIVE_READ_EVERY_MS */ .c;
        for (const track of this.tracks) {
            const everyMs = (0,_integrate_js__WEBPACK_IMPORTED_MODULE_0__/* .counterReadEveryMs */ .gO)((track.open.maxRangeUj ?? 0) / 1e6, powerBoundW(track), _types_js__WEBPACK_IMPORTED_MODULE_1__/* .CUMULATIVE_READ_EVERY_MS */ .c);
            fastest = Math.min(fastest, everyMs);
        }
        this.readEvery = fastest;
    }
    start(nowMs) {
        this.startMs = nowMs;
        this.poll(nowMs);
    }
    /** Runs every interval: one small read per domain. A failed read is counted, never thrown. */
    poll(nowMs) {
        this.lastMs = nowMs;
        for (const track of this.tracks) {
            try {
                const value = readCounter(this.read, track.open.energyPath);
                const before = track.total.energy;
                track.total = (0,_integrate_js__WEBPACK_IMPORTED_MODULE_0__/* .addCounter */ .I5)(track.total, value, track.open.maxRangeUj);
                if (track.lastOkMs !== undefined && nowMs > track.lastOkMs) {
                    track.longestGapMs = Math.max(track.longestGapMs, nowMs - track.lastOkMs);
                    // µJ per ms is mW.
                    const powerW = (track.total.energy - before) / (nowMs - track.lastOkMs) / 1000;
                    if (powerW > track.maxSeenW) {
                        track.maxSeenW = powerW;
                        this.renewReadEvery();
                    }
                }
                track.lastOkMs = nowMs;
            }
            catch (error) {
                track.failures += 1;
                track.lastError = errorCode(error) ?? (error instanceof Error ? error.message : String(error));
            }
        }
    }
    /** Energy so far and the average power since start, for the progress line (no I/O). */
    snapshot() {
        const energyJ = this.tracks.reduce((sum, track) => sum + track.total.energy / 1e6, 0);
        const seconds = ((this.lastMs ?? 0) - (this.startMs ?? 0)) / 1000;
        return seconds > 0 ? { energy_j: energyJ, power_w: energyJ / seconds } : { energy_j: energyJ };
    }
    /** Domains with fewer than two good readings have no energy to give: said, never a zero. */
    unmeasured() {
        return this.tracks
            .filter((track) => track.total.readings < 2)
            .map((track) => `RAPL ${track.open.domain.device} not measured: ${track.total.readings} of ` +
            `${track.total.readings + track.failures} readings of ${track.open.energyPath} succeeded, 2 are needed` +
            `${track.lastError ? ` (${track.lastError})` : ""}; its energy is missing from the total, not zero`);
    }
    finish(nowMs) {
        this.poll(nowMs);
        const seconds = ((this.lastMs ?? nowMs) - (this.startMs ?? nowMs)) / 1000;
        return this.tracks
            .filter((track) => track.total.readings >= 2)
            .map((track) => {
            const energyJ = track.total.energy / 1e6;
            const factors = track.open.domain.kind === "package" ? PACKAGE_FACTORS : DRAM_FACTORS;
            return {
                kind: this.kind,
                device: track.open.domain.device,
                method: "measured",
                source: RAPL_SOURCE,
                energy_j: energyJ,
                low_factor: factors.low,
                high_factor: factors.high,
                ...(seconds > 0 ? { avg_power_w: energyJ / seconds } : {}),
                samples: track.total.readings,
                notes: trackNotes(track, energyJ, seconds),
            };
        });
    }
}


/***/ }),

/***/ 88329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ CUMULATIVE_READ_EVERY_MS)
/* harmony export */ });
/** The shared vocabulary of the measuring engine: what a source reports and how it was obtained. */
/**
 * How often cumulative sources are read at most: an idle process wakes rarely. A counter with a small
 * wrap range is read more often (rapl.ts: never twice its wrap between readings); a real package
 * range, ~262 kJ, takes 873 s to wrap at 300 W, so 10 s holds for it.
 */
const CUMULATIVE_READ_EVERY_MS = 10_000;


/***/ }),

/***/ 10506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  accountStep: () => (/* binding */ accountStep)
});

// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(61996);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/cluster/sacct.ts
/**
 * Slurm's accounting for one job, from `sacct -j ID -P -n -o <SACCT_FIELDS>` (parsable: `|` between
 * fields, no header). Lines: the job itself (`123`, the allocation on all its nodes for its whole life),
 * then its steps: `123.batch` (the batch script, first node only), `123.extern` (every node, the whole
 * allocation, where PrologFlags=contain), `123.0`, `123.1`... (srun steps). The job's energy is on its
 * own line: the steps overlap, so they are never summed.
 */
const SACCT_FIELDS = [
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
];
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
const isFinished = (state) => !UNFINISHED.has(state.split(" ")[0] ?? "");
function parseSacct(text, jobId) {
    const lines = text
        .split(/\r?\n/)
        .filter((line) => line.trim() !== "")
        .map(parseLine)
        .filter((line) => line !== undefined);
    const job = lines.find((l) => l.jobId === jobId) ?? lines.find((l) => !l.jobId.includes("."));
    if (!job)
        return undefined;
    return { job, steps: lines.filter((l) => l.jobId.startsWith(`${job.jobId}.`)) };
}
function parseLine(line) {
    let parts = line.split("|");
    // sacct -P does not escape `|`; only the job name can hold one.
    if (parts.length > SACCT_FIELDS.length) {
        const extra = parts.length - SACCT_FIELDS.length;
        parts = [parts[0], parts.slice(1, 2 + extra).join("|"), ...parts.slice(2 + extra)];
    }
    if (parts.length < SACCT_FIELDS.length)
        return undefined;
    const [jobId, name, state, _elapsed, elapsedRaw, start, end, nodeList, nNodes, allocTres, energy] = parts;
    if (!/^\d/.test(jobId))
        return undefined;
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
function parseTime(text) {
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(text.trim()))
        return undefined;
    const date = new Date(text.trim());
    return Number.isNaN(date.getTime()) ? undefined : date;
}
/** `billing=16,cpu=16,gres/gpu:a100=4,gres/gpu=4,mem=64G,node=1` -> { cpu: "16", "gres/gpu": "4", ... }. */
function parseTres(text) {
    const tres = {};
    for (const item of text.split(",")) {
        const eq = item.indexOf("=");
        if (eq > 0)
            tres[item.slice(0, eq).trim()] = item.slice(eq + 1).trim();
    }
    return tres;
}
/**
 * GPUs the job held (gres/gpu), with their types where the site names them (gres/gpu:a100=4): `byType`
 * counts each type, and GPUs no type accounts for are `type` undefined.
 */
function allocatedGpus(tres) {
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

// EXTERNAL MODULE: ./src/measure/rapl-meter.ts
var rapl_meter = __webpack_require__(11211);
;// CONCATENATED MODULE: ./src/cluster/slurm-energy.ts
/**
 * Slurm's job energy as a report component (pure): kind `node`, the whole allocation on every node the
 * job held. What it counts depends on the cluster's AcctGatherEnergyType: RAPL reads the CPU packages
 * and DRAM (NVIDIA GPUs are not in it); IPMI, XCC and pm_counters read the node at its power supply or
 * board (GPUs included); `gpu` reads the GPUs alone.
 */


function energyPlugin(name) {
    const plugin = name?.replace(/^acct_gather_energy\//, "");
    switch (plugin) {
        case "ipmi":
        case "xcc":
        case "pm_counters":
            return {
                name,
                covers: { cpu: true, ram: true, gpu: true },
                what: `the whole node as its ${plugin === "pm_counters" ? "power counters" : "BMC"} reads it, GPUs included`,
            };
        case "gpu":
            return {
                name,
                covers: { cpu: false, ram: false, gpu: true },
                what: "the GPUs alone (through NVML or ROCm SMI)",
            };
        case "rapl":
            return {
                name,
                covers: { cpu: true, ram: true, gpu: false },
                what: "the CPU packages and DRAM (RAPL): no GPUs",
            };
        default:
            return {
                ...(name && { name }),
                covers: { cpu: true, ram: true, gpu: false },
                what: `what ${name ?? "the site's AcctGatherEnergyType"} reads on each node; taken as CPU and DRAM (RAPL, the usual plugin): no GPUs`,
            };
    }
}
/**
 * `gpusElsewhere`: the job's GPUs as another source measured them (DCGM), so the note says where they
 * are instead of how to add them.
 */
function slurmComponent(job, plugin, fromExtern, gpusElsewhere) {
    const line = job.job;
    const energyJ = (fromExtern ? job.steps.find((s) => s.jobId.endsWith(".extern"))?.energyJ : line.energyJ) ?? 0;
    const gpus = allocatedGpus(line.allocTres);
    const notes = [
        `Slurm's ConsumedEnergy for job ${line.jobId} (${line.name}) on ${line.nodeList}, ${line.nodes} node${line.nodes === 1 ? "" : "s"}, for its ${line.elapsedS} s: ${plugin.what}`,
        "exact only when the job had its nodes to itself (sbatch --exclusive): on shared nodes it includes the other jobs' energy",
        ...(fromExtern
            ? [
                `the job's own line has no energy; the ${line.jobId}.extern step's (every node, the whole allocation) is used`,
            ]
            : []),
        ...(gpus.count > 0 && !plugin.covers.gpu
            ? [
                `the job held ${gpus.count} GPU${gpus.count === 1 ? "" : "s"}${gpus.types.length ? ` (${gpus.types.join(", ")})` : ""}: ${gpusElsewhere
                    ? `not in Slurm's figure; ${gpusElsewhere.count} of them counted from ${gpusElsewhere.source}`
                    : `Slurm's figure leaves them out; add them from DCGM with --prometheus URL --selector '{hpc_job="${line.jobId}"}' (in the action, the prometheus-url and prometheus-selector inputs)`}`,
            ]
            : []),
    ];
    // RAPL's package bound where that is the plugin; BMCs publish no common bound, so the wider one.
    const factors = plugin.name?.endsWith("rapl") ? rapl_meter/* PACKAGE_FACTORS */.wv : rapl_meter/* DRAM_FACTORS */.ge;
    return {
        kind: "node",
        device: line.nodeList,
        method: "measured",
        source: "slurm",
        energy_j: energyJ,
        low_factor: factors.low,
        high_factor: factors.high,
        ...(line.elapsedS > 0 && { avg_power_w: energyJ / line.elapsedS }),
        node: line.nodeList,
        notes,
    };
}
/**
 * The GPUs a job held, for the report's hardware and fingerprint (a job on 8 GPUs and one on 4 are not
 * comparable): named as Slurm spells them, `gres/gpu:a100` where the site gives a type, else `gres/gpu`.
 */
function heldGpus(job) {
    return allocatedGpus(job.job.allocTres).byType.map((t) => ({
        model: t.type ? `gres/gpu:${t.type}` : "gres/gpu",
        count: t.count,
    }));
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/cluster/window.ts
/** The time window a remote measurement covers, and how a user writes its ends. */

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
/** RFC 3339 (`2025-03-01T12:00:00Z`, with an offset or Z) or Unix seconds (`1740830400`, `1740830400.5`). */
function parseInstant(input, text) {
    const trimmed = text.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed)) {
        const ms = Math.round(Number(trimmed) * 1000);
        // Unix milliseconds pasted by mistake would land thousands of years from now.
        if (ms > Date.UTC(3000, 0, 1)) {
            throw new InputError(input, text, "that is not Unix seconds (milliseconds?); give seconds or RFC 3339");
        }
        return ms;
    }
    if (RFC3339.test(trimmed)) {
        const ms = Date.parse(trimmed.replace(" ", "T"));
        if (Number.isFinite(ms))
            return ms;
    }
    throw new InputError(input, text, "use RFC 3339 with a zone (2025-03-01T12:00:00Z, 2025-03-01T13:00:00+01:00) or Unix seconds");
}
const windowSeconds = (window) => (window.toMs - window.fromMs) / 1000;
const isoSeconds = (ms) => new Date(ms).toISOString().replace(".000Z", "Z");

;// CONCATENATED MODULE: ./src/cluster/measure-slurm.ts
/**
 * A Slurm job's energy from its accounting: `sacct` for the job, `scontrol show config` for what the
 * site's energy plugin measures. Both are the cluster's own client tools, found on PATH.
 */




/** Why a job's energy cannot be had: the CLI's import exits 2 with it, `run` reports it. */
class SlurmProblem extends Error {
}
function run(command, args, path) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(command, args, { env: { ...process.env, PATH: path }, timeout: 60_000, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
            if (!error)
                return resolve({ stdout });
            const code = error.code;
            resolve({
                stdout,
                error: code === "ENOENT"
                    ? `${command} not found on PATH: run this where Slurm's client tools are installed`
                    : `${command} failed: ${(stderr || error.message).trim().split("\n")[0]}`,
            });
        });
    });
}
async function readJob(ref, path) {
    const args = [
        "-j",
        ref.id,
        "-P",
        "-n",
        "-o",
        SACCT_FIELDS.join(","),
        ...(ref.cluster ? ["-M", ref.cluster] : []),
    ];
    const { stdout, error } = await run("sacct", args, path);
    if (error)
        throw new SlurmProblem(error);
    const job = parseSacct(stdout, ref.id);
    if (!job)
        throw new SlurmProblem(`sacct knows no job ${ref.id}${ref.cluster ? ` on cluster ${ref.cluster}` : ""}`);
    return job;
}
async function measureSlurmJob(ref, deps) {
    const now = deps.now ?? Date.now;
    const sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const deadline = now() + (deps.waitMs ?? 0);
    let job = await readJob(ref, deps.path);
    // The accounting database learns of the end a moment after the job ends.
    while (!isFinished(job.job.state) && now() < deadline) {
        await sleep(Math.min(2000, Math.max(0, deadline - now())));
        job = await readJob(ref, deps.path);
    }
    const line = job.job;
    if (!isFinished(line.state)) {
        throw new SlurmProblem(`job ${line.jobId} is ${line.state}: its energy is known once it ends (wrap \`sbatch --wait\`, or run \`carbon-budget import slurm ${line.jobId}\` afterwards)`);
    }
    const config = await run("scontrol", ["show", "config"], deps.path);
    const pluginName = /^AcctGatherEnergyType\s*=\s*(\S+)/m.exec(config.stdout)?.[1];
    const plugin = energyPlugin(pluginName);
    const extern = job.steps.find((s) => s.jobId.endsWith(".extern"))?.energyJ;
    if (line.energyJ === undefined && extern === undefined) {
        throw new SlurmProblem(`job ${line.jobId} has no energy in Slurm's accounting (ConsumedEnergyRaw is empty or 0): the cluster needs AcctGatherEnergyType set (e.g. acct_gather_energy/rapl or /ipmi)${pluginName ? `; it is ${pluginName}` : ""} and AccountingStorageTRES including energy`);
    }
    const fromExtern = line.energyJ === undefined;
    return {
        component: slurmComponent(job, plugin, fromExtern),
        plugin,
        job,
        fromExtern,
        record: {
            source: "slurm",
            target: line.jobId,
            selector: line.name,
            status: "measured",
            ...(line.start && { from: isoSeconds(line.start.getTime()) }),
            ...(line.end && { to: isoSeconds(line.end.getTime()) }),
            nodes: [{ node: line.nodeList }],
        },
    };
}

// EXTERNAL MODULE: ./src/hardware/fingerprint.ts
var fingerprint = __webpack_require__(63076);
// EXTERNAL MODULE: ./src/cluster/metric-set.ts
var metric_set = __webpack_require__(91145);
;// CONCATENATED MODULE: ./src/cluster/selector-forms.ts
/** Labels that name the machine, in any exporter's spelling. */
const NODE_LABELS = ["Hostname", "hostname", "node", "node_name", "nodename", "kubernetes_node"];
/** Beyond this many combinations, only the all-first and all-last spellings are tried. */
const MAX_FORMS = 16;
function selectorForms(user, alternatives) {
    const choices = user.map((m) => [...new Set(alternatives(m.name))]);
    const count = choices.reduce((n, c) => n * c.length, 1);
    const combos = count <= MAX_FORMS
        ? choices.reduce((acc, c) => acc.flatMap((prefix) => c.map((name) => [...prefix, name])), [[]])
        : [choices.map((c) => c[0]), choices.map((c) => c[c.length - 1])];
    const seen = new Set();
    const forms = [];
    for (const names of combos) {
        // A form naming one label twice (two user labels mapped onto one) can still be valid PromQL.
        const form = user.map((m, i) => ({ ...m, name: names[i] }));
        const key = JSON.stringify(form);
        if (!seen.has(key)) {
            seen.add(key);
            forms.push(form);
        }
    }
    return forms;
}
/** `pod` -> [pod, exported_pod]; a label already `exported_` or one the exporter owns stays as it is. */
function withExported(name, own) {
    if (name.startsWith("exported_") || own.has(name))
        return [name];
    return [name, `exported_${name}`];
}
/** A series' labels as one stable key (the same series found through two forms is one series). */
function signature(labels) {
    return JSON.stringify(Object.keys(labels)
        .sort()
        .map((k) => [k, labels[k]]));
}
/** A label under the first of several names it may have. */
function firstLabel(labels, names) {
    for (const name of names) {
        const value = labels[name];
        if (value !== undefined && value !== "")
            return value;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/cluster/series-integrator.ts
/** Prometheus's default lookback: a series with no sample for this long is gone. */
const LOOKBACK_MS = 5 * 60_000;
/** More than this many scrape intervals between two samples is a gap (missed scrapes). */
const GAP_INTERVALS = 2.5;
class SeriesIntegrator {
    mode;
    window;
    joulesPerUnit;
    prevT;
    prevV = 0;
    spans = [];
    open;
    samples = 0;
    resets = 0;
    bridged = 0;
    missed = 0;
    longestGap = 0;
    interval;
    first;
    constructor(mode, window, 
    /** Joules per unit of the counter's value (1 for J, 0.001 for mJ); unused for a gauge in W. */
    joulesPerUnit = 1) {
        this.mode = mode;
        this.window = window;
        this.joulesPerUnit = joulesPerUnit;
    }
    add(tMs, value) {
        if (!Number.isFinite(value) || !Number.isFinite(tMs))
            return;
        if (this.prevT !== undefined && tMs <= this.prevT)
            return;
        const { fromMs, toMs } = this.window;
        if (tMs >= fromMs && tMs <= toMs)
            this.samples++;
        this.first ??= tMs;
        if (this.prevT !== undefined)
            this.interval_(this.prevT, this.prevV, tMs, value);
        this.prevT = tMs;
        this.prevV = value;
    }
    interval_(t0, v0, t1, v1) {
        const { fromMs, toMs } = this.window;
        const dt = t1 - t0;
        const start = Math.max(t0, fromMs);
        const end = Math.min(t1, toMs);
        const inside = end > start;
        const isGap = this.interval !== undefined && dt > GAP_INTERVALS * this.interval;
        this.interval = Math.min(this.interval ?? dt, dt);
        const counted = dt <= LOOKBACK_MS && (this.mode === "counter" || !isGap);
        if (inside && isGap) {
            if (counted)
                this.bridged++;
            else
                this.missed++;
            this.longestGap = Math.max(this.longestGap, dt);
        }
        if (!inside)
            return;
        if (!counted) {
            this.closeSpan();
            return;
        }
        let energyJ;
        if (this.mode === "counter") {
            const reset = v1 < v0;
            if (reset)
                this.resets++;
            energyJ = (reset ? v1 : v1 - v0) * this.joulesPerUnit * ((end - start) / dt);
        }
        else {
            const at = (t) => v0 + ((v1 - v0) * (t - t0)) / dt;
            energyJ = (((at(start) + at(end)) / 2) * (end - start)) / 1000;
        }
        if (this.open && this.open.endMs === start) {
            this.open.endMs = end;
            this.open.energyJ += energyJ;
        }
        else {
            this.closeSpan();
            this.open = { startMs: start, endMs: end, energyJ };
        }
    }
    closeSpan() {
        if (this.open)
            this.spans.push(this.open);
        this.open = undefined;
    }
    result() {
        const spans = this.open ? [...this.spans, { ...this.open }] : [...this.spans];
        return {
            spans,
            energyJ: spans.reduce((sum, s) => sum + s.energyJ, 0),
            coveredMs: spans.reduce((sum, s) => sum + (s.endMs - s.startMs), 0),
            samples: this.samples,
            resets: this.resets,
            bridgedGaps: this.bridged,
            missedGaps: this.missed,
            longestGapMs: this.longestGap,
            ...(this.interval !== undefined && { intervalMs: this.interval }),
            ...(this.first !== undefined && { firstMs: this.first }),
            ...(this.prevT !== undefined && { lastMs: this.prevT }),
        };
    }
}
/**
 * Several series for one device (MIG instances repeating the whole GPU's counter, a running and a
 * terminated series of one pod, a target scraped twice): the best-covered series counts; another adds
 * only the time the ones before it do not cover, pro-rated. Disjoint series (one pod after another on
 * the same GPU) therefore add up, and overlapping ones count once.
 */
function combineSeries(results) {
    const ordered = [...results].sort((a, b) => b.coveredMs - a.coveredMs || b.samples - a.samples);
    const [best, ...rest] = ordered;
    if (!best)
        return new SeriesIntegrator("counter", { fromMs: 0, toMs: 0 }).result();
    const taken = best.spans.map((s) => ({ ...s }));
    const merged = { ...best, spans: taken };
    for (const other of rest) {
        let added = false;
        for (const span of other.spans) {
            for (const piece of uncovered(span, taken)) {
                const share = (piece.endMs - piece.startMs) / (span.endMs - span.startMs);
                taken.push({ ...piece, energyJ: span.energyJ * share });
                added = true;
            }
        }
        if (!added)
            continue;
        merged.samples += other.samples;
        merged.resets += other.resets;
        merged.bridgedGaps += other.bridgedGaps;
        merged.missedGaps += other.missedGaps;
        merged.longestGapMs = Math.max(merged.longestGapMs, other.longestGapMs);
    }
    taken.sort((a, b) => a.startMs - b.startMs);
    merged.energyJ = taken.reduce((sum, s) => sum + s.energyJ, 0);
    merged.coveredMs = taken.reduce((sum, s) => sum + (s.endMs - s.startMs), 0);
    return merged;
}
function uncovered(span, taken) {
    let pieces = [{ startMs: span.startMs, endMs: span.endMs }];
    for (const t of taken) {
        pieces = pieces.flatMap((p) => {
            if (t.endMs <= p.startMs || t.startMs >= p.endMs)
                return [p];
            const out = [];
            if (t.startMs > p.startMs)
                out.push({ startMs: p.startMs, endMs: t.startMs });
            if (t.endMs < p.endMs)
                out.push({ startMs: t.endMs, endMs: p.endMs });
            return out;
        });
    }
    return pieces.filter((p) => p.endMs > p.startMs);
}
/** Several devices' results summed (the pods of one node, the sockets of one machine). */
function sumSeries(results) {
    const sum = (pick) => results.reduce((total, r) => total + pick(r), 0);
    return {
        spans: results.flatMap((r) => r.spans),
        energyJ: sum((r) => r.energyJ),
        // Devices run side by side: a moment is covered when any of them covers it.
        coveredMs: unionMs(results.flatMap((r) => r.spans)),
        samples: sum((r) => r.samples),
        resets: sum((r) => r.resets),
        bridgedGaps: sum((r) => r.bridgedGaps),
        missedGaps: sum((r) => r.missedGaps),
        longestGapMs: Math.max(0, ...results.map((r) => r.longestGapMs)),
    };
}
function unionMs(spans) {
    const sorted = [...spans].sort((a, b) => a.startMs - b.startMs);
    let total = 0;
    let end = Number.NEGATIVE_INFINITY;
    for (const s of sorted) {
        if (s.endMs <= end)
            continue;
        total += s.endMs - Math.max(s.startMs, end);
        end = s.endMs;
    }
    return total;
}

;// CONCATENATED MODULE: ./src/cluster/dcgm.ts



const DCGM_ENERGY = "DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION";
const DCGM_POWER = "DCGM_FI_DEV_POWER_USAGE";
/** NVML's stated accuracy, which DCGM reads through: the same ±5% as our own NVML readings. */
const LOW_FACTOR = 0.95;
const HIGH_FACTOR = 1.05;
const OWN = new Set([
    "gpu",
    "UUID",
    "uuid",
    "pci_bus_id",
    "device",
    "modelName",
    "Hostname",
    "hostname",
    "GPU_I_PROFILE",
    "GPU_I_ID",
    "DCGM_FI_DRIVER_VERSION",
    "hpc_job",
]);
const SPELLINGS = {
    Hostname: ["Hostname", "hostname"],
    hostname: ["hostname", "Hostname"],
    UUID: ["UUID", "uuid"],
    uuid: ["uuid", "UUID"],
};
const UUID_LABELS = ["UUID", "uuid"];
const NODE_OF = ["Hostname", "hostname", "node", "kubernetes_node", "instance"];
const uuidOf = (labels) => firstLabel(labels, UUID_LABELS);
const dcgm = {
    set: "dcgm",
    candidates(user) {
        const forms = selectorForms(user, (name) => SPELLINGS[name] ?? withExported(name, OWN));
        const candidates = forms.map((matchers) => ({
            set: "dcgm",
            role: "gpu",
            names: [DCGM_ENERGY, DCGM_POWER],
            matchers,
        }));
        return { candidates, dropped: [] };
    },
    value(labels) {
        return labels.__name__ === DCGM_ENERGY
            ? { mode: "counter", joulesPerUnit: 0.001 }
            : { mode: "gauge", joulesPerUnit: 1 };
    },
    node: (labels) => firstLabel(labels, NODE_OF) ?? "unknown node",
    components(series, window) {
        const groups = new Map();
        for (const s of series) {
            const key = uuidOf(s.labels) ?? `${dcgm.node(s.labels)}:${s.labels.gpu ?? "?"}`;
            groups.set(key, [...(groups.get(key) ?? []), s]);
        }
        const components = [];
        let fromPower = 0;
        for (const [key, members] of groups) {
            const counters = members.filter((m) => m.labels.__name__ === DCGM_ENERGY);
            const used = counters.length > 0 ? counters : members;
            if (counters.length === 0)
                fromPower++;
            const result = combineSeries(used.map((m) => m.result));
            const { labels } = used[0];
            const node = dcgm.node(labels);
            const { anomalies, ...facts } = (0,metric_set/* measuredFacts */.Mt)(result, window);
            const instances = new Set(used.map((m) => m.labels.GPU_I_ID).filter((id) => id !== undefined));
            const notes = [
                ...(counters.length === 0
                    ? [`no energy counter for this GPU: ${DCGM_POWER} (W) integrated between samples`]
                    : []),
                ...(instances.size > 0
                    ? [
                        `MIG: the energy is the whole GPU's, work on its other instances included (${instances.size} instance series selected, counted once)`,
                    ]
                    : []),
                ...anomalies,
            ];
            const uuid = uuidOf(labels);
            components.push({
                kind: "gpu",
                device: `${node}:${labels.gpu ?? key}`,
                ...(labels.modelName && { model: labels.modelName }),
                method: "measured",
                source: metric_set/* SOURCE_OF */.GC.dcgm,
                energy_j: result.energyJ,
                low_factor: LOW_FACTOR,
                high_factor: HIGH_FACTOR,
                ...facts,
                node,
                ...(uuid && { uuid }),
                notes,
            });
        }
        components.sort((a, b) => (a.device ?? "").localeCompare(b.device ?? "", "en", { numeric: true }));
        const notes = [
            `prometheus:dcgm: each GPU's own energy, whole GPU (idle included, every process on it), from ${fromPower === components.length
                ? `${DCGM_POWER} (W) integrated between samples`
                : `${DCGM_ENERGY} (mJ)${fromPower > 0 ? `, and ${DCGM_POWER} for ${fromPower} GPUs without it` : ""}`}`,
        ];
        return { components, notes };
    },
};

// EXTERNAL MODULE: ./src/cluster/prometheus-client.ts
var prometheus_client = __webpack_require__(83582);
;// CONCATENATED MODULE: ./src/cluster/fetch-samples.ts
/**
 * Raw samples for one selector over a long window, in chunks a Prometheus answers comfortably: each
 * request is a range selector (`sel[Nms]` evaluated at the chunk's end, so chunks never overlap),
 * sized to about `samplesPerRequest` samples from the density the previous chunk showed. Prometheus's
 * own limit (query.max-samples) shrinks the chunk and the request is sent again. Samples go to `feed`
 * as they arrive and are not kept.
 */

/** query_range's limit per series; kept for raw fetches too, so a proxy enforcing it never refuses. */
const MAX_POINTS_PER_SERIES = 11_000;
const MIN_CHUNK_MS = 1000;
async function fetchSamples(client, plan, range, samplesPerRequest, feed) {
    // Until a chunk shows the real density, assume one sample per second per series (a fast scrape).
    let chunkMs = Math.max(MIN_CHUNK_MS, (samplesPerRequest / Math.max(1, plan.expectedSeries)) * 1000);
    let at = range.fromMs;
    while (at < range.toMs) {
        const end = Math.min(range.toMs, at + chunkMs);
        let result;
        try {
            result = await client.rawSamples(plan.selector, end - at, end);
        }
        catch (error) {
            if ((0,prometheus_client/* isPrometheusError */.fZ)(error) && error.kind === "too-many-samples" && chunkMs / 4 >= MIN_CHUNK_MS) {
                chunkMs /= 4;
                continue;
            }
            throw error;
        }
        let samples = 0;
        for (const series of result) {
            samples += series.values.length;
            feed(series);
        }
        const spanMs = end - at;
        at = end;
        if (samples > 0) {
            const perSeriesPerMs = samples / Math.max(plan.expectedSeries, result.length) / spanMs;
            chunkMs = Math.max(MIN_CHUNK_MS, Math.min(chunkMs * 4, samplesPerRequest / Math.max(plan.expectedSeries, result.length) / perSeriesPerMs, (MAX_POINTS_PER_SERIES * result.length) / (samples / spanMs)));
        }
        else {
            chunkMs *= 4;
        }
    }
}

;// CONCATENATED MODULE: ./src/cluster/kepler.ts
/**
 * Kepler's energy counters (joules). Since 0.10: `kepler_{pod,container,node}_cpu_joules_total` with a
 * `zone` label (package, core, uncore, dram, psys: the zones overlap, so only `package` is CPU and
 * `dram` is RAM, never a sum of zones) and `kepler_{pod,container,node}_gpu_joules_total`; a pod is
 * `pod_name`/`pod_namespace`, a node `node_name`, and a pod that ended turns from `state="running"` to
 * `state="terminated"` (two series, one pod). Before 0.10: `kepler_container_{package,dram,gpu}_joules_total`
 * and `kepler_node_{package,dram,gpu}_joules_total` with `mode="dynamic"|"idle"` and pods as
 * `pod_name`/`container_namespace`. A selector naming pods reads the pod (or container) level, else the
 * node level.
 */




const kepler_OWN = new Set([
    "zone",
    "path",
    "node_name",
    "pod_id",
    "pod_name",
    "pod_namespace",
    "container_id",
    "container_name",
    "container_namespace",
    "runtime",
    "state",
    "mode",
    "gpu",
    "gpu_uuid",
    "gpu_name",
    "vendor",
    "package",
]);
const POD_LABELS = new Set(["pod", "namespace", "pod_name", "pod_namespace", "pod_id"]);
const CONTAINER_LABELS = new Set(["container", "container_name", "container_id", "container_namespace"]);
const bare = (name) => name.replace(/^exported_/, "");
const isNodeLabel = (name) => NODE_LABELS.includes(bare(name));
/** A user label in Kepler's spelling at a level; [] when that level has no such label. */
function spell(level, old, name) {
    const b = bare(name);
    if (isNodeLabel(name)) {
        if (!old)
            return ["node_name", name];
        return level === "node" ? [name, "exported_instance", "instance"] : [name, "instance"];
    }
    if (b === "pod")
        return ["pod_name"];
    if (b === "namespace")
        return [old ? "container_namespace" : "pod_namespace"];
    if (b === "container")
        return level === "pod" ? [] : ["container_name"];
    if (level === "pod" && CONTAINER_LABELS.has(b))
        return [];
    return withExported(name, kepler_OWN);
}
const PREFIX = "kepler_";
const kepler = {
    set: "kepler",
    candidates(user) {
        const names = user.map((m) => bare(m.name));
        const level = names.some((n) => POD_LABELS.has(n))
            ? "pod"
            : names.some((n) => CONTAINER_LABELS.has(n))
                ? "container"
                : "node";
        const candidates = [];
        const dropped = new Set();
        const add = (old, lvl, role, metricNames, extra) => {
            const kept = user.filter((m) => spell(lvl, old, m.name).length > 0);
            for (const m of user)
                if (!kept.includes(m))
                    dropped.add(m.name);
            for (const form of selectorForms(kept, (name) => spell(lvl, old, name))) {
                candidates.push({ set: "kepler", role, names: metricNames, matchers: [...form, ...extra] });
            }
        };
        // 0.10 and later: one CPU metric per level, zones as a label (only package and dram are fetched).
        add(false, level, "cpu", [`${PREFIX}${level}_cpu_joules_total`], [{ name: "zone", op: "=~", value: "package|dram" }]);
        add(false, level, "gpu", [`${PREFIX}${level}_gpu_joules_total`], []);
        // Before 0.10: containers (pods are their labels) and nodes, one metric per component.
        const oldLevel = level === "node" ? "node" : "container";
        add(true, oldLevel, "cpu", [`${PREFIX}${oldLevel}_package_joules_total`, `${PREFIX}${oldLevel}_dram_joules_total`], []);
        add(true, oldLevel, "gpu", [`${PREFIX}${oldLevel}_gpu_joules_total`], []);
        return { candidates, dropped: [...dropped] };
    },
    value: () => ({ mode: "counter", joulesPerUnit: 1 }),
    node: (labels) => firstLabel(labels, ["node_name", "node", "exported_instance", "instance"]) ?? "unknown node",
    components(series, window) {
        // One workload's series over time (running, then terminated) combine; workloads add up per node.
        const workloads = new Map();
        for (const s of series) {
            const kind = kindOf(s.labels);
            if (!kind)
                continue;
            const node = kepler.node(s.labels);
            const { state: _state, ...identity } = s.labels;
            const device = kind === "gpu" && s.labels.gpu_uuid ? `gpu:${s.labels.gpu_uuid}` : kind;
            const key = `${node}\u0000${device}\u0000${signature(identity)}`;
            const entry = workloads.get(key) ?? {
                kind,
                node,
                labels: s.labels,
                results: [],
                names: new Set(),
            };
            entry.names.add(firstLabel(s.labels, ["pod_id", "pod_name", "container_id", "container_name"]) ?? node);
            entry.results.push(s.result);
            workloads.set(key, entry);
        }
        const devices = new Map();
        for (const [key, entry] of workloads) {
            const deviceKey = key.split("\u0000").slice(0, 2).join("\u0000");
            const target = devices.get(deviceKey) ?? { ...entry, results: [], names: new Set() };
            target.results.push(combineSeries(entry.results));
            for (const n of entry.names)
                target.names.add(n);
            devices.set(deviceKey, target);
        }
        const components = [...devices.values()].map((entry) => toComponent(entry, window));
        components.sort((a, b) => (a.device ?? "").localeCompare(b.device ?? "", "en", { numeric: true }) ||
            a.kind.localeCompare(b.kind));
        return { components, notes: [] };
    },
};
function toComponent(entry, window) {
    const result = sumSeries(entry.results);
    const { anomalies, ...facts } = (0,metric_set/* measuredFacts */.Mt)(result, window);
    const uuid = entry.kind === "gpu" ? entry.labels.gpu_uuid : undefined;
    const name = entry.labels.__name__ ?? "";
    const level = name.includes("_pod_") ? "pod" : name.includes("_container_") ? "container" : "node";
    return {
        kind: entry.kind,
        device: uuid ? `${entry.node}:${entry.labels.gpu ?? uuid}` : entry.node,
        ...(uuid && entry.labels.gpu_name && { model: entry.labels.gpu_name }),
        method: "measured",
        source: metric_set/* SOURCE_OF */.GC.kepler,
        energy_j: result.energyJ,
        low_factor: rapl_meter/* PACKAGE_FACTORS */.wv.low,
        high_factor: rapl_meter/* PACKAGE_FACTORS */.wv.high,
        ...facts,
        node: entry.node,
        ...(uuid && { uuid }),
        notes: [counts(entry.kind, level, entry.labels.mode !== undefined, entry.names.size), ...anomalies],
    };
}
function kindOf(labels) {
    const name = labels.__name__ ?? "";
    if (name.endsWith("_gpu_joules_total"))
        return "gpu";
    if (name.endsWith("_package_joules_total"))
        return "cpu";
    if (name.endsWith("_dram_joules_total"))
        return "ram";
    if (name.endsWith("_cpu_joules_total"))
        return labels.zone === "package" ? "cpu" : labels.zone === "dram" ? "ram" : undefined;
    return undefined;
}
/** What Kepler's figure counts, said on every component it gives. */
function counts(kind, level, old, workloads) {
    const what = kind === "cpu"
        ? "CPU package energy (zone package)"
        : kind === "ram"
            ? "DRAM energy (zone dram)"
            : "GPU energy";
    if (level === "node")
        return `Kepler: the whole node's ${what}, idle included`;
    const whose = `${workloads} selected ${level}${workloads === 1 ? "" : "s"}`;
    return old
        ? `Kepler (before 0.10, modes dynamic + idle): the ${what} Kepler apportions to ${whose}; idle energy only where Kepler shares it out`
        : `Kepler: the active ${what} Kepler apportions to ${whose} by CPU time; idle energy is not attributed to ${level}s`;
}

;// CONCATENATED MODULE: ./src/cluster/node-rapl.ts
/**
 * node_exporter's RAPL collector: `node_rapl_<zone>_joules_total{index,path}` per zone and socket, or
 * with --collector.rapl.enable-zone-label one `node_rapl_joules_total{rapl_zone}`. The whole node: every
 * process on it, idle included. Only `package` (CPU) and `dram` (RAM) are read: `core` and `uncore` sit
 * inside `package`, `psys` around it. The same socket read through MSR and MMIO (`intel-rapl-mmio`
 * paths) is one socket. The node is `instance` (kube-prometheus relabels it to the node's name), or
 * `node`/`nodename` where a relabeling adds one.
 */




const node_rapl_OWN = new Set(["index", "path", "rapl_zone"]);
const PER_ZONE = ["node_rapl_package_joules_total", "node_rapl_dram_joules_total"];
const ZONE_LABELLED = "node_rapl_joules_total";
function node_rapl_spell(name) {
    if (NODE_LABELS.includes(name.replace(/^exported_/, "")))
        return [name, "instance", "node"];
    return withExported(name, node_rapl_OWN);
}
const zoneOf = (labels) => labels.rapl_zone ?? /^node_rapl_(\w+)_joules_total$/.exec(labels.__name__ ?? "")?.[1];
const nodeRapl = {
    set: "node-rapl",
    candidates(user) {
        const candidates = [];
        for (const form of selectorForms(user, node_rapl_spell)) {
            candidates.push({ set: "node-rapl", role: "cpu", names: PER_ZONE, matchers: form });
            candidates.push({
                set: "node-rapl",
                role: "cpu",
                names: [ZONE_LABELLED],
                matchers: [...form, { name: "rapl_zone", op: "=~", value: "package|dram" }],
            });
        }
        return { candidates, dropped: [] };
    },
    value: () => ({ mode: "counter", joulesPerUnit: 1 }),
    node(labels) {
        const node = firstLabel(labels, ["node", "nodename", "instance"]) ?? "unknown node";
        // host:port, or [v6]:port, from a plain scrape target: the port is the exporter's, not the machine's.
        return node.replace(/^\[(.+)\]:\d+$/, "$1").replace(/^([^:]+):\d+$/, "$1");
    },
    components(series, window) {
        const sockets = new Map();
        for (const s of series) {
            const zone = zoneOf(s.labels);
            const kind = zone === "package" ? "cpu" : zone === "dram" ? "ram" : undefined;
            if (!kind)
                continue;
            const node = nodeRapl.node(s.labels);
            // MSR and MMIO paths of one socket share its index: the combine counts the socket once.
            const key = `${node}\u0000${kind}\u0000${s.labels.index ?? s.labels.path ?? ""}`;
            const entry = sockets.get(key) ?? { kind, node, results: [] };
            entry.results.push(s);
            sockets.set(key, entry);
        }
        const machines = new Map();
        for (const entry of sockets.values()) {
            const key = `${entry.node}\u0000${entry.kind}`;
            const machine = machines.get(key) ?? { kind: entry.kind, node: entry.node, sockets: [] };
            machine.sockets.push(combineSeries(entry.results.map((r) => r.result)));
            machines.set(key, machine);
        }
        const components = [...machines.values()].map((m) => {
            const result = sumSeries(m.sockets);
            const { anomalies, ...facts } = (0,metric_set/* measuredFacts */.Mt)(result, window);
            const factors = m.kind === "cpu" ? rapl_meter/* PACKAGE_FACTORS */.wv : rapl_meter/* DRAM_FACTORS */.ge;
            const zone = m.kind === "cpu" ? "package" : "dram";
            return {
                kind: m.kind,
                device: m.node,
                method: "measured",
                source: metric_set/* SOURCE_OF */.GC["node-rapl"],
                energy_j: result.energyJ,
                low_factor: factors.low,
                high_factor: factors.high,
                ...facts,
                node: m.node,
                notes: [
                    `node_exporter RAPL: the whole node's ${zone} energy (${m.sockets.length} socket${m.sockets.length === 1 ? "" : "s"}), every process on it, idle included`,
                    ...anomalies,
                ],
            };
        });
        components.sort((a, b) => (a.device ?? "").localeCompare(b.device ?? "", "en", { numeric: true }) ||
            a.kind.localeCompare(b.kind));
        return { components, notes: [] };
    },
};

// EXTERNAL MODULE: ./src/cluster/selector.ts
var cluster_selector = __webpack_require__(76833);
;// CONCATENATED MODULE: ./src/cluster/measure-prometheus.ts









const MODULES = { dcgm: dcgm, kepler: kepler, "node-rapl": nodeRapl };
const MIN_WAIT_MS = 5000;
/** About this many samples per request: a few MB of JSON, answered in well under a second. */
const SAMPLES_PER_REQUEST = 50_000;
/** Nothing matched, or nothing inside the window: not measured, never 0 g. */
class NothingMeasured extends Error {
}
async function measurePrometheus(query, options) {
    const { client, maxWaitMs } = options;
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const budget = options.samplesPerRequest ?? SAMPLES_PER_REQUEST;
    const { window } = query;
    const notes = [];
    const plans = query.metrics.map((set) => ({
        module: MODULES[set],
        ...MODULES[set].candidates(query.selector),
    }));
    const candidates = plans.flatMap((p) => p.candidates);
    const range = { fromMs: window.fromMs - LOOKBACK_MS, toMs: window.toMs + LOOKBACK_MS };
    const found = await discover(client, candidates, range);
    for (const plan of plans) {
        if (plan.dropped.length > 0 && plan.candidates.some((c) => found.get(c)?.length)) {
            notes.push(`${plan.module.set}: its series carry no ${plan.dropped.join(", ")} label; that matcher is not applied to them`);
        }
    }
    const fetches = planFetches(found, notes);
    const integrators = new Map();
    const feed = (module) => (series) => {
        const key = signature(series.metric);
        let entry = integrators.get(key);
        if (!entry) {
            const value = module.value(series.metric);
            entry = {
                module,
                labels: series.metric,
                it: new SeriesIntegrator(value.mode, window, value.joulesPerUnit),
            };
            integrators.set(key, entry);
        }
        for (const [t, v] of series.values)
            entry.it.add(Math.round(t * 1000), Number(v));
    };
    let fetchedTo = Math.min(range.toMs, now());
    for (const f of fetches) {
        await fetchSamples(client, f, { fromMs: range.fromMs, toMs: fetchedTo }, budget, feed(f.module));
    }
    // The last scrape before the command ended rarely covers its end: wait, briefly, for the next one.
    const waiting = () => [...integrators.values()].filter(({ it }) => {
        const r = it.result();
        return (r.lastMs !== undefined &&
            r.intervalMs !== undefined &&
            r.lastMs < window.toMs &&
            r.lastMs >= window.toMs - GAP_INTERVALS * r.intervalMs);
    });
    let pending = maxWaitMs > 0 ? waiting() : [];
    if (pending.length > 0) {
        const interval = Math.max(...pending.map(({ it }) => it.result().intervalMs ?? 0));
        // Two scrape intervals; a fast scrape still gets a few seconds for Prometheus to ingest it.
        const deadline = window.toMs + Math.min(maxWaitMs, Math.max(2 * interval + 1000, MIN_WAIT_MS));
        while (pending.length > 0 && now() < deadline) {
            await sleep(Math.max(100, Math.min(interval / 2, deadline - now(), 5000)));
            const until = now();
            for (const f of fetches) {
                await fetchSamples(client, f, { fromMs: fetchedTo, toMs: until }, budget, feed(f.module));
            }
            fetchedTo = until;
            pending = waiting();
        }
    }
    const warnings = [];
    if (pending.length > 0) {
        warnings.push(`${pending.length} series had no sample after the window's end (${isoSeconds(window.toMs)}) within ${Math.round(Math.min(maxWaitMs, Math.max(0, now() - window.toMs)) / 1000)} s: their time since the last sample is not counted`);
    }
    const components = [];
    const seriesPerNode = new Map();
    for (const module of new Set(fetches.map((f) => f.module))) {
        const series = [...integrators.values()]
            .filter((e) => e.module === module)
            .map((e) => ({ labels: e.labels, result: e.it.result() }));
        for (const s of series) {
            const node = module.node(s.labels);
            seriesPerNode.set(node, (seriesPerNode.get(node) ?? 0) + 1);
        }
        const outcome = module.components(series, window);
        components.push(...outcome.components);
        notes.push(...outcome.notes);
    }
    if (components.length === 0 || components.every((c) => (c.coverage ?? 0) === 0)) {
        const names = [...new Set(candidates.flatMap((c) => c.names))].join(", ");
        throw new NothingMeasured(components.length === 0
            ? `no series matched ${query.selectorText} between ${isoSeconds(window.fromMs)} and ${isoSeconds(window.toMs)} (looked for ${names})`
            : `${components.length} devices matched ${query.selectorText}, but none has samples inside ${isoSeconds(window.fromMs)}..${isoSeconds(window.toMs)}`);
    }
    const nodes = [...seriesPerNode].map(([node, count]) => {
        const own = components.filter((c) => c.node === node);
        const coverage = own.length ? own.reduce((sum, c) => sum + (c.coverage ?? 0), 0) / own.length : 0;
        return { node, series: count, coverage };
    });
    nodes.sort((a, b) => a.node.localeCompare(b.node, "en", { numeric: true }));
    const low = nodes.filter((n) => n.coverage < 0.9);
    if (low.length > 0) {
        const list = low
            .slice(0, 5)
            .map((n) => `${n.node} ${Math.round(n.coverage * 100)}%`)
            .join(", ");
        warnings.push(`remote samples cover less than 90% of the window on ${low.length} of ${nodes.length} nodes (${list}${low.length > 5 ? ", ..." : ""}): pods that started late or ended early, or missed scrapes; the energy outside the samples is not counted`);
    }
    return { components, notes: [...notes, ...warnings], warnings, nodes };
}
async function discover(client, candidates, range) {
    const selectors = candidates.map((c) => (0,cluster_selector/* renderSelector */.MX)((0,metric_set/* candidateMatchers */.BS)(c)));
    const series = await client.series([...new Set(selectors)], range.fromMs, range.toMs);
    const found = new Map();
    for (const labels of series) {
        const named = candidates.filter((c) => c.names.includes(labels.__name__));
        // Local matching tells the forms apart; where it cannot (a regex JS reads differently), the series
        // still belongs to its metric's first form: Prometheus matched it.
        const owners = named.filter((c) => (0,cluster_selector/* matches */.cK)(c.matchers, labels));
        for (const c of owners.length > 0 ? owners : named.slice(0, 1))
            found.set(c, [...(found.get(c) ?? []), labels]);
    }
    return found;
}
/** What to fetch: every form that found series, for the metric names it found, best sources first. */
function planFetches(found, notes) {
    const has = (test) => [...found].some(([c, s]) => test(c) && s.length > 0);
    const gpuFromDcgm = has((c) => c.set === "dcgm");
    const cpuFromKepler = has((c) => c.set === "kepler" && c.role === "cpu");
    const withCounter = new Set();
    for (const [c, series] of found) {
        if (c.set !== "dcgm")
            continue;
        for (const labels of series) {
            const uuid = UUID_LABELS.map((l) => labels[l]).find(Boolean);
            if (labels.__name__ === DCGM_ENERGY && uuid)
                withCounter.add(uuid);
        }
    }
    const fetches = [];
    let skippedGpu = false;
    let skippedRapl = false;
    for (const [c, series] of found) {
        if (series.length === 0)
            continue;
        if (c.set !== "dcgm" && c.role === "gpu" && gpuFromDcgm) {
            skippedGpu = true;
            continue;
        }
        if (c.set === "node-rapl" && cpuFromKepler) {
            skippedRapl = true;
            continue;
        }
        const module = MODULES[c.set];
        const names = [...new Set(series.map((s) => s.__name__))];
        if (c.set === "dcgm") {
            fetches.push(...dcgmFetches(c, series, withCounter));
            continue;
        }
        fetches.push({
            module,
            selector: (0,cluster_selector/* renderSelector */.MX)((0,metric_set/* candidateMatchers */.BS)(c, names)),
            expectedSeries: series.length,
        });
    }
    if (skippedGpu)
        notes.push("GPUs from DCGM; Kepler's GPU joules for the same GPUs are not counted again");
    if (skippedRapl) {
        notes.push("CPU and RAM from Kepler; node_exporter's RAPL series (the same CPUs, whole node) are not counted again");
    }
    return fetches;
}
/** The energy counter wherever a GPU has one; the power gauge only for the GPUs without. */
function dcgmFetches(c, series, withCounter) {
    const fetches = [];
    const counters = series.filter((s) => s.__name__ === DCGM_ENERGY);
    if (counters.length > 0) {
        fetches.push({
            module: dcgm,
            selector: (0,cluster_selector/* renderSelector */.MX)((0,metric_set/* candidateMatchers */.BS)(c, [DCGM_ENERGY])),
            expectedSeries: counters.length,
        });
    }
    const gauges = series.filter((s) => s.__name__ === DCGM_POWER);
    const lacking = gauges.filter((s) => !UUID_LABELS.some((l) => s[l] && withCounter.has(s[l])));
    if (lacking.length === 0)
        return fetches;
    const base = (0,metric_set/* candidateMatchers */.BS)(c, [DCGM_POWER]);
    if (lacking.length === gauges.length) {
        fetches.push({ module: dcgm, selector: (0,cluster_selector/* renderSelector */.MX)(base), expectedSeries: lacking.length });
        return fetches;
    }
    for (const label of UUID_LABELS) {
        const uuids = [...new Set(lacking.map((s) => s[label]).filter(Boolean))];
        if (uuids.length === 0)
            continue;
        const only = { name: label, op: "=~", value: (0,cluster_selector/* alternation */.Ql)(uuids) };
        fetches.push({ module: dcgm, selector: (0,cluster_selector/* renderSelector */.MX)([...base, only]), expectedSeries: uuids.length });
    }
    return fetches;
}

;// CONCATENATED MODULE: ./src/cluster/remote.ts




const EMPTY_REMOTE = {
    components: [],
    notes: [],
    warnings: [],
    records: [],
    nodeCount: 0,
};
/** Throws nothing for Prometheus's trouble: an unmeasured remote part is a record that says why. */
async function measurePrometheusRemote(spec, window, deps) {
    const client = new prometheus_client/* PrometheusClient */.Sx({
        target: spec.target,
        ...(deps.env.prometheusAuth && { auth: deps.env.prometheusAuth }),
        ...(deps.sleep && { sleep: deps.sleep }),
    });
    deps.onClient?.(client);
    const base = {
        source: "prometheus",
        target: spec.target.host,
        selector: spec.selectorText,
        status: "measured",
        from: isoSeconds(window.fromMs),
        to: isoSeconds(window.toMs),
    };
    try {
        const measured = await measurePrometheus({ selector: spec.selector, selectorText: spec.selectorText, metrics: spec.metrics, window }, {
            client,
            maxWaitMs: deps.env.remoteWaitMs,
            ...(deps.now && { now: deps.now }),
            ...(deps.sleep && { sleep: deps.sleep }),
            ...(deps.samplesPerRequest && { samplesPerRequest: deps.samplesPerRequest }),
        });
        const coverage = measured.components.reduce((sum, c) => sum + (c.coverage ?? 0), 0) / measured.components.length;
        return {
            components: measured.components,
            notes: measured.notes,
            warnings: measured.warnings,
            records: [{ ...base, coverage, nodes: measured.nodes }],
            nodeCount: measured.nodes.length,
        };
    }
    catch (error) {
        if (!(error instanceof NothingMeasured) && !(0,prometheus_client/* isPrometheusError */.fZ)(error))
            throw error;
        const cause = error instanceof NothingMeasured ? "nothing-matched" : "server";
        return prometheusNotMeasured(spec, window, cause, error.message);
    }
}
function prometheusNotMeasured(spec, window, cause, reason) {
    return {
        ...EMPTY_REMOTE,
        unmeasured: { cause, reason },
        notes: [`remote energy (Prometheus) not measured: ${reason}`],
        warnings: [`remote energy (Prometheus) not measured: ${reason}`],
        records: [
            {
                source: "prometheus",
                target: spec.target.host,
                ...(spec.selectorText && { selector: spec.selectorText }),
                status: "not-measured",
                reason,
                from: isoSeconds(window.fromMs),
                to: isoSeconds(window.toMs),
            },
        ],
    };
}
const UUID_IN_DEVICE = /^\d+:(GPU-[0-9a-fA-F-]+|MIG-[0-9a-fA-F-]+)$/;
/**
 * This machine's components and the remote ones: a GPU seen by both (same UUID: the runner is itself
 * a cluster node) is counted once, from the local sensor, which read it over exactly the step's window.
 */
function withRemote(local, remote) {
    const localUuids = new Set();
    const components = local.map((c) => {
        const uuid = c.kind === "gpu" ? (c.uuid ?? UUID_IN_DEVICE.exec(c.device ?? "")?.[1]) : undefined;
        if (!uuid)
            return c;
        localUuids.add(uuid);
        return { ...c, uuid };
    });
    const twice = remote.components.filter((c) => c.uuid && localUuids.has(c.uuid));
    components.push(...remote.components.filter((c) => !twice.includes(c)));
    const notes = [...remote.notes];
    if (twice.length > 0) {
        notes.push(`${twice.length} GPU${twice.length === 1 ? "" : "s"} seen by this machine's sensors and through ${twice[0].source} (${twice.map((c) => c.uuid).join(", ")}): counted once, from this machine`);
    }
    return { components, notes };
}
/**
 * The report's one step gets the remote records; the hardware and its fingerprint get the remote
 * machines and the GPUs the work held that no component counts.
 */
function attachRemote(report, remote) {
    if (remote.records.length === 0)
        return report;
    const gpus = new Map(report.hardware.gpus.map((g) => [g.model, g.count]));
    for (const held of remote.heldGpus ?? [])
        gpus.set(held.model, (gpus.get(held.model) ?? 0) + held.count);
    const hardware = {
        ...report.hardware,
        gpus: [...gpus].map(([model, count]) => ({ model, count })),
        ...(remote.nodeCount > 0 && { nodes: remote.nodeCount }),
    };
    return {
        ...report,
        hardware: { ...hardware, fingerprint: (0,fingerprint/* hardwareFingerprint */.l)(hardware) },
        steps: report.steps.map((step) => ({ ...step, remote: [...(step.remote ?? []), ...remote.records] })),
    };
}
/** Two sources' results as one (Prometheus and Slurm for the same step). */
function joinRemote(a, b) {
    return {
        components: [...a.components, ...b.components],
        notes: [...a.notes, ...b.notes],
        warnings: [...a.warnings, ...b.warnings],
        records: [...a.records, ...b.records],
        nodeCount: Math.max(a.nodeCount, b.nodeCount),
        ...((a.heldGpus || b.heldGpus) && { heldGpus: [...(a.heldGpus ?? []), ...(b.heldGpus ?? [])] }),
    };
}

;// CONCATENATED MODULE: ./src/cluster/measure-remote.ts
/**
 * A step's remote part from every source asked, over the step's window, with nothing counted twice:
 * when Slurm's figure covers a kind of device (RAPL: CPU and DRAM; IPMI: the whole node), the same
 * kind from Prometheus is left out and said so. The entry point `run` and the action's measure step
 * share; it throws nothing for the cluster's trouble.
 */





const NO_SLURM = { result: EMPTY_REMOTE };
/** Slurm's accounting lags the job's end by a moment; past this, the job was not waited for. */
const SLURM_WAIT_MS = 15_000;
/**
 * Slurm first when asked: its job's own window (the queue left out) is then Prometheus's too, and a
 * Prometheus part without a selector reads the job's GPUs by DCGM's `hpc_job` label.
 */
async function measureRemote(spec, window, deps) {
    const slurm = spec.slurm
        ? spec.slurm.measured
            ? slurmOutcome(spec.slurm.measured)
            : await measureSlurmRemote(spec.slurm, deps)
        : NO_SLURM;
    const prometheus = spec.prometheus
        ? await prometheusFor(spec.prometheus, slurm, window, deps)
        : EMPTY_REMOTE;
    if (!slurm.measured)
        return joinRemote(prometheus, slurm.result);
    const kept = leaveOut(prometheus, slurm.measured.plugin);
    const gpus = kept.components.filter((c) => c.kind === "gpu");
    // Unless DCGM's components count the job's GPUs, Slurm's allocation names them for the hardware.
    if (gpus.length === 0)
        return joinRemote(kept, { ...slurm.result, heldGpus: heldGpus(slurm.measured.job) });
    // The note on Slurm's figure says where the job's GPUs were counted, rather than how to add them.
    const { job, plugin, fromExtern } = slurm.measured;
    const rewritten = slurmComponent(job, plugin, fromExtern, { source: gpus[0].source, count: gpus.length });
    return joinRemote(kept, { ...slurm.result, components: [rewritten] });
}
function prometheusFor(spec, slurm, window, deps) {
    const job = slurm.measured?.job.job;
    const jobWindow = job?.start && job.end ? { fromMs: job.start.getTime(), toMs: job.end.getTime() } : undefined;
    if (spec.selector.length > 0)
        return measurePrometheusRemote(spec, jobWindow ?? window, deps);
    if (!job || !jobWindow) {
        const reason = "no Slurm job was measured, so there is no hpc_job to select its GPUs by; give a selector (--selector, or the action's prometheus-selector input)";
        return Promise.resolve(prometheusNotMeasured(spec, window, "nothing-matched", reason));
    }
    const selector = [{ name: "hpc_job", op: "=", value: job.jobId }];
    return measurePrometheusRemote({ ...spec, selector, selectorText: (0,cluster_selector/* renderSelector */.MX)(selector) }, jobWindow, deps);
}
function slurmOutcome(measured) {
    return {
        measured,
        result: {
            components: [measured.component],
            notes: [],
            warnings: [],
            records: [measured.record],
            nodeCount: measured.job.job.nodes,
        },
    };
}
async function measureSlurmRemote(spec, deps) {
    const ref = spec.jobId ? { id: spec.jobId } : spec.scanned;
    const notMeasured = (target, reason) => ({
        result: {
            ...EMPTY_REMOTE,
            notes: [`remote energy (Slurm) not measured: ${reason}`],
            warnings: [`remote energy (Slurm) not measured: ${reason}`],
            records: [{ source: "slurm", target, status: "not-measured", reason }],
        },
    });
    if (!ref) {
        return notMeasured("", "no job id in the command's output (sbatch prints `Submitted batch job N`, or `N` with --parsable); name the job with --slurm-job ID (in the action, slurm: ID)");
    }
    try {
        const measured = await measureSlurmJob(ref, {
            path: deps.env.path,
            waitMs: Math.min(SLURM_WAIT_MS, deps.env.remoteWaitMs),
            ...(deps.sleep && { sleep: deps.sleep }),
            ...(deps.now && { now: deps.now }),
        });
        return slurmOutcome(measured);
    }
    catch (error) {
        if (!(error instanceof SlurmProblem))
            throw error;
        return notMeasured(ref.id, error.message);
    }
}
/** The Prometheus components of the kinds Slurm's figure already holds, moved to a note. */
function leaveOut(prometheus, plugin) {
    const covered = (c) => (c.kind === "gpu" && plugin.covers.gpu) ||
        (c.kind === "cpu" && plugin.covers.cpu) ||
        (c.kind === "ram" && plugin.covers.ram);
    const out = prometheus.components.filter(covered);
    if (out.length === 0)
        return prometheus;
    const kinds = [...new Set(out.map((c) => c.kind.toUpperCase()))].join(", ");
    const kwh = (0,units/* joulesToKwh */.em)(out.reduce((sum, c) => sum + c.energy_j, 0));
    return {
        ...prometheus,
        components: prometheus.components.filter((c) => !covered(c)),
        notes: [
            ...prometheus.notes,
            `${kinds} from Prometheus (${kwh.toFixed(3)} kWh over ${out.length} devices) not added: Slurm's figure already holds them (${plugin.what})`,
        ],
    };
}

// EXTERNAL MODULE: ./src/report/measured-report.ts + 5 modules
var measured_report = __webpack_require__(28357);
;// CONCATENATED MODULE: ./src/pipeline/account-step.ts



async function accountStep(plan, name, measured, hooks, scannedJob) {
    const { settings } = plan;
    const remote = await measureRemoteFor(plan, measured, hooks, scannedJob);
    const run = hooks.run();
    const intensity = await plan.intensity;
    const report = (0,measured_report/* reportForMeasured */._)(remote.measured, {
        step: name,
        declared: settings.declared,
        pue: plan.pue,
        intensity,
        embodied: settings.embodied,
        ...(settings.unit && { unit: settings.unit }),
        run,
    });
    return remote.attach(report);
}
/**
 * The work the command launched elsewhere (`prometheus`, `slurm`), over the command's window, joined
 * to what this machine measured; `attach` adds the remote records and machines to the report.
 */
async function measureRemoteFor(plan, measured, hooks, scannedJob) {
    const { prometheus, slurm } = plan.settings;
    if (!prometheus && !slurm)
        return { measured, attach: (report) => report };
    if (hooks.announceRemote)
        hooks.log("reading the remote part of the step (the cluster's own energy figures)");
    const remote = await measureRemote({
        ...(prometheus && { prometheus }),
        ...(slurm && { slurm: { ...slurm, ...(scannedJob && { scanned: scannedJob }) } }),
    }, { fromMs: measured.startedAt.getTime(), toMs: measured.endedAt.getTime() }, { env: plan.env });
    for (const warning of remote.warnings)
        hooks.log(`warning: ${warning}`);
    const joined = withRemote(measured.components, remote);
    return {
        measured: { ...measured, components: joined.components, notes: [...measured.notes, ...joined.notes] },
        attach: (report) => attachRemote(report, remote),
    };
}


/***/ })

};
