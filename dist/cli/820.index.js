export const id = 820;
export const ids = [820];
export const modules = {

/***/ 7080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rf: () => (/* binding */ parseFunctionalUnit),
/* harmony export */   ZN: () => (/* binding */ sciPerUnit),
/* harmony export */   uO: () => (/* binding */ checkFunctionalUnit)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * The Software Carbon Intensity rate, SCI = (O + M) / R (Green Software Foundation, ISO/IEC 21031:2024):
 * a step's operational plus embodied grams per functional unit R that the step declares (samples,
 * tokens, epochs). A rate, so runs of different sizes compare.
 */

/** Same bounds as the report schema, so a unit that passes here is never rejected on read. */
const MAX_NAME_LENGTH = 100;
/** Throws on a unit the report could not carry; callers turn user input into one before this. */
function checkFunctionalUnit(unit) {
    if (unit.name.trim() === "" || unit.name.length > MAX_NAME_LENGTH) {
        throw new RangeError(`functional unit: name must be 1 to ${MAX_NAME_LENGTH} characters, got "${unit.name}"`);
    }
    if (!Number.isFinite(unit.count) || unit.count <= 0) {
        throw new RangeError(`functional unit: count of ${unit.name} must be a finite number > 0, got ${unit.count}`);
    }
    return unit;
}
/** (O + M) / R in grams per unit. */
function sciPerUnit(co2eGrams, unit) {
    return co2eGrams / checkFunctionalUnit(unit).count;
}
/** `unit: samples=50000`: a functional unit for SCI (g per unit). */
function parseFunctionalUnit(input, text) {
    const match = /^([A-Za-z][\w-]{0,49})\s*=\s*([0-9.eE+]+)$/.exec(text.trim());
    const count = match ? Number(match[2]) : Number.NaN;
    if (!match || !Number.isFinite(count) || count <= 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, text, "use NAME=COUNT with a positive count, e.g. samples=50000 or epoch=3");
    }
    return { name: match[1], count };
}


/***/ }),

/***/ 4820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMeasured: () => (/* binding */ runMeasured)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/report/schema.ts
var schema = __webpack_require__(1327);
;// CONCATENATED MODULE: ./src/baseline/local-store.ts
/**
 * The embedded on-disk history: `.carbon-budget/v1/<branch>/<sha>/<run id>.json`, one report a file,
 * written once. Anything unreadable in it is reported and skipped, never fatal and never deleted: the
 * history is the user's data.
 */



const STORE_DIR = ".carbon-budget";
const LAYOUT = "v1";
/** Keys for runs outside git, or on a detached HEAD. */
const NO_BRANCH = "_detached";
const NO_COMMIT = "_no-commit";
const encode = (segment) => encodeURIComponent(segment);
function readStore(root) {
    const base = (0,external_node_path_.join)(root, STORE_DIR, LAYOUT);
    const runs = [];
    const skipped = [];
    // Only folders belong above the report files, and only files in the commit folders.
    const folders = (dir) => listDir(dir).filter((entry) => {
        const path = (0,external_node_path_.join)(dir, entry.name);
        const folder = entry.isDirectory() || (entry.isSymbolicLink() && isFolder(path));
        if (!folder)
            skipped.push(`${path}: not a branch or commit folder (ignored)`);
        return folder;
    });
    for (const branchDir of folders(base)) {
        for (const shaDir of folders((0,external_node_path_.join)(base, branchDir.name))) {
            for (const file of listDir((0,external_node_path_.join)(base, branchDir.name, shaDir.name))) {
                const path = (0,external_node_path_.join)(base, branchDir.name, shaDir.name, file.name);
                if (!file.name.endsWith(".json") || file.isDirectory()) {
                    skipped.push(`${path}: not a report file (ignored)`);
                    continue;
                }
                try {
                    const key = { branch: decodeURIComponent(branchDir.name), sha: decodeURIComponent(shaDir.name) };
                    runs.push({ ...key, report: (0,schema/* parseReport */.MM)((0,external_node_fs_.readFileSync)(path, "utf8"), path) });
                }
                catch (error) {
                    // parseReport names the file itself; fs and URI errors may not.
                    const message = error.message;
                    skipped.push(`${message.startsWith(path) ? message : `${path}: ${message}`} (skipped, left in place)`);
                }
            }
        }
    }
    return { runs, skipped };
}
function isFolder(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function listDir(path) {
    try {
        return (0,external_node_fs_.readdirSync)(path, { withFileTypes: true })
            .filter((entry) => !entry.name.startsWith("."))
            .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
    catch {
        return [];
    }
}
/** Writes through a temporary file and a rename, so a crash never leaves half a report behind. */
function writeRun(root, key, report) {
    const dir = (0,external_node_path_.join)(root, STORE_DIR, LAYOUT, encode(key.branch ?? NO_BRANCH), encode(key.sha ?? NO_COMMIT));
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    // Like pytest's cache: the history is local state, kept out of commits unless the user opts in.
    const ignore = (0,external_node_path_.join)(root, STORE_DIR, ".gitignore");
    if (!(0,external_node_fs_.existsSync)(ignore))
        (0,external_node_fs_.writeFileSync)(ignore, "# created by carbon-budget: local run history\n*\n");
    const path = (0,external_node_path_.join)(dir, `${encode(report.run.id)}.json`);
    const temporary = `${path}.${process.pid}.tmp`;
    (0,external_node_fs_.writeFileSync)(temporary, `${JSON.stringify(report, null, 2)}\n`);
    (0,external_node_fs_.renameSync)(temporary, path);
    return path;
}

;// CONCATENATED MODULE: ./src/baseline/select.ts
/** An unparseable time sorts oldest: NaN would lose every comparison and so keep the first run found. */
const endedAt = (run) => {
    const time = Date.parse(run.report.run.ended_at);
    return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
};
const latest = (runs) => runs.reduce((best, run) => (best === undefined || endedAt(run) > endedAt(best) ? run : best), undefined);
function selectBaseline(runs, where) {
    const candidates = runs.filter((run) => run.report.run.id !== where.excludeRunId && run.report.steps.some((s) => s.name === where.step));
    if (where.mergeBase) {
        const onMergeBase = latest(candidates.filter((run) => run.sha === where.mergeBase));
        if (onMergeBase)
            return { run: onMergeBase, why: "merge-base" };
    }
    const onBranch = latest(candidates.filter((run) => run.branch === where.branch));
    return onBranch ? { run: onBranch, why: "same-branch" } : undefined;
}

// EXTERNAL MODULE: ./src/budget/from-config.ts + 2 modules
var from_config = __webpack_require__(3756);
// EXTERNAL MODULE: ./src/carbon/intensity.ts + 2 modules
var intensity = __webpack_require__(4539);
;// CONCATENATED MODULE: ./src/carbon/pue.ts
function choosePue(given, intensity) {
    if (given !== undefined)
        return { value: given };
    if (intensity.pue) {
        return {
            value: intensity.pue.value,
            note: `PUE ${intensity.pue.value} for ${intensity.location ?? "this region"}: ${intensity.pue.source}`,
        };
    }
    return { value: 1, note: "PUE 1.0 assumed (IT energy only); give the data centre's PUE with --pue" };
}

// EXTERNAL MODULE: ./src/compare/compare.ts
var compare = __webpack_require__(6832);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/git/local.ts
/** What the local git checkout says about where we are: the only place the CLI asks git. */

function git(cwd, args) {
    try {
        return (0,external_node_child_process_.execFileSync)("git", args, { cwd, stdio: ["ignore", "pipe", "ignore"], encoding: "utf8" }).trim();
    }
    catch {
        return undefined;
    }
}
function readGitPosition(cwd) {
    const root = git(cwd, ["rev-parse", "--show-toplevel"]);
    if (!root)
        return { root: cwd, dirty: false };
    const sha = git(root, ["rev-parse", "--verify", "-q", "HEAD"]);
    const branch = git(root, ["symbolic-ref", "--short", "-q", "HEAD"]);
    const defaultBranch = findDefaultBranch(root);
    const mergeBase = sha && defaultBranch ? git(root, ["merge-base", "HEAD", `refs/heads/${defaultBranch}`]) : undefined;
    const status = git(root, ["status", "--porcelain", "--untracked-files=no"]);
    return {
        root,
        ...(branch && { branch }),
        ...(sha && { sha }),
        ...(defaultBranch && { defaultBranch }),
        ...(mergeBase && { mergeBase }),
        dirty: Boolean(status),
    };
}
function findDefaultBranch(root) {
    const remoteHead = git(root, ["symbolic-ref", "--short", "-q", "refs/remotes/origin/HEAD"]);
    if (remoteHead) {
        const name = remoteHead.replace(/^origin\//, "");
        if (git(root, ["rev-parse", "--verify", "-q", `refs/heads/${name}`]))
            return name;
    }
    for (const candidate of ["main", "master", "trunk", "develop"]) {
        if (git(root, ["rev-parse", "--verify", "-q", `refs/heads/${candidate}`]))
            return candidate;
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/measure/command.ts
/**
 * Runs the wrapped command as if we were not there: it inherits stdin, stdout and stderr, receives the
 * SIGINT/SIGTERM we receive, and its exit code becomes ours. A command that cannot be started is
 * exit 127, as in a shell, with the reason.
 */


const FORWARDED = ["SIGINT", "SIGTERM", "SIGHUP"];
function runCommand(command, args, options = {}) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(command, args, { stdio: "inherit", env: options.env ?? process.env });
        const forward = (signal) => {
            // On a TTY the terminal sends SIGINT to the whole process group, the child included; sending
            // it again is harmless, and it is what delivers it when only we were signalled (CI cancel).
            if (child.exitCode === null && child.signalCode === null)
                child.kill(signal);
        };
        for (const signal of FORWARDED)
            process.on(signal, forward);
        const cleanup = () => {
            for (const signal of FORWARDED)
                process.off(signal, forward);
        };
        child.once("spawn", () => options.onSpawn?.());
        child.once("error", (error) => {
            cleanup();
            const notFound = error.code === "ENOENT";
            resolve({
                exitCode: notFound ? 127 : error.code === "EACCES" ? 126 : 1,
                error: notFound
                    ? `command not found: ${command} (not on PATH, or no such file)`
                    : `cannot run ${command}: ${error.message}`,
            });
        });
        child.once("exit", (code, signal) => {
            cleanup();
            if (signal) {
                // A shell reports death by signal N as 128 + N; CI systems and users expect the same from us.
                resolve({ exitCode: 128 + (external_node_os_.constants.signals[signal] ?? 0), signal });
            }
            else {
                resolve({ exitCode: code ?? 1 });
            }
        });
    });
}

;// CONCATENATED MODULE: ./src/measure/extend.ts
function extendToWindow(component, measuredMs, unmeasuredMs) {
    if (unmeasuredMs <= 0)
        return component;
    if (measuredMs <= 0) {
        return {
            ...component,
            notes: [
                ...component.notes,
                "the command ended before this sensor's first reading: its energy is not counted",
            ],
        };
    }
    const averageW = component.energy_j / (measuredMs / 1000);
    const addedJ = averageW * (unmeasuredMs / 1000);
    return {
        ...component,
        energy_j: component.energy_j + addedJ,
        notes: [
            ...component.notes,
            `first ${(unmeasuredMs / 1000).toFixed(2)} s, before the sensor was ready, counted at the average ${averageW.toFixed(1)} W`,
        ],
    };
}

;// CONCATENATED MODULE: ./src/measure/sampler.ts
const monotonicMs = () => performance.now();
async function startSampling(options) {
    const clock = options.clock ?? monotonicMs;
    const startMs = clock();
    const notes = [];
    const live = [];
    for (const meter of options.meters) {
        try {
            await meter.start(startMs);
            live.push(meter);
        }
        catch (error) {
            notes.push(`${meter.source} (${meter.kind}) failed to start: ${error.message}`);
        }
    }
    let lastProgressMs = startMs;
    let lastTickMs = startMs;
    const gaps = { count: 0, longestMs: 0 };
    const tick = () => {
        const now = clock();
        // A late tick means the machine or our event loop stalled; counters still cover it, but sampled
        // sources bridged it with a straight line, so the report says so.
        if (now - lastTickMs > 3 * options.intervalMs) {
            gaps.count += 1;
            gaps.longestMs = Math.max(gaps.longestMs, now - lastTickMs);
        }
        lastTickMs = now;
        for (const meter of live) {
            try {
                meter.poll(now);
            }
            catch (error) {
                // A bad read must not stop the others or the run; the meter reports its own gaps.
                const message = `${meter.source} (${meter.kind}) poll failed: ${error.message}`;
                if (!notes.includes(message))
                    notes.push(message);
            }
        }
        if (options.onProgress && now - lastProgressMs >= (options.progressEveryMs ?? options.intervalMs)) {
            lastProgressMs = now;
            options.onProgress(currentProgress(live, now - startMs));
        }
    };
    const timer = setInterval(tick, options.intervalMs);
    timer.unref();
    return {
        async finish() {
            clearInterval(timer);
            const now = clock();
            if (gaps.count > 0) {
                notes.push(`${gaps.count} sampling gap${gaps.count === 1 ? "" : "s"} over 3x the ${options.intervalMs} ms interval ` +
                    `(longest ${(gaps.longestMs / 1000).toFixed(1)} s): the machine or the sampler stalled`);
            }
            const components = [];
            for (const meter of live) {
                try {
                    components.push(...(await meter.finish(now)));
                }
                catch (error) {
                    notes.push(`${meter.source} (${meter.kind}) failed at the end: ${error.message}`);
                }
            }
            return { components, notes };
        },
    };
}
function currentProgress(meters, elapsedMs) {
    let energyJ = 0;
    let powerW;
    for (const meter of meters) {
        const snapshot = meter.snapshot?.();
        if (!snapshot)
            continue;
        energyJ += snapshot.energy_j;
        if (snapshot.power_w !== undefined)
            powerW = (powerW ?? 0) + snapshot.power_w;
    }
    return { elapsedS: elapsedMs / 1000, energyJ, ...(powerW !== undefined && { powerW }) };
}

// EXTERNAL MODULE: ./src/hardware/cpus.ts + 1 modules
var cpus = __webpack_require__(2269);
;// CONCATENATED MODULE: ./src/measure/proc-stat.ts
/**
 * CPU time from /proc/stat and installed memory from /proc/meminfo: pure parsers, and the two small
 * reads that feed them (the only I/O here).
 */


/**
 * Parses /proc/stat (proc(5)). The aggregate line is
 * `cpu user nice system idle iowait irq softirq steal guest guest_nice`; kernels before 2.6.33 stop
 * earlier, so missing fields count as 0. guest and guest_nice are already inside user and nice
 * (the kernel adds them to both), so they are left out of the total. iowait is idle time with I/O
 * outstanding: the core is not computing, so it is not busy.
 */
function parseProcStat(text) {
    let cpu;
    let cpuCount = 0;
    for (const line of text.split("\n")) {
        const fields = line.trim().split(/\s+/);
        const label = fields[0] ?? "";
        if (label === "cpu") {
            const values = fields.slice(1, 9).map(Number);
            if (values.length < 4 || values.some((value) => !Number.isFinite(value) || value < 0)) {
                throw new Error(`/proc/stat: malformed aggregate cpu line: "${line.trim()}"`);
            }
            const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = values;
            const total = user + nice + system + idle + iowait + irq + softirq + steal;
            cpu = { busy: total - idle - iowait, total };
        }
        else if (/^cpu\d+$/.test(label)) {
            cpuCount += 1;
        }
    }
    if (!cpu)
        throw new Error("/proc/stat: no aggregate cpu line");
    return { cpu, cpuCount };
}
/**
 * Share of CPU time spent busy between two readings, 0..1; undefined when no tick has elapsed (two
 * polls inside one 10 ms tick) or the counters went backwards (a reset), when there is nothing to say.
 */
function cpuUtilisation(previous, next) {
    const total = next.total - previous.total;
    if (!(total > 0))
        return undefined;
    const busy = next.busy - previous.busy;
    return Math.min(1, Math.max(0, busy / total));
}
const KIB_PER_GIB = 1024 * 1024;
/**
 * MemTotal from /proc/meminfo, in GB. The file says "kB" but means KiB, and DIMMs are sold in binary
 * sizes, so KiB / 1024² gives the "16 GB" a buyer would name. MemTotal is a little below what is
 * installed (the kernel reserves some at boot); for a per-GB power figure that is well inside its range.
 */
function parseMemTotalGb(text) {
    const match = /^MemTotal:\s+(\d+)\s*kB\s*$/m.exec(text);
    const kib = match?.[1] === undefined ? Number.NaN : Number(match[1]);
    if (!(kib > 0))
        throw new Error("/proc/meminfo: no MemTotal line in kB");
    return kib / KIB_PER_GIB;
}
/** Reads and parses `<procRoot>/stat`; synchronous because the sampler polls it every interval. */
const readProcStat = (procRoot) => parseProcStat((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(procRoot, "stat"), "utf8"));
/** Reads `<procRoot>/meminfo` and returns MemTotal in GB. */
const readMemTotalGb = (procRoot) => parseMemTotalGb((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(procRoot, "meminfo"), "utf8"));

;// CONCATENATED MODULE: ./src/measure/cpu-model.ts
/**
 * CPU energy from utilisation (rank 3 for CPU): power = idle + u x (busy - idle), u from /proc/stat
 * deltas, integrated interval by interval. Used where RAPL cannot be read (most VMs, CI runners).
 */


const CPU_MODEL_SOURCE = "cpu-utilisation-model";
/**
 * Idle power as a share of full-load power: SPECpower_ssj2008's average idle/full ratio as carried
 * in Cloud Carbon Footprint's per-vCPU coefficients (0.74 / 3.5 W = 21%). Taken from the same table
 * as the per-vCPU fallback so a known and an unknown CPU follow one curve shape.
 */
const CPU_IDLE_FRACTION = cpus/* VCPU_FALLBACK */.Ah.min_w_per_vcpu / cpus/* VCPU_FALLBACK */.Ah.max_w_per_vcpu;
/**
 * The bounds. Low: the same line from a lower idle point, 12% of TDP, which Teads measured with RAPL
 * on bare-metal EC2 hosts (B. Davy, "Estimating AWS EC2 Instances Power Consumption", Teads
 * Engineering, 2021). High: Teads' SPECpower-fitted curve (12/32/75/102% of TDP at 0/10/50/100% load),
 * which is concave: real CPUs climb fast at low load, so a straight line is the model's main bias
 * and it runs low at mid utilisation. The high bound never drops below the central line.
 */
const CPU_LOW_IDLE_FRACTION = 0.12;
const TEADS_CURVE = [
    [0, 0.12],
    [0.1, 0.32],
    [0.5, 0.75],
    [1, 1.02],
];
/** Interpolates the Teads curve at `u` (0..1), as a share of full-load power. */
function teadsShare(u) {
    for (let i = 1; i < TEADS_CURVE.length; i += 1) {
        const [u1, s1] = TEADS_CURVE[i] ?? [1, 1];
        const [u0, s0] = TEADS_CURVE[i - 1] ?? [0, 0];
        if (u <= u1)
            return s0 + ((u - u0) / (u1 - u0)) * (s1 - s0);
    }
    return TEADS_CURVE.at(-1)?.[1] ?? 1;
}
/** Central, low and high power at utilisation `u`. */
function cpuPower(line, u) {
    const central = line.idleW + u * (line.maxW - line.idleW);
    const lowIdle = Math.min(line.idleW, CPU_LOW_IDLE_FRACTION * line.maxW);
    return {
        central,
        low: lowIdle + u * (line.maxW - lowIdle),
        high: Math.max(central, teadsShare(u) * line.maxW),
    };
}
const watts = (w) => `${Number(w.toPrecision(3))} W`;
/**
 * The line for a known CPU or the per-vCPU fallback. A known CPU's TDP is per socket; a VM sees only
 * some of its threads, so the TDP is scaled by vCPUs / threads (a 4-vCPU runner on a 128-thread
 * EPYC 7763 gets 4/128 of 280 W). More vCPUs than threads means more than one socket.
 */
function cpuPowerLine(cpu, vcpus, detectedModel) {
    if (!cpu) {
        const { min_w_per_vcpu: min, max_w_per_vcpu: max, source } = cpus/* VCPU_FALLBACK */.Ah;
        const named = detectedModel ? `CPU model "${detectedModel}" not in the table` : "CPU model unknown";
        return {
            line: { idleW: min * vcpus, maxW: max * vcpus },
            notes: [
                `${named}; per-vCPU fallback ${min}-${max} W x ${vcpus} vCPUs (${source.title}, ${source.url})`,
            ],
        };
    }
    const share = cpu.threads ? vcpus / cpu.threads : 1;
    const maxW = cpu.tdp_w * share;
    const line = { idleW: maxW * CPU_IDLE_FRACTION, maxW };
    let shareText = "thread count unknown, one whole socket assumed";
    if (cpu.threads) {
        shareText =
            vcpus <= cpu.threads
                ? `${vcpus} of ${cpu.threads} threads per socket`
                : `${vcpus} threads = ${Number(share.toPrecision(3))} sockets of ${cpu.threads}`;
    }
    const notes = [
        `${cpu.name}: TDP ${cpu.tdp_w} W (${cpu.source.title}); ${shareText} -> ${watts(maxW)} busy, ${watts(line.idleW)} idle`,
    ];
    if (cpu.note)
        notes.push(cpu.note);
    return { line, notes };
}
/** Looks for /proc/stat; the meter it returns reads it once per poll. */
function probeCpuModel(options) {
    let stat;
    try {
        stat = readProcStat(options.procRoot);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return {
            ok: false,
            source: CPU_MODEL_SOURCE,
            reason: `cannot read CPU time from ${options.procRoot}/stat: ${message}`,
        };
    }
    const vcpus = Number.isInteger(options.vcpus) && options.vcpus > 0 ? options.vcpus : Math.max(1, stat.cpuCount);
    const { line, notes } = cpuPowerLine(options.cpu, vcpus, options.detectedModel);
    const model = options.cpu?.name ?? options.detectedModel;
    return { ok: true, meter: new CpuModelMeter(options.procRoot, line, notes, model) };
}
class CpuModelMeter {
    procRoot;
    line;
    baseNotes;
    model;
    kind = "cpu";
    source = CPU_MODEL_SOURCE;
    startMs;
    lastMs;
    lastTimes;
    lastU;
    energy = { central: 0, low: 0, high: 0 };
    busySeconds = 0;
    measuredSeconds = 0;
    intervals = 0;
    failures = 0;
    lastError;
    constructor(procRoot, line, baseNotes, model) {
        this.procRoot = procRoot;
        this.line = line;
        this.baseNotes = baseNotes;
        this.model = model;
    }
    start(nowMs) {
        this.startMs = nowMs;
        this.lastMs = nowMs;
        this.lastTimes = this.read();
    }
    poll(nowMs) {
        const times = this.read();
        if (times)
            this.advance(nowMs, times);
    }
    /** Energy integrated so far and the power at the latest utilisation, for the progress line. */
    snapshot() {
        return {
            energy_j: this.energy.central,
            ...(this.lastU !== undefined && { power_w: cpuPower(this.line, this.lastU).central }),
        };
    }
    finish(nowMs) {
        this.poll(nowMs);
        const startMs = this.startMs ?? nowMs;
        const lastMs = this.lastMs ?? nowMs;
        const notes = [...this.baseNotes];
        if (nowMs > lastMs) {
            // No tick elapsed or the last reads failed: the tail gets the last known utilisation.
            const u = this.lastU ?? 0.5;
            this.integrate(u, (nowMs - lastMs) / 1000, false);
            if (this.lastU === undefined) {
                notes.push("no CPU time elapsed between readings; 50% utilisation assumed");
            }
        }
        if (this.measuredSeconds > 0) {
            const mean = this.busySeconds / this.measuredSeconds;
            notes.push(`mean utilisation ${Math.round(mean * 100)}% (from /proc/stat); linear power model`);
        }
        if (this.failures > 0) {
            notes.push(`${this.failures} reading(s) of ${this.procRoot}/stat failed (${this.lastError}); ` +
                "their time was folded into the next interval");
        }
        const { central, low, high } = this.energy;
        const seconds = (nowMs - startMs) / 1000;
        return [
            {
                kind: "cpu",
                device: "system",
                ...(this.model ? { model: this.model } : {}),
                method: "estimated",
                source: CPU_MODEL_SOURCE,
                energy_j: central,
                low_factor: central > 0 ? low / central : 1,
                high_factor: central > 0 ? high / central : 1,
                ...(seconds > 0 ? { avg_power_w: central / seconds } : {}),
                samples: this.intervals,
                notes,
            },
        ];
    }
    read() {
        try {
            return readProcStat(this.procRoot).cpu;
        }
        catch (error) {
            this.failures += 1;
            this.lastError = error instanceof Error ? error.message : String(error);
            return undefined;
        }
    }
    /**
     * Integrates the interval since the last reading at that interval's own utilisation. An interval
     * with no tick in it is not closed yet: it merges with the next, so no time is lost.
     */
    advance(nowMs, times) {
        if (this.lastMs === undefined || nowMs <= this.lastMs)
            return;
        if (!this.lastTimes || times.total < this.lastTimes.total) {
            // No baseline yet, or the counters were reset: start over from here, keeping the open interval.
            this.lastTimes = times;
            return;
        }
        const u = cpuUtilisation(this.lastTimes, times);
        if (u === undefined)
            return;
        this.integrate(u, (nowMs - this.lastMs) / 1000, true);
        this.lastMs = nowMs;
        this.lastTimes = times;
        this.lastU = u;
        this.intervals += 1;
    }
    integrate(u, seconds, measured) {
        const power = cpuPower(this.line, u);
        this.energy.central += power.central * seconds;
        this.energy.low += power.low * seconds;
        this.energy.high += power.high * seconds;
        if (measured) {
            this.busySeconds += u * seconds;
            this.measuredSeconds += seconds;
        }
    }
}

// EXTERNAL MODULE: ./src/hardware/gpus.ts + 1 modules
var gpus = __webpack_require__(8729);
;// CONCATENATED MODULE: ./src/measure/declared.ts


const DECLARED_SOURCE = "declared";
/** Integrates constant power over the wall time between `start` and `finish`; `poll` does nothing. */
function wallTimeMeter(spec) {
    let startMs;
    let lastMs;
    return {
        kind: spec.kind,
        source: spec.source,
        start(nowMs) {
            startMs = nowMs;
            lastMs = nowMs;
        },
        // Only the clock moves: poll keeps the time for the progress line.
        poll(nowMs) {
            lastMs = nowMs;
        },
        snapshot: () => ({
            energy_j: (spec.watts * ((lastMs ?? 0) - (startMs ?? 0))) / 1000,
            power_w: spec.watts,
        }),
        finish(nowMs) {
            const seconds = Math.max(0, (nowMs - (startMs ?? nowMs)) / 1000);
            return [
                {
                    kind: spec.kind,
                    ...(spec.device !== undefined ? { device: spec.device } : {}),
                    ...(spec.model !== undefined ? { model: spec.model } : {}),
                    method: spec.method,
                    source: spec.source,
                    energy_j: spec.watts * seconds,
                    low_factor: spec.lowFactor,
                    high_factor: spec.highFactor,
                    avg_power_w: spec.watts,
                    notes: [...spec.notes],
                },
            ];
        },
    };
}
function checkUtilisation(utilisation) {
    if (!(utilisation > 0 && utilisation <= 1)) {
        throw new RangeError(`utilisation must be in (0, 1], got ${utilisation}`);
    }
}
function checkCount(count, what) {
    if (!(Number.isInteger(count) && count > 0)) {
        throw new RangeError(`${what} must be a positive integer, got ${count}`);
    }
}
const declared_watts = (w) => `${Number(w.toPrecision(3))} W`;
/**
 * `count` GPUs at TDP x utilisation. Full TDP unless told otherwise: with no sensor we would rather
 * overstate a budget than understate it, and the range says how far it may be off. The true draw lies
 * between idle (a GPU the job holds never draws less) and TDP (boards are capped there), so relative
 * to the estimate: low = idle / (TDP x u), high = 1 / u. One entry for all devices: a declaration
 * says nothing that would tell them apart.
 */
function declaredGpuMeter(spec, count, load = {}) {
    checkCount(count, "GPU count");
    const utilisation = load.utilisation ?? 1;
    checkUtilisation(utilisation);
    const idle = (0,gpus/* gpuIdleWatts */.Mn)(spec);
    const perDevice = spec.tdp_w * utilisation;
    const notes = [
        `declared ${count} x ${spec.name}: TDP ${spec.tdp_w} W (${spec.source.title}) x utilisation ${utilisation}` +
            `${load.utilisation === undefined ? " (assumed)" : ""} = ${declared_watts(perDevice)} per device; no sensor read`,
        `range: idle ${declared_watts(idle.watts)} (${idle.published ? "published" : "10% of TDP, no published figure"}) to TDP`,
    ];
    if (spec.note)
        notes.push(spec.note);
    return wallTimeMeter({
        kind: "gpu",
        source: DECLARED_SOURCE,
        method: "declared",
        watts: perDevice * count,
        lowFactor: Math.min(1, idle.watts / perDevice),
        highFactor: 1 / utilisation,
        device: count === 1 ? "0" : `0-${count - 1}`,
        model: spec.name,
        notes,
    });
}
/**
 * With no /proc/stat there is no utilisation to measure, so the CPU is taken at half its TDP, the
 * assumption CodeCarbon makes when it cannot read CPU load (CodeCarbon methodology,
 * https://mlco2.github.io/codecarbon/methodology.html). An ML step is mostly GPU-bound with the CPU
 * feeding data; half is a middle, not a measurement.
 */
const DECLARED_CPU_UTILISATION = 0.5;
/**
 * CPU at TDP x utilisation, scaled like the utilisation model (vCPUs / threads when both are known,
 * else whole sockets). Range: the low-idle point of the model (12% of TDP) to full TDP.
 */
function declaredCpuMeter(spec, options = {}) {
    const utilisation = options.utilisation ?? DECLARED_CPU_UTILISATION;
    checkUtilisation(utilisation);
    const { vcpus, count = 1 } = options;
    checkCount(count, "CPU socket count");
    if (vcpus !== undefined)
        checkCount(vcpus, "vCPU count");
    const byThreads = vcpus !== undefined && spec.threads !== undefined;
    const share = byThreads ? vcpus / (spec.threads ?? vcpus) : count;
    const shareText = byThreads
        ? `${vcpus} of ${spec.threads} threads`
        : `${count} socket${count === 1 ? "" : "s"}`;
    const power = spec.tdp_w * share * utilisation;
    const notes = [
        `declared ${spec.name}: TDP ${spec.tdp_w} W (${spec.source.title}) x ${shareText} x utilisation ${utilisation}` +
            `${options.utilisation === undefined ? " (assumed: CPU load could not be read)" : ""} = ${declared_watts(power)}`,
        `range: ${CPU_LOW_IDLE_FRACTION * 100}% of TDP (idle) to TDP`,
    ];
    if (spec.note)
        notes.push(spec.note);
    return wallTimeMeter({
        kind: "cpu",
        source: DECLARED_SOURCE,
        method: "declared",
        watts: power,
        lowFactor: Math.min(1, CPU_LOW_IDLE_FRACTION / utilisation),
        highFactor: 1 / utilisation,
        device: "system",
        model: spec.name,
        notes,
    });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
;// CONCATENATED MODULE: ./src/measure/integrate.ts
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
/** Average power over the integrated span, or undefined with fewer than two samples. */
function averagePower(state) {
    if (state.firstMs === undefined || state.lastMs === undefined || state.lastMs <= state.firstMs) {
        return undefined;
    }
    return state.energyJ / ((state.lastMs - state.firstMs) / 1000);
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

;// CONCATENATED MODULE: ./src/measure/nvidia-smi-csv.ts
/**
 * What nvidia-smi prints, read without running it: the field list of `--help-query-gpu`, the rows of
 * `--query-gpu=... --format=csv,noheader,nounits`, its error texts, and the per-GPU tally those rows
 * integrate into. Pure functions over strings and plain data; nvidia-smi.ts owns the process.
 */

const SOURCE = "nvidia-smi";
/**
 * Best first. `power.draw` is a 1 s average on Ampere and newer (and instantaneous before), so the
 * explicit `.instant` reading follows load changes best; `.average` is at least stated as such.
 */
const POWER_FIELDS = ["power.draw.instant", "power.draw.average", "power.draw"];
const queryColumns = (power) => [
    "index",
    "uuid",
    "name",
    power,
    "utilization.gpu",
];
const queryArgs = (columns) => [
    `--query-gpu=${columns.join(",")}`,
    "--format=csv,noheader,nounits",
];
/** Every name and alias `--help-query-gpu` lists; each field's block opens with `"uuid" or "gpu_uuid"`. */
function parseHelpFields(helpText) {
    const fields = new Set();
    for (const raw of helpText.split(/\r?\n/)) {
        const line = raw.trim();
        // Descriptions quote values too ("Supported" or "[Not Supported]"), but never open a line with them.
        if (!/^"[^"]+"(\s+or\s+"[^"]+")*$/.test(line))
            continue;
        for (const match of line.matchAll(/"([^"]+)"/g))
            fields.add(match[1]);
    }
    return fields;
}
/** The power fields this nvidia-smi knows, best first. */
function parsePowerFields(helpText) {
    const fields = parseHelpFields(helpText);
    return POWER_FIELDS.filter((field) => fields.has(field));
}
function parseReading(cell) {
    // `nounits` should drop the unit, but a unit left in is still the same number.
    const match = /^(\d+(?:\.\d+)?)(?:\s*(?:W|%))?$/.exec(cell);
    if (match)
        return { value: Number(match[1]) };
    if (cell === "")
        return { missing: "empty" };
    return { missing: cell.length > 40 ? `${cell.slice(0, 40)}...` : cell };
}
/** One CSV row of a `--query-gpu` made with `columns`; undefined for anything else (a message, a torn line). */
function parseGpuLine(line, columns) {
    const cells = line.split(",").map((cell) => cell.trim());
    if (cells.length !== columns.length)
        return undefined;
    const cell = (name) => {
        const at = columns.indexOf(name);
        return at < 0 ? undefined : cells[at];
    };
    const index = cell("index");
    const uuid = cell("uuid");
    const name = cell("name");
    const power = cell(columns.find((column) => POWER_FIELDS.includes(column)) ?? "");
    if (index === undefined || !/^\d+$/.test(index) || uuid === undefined || name === undefined)
        return undefined;
    if (power === undefined)
        return undefined;
    const utilization = cell("utilization.gpu");
    return {
        index,
        uuid,
        name,
        power: parseReading(power),
        utilization: utilization === undefined ? { missing: "not queried" } : parseReading(utilization),
    };
}
/** Recognises the errors nvidia-smi prints (on stdout or stderr) for an unknown field, no driver, no GPU. */
function classifyFailure(output) {
    const field = /Field "([^"]*)" is not a valid field to query\./.exec(output);
    if (field)
        return { kind: "invalid-field", field: field[1], message: field[0] };
    const driver = /NVIDIA-SMI has failed because[^\r\n]*/.exec(output);
    if (driver)
        return { kind: "driver", message: driver[0].trim() };
    const none = /No devices were found/.exec(output);
    if (none)
        return { kind: "no-devices", message: none[0] };
    return undefined;
}
const tallyKey = (row) => row.uuid.startsWith("GPU-") ? row.uuid : `index ${row.index}`;
const emptyTally = (gpu) => ({
    index: gpu.index,
    uuid: gpu.uuid,
    name: gpu.name,
    power: emptyPowerIntegral(),
    rows: 0,
    missing: {},
    utilizationSum: 0,
    utilizationRows: 0,
});
function addGpuRow(tally, row, tMs, gapMs) {
    const base = tally ?? emptyTally(row);
    const next = { ...base, rows: base.rows + 1 };
    if ("value" in row.power) {
        next.power = addPower(base.power, tMs, row.power.value, gapMs);
    }
    else {
        next.missing = { ...base.missing, [row.power.missing]: (base.missing[row.power.missing] ?? 0) + 1 };
    }
    if ("value" in row.utilization) {
        next.utilizationSum = base.utilizationSum + row.utilization.value;
        next.utilizationRows = base.utilizationRows + 1;
    }
    return next;
}
/**
 * nvidia-smi documents power.draw (and .average, .instant) as "accurate to within +/- 5 watts"
 * (its `--help-query-gpu` text); NVML's nvmlDeviceGetPowerUsage, which it reads, states
 * "+/- 5% of current power draw" (for Fermi and Kepler; no figure is given for newer boards). We carry
 * the wider of the two, so a GPU idling at 40 W gets ±12.5%, one at 300 W gets ±5%.
 */
function accuracyFactors(avgPowerW) {
    const relative = avgPowerW !== undefined && avgPowerW > 0 ? Math.max(0.05, 5 / avgPowerW) : 0.05;
    return { low_factor: Math.max(0, 1 - relative), high_factor: 1 + relative };
}
const seconds = (ms) => `${Math.round(ms) / 1000} s`;
/**
 * The report entry for one GPU; `extraNotes` are the sampler's own (restarts, stray lines). With the
 * step's `window`, time outside the first..last sample (nvidia-smi's start-up, a dead end) is named.
 */
function tallyToComponent(tally, gapMs, extraNotes = [], window) {
    const { power } = tally;
    const notes = [];
    if (tally.rows === 0)
        notes.push(`nvidia-smi sent no row for GPU ${tally.index} while sampling`);
    const missing = Object.entries(tally.missing);
    if (missing.length > 0) {
        const counts = missing.map(([text, count]) => `${text} in ${count}`).join(" and ");
        notes.push(`power not available on GPU ${tally.index}: ${counts} of ${tally.rows} samples`);
    }
    if (power.samples < 2) {
        notes.push(`not measured: ${power.samples} power reading(s) from GPU ${tally.index}, at least 2 are needed; ` +
            "its energy is missing from the total, not zero");
    }
    if (power.gaps > 0) {
        notes.push(`${power.gaps} gap(s) over ${gapMs} ms between power samples on GPU ${tally.index} ` +
            `(longest ${seconds(power.longestGapMs)}), bridged linearly`);
    }
    if (window && power.firstMs !== undefined && power.lastMs !== undefined && power.samples >= 2) {
        const outsideMs = power.firstMs - window.startMs + (window.endMs - power.lastMs);
        if (outsideMs > gapMs) {
            notes.push(`power sampled over ${seconds(power.lastMs - power.firstMs)} of the ` +
                `${seconds(window.endMs - window.startMs)} window; the rest is not counted`);
        }
    }
    if (tally.utilizationRows > 0) {
        const average = Math.round(tally.utilizationSum / tally.utilizationRows);
        notes.push(`average utilization.gpu ${average}% over ${tally.utilizationRows} samples`);
    }
    const avgPowerW = averagePower(power);
    return {
        kind: "gpu",
        device: `${tally.index}:${tally.uuid}`,
        model: tally.name,
        method: "measured",
        source: SOURCE,
        energy_j: power.energyJ,
        ...accuracyFactors(avgPowerW),
        ...(avgPowerW === undefined ? {} : { avg_power_w: avgPowerW }),
        samples: power.samples,
        notes: [...notes, ...extraNotes],
    };
}

;// CONCATENATED MODULE: ./src/measure/nvidia-smi.ts
/**
 * GPU power through `nvidia-smi` (rank 2 for NVIDIA GPUs, when NVML cannot be loaded through FFI): one
 * long-lived `--query-gpu ... -lms N` process whose rows are integrated as they stream in. This file is
 * the process edge (find, run, restart, stop); the parsing and arithmetic are in nvidia-smi-csv.ts.
 */






const fail = (reason) => ({ ok: false, source: SOURCE, reason });
/** Finds nvidia-smi and a power field it can read on at least one GPU. Never throws. */
async function probeNvidiaSmi(options) {
    const exe = await findOnPath(options.path, "nvidia-smi");
    if (exe === undefined)
        return fail("nvidia-smi is not on PATH");
    const env = childEnv(options);
    const help = await runOnce(exe, ["--help-query-gpu"], env);
    const helpFailure = classifyFailure(help.output);
    if (helpFailure?.kind === "driver")
        return fail(`nvidia-smi cannot reach the driver: ${helpFailure.message}`);
    if (help.code !== 0)
        return fail(`nvidia-smi --help-query-gpu failed: ${help.problem}`);
    const candidates = parsePowerFields(help.output);
    if (candidates.length === 0) {
        return fail(`nvidia-smi --help-query-gpu lists no power field (looked for ${POWER_FIELDS.join(", ")})`);
    }
    const passedOver = [];
    for (const field of candidates) {
        const columns = queryColumns(field);
        const query = await runOnce(exe, queryArgs(columns), env);
        const failure = classifyFailure(query.output);
        if (failure?.kind === "invalid-field" && failure.field === field) {
            passedOver.push(`${field}: rejected (${failure.message})`);
            continue;
        }
        if (failure?.kind === "driver")
            return fail(`nvidia-smi cannot reach the driver: ${failure.message}`);
        if (failure?.kind === "no-devices")
            return fail(`nvidia-smi found no GPU (${failure.message})`);
        if (failure)
            return fail(`nvidia-smi rejected the query: ${failure.message}`);
        if (query.code !== 0)
            return fail(`nvidia-smi ${queryArgs(columns).join(" ")} failed: ${query.problem}`);
        const rows = query.output.split(/\r?\n/).flatMap((line) => parseGpuLine(line, columns) ?? []);
        if (rows.length === 0)
            return fail("nvidia-smi lists no GPU");
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
async function findOnPath(pathList, name) {
    for (const dir of pathList.split(external_node_path_.delimiter)) {
        if (dir === "")
            continue;
        const candidate = (0,external_node_path_.join)(dir, name);
        try {
            await (0,promises_.access)(candidate, external_node_fs_.constants.X_OK);
            if ((await (0,promises_.stat)(candidate)).isFile())
                return candidate;
        }
        catch {
            // Not here, or not ours to run: keep looking.
        }
    }
    return undefined;
}
const childEnv = (options) => options.env === undefined ? undefined : { ...options.env, PATH: options.path };
const firstLine = (text) => text
    .split(/\r?\n/)
    .find((line) => line.trim() !== "")
    ?.trim() ?? "";
/** Runs nvidia-smi to completion; a wedged driver can hang it, so it gets a deadline. */
function runOnce(exe, args, env) {
    return new Promise((resolve) => {
        let output = "";
        let problem = "";
        const child = (0,external_node_child_process_.spawn)(exe, args, { env, stdio: ["ignore", "pipe", "pipe"], timeout: 15_000 });
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
class NvidiaSmiSampler {
    exe;
    env;
    powerField;
    columns;
    listed;
    options;
    kind = "gpu";
    source = SOURCE;
    gpus = new Map();
    events = [];
    gapMs;
    clock;
    child;
    closed = Promise.resolve();
    restartTimer;
    restarts = 0;
    stopping = false;
    startMs = 0;
    finished;
    rowsThisRun = 0;
    strayLines = 0;
    firstStray = "";
    lastRows = 0;
    lastRowPollMs;
    constructor(exe, env, powerField, columns, listed, passedOver, options) {
        this.exe = exe;
        this.env = env;
        this.powerField = powerField;
        this.columns = columns;
        this.listed = listed;
        this.options = options;
        // Three missed intervals in a row is a hole worth telling the reader about, not jitter.
        this.gapMs = Math.max(1, options.intervalMs) * 3;
        this.clock = options.clock ?? (() => performance.now());
        for (const skipped of passedOver)
            this.events.push(`power field ${skipped}; using ${powerField}`);
    }
    start(nowMs) {
        this.startMs = nowMs;
        this.stopping = false;
        // Seeded from the probe's list, so a GPU that never shows up in the stream is still reported.
        for (const row of this.listed)
            this.gpus.set(tallyKey(row), emptyTally(row));
        this.launch();
    }
    /** Rows stream in on their own; polling only watches for a process that hangs without exiting. */
    poll(nowMs) {
        if (this.stopping || this.child === undefined)
            return;
        const rows = this.totalRows();
        if (rows !== this.lastRows || this.lastRowPollMs === undefined) {
            this.lastRows = rows;
            this.lastRowPollMs = nowMs;
            return;
        }
        const stallMs = this.options.stallMs ?? Math.max(15_000, 20 * this.options.intervalMs);
        if (nowMs - this.lastRowPollMs >= stallMs) {
            this.events.push(`nvidia-smi sent nothing for ${Math.round(nowMs - this.lastRowPollMs)} ms; stopped it`);
            this.lastRowPollMs = nowMs;
            this.child.kill("SIGKILL");
        }
    }
    finish(nowMs) {
        this.finished ??= this.stopAndReport({ startMs: this.startMs, endMs: nowMs });
        return this.finished;
    }
    async stopAndReport(window) {
        this.stopping = true;
        clearTimeout(this.restartTimer);
        await this.stop();
        if (this.strayLines > 0) {
            this.events.push(`${this.strayLines} line(s) from nvidia-smi not understood, first: "${this.firstStray}"`);
        }
        return this.tallies()
            .sort((a, b) => Number(a.index) - Number(b.index))
            .map((tally) => tallyToComponent(tally, this.gapMs, this.events, window));
    }
    snapshot() {
        let energy = 0;
        let power;
        for (const tally of this.gpus.values()) {
            energy += tally.power.energyJ;
            if (tally.power.lastW !== undefined)
                power = (power ?? 0) + tally.power.lastW;
        }
        return { energy_j: energy, ...(power === undefined ? {} : { power_w: power }) };
    }
    tallies() {
        return [...this.gpus.values()];
    }
    totalRows() {
        let rows = this.strayLines;
        for (const tally of this.gpus.values())
            rows += tally.rows;
        return rows;
    }
    launch() {
        const interval = String(Math.max(1, Math.round(this.options.intervalMs)));
        const child = (0,external_node_child_process_.spawn)(this.exe, [...queryArgs(this.columns), "-lms", interval], {
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
        (0,external_node_readline_.createInterface)({ input: child.stdout }).on("line", (line) => this.onLine(line));
        this.closed = new Promise((resolve) => {
            child.once("close", (code, signal) => {
                if (this.child === child)
                    this.child = undefined;
                if (!this.stopping)
                    this.onDied(signal ? `killed by ${signal}` : `exit code ${code}`, errorText);
                resolve();
            });
        });
    }
    onLine(line) {
        if (this.stopping)
            return;
        const tMs = this.clock();
        const row = parseGpuLine(line, this.columns);
        if (row === undefined) {
            if (line.trim() === "")
                return;
            this.strayLines += 1;
            if (this.strayLines === 1)
                this.firstStray = line.trim().slice(0, 120);
            return;
        }
        this.rowsThisRun += 1;
        const key = tallyKey(row);
        this.gpus.set(key, addGpuRow(this.gpus.get(key), row, tMs, this.gapMs));
    }
    onDied(how, errorText) {
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
            if (!this.stopping)
                this.launch();
        }, delayMs);
    }
    async stop() {
        const child = this.child;
        if (child === undefined)
            return this.closed;
        child.kill("SIGTERM");
        const graceMs = this.options.killGraceMs ?? 2000;
        let timer;
        const exited = await Promise.race([
            this.closed.then(() => true),
            new Promise((resolve) => {
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

;// CONCATENATED MODULE: ./src/measure/nvml-library.ts
const NVML_SUCCESS = 0;
const NVML_ERROR_NOT_SUPPORTED = 3;
// NVML_DEVICE_NAME_V2_BUFFER_SIZE and NVML_DEVICE_UUID_V2_BUFFER_SIZE are both 96 in nvml.h.
const STRING_BUFFER_SIZE = 96;
const message = (error) => (error instanceof Error ? error.message : String(error));
async function loadNvmlLibrary(libPath) {
    let koffi;
    try {
        // webpackIgnore keeps this a real dynamic import in the bundle (koffi ships beside it in
        // dist/node_modules): the CLI starts, and skips NVML, where koffi's native module cannot load.
        koffi = (await import(/* webpackIgnore: true */ "koffi")).default;
    }
    catch (error) {
        return {
            ok: false,
            reason: `koffi (the FFI module NVML is read through) failed to load on ${process.platform}-${process.arch}: ${message(error)}`,
        };
    }
    let lib;
    try {
        lib = koffi.load(libPath);
    }
    catch (error) {
        const missing = /cannot open shared object|no such file|not found/i.test(message(error));
        return {
            ok: false,
            reason: missing
                ? `NVML library "${libPath}" not found (no NVIDIA driver on this machine?): ${message(error)}`
                : `NVML library "${libPath}" could not be loaded: ${message(error)}`,
        };
    }
    try {
        return { ok: true, library: bind(lib) };
    }
    catch (error) {
        return { ok: false, reason: `NVML library "${libPath}" lacks a required function: ${message(error)}` };
    }
}
function bind(lib) {
    const init = lib.func("int nvmlInit_v2(void)");
    const shutdown = lib.func("int nvmlShutdown(void)");
    const errorString = lib.func("const char *nvmlErrorString(int result)");
    const getCount = lib.func("int nvmlDeviceGetCount_v2(unsigned int *count)");
    const getHandle = lib.func("int nvmlDeviceGetHandleByIndex_v2(unsigned int index, _Out_ void **device)");
    const getName = lib.func("int nvmlDeviceGetName(void *device, uint8_t *name, unsigned int length)");
    const getUuid = lib.func("int nvmlDeviceGetUUID(void *device, uint8_t *uuid, unsigned int length)");
    // Both readings are optional symbols: a driver without one still serves the other.
    const getEnergy = optional(lib, "int nvmlDeviceGetTotalEnergyConsumption(void *device, uint64_t *energy)");
    const getPower = optional(lib, "int nvmlDeviceGetPowerUsage(void *device, uint32_t *power)");
    const energyCell = new BigUint64Array(1);
    const powerCell = new Uint32Array(1);
    const countCell = new Uint32Array(1);
    const text = Buffer.alloc(STRING_BUFFER_SIZE);
    const readString = (fn, device) => {
        text.fill(0);
        const code = fn(device, text, text.length);
        if (code !== NVML_SUCCESS)
            return { code };
        const end = text.indexOf(0);
        return { code, text: text.toString("utf8", 0, end < 0 ? text.length : end) };
    };
    const library = {
        value: 0,
        init: () => init(),
        shutdown: () => shutdown(),
        errorString: (code) => String(errorString(code) ?? `NVML error ${code}`),
        deviceCount() {
            const code = getCount(countCell);
            if (code === NVML_SUCCESS)
                library.value = countCell[0] ?? 0;
            return code;
        },
        handle(index) {
            const out = [null];
            const code = getHandle(index, out);
            return code === NVML_SUCCESS && typeof out[0] === "bigint" ? { code, device: out[0] } : { code };
        },
        name: (device) => readString(getName, device),
        uuid: (device) => readString(getUuid, device),
    };
    if (getEnergy) {
        library.readEnergy = (device) => {
            const code = getEnergy(device, energyCell);
            // mJ fit a double exactly up to 2^53 (9e12 J, centuries of a 1 kW board).
            if (code === NVML_SUCCESS)
                library.value = Number(energyCell[0]);
            return code;
        };
    }
    if (getPower) {
        library.readPower = (device) => {
            const code = getPower(device, powerCell);
            if (code === NVML_SUCCESS)
                library.value = powerCell[0] ?? 0;
            return code;
        };
    }
    return library;
}
function optional(lib, prototype) {
    try {
        return lib.func(prototype);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/measure/nvml.ts
/**
 * GPU energy through NVML (rank 1 for NVIDIA GPUs): the board's energy counter where the GPU has one
 * (Volta and newer), else its power reading sampled at every poll and integrated.
 */


const nvml_SOURCE = "nvml";
// NVIDIA states one accuracy figure: nvmlDeviceGetPowerUsage is "accurate to within +/- 5% of current
// power draw" (nvml.h and the NVML API reference, Device Queries; mirrored in cuda-python's
// cuda.bindings.nvml.device_get_power_usage page). The text says so for Fermi and Kepler and gives no
// figure for newer boards or for nvmlDeviceGetTotalEnergyConsumption, so ±5% is the documented bound
// we carry for both readings rather than a guarantee for every GPU.
const LOW_FACTOR = 0.95;
const HIGH_FACTOR = 1.05;
const nvml_fail = (reason) => ({ ok: false, source: nvml_SOURCE, reason });
const describe = (error) => (error instanceof Error ? error.message : String(error));
/** Looks for NVIDIA GPUs through NVML. Never throws: a failure comes back as a reason for the report. */
async function probeNvml(options) {
    const loaded = await loadNvmlLibrary(options.libPath);
    if (!loaded.ok)
        return nvml_fail(loaded.reason);
    const nvml = loaded.library;
    let initialised = false;
    try {
        const init = nvml.init();
        if (init !== NVML_SUCCESS)
            return nvml_fail(`nvmlInit_v2 failed: ${explain(nvml, init)}`);
        initialised = true;
        const countCode = nvml.deviceCount();
        if (countCode !== NVML_SUCCESS) {
            nvml.shutdown();
            return nvml_fail(`nvmlDeviceGetCount_v2 failed: ${explain(nvml, countCode)}`);
        }
        const count = nvml.value;
        if (count === 0) {
            nvml.shutdown();
            return nvml_fail("NVML is loaded but reports no GPU (nvmlDeviceGetCount_v2 returned 0)");
        }
        const gpus = Array.from({ length: count }, (_, index) => openGpu(nvml, index));
        if (gpus.every((gpu) => gpu.mode === "none")) {
            nvml.shutdown();
            const why = gpus.map((gpu) => `${gpu.label}: ${gpu.notes.join("; ")}`).join("; ");
            return nvml_fail(`NVML found ${plural(count, "GPU")} but could read none: ${why}`);
        }
        return { ok: true, meter: new NvmlMeter(nvml, gpus, options.intervalMs) };
    }
    catch (error) {
        if (initialised)
            safeShutdown(nvml);
        return nvml_fail(`NVML call failed: ${describe(error)}`);
    }
}
function explain(nvml, code) {
    return `${nvml.errorString(code)} (${code})`;
}
function safeShutdown(nvml) {
    try {
        nvml.shutdown();
    }
    catch {
        // Nothing more to release: the failure that got us here is the one worth reporting.
    }
}
/** Names the device and decides, with one trial reading, whether it gives a counter, power or nothing. */
function openGpu(nvml, index) {
    const gpu = {
        label: String(index),
        mode: "none",
        counter: emptyCounterTotal(),
        power: emptyPowerIntegral(),
        attempts: 0,
        failures: 0,
        lastError: NVML_SUCCESS,
        notes: [],
    };
    const { code, device } = nvml.handle(index);
    if (device === undefined) {
        gpu.notes.push(`not measured: nvmlDeviceGetHandleByIndex_v2 failed: ${explain(nvml, code)}`);
        return gpu;
    }
    gpu.handle = device;
    const uuid = nvml.uuid(device);
    if (uuid.text)
        gpu.label = `${index}:${uuid.text}`;
    gpu.model = nvml.name(device).text;
    let counterProblem;
    if (!nvml.readEnergy) {
        counterProblem = "this NVML has no nvmlDeviceGetTotalEnergyConsumption";
    }
    else {
        const energy = nvml.readEnergy(device);
        if (energy === NVML_SUCCESS) {
            gpu.mode = "counter";
            return gpu;
        }
        counterProblem =
            energy === NVML_ERROR_NOT_SUPPORTED
                ? "energy counter not supported"
                : `energy counter failed: ${explain(nvml, energy)}`;
    }
    const power = nvml.readPower ? nvml.readPower(device) : undefined;
    if (power === NVML_SUCCESS) {
        gpu.mode = "power";
        gpu.notes.push(`power sampled: ${counterProblem}`);
    }
    else {
        const powerProblem = power === undefined ? "this NVML has no nvmlDeviceGetPowerUsage" : explain(nvml, power);
        gpu.notes.push(`not measured: ${counterProblem}; power reading failed: ${powerProblem}`);
    }
    return gpu;
}
class NvmlMeter {
    nvml;
    gpus;
    kind = "gpu";
    source = nvml_SOURCE;
    startMs = 0;
    finished = false;
    gapMs;
    constructor(nvml, gpus, intervalMs) {
        this.nvml = nvml;
        this.gpus = gpus;
        // Three missed polls in a row is a hole worth telling the reader about, not jitter.
        this.gapMs = Math.max(1, intervalMs) * 3;
    }
    start(nowMs) {
        this.startMs = nowMs;
        for (const gpu of this.gpus) {
            gpu.counter = emptyCounterTotal();
            gpu.power = emptyPowerIntegral();
            gpu.firstMs = undefined;
            gpu.lastMs = undefined;
            gpu.powerW = undefined;
            gpu.attempts = 0;
            gpu.failures = 0;
        }
        this.poll(nowMs);
    }
    poll(nowMs) {
        if (this.finished)
            return;
        for (const gpu of this.gpus)
            this.read(gpu, nowMs);
    }
    finish(nowMs) {
        if (!this.finished) {
            this.poll(nowMs);
            this.finished = true;
            safeShutdown(this.nvml);
        }
        return this.gpus.map((gpu) => this.entry(gpu, nowMs));
    }
    snapshot() {
        let energyJ = 0;
        let powerW;
        for (const gpu of this.gpus) {
            energyJ += gpu.mode === "counter" ? gpu.counter.energy / 1000 : gpu.power.energyJ;
            if (gpu.powerW !== undefined)
                powerW = (powerW ?? 0) + gpu.powerW;
        }
        return powerW === undefined ? { energy_j: energyJ } : { energy_j: energyJ, power_w: powerW };
    }
    read(gpu, nowMs) {
        if (gpu.handle === undefined || gpu.mode === "none")
            return;
        const nvml = this.nvml;
        gpu.attempts += 1;
        let code;
        if (gpu.mode === "counter" && nvml.readEnergy) {
            code = nvml.readEnergy(gpu.handle);
            if (code === NVML_SUCCESS) {
                const before = gpu.counter.energy;
                gpu.counter = addCounter(gpu.counter, nvml.value);
                // mJ per ms is W.
                if (gpu.lastMs !== undefined && nowMs > gpu.lastMs) {
                    gpu.powerW = (gpu.counter.energy - before) / (nowMs - gpu.lastMs);
                }
            }
        }
        else if (gpu.mode === "power" && nvml.readPower) {
            code = nvml.readPower(gpu.handle);
            if (code === NVML_SUCCESS) {
                gpu.powerW = nvml.value / 1000;
                gpu.power = addPower(gpu.power, nowMs, gpu.powerW, this.gapMs);
            }
        }
        else {
            return;
        }
        if (code !== NVML_SUCCESS) {
            gpu.failures += 1;
            gpu.lastError = code;
            return;
        }
        gpu.firstMs ??= nowMs;
        gpu.lastMs = nowMs;
    }
    entry(gpu, nowMs) {
        const notes = [...gpu.notes];
        const counter = gpu.mode === "counter";
        const samples = counter ? gpu.counter.readings : gpu.power.samples;
        const energyJ = counter ? gpu.counter.energy / 1000 : gpu.power.energyJ;
        const coveredS = ((gpu.lastMs ?? 0) - (gpu.firstMs ?? 0)) / 1000;
        const windowS = (nowMs - this.startMs) / 1000;
        if (gpu.mode !== "none" && samples < 2) {
            const why = gpu.failures > 0 ? `: ${explain(this.nvml, gpu.lastError)}` : "";
            notes.push(`not measured: ${samples} of ${gpu.attempts} readings succeeded${why}`);
        }
        else if (gpu.failures > 0) {
            notes.push(`${gpu.failures} of ${gpu.attempts} readings failed (last: ${explain(this.nvml, gpu.lastError)}); ` +
                `energy covers ${round(coveredS)} s of the ${round(windowS)} s window`);
        }
        if (gpu.mode === "none" || samples < 2) {
            notes.push("its energy is missing from the total, not zero");
        }
        if (counter && gpu.counter.resets > 0) {
            notes.push(`energy counter went backwards ${plural(gpu.counter.resets, "time")} (driver reloaded?); ` +
                "the energy of those intervals is not counted");
        }
        if (!counter && gpu.power.gaps > 0) {
            notes.push(`${plural(gpu.power.gaps, "gap")} over ${this.gapMs} ms between power samples ` +
                `(longest ${round(gpu.power.longestGapMs / 1000)} s), bridged linearly`);
        }
        return {
            kind: "gpu",
            device: gpu.label,
            ...(gpu.model === undefined ? {} : { model: gpu.model }),
            method: "measured",
            source: nvml_SOURCE,
            energy_j: energyJ,
            low_factor: LOW_FACTOR,
            high_factor: HIGH_FACTOR,
            ...(coveredS > 0 && samples >= 2 ? { avg_power_w: energyJ / coveredS } : {}),
            samples,
            notes,
        };
    }
}
const round = (value) => Math.round(value * 1000) / 1000;
const plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;

;// CONCATENATED MODULE: ./src/measure/ram-model.ts
/**
 * RAM energy from installed capacity (rank 3, or rank 4 when the size is declared): DRAM draws
 * refresh and standby power whether or not the job touches it, so capacity is the best single proxy
 * once RAPL's dram domain is out of reach.
 */


const RAM_MODEL_SOURCE = "ram-model";
/**
 * 0.392 W per GB: Gough, Steiner, Saunders, "Energy Efficient Servers: Blueprints for Data Center
 * Optimization" (Apress, 2015), the figure Cloud Carbon Footprint carries
 * (https://www.cloudcarbonfootprint.org/docs/methodology/). The rules of thumb others use (3 W per
 * 8 GB = 0.375; 0.3725) sit within 5% of it.
 */
const RAM_W_PER_GB = 0.392;
/**
 * High: Crucial's rule of thumb for sizing a power supply, 5 W per module, deliberately generous
 * ("estimate high"), over an 8 GB module: 0.625 W/GB
 * (https://www.crucial.com/support/articles-faq-memory/how-much-power-does-memory-use).
 */
const RAM_HIGH_W_PER_GB = 5 / 8;
/**
 * Low: half the central figure. A judgment, not a measurement: an idle DIMM still pays background
 * and refresh power, a large share of its loaded draw in Micron's DDR4 power model (TN-40-07), and
 * large modules draw less per GB than the 8 GB ones behind most published figures.
 */
const RAM_LOW_W_PER_GB = RAM_W_PER_GB / 2;
/** A meter for `gb` of memory at the per-GB power, over the step's wall time. */
function ramMeter(gb, basis) {
    if (!(gb > 0 && Number.isFinite(gb))) {
        throw new RangeError(`memory size must be a positive number of GB, got ${gb}`);
    }
    const watts = RAM_W_PER_GB * gb;
    const shown = Number(gb.toPrecision(4));
    return wallTimeMeter({
        kind: "ram",
        source: basis.source,
        method: basis.method,
        watts,
        lowFactor: RAM_LOW_W_PER_GB / RAM_W_PER_GB,
        highFactor: RAM_HIGH_W_PER_GB / RAM_W_PER_GB,
        device: "system",
        notes: [
            `${RAM_W_PER_GB} W/GB x ${shown} GB (${basis.from}) = ${Number(watts.toPrecision(3))} W ` +
                `(Gough et al., Energy Efficient Servers, 2015); range ${RAM_LOW_W_PER_GB}-${RAM_HIGH_W_PER_GB} W/GB`,
        ],
    });
}
/** Looks for /proc/meminfo; the meter does no I/O after that. */
function probeRamModel(options) {
    let gb;
    try {
        gb = readMemTotalGb(options.procRoot);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return {
            ok: false,
            source: RAM_MODEL_SOURCE,
            reason: `cannot read MemTotal from ${options.procRoot}/meminfo: ${message}`,
        };
    }
    return {
        ok: true,
        meter: ramMeter(gb, { method: "estimated", source: RAM_MODEL_SOURCE, from: "MemTotal in /proc/meminfo" }),
    };
}
/** Memory size given by the user (`--memory-gb`, `hardware.memory_gb`). */
const declaredRamMeter = (gb, from = "declared") => ramMeter(gb, { method: "declared", source: DECLARED_SOURCE, from });

;// CONCATENATED MODULE: ./src/measure/rapl-domains.ts
/**
 * Which powercap zones to count, decided from their names alone (pure; `rapl.ts` owns the I/O).
 *
 * In /sys/class/powercap every zone is a flat entry named `<control type>:<index>[:<sub>]`, e.g.
 * `intel-rapl:0` (`package-0`), `intel-rapl:0:0` (`core`), `intel-rapl:0:2` (`dram`, `:0:0` on
 * servers without core/uncore), `intel-rapl:1` (`psys`) and `intel-rapl-mmio:0` (`package-0` again).
 * The domains overlap, so summing everything over-counts: core and uncore are inside the package,
 * psys contains the package, and the MMIO zone is a second window on the MSR package counter.
 */
const ZONE_ID = /^([a-z][a-z0-9-]*):(\d+(?::\d+)*)$/;
const PACKAGE_NAME = /^package-(\d+)(?:-die-(\d+))?$/;
/** Parses a zone entry name; undefined for control types (`intel-rapl`) and anything not RAPL. */
function parseZoneId(id) {
    const match = ZONE_ID.exec(id);
    if (!match?.[1] || !match[2] || !match[1].includes("rapl"))
        return undefined;
    return { controlType: match[1], indices: match[2].split(":").map(Number) };
}
/** The MSR interface is the one every kernel since 3.13 has; MMIO/TPMI zones repeat its packages. */
const controlTypeRank = (controlType) => (controlType === "intel-rapl" ? 0 : 1);
const byNumbers = (a, b) => a.localeCompare(b, "en", { numeric: true });
function classify(zone, parsed, names) {
    const skip = (reason) => ({ zone: zone.id, name: zone.name, reason });
    const topLevel = parsed.indices.length === 1;
    const parentId = `${parsed.controlType}:${parsed.indices[0]}`;
    const parentName = topLevel ? undefined : names.get(parentId);
    const packageMatch = PACKAGE_NAME.exec(zone.name);
    if (packageMatch && topLevel) {
        const socket = Number(packageMatch[1]);
        return { kind: "package", zone, parsed, key: zone.name, device: zone.name, socket };
    }
    if (zone.name === "dram") {
        const socketMatch = parentName ? PACKAGE_NAME.exec(parentName) : null;
        const device = parentName
            ? `${parentName}/dram`
            : topLevel
                ? `dram-${parsed.indices[0]}`
                : `${zone.id}/dram`;
        const key = parentName ? device : `${parsed.controlType}:${parsed.indices.join(":")}`;
        return {
            kind: "dram",
            zone,
            parsed,
            key,
            device,
            socket: socketMatch ? Number(socketMatch[1]) : undefined,
        };
    }
    if (zone.name === "psys")
        return skip("psys (platform) already contains the package; counting both doubles it");
    if (zone.name === "core" || zone.name === "uncore") {
        return skip(`${zone.name} is inside ${parentName ?? "its package"}, which is counted whole`);
    }
    return skip("not a package or dram domain");
}
/**
 * Picks the package and dram domains to read, one zone per physical domain: a name seen through
 * several control types is read once, through the MSR one when present.
 */
function selectRaplDomains(zones) {
    const names = new Map(zones.map((zone) => [zone.id, zone.name]));
    const candidates = [];
    const skipped = [];
    for (const zone of zones) {
        const parsed = parseZoneId(zone.id);
        if (!parsed)
            continue;
        const result = classify(zone, parsed, names);
        if ("reason" in result)
            skipped.push(result);
        else
            candidates.push(result);
    }
    candidates.sort((a, b) => controlTypeRank(a.parsed.controlType) - controlTypeRank(b.parsed.controlType) ||
        byNumbers(a.zone.id, b.zone.id));
    const chosen = new Map();
    for (const candidate of candidates) {
        const kept = chosen.get(candidate.key);
        if (kept) {
            const note = `${candidate.zone.id} (${candidate.zone.name}) repeats ${kept.zone}; counted once`;
            kept.notes.push(note);
            skipped.push({ zone: candidate.zone.id, name: candidate.zone.name, reason: note });
            continue;
        }
        chosen.set(candidate.key, {
            kind: candidate.kind,
            zone: candidate.zone.id,
            device: candidate.device,
            ...(candidate.socket === undefined ? {} : { socket: candidate.socket }),
            notes: [],
        });
    }
    const domains = [...chosen.values()].sort((a, b) => byNumbers(a.device, b.device));
    return {
        packages: domains.filter((domain) => domain.kind === "package"),
        drams: domains.filter((domain) => domain.kind === "dram"),
        skipped,
    };
}
/**
 * Drops domains that are the same counter as an earlier one of the same kind and socket: on multi-die
 * AMD parts (Threadripper, EPYC Zen 1/2) the kernel lists `package-0-die-0` and `package-0-die-1`, yet
 * both read the one socket-wide counter (mlco2/codecarbon#1274). `first` holds one reading of every
 * domain taken in list order, then `second` another pass in the same order, so a reading of a later
 * domain was taken between the two readings of an earlier one: a mirror must fall inside that
 * bracket, while independent counters (distinct dies on Cascade Lake-AP) sit far apart. Zero is
 * never taken as a match: it means an idle or dead counter, not a shared one.
 */
function collapseMirrors(domains, first, second) {
    const kept = [];
    const keptIndex = [];
    const skipped = [];
    domains.forEach((domain, j) => {
        const value = first[j] ?? Number.NaN;
        const original = keptIndex.find((i) => {
            const other = domains[i];
            const low = first[i] ?? Number.NaN;
            const high = second[i] ?? Number.NaN;
            return (other !== undefined &&
                other.kind === domain.kind &&
                other.socket !== undefined &&
                other.socket === domain.socket &&
                value > 0 &&
                low <= value &&
                value <= high);
        });
        const target = original === undefined ? undefined : kept[keptIndex.indexOf(original)];
        if (target) {
            const note = `${domain.device} (${domain.zone}) reads the same counter as ${target.device}; counted once`;
            target.notes.push(note);
            skipped.push({ zone: domain.zone, name: domain.device, reason: note });
            return;
        }
        kept.push({ ...domain, notes: [...domain.notes] });
        keptIndex.push(j);
    });
    return { kept, skipped };
}

;// CONCATENATED MODULE: ./src/measure/rapl.ts
/**
 * CPU package and DRAM energy from RAPL counters under Linux powercap (rank 1 for CPU and RAM).
 * The I/O edge: lists zones, reads `energy_uj`; which zones count is decided in `rapl-domains.ts`.
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
const NO_DRAM = "no RAPL dram domain (common on client and AMD CPUs)";
const defaultRead = (path) => (0,external_node_fs_.readFileSync)(path, "utf8");
const errorCode = (error) => error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : undefined;
function readCounter(read, path) {
    const text = read(path).trim();
    const value = Number(text);
    if (text === "" || !Number.isSafeInteger(value) || value < 0)
        throw new Error(`${path}: not a counter: "${text}"`);
    return value;
}
const noRapl = (root) => `no RAPL (no ${(0,external_node_path_.join)(root, "intel-rapl*")}: not an Intel/AMD CPU, a VM, or not Linux)`;
function readZones(root, read) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(root);
    }
    catch (error) {
        const code = errorCode(error);
        if (code === "ENOENT" || code === "ENOTDIR")
            return noRapl(root);
        return `cannot list ${root}: ${error instanceof Error ? error.message : String(error)}`;
    }
    const zones = [];
    for (const id of entries) {
        if (!parseZoneId(id))
            continue;
        try {
            // stat, not read: energy_uj may be root-only, and that is reported once we know the zone counts.
            if (!(0,external_node_fs_.statSync)((0,external_node_path_.join)(root, id, "energy_uj")).isFile())
                continue;
            zones.push({ id, name: read((0,external_node_path_.join)(root, id, "name")).trim() });
        }
        catch {
            // A zone without a readable name or any counter has nothing to offer.
        }
    }
    return zones.length > 0 ? zones : noRapl(root);
}
function unreadableReason(root, path, error, domains) {
    const code = errorCode(error);
    if (code === "EACCES" || code === "EPERM") {
        const types = [...new Set(domains.map((open) => parseZoneId(open.domain.zone)?.controlType))];
        const globs = types.map((type) => (0,external_node_path_.join)(root, `${type}:*`, "energy_uj")).join(" ");
        return (`${path} is readable by root only (since Linux 5.10, CVE-2020-8694); ` +
            `run as root or \`sudo chmod o+r ${globs}\` (reset at reboot)`);
    }
    return `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`;
}
/** Takes two passes of readings so `collapseMirrors` can tell shared counters from distinct ones. */
function openKind(kind, root, domains, read) {
    const opened = domains.map((domain) => {
        const dir = (0,external_node_path_.join)(root, domain.zone);
        let maxRangeUj;
        try {
            maxRangeUj = readCounter(read, (0,external_node_path_.join)(dir, "max_energy_range_uj"));
        }
        catch {
            // Without the range a lower reading is taken as a reset and skipped: under-count, never negative.
        }
        return { domain, energyPath: (0,external_node_path_.join)(dir, "energy_uj"), ...(maxRangeUj ? { maxRangeUj } : {}) };
    });
    const passes = [[], []];
    for (const pass of passes) {
        for (const open of opened) {
            try {
                pass.push(readCounter(read, open.energyPath));
            }
            catch (error) {
                return {
                    ok: false,
                    source: RAPL_SOURCE,
                    reason: unreadableReason(root, open.energyPath, error, opened),
                };
            }
        }
    }
    const [first = [], second = []] = passes;
    if (first.every((value) => value === 0)) {
        return {
            ok: false,
            source: RAPL_SOURCE,
            reason: "RAPL counters read 0 (emulated or disabled RAPL, e.g. a VM)",
        };
    }
    const { kept } = collapseMirrors(domains, first, second);
    const keptOpen = kept.map((domain) => {
        const open = opened.find((candidate) => candidate.domain.zone === domain.zone);
        if (!open)
            throw new Error(`RAPL domain ${domain.zone} vanished between selection and opening`);
        return { ...open, domain };
    });
    return { ok: true, meter: new RaplMeter(kind, keptOpen, read) };
}
/** Looks for RAPL under `powercapRoot`; one probe per component kind, each with its reason when unusable. */
function probeRapl(options) {
    const root = options.powercapRoot;
    const read = options.readFile ?? defaultRead;
    const zones = readZones(root, read);
    if (typeof zones === "string") {
        const failed = { ok: false, source: RAPL_SOURCE, reason: zones };
        return { cpu: failed, ram: failed };
    }
    const selection = selectRaplDomains(zones);
    const found = zones.map((zone) => zone.name).join(", ");
    return {
        cpu: selection.packages.length > 0
            ? openKind("cpu", root, selection.packages, read)
            : {
                ok: false,
                source: RAPL_SOURCE,
                reason: `no RAPL package domain under ${root} (found: ${found})`,
            },
        ram: selection.drams.length > 0
            ? openKind("ram", root, selection.drams, read)
            : { ok: false, source: RAPL_SOURCE, reason: NO_DRAM },
    };
}
const rapl_plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
function trackNotes(track, energyJ, seconds) {
    const { open, total, failures, lastError, longestGapMs } = track;
    const notes = [...open.domain.notes];
    if (total.wraps > 0)
        notes.push(`counter wrapped ${rapl_plural(total.wraps, "time")}`);
    if (total.resets > 0) {
        notes.push(`counter went back without a wrap ${rapl_plural(total.resets, "time")}; those intervals are not counted`);
    }
    if (failures > 0) {
        notes.push(`${rapl_plural(failures, "reading")} of ${open.energyPath} failed (${lastError}); ` +
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
class RaplMeter {
    kind;
    read;
    source = RAPL_SOURCE;
    tracks;
    startMs;
    lastMs;
    constructor(kind, opened, read) {
        this.kind = kind;
        this.read = read;
        this.tracks = opened.map((open) => ({ open, total: emptyCounterTotal(), failures: 0, longestGapMs: 0 }));
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
                track.total = addCounter(track.total, value, track.open.maxRangeUj);
                if (track.lastOkMs !== undefined)
                    track.longestGapMs = Math.max(track.longestGapMs, nowMs - track.lastOkMs);
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
    finish(nowMs) {
        this.poll(nowMs);
        const seconds = ((this.lastMs ?? nowMs) - (this.startMs ?? nowMs)) / 1000;
        return this.tracks.map((track) => {
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

;// CONCATENATED MODULE: ./src/measure/select.ts
/**
 * Chooses one source per component, best first (DESIGN.md "Measurement"): GPU NVML > nvidia-smi >
 * declared; CPU RAPL > utilisation model > declared; RAM RAPL dram > declared size > installed size.
 * Why each better source was skipped is kept for the report, and a component no source can serve is
 * said out loud, never a silent zero.
 */









async function detectMachine(env) {
    // Loaded here, after the command has been spawned: it is a large module, and start-up is the user's.
    const cpu = await __webpack_require__.e(/* import() */ 754).then(__webpack_require__.t.bind(__webpack_require__, 2754, 23)).then((si) => si.default.cpu()).catch(() => undefined);
    const cpuModel = [cpu?.manufacturer, cpu?.brand].filter(Boolean).join(" ").trim() || "unknown CPU";
    let memoryGb;
    try {
        memoryGb = readMemTotalGb(env.procRoot);
    }
    catch {
        memoryGb = (0,external_node_os_.totalmem)() / 1024 ** 3;
    }
    const cpuSpec = (0,cpus/* findCpu */.uq)(cpuModel);
    return {
        cpuModel,
        ...(cpuSpec && { cpuSpec }),
        cpuSockets: cpu?.processors || 1,
        vcpus: cpu?.cores || 0,
        memoryGb,
    };
}
const because = (probe) => `${probe.source} not used: ${probe.reason}`;
async function selectMeters(options) {
    const { env, intervalMs, declared, machine } = options;
    const meters = [];
    const skipped = { gpu: [], cpu: [], ram: [] };
    const missing = [];
    const take = (kind, probe) => {
        if (probe.ok)
            meters.push(probe.meter);
        else
            skipped[kind]?.push(because(probe));
        return probe.ok;
    };
    const gpuFound = take("gpu", await probeNvml({ libPath: env.nvmlLib, intervalMs })) ||
        take("gpu", await probeNvidiaSmi({ path: env.path, intervalMs }));
    if (!gpuFound) {
        if (declared.gpu)
            meters.push(declaredGpuMeter(declared.gpu.spec, declared.gpu.count));
        else
            missing.push(`no GPU measured (${skipped.gpu?.join("; ")}); if this machine has one, declare it with --gpu MODEL`);
    }
    const rapl = probeRapl({ powercapRoot: env.powercapRoot, intervalMs });
    const cpuSpec = declared.cpu ?? machine.cpuSpec;
    const cpuFound = take("cpu", rapl.cpu) ||
        take("cpu", probeCpuModel({
            procRoot: env.procRoot,
            intervalMs,
            cpu: cpuSpec,
            vcpus: machine.vcpus,
            detectedModel: machine.cpuModel,
        }));
    if (!cpuFound) {
        if (cpuSpec)
            meters.push(declaredCpuMeter(cpuSpec, machine.vcpus > 0 ? { vcpus: machine.vcpus } : {}));
        else
            missing.push(`no CPU energy (${skipped.cpu?.join("; ")}); declare the CPU with --cpu MODEL`);
    }
    if (!take("ram", rapl.ram)) {
        if (declared.memoryGb !== undefined)
            meters.push(declaredRamMeter(declared.memoryGb, "--memory-gb"));
        else if (!take("ram", probeRamModel({ procRoot: env.procRoot }))) {
            missing.push(`no RAM energy (${skipped.ram?.join("; ")}); declare it with --memory-gb N`);
        }
    }
    return { meters, skipped, missing };
}

;// CONCATENATED MODULE: ./src/measure/measure-command.ts




async function measureCommand(options) {
    const startedAt = new Date();
    const commandStartMs = monotonicMs();
    const machine = detectMachine(options.env);
    const selection = machine.then((facts) => selectMeters({
        env: options.env,
        intervalMs: options.intervalMs,
        declared: options.declared,
        machine: facts,
    }));
    const commandDone = runCommand(options.command, options.args, options.spawnEnv ? { env: options.spawnEnv } : {});
    const { meters, skipped, missing } = await selection;
    const samplingStartMs = monotonicMs();
    const sampling = await startSampling({
        meters,
        intervalMs: options.intervalMs,
        ...(options.progress && {
            onProgress: options.progress.update,
            progressEveryMs: options.progress.everyMs,
        }),
    });
    const result = await commandDone;
    const endMs = monotonicMs();
    const endedAt = new Date();
    const measured = await sampling.finish();
    const components = measured.components.map((component) => {
        const extended = extendToWindow(component, endMs - samplingStartMs, samplingStartMs - commandStartMs);
        const why = skipped[component.kind] ?? [];
        return why.length ? { ...extended, notes: [...why, ...extended.notes] } : extended;
    });
    // Since the process started: node's own start and loading the bundle are part of what measuring costs.
    const cpuUsed = process.cpuUsage();
    return {
        result,
        components,
        notes: [...missing, ...measured.notes, ...(result.error ? [result.error] : [])],
        startedAt,
        endedAt,
        durationS: (endMs - commandStartMs) / 1000,
        overheadCpuS: (cpuUsed.user + cpuUsed.system) / 1e6,
        machine: await machine,
    };
}

// EXTERNAL MODULE: ./src/report/markdown.ts + 2 modules
var markdown = __webpack_require__(1874);
// EXTERNAL MODULE: ./src/carbon/sci.ts
var sci = __webpack_require__(7080);
;// CONCATENATED MODULE: ./src/carbon/units.ts
const JOULES_PER_KWH = 3.6e6;
const joulesToKwh = (joules) => joules / JOULES_PER_KWH;

;// CONCATENATED MODULE: ./src/carbon/account.ts


/** For the caller to add to a step's notes when the user turned embodied emissions off. */
const EMBODIED_LEFT_OUT_NOTE = "embodied emissions (SCI's M: making the hardware) left out on request (--no-embodied): embodied_g is 0";
function checkEmbodied(embodied) {
    const { grams, low_g: low, high_g: high } = embodied;
    if (![grams, low, high].every(Number.isFinite) || low < 0 || low > grams || grams > high) {
        throw new RangeError(`embodied: need finite 0 <= low <= grams <= high, got ${low} <= ${grams} <= ${high}`);
    }
    return embodied;
}
function toReportComponent(component) {
    return {
        kind: component.kind,
        ...(component.device !== undefined && { device: component.device }),
        ...(component.model !== undefined && { model: component.model }),
        method: component.method,
        source: component.source,
        energy_kwh: joulesToKwh(component.energy_j),
        ...(component.avg_power_w !== undefined && { avg_power_w: component.avg_power_w }),
        ...(component.samples !== undefined && { samples: component.samples }),
        ...(component.notes.length > 0 && { notes: component.notes }),
    };
}
function accountStep(input) {
    const sumJoules = (factor) => input.components.reduce((total, c) => total + c.energy_j * factor(c), 0);
    const itKwh = joulesToKwh(sumJoules(() => 1));
    const facilityKwh = itKwh * input.pue;
    const toGrams = (joules) => joulesToKwh(joules) * input.pue * input.intensityGPerKwh;
    const operational = facilityKwh * input.intensityGPerKwh;
    const embodied = input.embodied ? checkEmbodied(input.embodied) : { grams: 0, low_g: 0, high_g: 0 };
    const co2e = operational + embodied.grams;
    const operationalLow = toGrams(sumJoules((c) => c.low_factor));
    const operationalHigh = toGrams(sumJoules((c) => c.high_factor));
    const unit = input.functionalUnit && (0,sci/* checkFunctionalUnit */.uO)(input.functionalUnit);
    const notes = [...(input.notes ?? []), ...(input.embodied?.notes ?? [])];
    return {
        name: input.name,
        started_at: input.startedAt.toISOString(),
        ended_at: input.endedAt.toISOString(),
        duration_s: input.durationS,
        ...(input.exitCode !== undefined && { exit_code: input.exitCode }),
        energy_kwh: facilityKwh,
        it_energy_kwh: itKwh,
        operational_g: operational,
        embodied_g: embodied.grams,
        co2e_g: co2e,
        co2e_low_g: operationalLow + embodied.low_g,
        co2e_high_g: operationalHigh + embodied.high_g,
        operational_low_g: operationalLow,
        operational_high_g: operationalHigh,
        ...(unit && {
            functional_unit: { name: unit.name, count: unit.count },
            sci_g_per_unit: (0,sci/* sciPerUnit */.ZN)(co2e, unit),
        }),
        components: input.components.map(toReportComponent),
        ...(input.overheadCpuS !== undefined && { overhead: { cpu_s: input.overheadCpuS } }),
        ...(notes.length > 0 && { notes }),
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./data/embodied.json
const embodied_namespaceObject = /*#__PURE__*/JSON.parse('{"description":"Embodied emissions (SCI\'s M = TE x TiR/EL x RR/ToR): expected hardware lifetime, the spread applied to per-GPU figures from data/gpus.json, the figure for a GPU with none, and the server platform and memory figures. Every figure is kg CO2e with a low..high range; `range` says where each bound comes from, `note` marks a judgment.","lifetime":{"years":4,"source":{"title":"Cloud Carbon Footprint, Embodied Emissions methodology (EL = 4 years, after the Dell PowerEdge R740 full LCA and Teads)","url":"https://www.cloudcarbonfootprint.org/docs/embodied-emissions"},"note":"Published choices run from 3 years (EcoLogits) to 6 years (IDRIS for BLOOM, and hyperscalers\' 5-6 year server depreciation). M scales with 1/EL, so 6 years gives two thirds of the 4-year figure; callers can pass their own lifetime."},"gpu_range":{"low_factor":0.75,"high_factor":1.75,"range":"Independent estimates of the same part differ by this much: a primary-data LCA of the A100 SXM4 40GB found 127.6 kg (0.85 x the 150 kg in data/gpus.json); bottom-up LCAs of the H100 found 225 kg and 273 kg (1.66 x NVIDIA\'s 164 kg).","range_sources":[{"title":"Falk et al., More than Carbon: Cradle-to-Grave environmental impacts of GenAI training on the Nvidia A100 GPU (2025)","url":"https://arxiv.org/abs/2509.00093"},{"title":"EcoLogits LLM inference methodology (H100 273 kg CO2e, after Lees-Perasso et al. 2026 for ADEME)","url":"https://ecologits.ai/latest/methodology/llm_inference/"}],"note":"Applied to every GPU figure in data/gpus.json: 150 kg becomes 112.5..262.5 kg."},"gpu_default":{"kg":150,"low_kg":60,"high_kg":300,"source":{"title":"Cloud Carbon Footprint coefficients: 150 kg CO2e per additional GPU card (GPU_MANUFACTURING_EMISSIONS), the figure Luccioni et al. used for an A100","url":"https://github.com/cloud-carbon-footprint/cloud-carbon-coefficients"},"range":"Low: EcoInfo/CNRS ECODIAG\'s 60 kg for a \'powerful GPU\' card; high: just above NVIDIA\'s HGX B200 PCF (2,274 kg per 8 GPUs = 284 kg per GPU), the largest per-GPU figure published.","range_sources":[{"title":"EcoInfo (CNRS) ECODIAG calculator, \'powerful GPU\' 60 kg CO2e","url":"https://ecoinfo.cnrs.fr/ecodiag-calcul/"},{"title":"NVIDIA HGX B200 Product Carbon Footprint summary","url":"https://images.nvidia.com/aem-dam/Solutions/documents/HGX-B200-PCF-Summary.pdf"}],"note":"A stand-in for a GPU with no published figure: a data-centre GPU of the A100 class. Small cards (T4, L4) are likely nearer the low bound."},"server":{"kg":1000,"low_kg":850,"high_kg":2500,"source":{"title":"Teads Engineering, Building an AWS EC2 Carbon Emissions Dataset, ch. 5: 1,000 kg CO2e for a mono-socket, low-DRAM, no-local-storage rack server (also Cloud Carbon Footprint\'s BASE_MANUFACTURING_EMISSIONS)","url":"https://medium.com/teads-engineering/building-an-aws-ec2-carbon-emissions-dataset-3f0fd76c98ac"},"range":"Low: Scaleway\'s Boavizta-based 850 kg for an Elastic Metal server; high: HPE\'s ~2,500 kg production footprint for a ProLiant DL345 Gen10 Plus, memory and storage included, as used for BLOOM\'s A100 nodes.","range_sources":[{"title":"Scaleway, Bare Metal environmental footprint calculation (850 kg CO2e manufacturing, Boavizta)","url":"https://www.scaleway.com/en/docs/environmental-footprint/additional-content/bare-metal-env-footprint"},{"title":"Luccioni, Viguier, Ligozat, Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model, JMLR 24 (2023), sec. 4.1","url":"https://arxiv.org/abs/2211.02001"}],"note":"The platform without GPUs and (beyond its small base) without memory: CPU, board, chassis, power supplies, fans. A dual-socket host adds about 100 kg (Teads), inside the high bound."},"memory_per_gb":{"kg":1.388,"low_kg":0.4,"high_kg":2,"source":{"title":"Dell PowerEdge R740 full LCA as read by Teads and Cloud Carbon Footprint: 533 kg CO2e for 12 x 32 GB DIMMs (384 GB), 533 / 384 = 1.388 kg per GB","url":"https://github.com/cloud-carbon-footprint/cloud-carbon-coefficients"},"range":"Low: 0.4 kg per GB of DRAM from die-area modelling (ACT, as tabulated in LLMCarbon); high: +44% over the R740 figure, by judgment.","range_sources":[{"title":"Faiz et al., LLMCarbon: Modeling the End-to-End Carbon Footprint of Large Language Models, ICLR 2024 (DRAM 0.4 kg CO2e per GB)","url":"https://arxiv.org/abs/2309.14393"}],"note":"The high bound is a judgment: no published LCA above the R740 figure was found. Die-area models leave out DIMM boards and packaging, so the low bound is an underestimate by design."}}');
;// CONCATENATED MODULE: ./src/carbon/embodied.ts
/**
 * Embodied emissions of one step, the Green Software Foundation SCI's M = TE x (TiR / EL) x (RR / ToR):
 * the hardware's total embodied emissions, times the share of its expected life the step took, times the
 * share of the machine it reserved. GPUs count whole (a job that uses a GPU reserves all of it); the server
 * platform counts by the job's share of vCPUs; memory counts by the GB the job sees. Figures and their
 * sources: data/embodied.json and the `embodied_kg` column of data/gpus.json.
 */



const rangedSchema = schemas/* strictObject */.rej({
    kg: schemas/* number */.aig().positive(),
    low_kg: schemas/* number */.aig().positive(),
    high_kg: schemas/* number */.aig().positive(),
    source: gpus/* sourceSchema */.dr,
    range: schemas/* string */.YjP().min(1),
    range_sources: schemas/* array */.YOg(gpus/* sourceSchema */.dr).min(1),
    note: schemas/* string */.YjP().min(1).optional(),
});
const embodiedTableSchema = schemas/* strictObject */.rej({
    description: schemas/* string */.YjP(),
    lifetime: schemas/* strictObject */.rej({ years: schemas/* number */.aig().positive(), source: gpus/* sourceSchema */.dr, note: schemas/* string */.YjP().min(1) }),
    gpu_range: schemas/* strictObject */.rej({
        low_factor: schemas/* number */.aig().positive().max(1),
        high_factor: schemas/* number */.aig().min(1),
        range: schemas/* string */.YjP().min(1),
        range_sources: schemas/* array */.YOg(gpus/* sourceSchema */.dr).min(1),
        note: schemas/* string */.YjP().min(1).optional(),
    }),
    gpu_default: rangedSchema,
    server: rangedSchema,
    memory_per_gb: rangedSchema,
});
/** Parsed once at load: a bad row in our own table should fail every test, not one odd estimate. */
const EMBODIED = embodiedTableSchema.parse(embodied_namespaceObject);
const SECONDS_PER_YEAR = 365.25 * 86_400;
/** EL when the caller gives none: 4 years (Cloud Carbon Footprint, after the Dell R740 LCA). */
const DEFAULT_LIFETIME_YEARS = EMBODIED.lifetime.years;
const ZERO = { grams: 0, low_g: 0, high_g: 0 };
const add = (a, b) => ({
    grams: a.grams + b.grams,
    low_g: a.low_g + b.low_g,
    high_g: a.high_g + b.high_g,
});
const scaled = (figure, factor) => ({
    grams: figure.kg * 1000 * factor,
    low_g: figure.low_kg * 1000 * factor,
    high_g: figure.high_kg * 1000 * factor,
});
/** Trims float noise for notes: 284.25 stays, 1.388 stays, 0.1 + 0.2 does not print 17 digits. */
const num = (n) => String(Number(n.toPrecision(6)));
function requireNonNegative(name, value) {
    if (!Number.isFinite(value) || value < 0) {
        throw new RangeError(`embodied: ${name} must be a finite number >= 0, got ${value}`);
    }
}
/** The per-GPU figure and its range: the table's own, or the documented default with a note. */
function gpuFigure(gpu) {
    const spec = gpu.spec ?? (0,gpus/* findGpu */.GO)(gpu.model);
    const { gpu_range: range, gpu_default: fallback } = EMBODIED;
    if (spec?.embodied_kg !== undefined) {
        const kg = spec.embodied_kg;
        return {
            figure: { kg, low_kg: kg * range.low_factor, high_kg: kg * range.high_factor },
            name: spec.name,
        };
    }
    const why = spec
        ? `no embodied figure for ${spec.name}`
        : `GPU model "${gpu.model}" not found in data/gpus.json`;
    return {
        figure: fallback,
        name: spec?.name ?? gpu.model,
        note: `${why}: assumed ${num(fallback.kg)} kg CO2e per GPU (${num(fallback.low_kg)}-${num(fallback.high_kg)} kg)`,
    };
}
/**
 * The job's share of the server (RR / ToR). Without both vCPU counts the whole machine is counted: on a
 * shared host that overstates the step, which is the safer error for a budget than leaving it out.
 */
function serverShare(server) {
    const { vcpusUsed: used, vcpusTotal: total } = server;
    if (used === undefined || total === undefined) {
        return {
            share: 1,
            text: "whole machine",
            note: "the job's share of the server is unknown (vCPUs used and total not both given): the whole server is counted",
        };
    }
    if (!Number.isFinite(used) || !Number.isFinite(total) || used <= 0 || total <= 0 || used > total) {
        throw new RangeError(`embodied: vCPUs used must be > 0 and at most the total, got ${used} of ${total}`);
    }
    return { share: used / total, text: `${num(used)}/${num(total)} vCPUs` };
}
/** M for one step, with a low..high range from each figure's own bounds. Pure. */
function embodiedForStep(input) {
    requireNonNegative("durationS", input.durationS);
    const lifetimeYears = input.lifetimeYears ?? DEFAULT_LIFETIME_YEARS;
    if (!Number.isFinite(lifetimeYears) || lifetimeYears <= 0) {
        throw new RangeError(`embodied: lifetimeYears must be a finite number > 0, got ${lifetimeYears}`);
    }
    // TiR / EL: the share of the hardware's expected life this step used.
    const timeShare = input.durationS / (lifetimeYears * SECONDS_PER_YEAR);
    const counted = [];
    const warnings = [];
    let gpus = ZERO;
    for (const gpu of input.gpus) {
        requireNonNegative(`count of ${gpu.model}`, gpu.count);
        if (gpu.count === 0)
            continue;
        const { figure, name, note } = gpuFigure(gpu);
        gpus = add(gpus, scaled(figure, gpu.count * timeShare));
        counted.push(`${num(gpu.count)} x ${name} at ${num(figure.kg)} kg`);
        if (note)
            warnings.push(note);
    }
    let server = ZERO;
    let memory = ZERO;
    if (input.server) {
        const share = serverShare(input.server);
        server = scaled(EMBODIED.server, share.share * timeShare);
        counted.push(`server platform ${num(EMBODIED.server.kg)} kg x ${share.text}`);
        if (share.note)
            warnings.push(share.note);
        const memoryGb = input.server.memoryGb;
        if (memoryGb === undefined) {
            warnings.push("memory is not counted in embodied emissions: its size is unknown");
        }
        else {
            requireNonNegative("memoryGb", memoryGb);
            memory = scaled(EMBODIED.memory_per_gb, memoryGb * timeShare);
            counted.push(`memory ${num(memoryGb)} GB x ${num(EMBODIED.memory_per_gb.kg)} kg/GB`);
        }
    }
    else {
        warnings.push("the server (CPU, memory, chassis) is not counted in embodied emissions: none was given");
    }
    const total = add(gpus, add(server, memory));
    const summary = `embodied (SCI M) over a ${num(lifetimeYears)}-year life: ${counted.length > 0 ? counted.join("; ") : "no hardware"}`;
    return {
        ...total,
        parts: { gpus_g: gpus.grams, server_g: server.grams, memory_g: memory.grams },
        notes: [summary, ...warnings],
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/measure/hardware-facts.ts
/** What the report says about the machine, from what was measured and what was declared. */

/** Sortable and unique: the start time to the second, and a random suffix for runs in the same second. */
const newRunId = (startedAt) => `${startedAt.toISOString().replace(/[-:]|\.\d+/g, "")}-${(0,external_node_crypto_.randomUUID)().slice(0, 8)}`;
function hardwareFacts(components, declared, machine) {
    const counts = new Map();
    for (const c of components) {
        if (c.kind !== "gpu" || c.method === "declared")
            continue;
        const model = c.model ?? "unknown GPU";
        counts.set(model, (counts.get(model) ?? 0) + 1);
    }
    const gpus = counts.size === 0 && declared.gpu
        ? [{ model: declared.gpu.spec.name, count: declared.gpu.count }]
        : [...counts].map(([model, count]) => ({ model, count }));
    return {
        gpus,
        cpu: { model: declared.cpu?.name ?? machine.cpuModel, count: machine.cpuSockets },
        memory_gb: declared.memoryGb ?? machine.memoryGb,
    };
}
/**
 * What SCI's M needs from this run: the GPUs it held, and its share of the server. A machine shows us
 * its vCPUs but not the host's; the host's total is the CPU table's threads x sockets when the model
 * is known, else the whole machine is counted (embodiedForStep notes that).
 */
function embodiedInput(hardware, machine, declared, durationS) {
    const cpu = declared.cpu ?? machine.cpuSpec;
    const hostThreads = cpu?.threads !== undefined ? cpu.threads * Math.max(1, machine.cpuSockets) : undefined;
    const gpus = hardware.gpus.map((gpu) => ({
        model: gpu.model,
        count: gpu.count,
        ...(declared.gpu && gpu.model === declared.gpu.spec.name && { spec: declared.gpu.spec }),
    }));
    return {
        durationS,
        gpus,
        server: {
            ...(machine.vcpus > 0 &&
                hostThreads !== undefined && {
                vcpusUsed: Math.min(machine.vcpus, hostThreads),
                vcpusTotal: hostThreads,
            }),
            memoryGb: hardware.memory_gb,
        },
    };
}

// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
// EXTERNAL MODULE: ./src/report/build.ts
var build = __webpack_require__(5066);
;// CONCATENATED MODULE: ./src/report/measured-report.ts
/**
 * One measured command as a one-step report (pure): accounting, embodied share and the run's facts.
 * The CLI and the action both end a measurement here, so their reports cannot drift apart.
 */





function reportForMeasured(measured, options) {
    const { intensity, pue, declared } = options;
    const hardware = hardwareFacts(measured.components, declared, measured.machine);
    const step = accountStep({
        name: options.step,
        startedAt: measured.startedAt,
        endedAt: measured.endedAt,
        durationS: measured.durationS,
        exitCode: measured.result.exitCode,
        components: measured.components,
        pue: pue.value,
        intensityGPerKwh: intensity.g_per_kwh,
        overheadCpuS: measured.overheadCpuS,
        notes: [
            ...measured.notes,
            ...(pue.note ? [pue.note] : []),
            ...(intensity.note ? [intensity.note] : []),
            ...(intensity.warning ? [intensity.warning] : []),
            ...(options.embodied ? [] : [EMBODIED_LEFT_OUT_NOTE]),
        ],
        ...(options.embodied && {
            embodied: embodiedForStep(embodiedInput(hardware, measured.machine, declared, measured.durationS)),
        }),
        ...(options.unit && { functionalUnit: options.unit }),
    });
    return (0,build/* buildReport */.F)({
        version: version/* VERSION */.x,
        run: {
            id: newRunId(measured.startedAt),
            ...options.run,
            startedAt: measured.startedAt,
            endedAt: measured.endedAt,
        },
        hardware,
        pue: pue.value,
        intensity,
        steps: [step],
    });
}

// EXTERNAL MODULE: ./src/report/terminal.ts
var terminal = __webpack_require__(7496);
// EXTERNAL MODULE: ./src/report/verdict-cells.ts
var verdict_cells = __webpack_require__(3879);
;// CONCATENATED MODULE: ./src/cli/declared.ts
/** Declared hardware from the command line, looked up in the data tables before anything runs. */


function resolveDeclared(args) {
    return {
        ...(args.gpu && { gpu: { spec: (0,gpus/* requireGpu */.CJ)(args.gpu, "--gpu"), count: args.gpuCount ?? 1 } }),
        ...(args.cpu && { cpu: (0,cpus/* requireCpu */.Aq)(args.cpu, "--cpu") }),
        ...(args.memoryGb !== undefined && { memoryGb: args.memoryGb }),
    };
}

// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/cli/progress.ts
/**
 * Progress for long runs: a live status line on a TTY (redrawn in place), a plain log line every 60 s
 * otherwise, so a CI log shows the run is alive without drowning the training output.
 */


function describeProgress(progress, gPerKwh, pue) {
    const kwh = joulesToKwh(progress.energyJ) * pue;
    const power = progress.powerW !== undefined ? `, ${(0,format/* formatPower */.d5)(progress.powerW)}` : "";
    return `carbon-budget: ${(0,format/* formatDuration */.a3)(progress.elapsedS)}, ${(0,format/* formatEnergy */.QE)(kwh)}, ${(0,format/* formatMass */.so)(kwh * gPerKwh)} CO2e${power}`;
}
function progressSink(stream, describe, logEveryMs = 60_000) {
    if (!stream.isTTY) {
        return { everyMs: logEveryMs, update: (p) => stream.write(`${describe(p)}\n`), done: () => { } };
    }
    let drawn = false;
    return {
        everyMs: 1000,
        update(progress) {
            // \r plus clear-to-end keeps one line even when the wrapped command prints in between.
            stream.write(`\r\x1b[2K${describe(progress)}`);
            drawn = true;
        },
        done() {
            if (drawn)
                stream.write("\r\x1b[2K");
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/run-config.ts
/**
 * The config file for `carbon-budget run`: `--config FILE`, or `.github/carbon-budget.yml` at the git
 * root when present. Flags win over the file where both say something; the file's budgets are shown
 * with the result (the exit code stays the command's).
 */



async function loadRunConfig(args, cwd, gitRoot) {
    // The YAML parser and the config schema load only when there is a config to read.
    const load = async (path) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(554)]).then(__webpack_require__.bind(__webpack_require__, 8554))).parseConfigFile(path);
    if (args.config) {
        const path = (0,external_node_path_.resolve)(cwd, args.config);
        const { config, missing } = await load(path);
        if (missing)
            throw new errors/* InputError */.d("--config", args.config, "no such file");
        return config;
    }
    const path = (0,external_node_path_.join)(gitRoot, ".github", "carbon-budget.yml");
    return (0,external_node_fs_.existsSync)(path) ? (await load(path)).config : undefined;
}
/** The flags, with what the config file adds where a flag is not given. */
function withConfig(args, config) {
    if (!config)
        return args;
    const location = config.location;
    const fromFile = args.location === undefined && args.intensity === undefined
        ? typeof location === "string"
            ? { location }
            : location
                ? { intensity: location.intensity }
                : {}
        : {};
    const gpu = config.hardware.gpu;
    return {
        ...args,
        ...fromFile,
        ...(args.pue === undefined && config.pue !== undefined && { pue: config.pue }),
        ...(args.gpu === undefined && gpu && { gpu: gpu.model, gpuCount: gpu.count }),
        ...(args.cpu === undefined && config.hardware.cpu && { cpu: config.hardware.cpu.model }),
        ...(args.memoryGb === undefined &&
            config.hardware.memory_gb !== undefined && { memoryGb: config.hardware.memory_gb }),
    };
}

;// CONCATENATED MODULE: ./src/cli/run.ts
/**
 * `carbon-budget run`: measure a command, account for it, compare it with the history and report.
 * The command is spawned first, so start-up stays fast; the sensors are probed while it starts.
 */

















async function runMeasured(given, io) {
    // Everything the user could have got wrong is checked before the command starts.
    const git = readGitPosition(io.cwd);
    const config = await loadRunConfig(given, io.cwd, git.root);
    const args = withConfig(given, config);
    // The yearly value checks the location now; a live value (with a token) is fetched while the command runs.
    const yearly = (0,intensity/* resolveIntensity */.yK)(args);
    const live = io.env.electricityMapsToken
        ? (0,intensity/* resolveIntensityLive */.MO)(args, { token: io.env.electricityMapsToken, baseUrl: io.env.electricityMapsUrl })
        : Promise.resolve(yearly);
    const pue = choosePue(args.pue, yearly);
    const declared = resolveDeclared(args);
    if (args.json && args.json !== "-")
        (0,output/* checkOutputPath */.$)("--json", args.json, io.cwd);
    if (args.markdown && args.markdown !== "-")
        (0,output/* checkOutputPath */.$)("--markdown", args.markdown, io.cwd);
    const log = (line) => io.stderr.write(`carbon-budget: ${line}\n`);
    if (yearly.warning)
        log(`warning: ${yearly.warning}`);
    const sink = args.quiet
        ? undefined
        : progressSink(io.stderr, (p) => describeProgress(p, yearly.g_per_kwh, pue.value));
    const measured = await measureCommand({
        command: args.command,
        args: args.commandArgs,
        env: io.env,
        intervalMs: args.intervalMs,
        declared,
        ...(sink && { progress: { everyMs: sink.everyMs, update: sink.update } }),
    });
    sink?.done();
    const { result } = measured;
    if (result.error)
        log(result.error);
    try {
        const intensity = await live;
        const report = reportForMeasured(measured, {
            step: args.step,
            declared,
            pue,
            intensity,
            embodied: args.embodied,
            ...(args.unit && { unit: args.unit }),
            run: { ...(git.branch && { ref: git.branch }), ...(git.sha && { sha: git.sha }) },
        });
        publish(args, io, report, git, intensity, config);
    }
    catch (error) {
        // The command has run: its exit code stays the user's, whatever goes wrong in our reporting.
        log((0,errors/* isInputError */.B)(error) ? error.message : `could not finish the report: ${error.message}`);
    }
    return result.exitCode;
}
/** Keeps the run first (a measurement is never lost), then compares and writes what was asked for. */
function publish(args, io, report, git, intensity, config) {
    const log = (line) => io.stderr.write(`carbon-budget: ${line}\n`);
    const history = args.store ? readStore(git.root) : { runs: [], skipped: [] };
    for (const line of history.skipped)
        log(`history: ${line}`);
    const saved = args.store ? keep(git, report, log) : undefined;
    const comparison = compareWithHistory(report, history.runs, args.step, git);
    const judged = (0,from_config/* judgeWithConfig */.sQ)(comparison, config);
    if (!args.quiet)
        io.stderr.write((0,terminal/* renderTerminal */.b)(report, comparison, { verbose: args.verbose }));
    if (judged && !args.quiet)
        log(`budgets: ${verdict_cells/* VERDICT_WORDS */._G[judged.verdict.status]}`);
    if (args.json)
        (0,output/* writeOutput */.z)("--json", args.json, `${JSON.stringify(report, null, 2)}\n`, io);
    if (args.markdown) {
        (0,output/* writeOutput */.z)("--markdown", args.markdown, `${(0,markdown/* renderMarkdown */.G)(report, comparison, judged ?? {})}\n`, io);
    }
    if (saved && !args.quiet)
        log(`saved to ${saved}${git.dirty ? " (the work tree has uncommitted changes)" : ""}`);
    if (intensity.warning && !args.quiet)
        log(`warning: ${intensity.warning}`);
}
/** A history that cannot be written costs the comparison next time, not this run's outputs. */
function keep(git, report, log) {
    try {
        return writeRun(git.root, { ...(git.branch && { branch: git.branch }), ...(git.sha && { sha: git.sha }) }, report);
    }
    catch (error) {
        log(`warning: could not save the run to the history: ${error.message}`);
        return undefined;
    }
}
function compareWithHistory(report, runs, step, git) {
    const choice = selectBaseline(runs, {
        step,
        branch: git.branch ?? "",
        excludeRunId: report.run.id,
        ...(git.mergeBase && git.mergeBase !== git.sha && { mergeBase: git.mergeBase }),
    });
    if (!choice)
        return (0,compare/* compareReports */.l)(report, undefined);
    const base = choice.run.report;
    return (0,compare/* compareReports */.l)(report, base, {
        label: choice.why === "merge-base"
            ? `merge-base with ${git.defaultBranch}`
            : `previous run on ${choice.run.branch}`,
        runId: base.run.id,
        ...(base.run.sha && { sha: base.run.sha }),
        ...(base.run.ref && { ref: base.run.ref }),
        endedAt: base.run.ended_at,
    });
}


/***/ }),

/***/ 5066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ buildReport),
/* harmony export */   l: () => (/* binding */ hardwareFingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1327);
/** Assembles a run report from accounted steps: pure, so the CLI and the action build it alike. */


/**
 * Same hardware, same fingerprint: GPU models and counts, CPU model and count, and memory rounded to
 * whole GB (the kernel's MemTotal wobbles by a few MB between boots).
 */
function hardwareFingerprint(hardware) {
    const gpus = [...hardware.gpus]
        .sort((a, b) => a.model.localeCompare(b.model))
        .map((g) => `${g.count}x${g.model}`)
        .join("+");
    const canonical = `gpus=${gpus};cpu=${hardware.cpu.count}x${hardware.cpu.model};mem=${Math.round(hardware.memory_gb)}`;
    return `hw-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(canonical).digest("hex").slice(0, 16)}`;
}
function buildReport(input) {
    const sum = (pick) => input.steps.reduce((total, s) => total + pick(s), 0);
    return {
        schema: _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .REPORT_SCHEMA_ID */ .PP,
        tool: { name: "carbon-budget", version: input.version },
        run: {
            id: input.run.id,
            ...(input.run.repo && { repo: input.run.repo }),
            ...(input.run.ref && { ref: input.run.ref }),
            ...(input.run.sha && { sha: input.run.sha }),
            started_at: input.run.startedAt.toISOString(),
            ended_at: input.run.endedAt.toISOString(),
        },
        hardware: { fingerprint: hardwareFingerprint(input.hardware), ...input.hardware },
        assumptions: {
            pue: input.pue,
            intensity_g_per_kwh: input.intensity.g_per_kwh,
            intensity_source: input.intensity.source,
            ...(input.intensity.year !== undefined && { intensity_year: input.intensity.year }),
            ...(input.intensity.location !== undefined && { location: input.intensity.location }),
        },
        steps: input.steps,
        totals: {
            duration_s: sum((s) => s.duration_s),
            energy_kwh: sum((s) => s.energy_kwh),
            co2e_g: sum((s) => s.co2e_g),
            co2e_low_g: sum((s) => s.co2e_low_g),
            co2e_high_g: sum((s) => s.co2e_high_g),
        },
    };
}


/***/ })

};
