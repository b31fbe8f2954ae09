export const id = 247;
export const ids = [247,487];
export const modules = {

/***/ 8275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ choosePue)
/* harmony export */ });
/** `hint` says how to give a PUE in the shell that asks: `--pue`, or the action's pue input. */
function choosePue(given, intensity, hint = "--pue") {
    if (given !== undefined)
        return { value: given };
    if (intensity.pue) {
        return {
            value: intensity.pue.value,
            note: `PUE ${intensity.pue.value} for ${intensity.location ?? "this region"}: ${intensity.pue.source}`,
        };
    }
    return { value: 1, note: `PUE 1.0 assumed (IT energy only); give the data centre's PUE with ${hint}` };
}


/***/ }),

/***/ 6657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ checkOutputPath),
/* harmony export */   z: () => (/* binding */ writeOutput)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/** Files the user asked for (`--json`, `--markdown`): checked before the run, written after it. */



function checkOutputPath(input, path, cwd) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path);
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(full);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(input, path, `its folder ${dir} does not exist; create it first or give another path`);
    }
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(full) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full).isDirectory()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(input, path, "that is a folder; give a file path");
    }
}
function writeOutput(input, path, text, io) {
    if (path === "-") {
        io.stdout.write(text);
        return;
    }
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, path);
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full, { throwIfNoEntry: false })?.isFIFO())
            writeToPipe(input, path, full, text);
        else
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(full, text);
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isInputError */ .B)(error))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(input, path, `could not write it: ${error.message}`);
    }
}
/**
 * A named pipe (`--json >(jq .)`, or one made with mkfifo): opened without waiting, since a pipe no
 * one reads would hold the open forever, and written as fast as its reader takes it.
 */
function writeToPipe(input, path, pipe, text) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(pipe, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (error) {
        if (error.code !== "ENXIO")
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(input, path, "that is a named pipe no one is reading; give a file path");
    }
    const pause = new Int32Array(new SharedArrayBuffer(4));
    try {
        const bytes = Buffer.from(text);
        for (let written = 0; written < bytes.length;) {
            try {
                written += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes, written);
            }
            catch (error) {
                if (error.code !== "EAGAIN")
                    throw error;
                // The pipe is full: its reader is behind. A short sleep, not a busy loop.
                Atomics.wait(pause, 0, 0, 10);
            }
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 9469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UB: () => (/* binding */ loadRunConfig),
  n: () => (/* binding */ runSettings)
});

// UNUSED EXPORTS: givenFromArgs

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/carbon/intensity.ts
var intensity = __webpack_require__(8684);
// EXTERNAL MODULE: ./src/cluster/spec.ts
var spec = __webpack_require__(8971);
// EXTERNAL MODULE: ./src/hardware/cpus.ts
var cpus = __webpack_require__(29);
// EXTERNAL MODULE: ./src/hardware/gpus.ts
var gpus = __webpack_require__(5657);
;// CONCATENATED MODULE: ./src/pipeline/settings.ts




const CLI_NAMES = { ...intensity/* CLI_GRID_NAMES */.nV, gpu: "--gpu", cpu: "--cpu", pue: "--pue" };
const ACTION_NAMES = {
    gpu: "input gpu",
    cpu: "input cpu",
    location: "input location",
    grid: "location input or config location",
    pue: "the pue input or config pue",
};
function stepSettings(given, config, names) {
    const hardware = config?.hardware;
    const gpuModel = given.gpu ?? hardware?.gpu?.model;
    const gpuCount = given.gpuCount ?? (given.gpu ? 1 : hardware?.gpu?.count) ?? 1;
    const cpuModel = given.cpu ?? hardware?.cpu?.model;
    const memoryGb = given.memoryGb ?? hardware?.memory_gb;
    const hostVcpus = given.hostVcpus ?? hardware?.host_vcpus;
    const pue = given.pue ?? config?.pue;
    const remote = config?.measure?.prometheus;
    const prometheus = given.prometheus ??
        (remote &&
            (0,spec/* prometheusSpec */.EW)(remote, {
                url: "measure.prometheus.url",
                selector: "measure.prometheus.selector",
                metrics: "measure.prometheus.metrics",
            }));
    return {
        intensityOptions: intensityOptions(given, config),
        names,
        ...(pue !== undefined && { pue }),
        declared: {
            ...(gpuModel && {
                gpu: {
                    spec: (0,gpus/* requireGpu */.CJ)(gpuModel, given.gpu ? names.gpu : "config hardware.gpu.model"),
                    count: gpuCount,
                },
            }),
            ...(cpuModel && { cpu: (0,cpus/* requireCpu */.Aq)(cpuModel, given.cpu ? names.cpu : "config hardware.cpu.model") }),
            ...(memoryGb !== undefined && { memoryGb }),
            ...(hostVcpus !== undefined && { hostVcpus }),
        },
        intervalMs: given.intervalMs,
        ...(given.unit && { unit: given.unit }),
        embodied: given.embodied,
        ...(prometheus && { prometheus }),
        ...(given.slurm && { slurm: given.slurm }),
    };
}
/** A given location or intensity replaces the config's location whole: the two are one choice. */
function intensityOptions(given, config) {
    if (given.location !== undefined || given.intensity !== undefined) {
        return {
            ...(given.location !== undefined && { location: given.location }),
            ...(given.intensity !== undefined && { intensity: given.intensity }),
        };
    }
    const location = config?.location;
    if (typeof location === "string")
        return { location };
    return location ? { intensity: location.intensity } : {};
}

;// CONCATENATED MODULE: ./src/cli/run-config.ts
/**
 * The config file for `carbon-budget run`: `--config FILE`, or `.github/carbon-budget.yml` at the git
 * root when present. Flags win over the file where both say something (`--prometheus` over
 * `measure.prometheus`); the file's budgets are shown with the result (the exit code stays the command's).
 */




async function loadRunConfig(args, cwd, gitRoot) {
    // The YAML parser and the config schema load only when there is a config to read.
    const load = async (path) => (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(363), __webpack_require__.e(344)]).then(__webpack_require__.bind(__webpack_require__, 5363))).parseConfigFile(path);
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
/** The flags as the settings every shell shares: what is not given here, the config file may fill. */
function givenFromArgs(args) {
    return {
        ...(args.location !== undefined && { location: args.location }),
        ...(args.intensity !== undefined && { intensity: args.intensity }),
        ...(args.pue !== undefined && { pue: args.pue }),
        ...(args.gpu !== undefined && { gpu: args.gpu }),
        ...(args.gpuCount !== undefined && { gpuCount: args.gpuCount }),
        ...(args.cpu !== undefined && { cpu: args.cpu }),
        ...(args.memoryGb !== undefined && { memoryGb: args.memoryGb }),
        ...(args.hostVcpus !== undefined && { hostVcpus: args.hostVcpus }),
        intervalMs: args.intervalMs,
        ...(args.unit && { unit: args.unit }),
        embodied: args.embodied,
        ...(args.prometheus && { prometheus: args.prometheus }),
        ...(args.slurm && { slurm: args.slurm }),
    };
}
/** How `carbon-budget run` measures: the flags, with what the config file adds where a flag is not given. */
function runSettings(args, config) {
    return stepSettings(givenFromArgs(args), config, CLI_NAMES);
}


/***/ }),

/***/ 4247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMeasured: () => (/* binding */ runMeasured)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/local.ts
var local = __webpack_require__(9487);
// EXTERNAL MODULE: ./src/carbon/intensity.ts
var intensity = __webpack_require__(8684);
// EXTERNAL MODULE: ./src/carbon/pue.ts
var pue = __webpack_require__(8275);
;// CONCATENATED MODULE: ./src/cluster/slurm-job-id.ts
const SUBMITTED = /Submitted batch job (\d+)(?: on cluster (\S+))?/;
const PARSABLE = /^(\d+)(?:;(\S+))?$/;
/** A line longer than this is not sbatch's; only its end is kept while waiting for the newline. */
const MAX_LINE = 4096;
class JobIdScanner {
    partial = "";
    submitted;
    parsable;
    push(chunk) {
        if (this.submitted)
            return;
        const lines = (this.partial + chunk.toString()).split(/\r?\n/);
        this.partial = (lines.pop() ?? "").slice(-MAX_LINE);
        for (const line of lines) {
            this.read(line);
            if (this.submitted)
                return;
        }
    }
    read(line) {
        const submitted = SUBMITTED.exec(line);
        if (submitted)
            this.submitted = ref(submitted);
        const parsable = PARSABLE.exec(line.trim());
        if (parsable && !this.parsable)
            this.parsable = ref(parsable);
    }
    /** The job, once the output has ended (an unterminated last line counts too). */
    get job() {
        if (!this.submitted && this.partial) {
            this.read(this.partial);
            this.partial = "";
        }
        return this.submitted ?? this.parsable;
    }
}
const ref = (match) => ({
    id: match[1],
    ...(match[2] && { cluster: match[2] }),
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/measure/command.ts
/**
 * Runs the wrapped command as if we were not there: it inherits stdin, stdout and stderr, receives the
 * SIGINT/SIGTERM we receive, and its exit code becomes ours. A command that cannot be started is
 * exit 127, as in a shell, with the reason.
 */


const FORWARDED = ["SIGINT", "SIGTERM", "SIGHUP"];
function command_runCommand(command, args, options = {}) {
    return new Promise((resolve) => {
        // Reading the command's output (sbatch's job id) means a pipe, passed straight through to ours.
        const { onStdout } = options;
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(command, args, {
                stdio: onStdout ? ["inherit", "pipe", "inherit"] : "inherit",
                env: options.env ?? process.env,
            });
        }
        catch (error) {
            // Node refuses some arguments before trying (a NUL byte in one): the command cannot be started.
            resolve({ exitCode: 1, error: `cannot run ${command}: ${error.message}` });
            return;
        }
        child.stdout?.on("data", (chunk) => {
            process.stdout.write(chunk);
            onStdout?.(chunk);
        });
        // The last output can arrive after the exit; a grandchild holding the pipe open must not hold us.
        const drained = () => !child.stdout || child.stdout.readableEnded
            ? Promise.resolve()
            : new Promise((done) => {
                child.stdout?.once("end", done);
                setTimeout(done, 500).unref();
            });
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
            void drained().then(() => {
                if (signal) {
                    // A shell reports death by signal N as 128 + N; CI systems and users expect the same from us.
                    resolve({ exitCode: 128 + (external_node_os_.constants.signals[signal] ?? 0), signal });
                }
                else {
                    resolve({ exitCode: code ?? 1 });
                }
            });
        });
    });
}

;// CONCATENATED MODULE: ./src/measure/extend.ts
/**
 * `measuredMs`: from the start of sampling to the command's end; `unmeasuredMs`: from the command's
 * start to the start of sampling. The component's readings cover `covered_ms` of the end of that
 * window (all of `measuredMs` when it does not say).
 */
function extendToWindow(component, measuredMs, unmeasuredMs) {
    const coveredMs = component.covered_ms ?? measuredMs;
    const headMs = measuredMs + unmeasuredMs - coveredMs;
    if (headMs <= 0)
        return component;
    // The sampled span, not the wall window: dividing by the window would count the head twice over.
    const averageW = coveredMs > 0 ? component.energy_j / (coveredMs / 1000) : component.avg_power_w;
    if (averageW === undefined) {
        return {
            ...component,
            notes: [
                ...component.notes,
                "the command ended before this sensor's first reading: its energy is not counted",
            ],
        };
    }
    return {
        ...component,
        energy_j: component.energy_j + averageW * (headMs / 1000),
        notes: [
            ...component.notes,
            `first ${(headMs / 1000).toFixed(2)} s, before the sensor was ready, counted at the average ${averageW.toFixed(1)} W`,
        ],
    };
}

;// CONCATENATED MODULE: ./src/measure/sampler.ts
const sampler_monotonicMs = () => performance.now();
async function startSampling(options) {
    const clock = options.clock ?? sampler_monotonicMs;
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
    // Each meter is read at its own cadence (never faster than the interval); the timer ticks at the
    // fastest cadence any meter or the progress line needs.
    const cadence = (meter) => Math.max(options.intervalMs, meter.readEveryMs ?? options.intervalMs);
    const lastRead = new Map(live.map((meter) => [meter, startMs]));
    const progressMs = options.onProgress
        ? (options.progressEveryMs ?? options.intervalMs)
        : Number.POSITIVE_INFINITY;
    // A loop, not a spread: it runs every tick, for days.
    const fastestTick = () => {
        let fastest = live.length ? progressMs : Math.min(progressMs, options.intervalMs);
        for (const meter of live)
            fastest = Math.min(fastest, cadence(meter));
        return fastest;
    };
    let tickMs = fastestTick();
    const tick = () => {
        const now = clock();
        // A late tick means the machine or our event loop stalled; counters still cover it, but sampled
        // sources bridged it with a straight line, so the report says so.
        if (now - lastTickMs > 3 * tickMs) {
            gaps.count += 1;
            gaps.longestMs = Math.max(gaps.longestMs, now - lastTickMs);
        }
        lastTickMs = now;
        for (const meter of live) {
            // Half an interval of slack, so timer jitter never skips a due reading by a whole tick.
            if (now - (lastRead.get(meter) ?? startMs) < cadence(meter) - options.intervalMs / 2)
                continue;
            lastRead.set(meter, now);
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
        // A counter that has seen more power asks to be read sooner (it must not wrap twice unseen).
        if (!driver && fastestTick() < tickMs) {
            tickMs = fastestTick();
            clearInterval(timer);
            timer = setInterval(tick, tickMs).unref();
        }
        if (options.onProgress && now - lastProgressMs >= (options.progressEveryMs ?? options.intervalMs)) {
            lastProgressMs = now;
            try {
                options.onProgress(currentProgress(live, now - startMs));
            }
            catch (error) {
                // Ticks run on a timer: a throw here would end the process, and the command's wait with it.
                const message = `progress report failed: ${error.message}`;
                if (!notes.includes(message))
                    notes.push(message);
            }
        }
    };
    // Ticks come from a streaming source's batches when there is one (one wake-up per interval, not
    // two), with a watchdog that ticks on its own if the stream falls silent; else from a timer.
    const driver = live.find((meter) => meter.onReadings);
    let timer;
    if (driver?.onReadings) {
        driver.onReadings(tick);
        // A slow watchdog, armed once: re-creating a timer per batch would still wake the process at the
        // old deadline. It ticks only when the stream has been silent for over 3 intervals.
        timer = setInterval(() => {
            if (clock() - lastTickMs > 3 * options.intervalMs)
                tick();
        }, Math.max(10 * options.intervalMs, 1000));
    }
    else {
        timer = setInterval(tick, tickMs);
    }
    timer.unref();
    return {
        async finish() {
            clearInterval(timer);
            driver?.onReadings?.(() => { });
            const now = clock();
            if (gaps.count > 0) {
                notes.push(`${gaps.count} sampling gap${gaps.count === 1 ? "" : "s"} over 3x the ${tickMs} ms interval ` +
                    `(longest ${(gaps.longestMs / 1000).toFixed(1)} s): the machine or the sampler stalled`);
            }
            const components = [];
            for (const meter of live) {
                try {
                    components.push(...(await meter.finish(now)));
                    notes.push(...(meter.unmeasured?.() ?? []));
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

;// CONCATENATED MODULE: ./src/measure/measure-command.ts



/** What is known of a machine whose detection failed: nothing, said as such. */
const UNKNOWN_MACHINE = { cpuModel: "unknown CPU", cpuSockets: 1, vcpus: 0, memoryGb: 0 };
const message = (error) => (error instanceof Error ? error.message : String(error));
async function measureCommand(options) {
    const startedAt = new Date();
    const commandStartMs = sampler_monotonicMs();
    const commandDone = command_runCommand(options.command, options.args, {
        ...(options.spawnEnv && { env: options.spawnEnv }),
        ...(options.onStdout && { onStdout: options.onStdout }),
    });
    let notMeasured;
    const measuring = await startMeasuring(options).catch((error) => {
        notMeasured = `measuring could not start: ${message(error)}`;
        return undefined;
    });
    const result = await commandDone;
    const endMs = sampler_monotonicMs();
    const endedAt = new Date();
    const measured = await measuring?.finish(commandStartMs, endMs).catch((error) => {
        notMeasured = `measuring failed at the end: ${message(error)}`;
        return undefined;
    });
    // Since the process started: node's own start and loading the bundle are part of what measuring costs.
    const cpuUsed = process.cpuUsage();
    return {
        result,
        components: notMeasured === undefined ? (measured?.components ?? []) : [],
        notes: [...(measured?.notes ?? []), ...(result.error ? [result.error] : [])],
        ...(notMeasured !== undefined && { notMeasured }),
        startedAt,
        endedAt,
        durationS: (endMs - commandStartMs) / 1000,
        overheadCpuS: (cpuUsed.user + cpuUsed.system) / 1e6,
        machine: measuring?.machine ?? UNKNOWN_MACHINE,
    };
}
async function startMeasuring(options) {
    // The sources' code loads after the spawn: what the command waits for is only what validation needs.
    const { detectMachine, selectMeters } = await __webpack_require__.e(/* import() */ 621).then(__webpack_require__.bind(__webpack_require__, 5621));
    const machine = await detectMachine(options.env);
    const { meters, skipped, missing } = await selectMeters({
        env: options.env,
        intervalMs: options.intervalMs,
        declared: options.declared,
        machine,
    });
    const samplingStartMs = sampler_monotonicMs();
    const sampling = await startSampling({
        meters,
        intervalMs: options.intervalMs,
        ...(options.progress && {
            onProgress: options.progress.update,
            progressEveryMs: options.progress.everyMs,
        }),
    });
    return {
        machine,
        async finish(commandStartMs, endMs) {
            const measured = await sampling.finish();
            const components = measured.components.map((component) => {
                const extended = extendToWindow(component, endMs - samplingStartMs, samplingStartMs - commandStartMs);
                const why = skipped[component.kind] ?? [];
                return why.length ? { ...extended, notes: [...why, ...extended.notes] } : extended;
            });
            return { components, notes: [...missing, ...measured.notes] };
        },
    };
}

;// CONCATENATED MODULE: ./src/pipeline/measure-step.ts
/**
 * One measured step, the same for the CLI and the action: the settings checked and the live intensity
 * started before the command (a bad location is the user's error before anything runs), the command
 * measured, the remote part of the step read over its window (Prometheus, Slurm), then accounted into
 * a one-step report. The accounting code loads after the command: none of it is needed to start it.
 */






/** Checks the location now (a bad one is the user's InputError) and starts the live intensity lookup. */
function planStep(settings, env) {
    const yearly = (0,intensity/* resolveIntensity */.yK)(settings.intensityOptions, settings.names);
    const live = env.electricityMapsToken
        ? (0,intensity/* resolveIntensityLive */.MO)(settings.intensityOptions, { token: env.electricityMapsToken, baseUrl: env.electricityMapsUrl }, settings.names).catch((error) => ({
            ...yearly,
            note: `live intensity unavailable (${error.message}): yearly average used`,
        }))
        : Promise.resolve(yearly);
    return { settings, env, pue: (0,pue/* choosePue */.U)(settings.pue, yearly, settings.names.pue), yearly, intensity: live };
}
/** Runs and measures the command. Never throws: the command's exit code is the step's. */
async function measureStep(plan, step, hooks) {
    const { settings, env } = plan;
    // `slurm` without a job id: sbatch's job id is read from the command's output on the way through.
    const scanner = settings.slurm && !settings.slurm.jobId ? new JobIdScanner() : undefined;
    const measured = await measureCommand({
        command: step.command,
        args: step.args,
        env,
        intervalMs: settings.intervalMs,
        declared: settings.declared,
        ...(step.spawnEnv && { spawnEnv: step.spawnEnv }),
        ...(scanner && { onStdout: (chunk) => scanner.push(chunk) }),
        ...(hooks.progress && { progress: hooks.progress }),
    });
    hooks.ended?.(measured.result.error);
    const exit = {
        exitCode: measured.result.exitCode,
        ...(measured.result.error && { error: measured.result.error }),
    };
    try {
        const { accountStep } = await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(536), __webpack_require__.e(503), __webpack_require__.e(629)]).then(__webpack_require__.bind(__webpack_require__, 4980));
        const report = await accountStep(plan, step.name, measured, hooks, scanner?.job);
        return { ...exit, measured, report };
    }
    catch (failure) {
        // The command has run: a measurement that cannot be accounted is reported as not measured.
        const reason = `the measurement could not be accounted: ${failure instanceof Error ? failure.message : String(failure)}`;
        const { reportForUnmeasured } = await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(536), __webpack_require__.e(180)]).then(__webpack_require__.bind(__webpack_require__, 6479));
        const report = reportForUnmeasured({
            step: step.name,
            startedAt: measured.startedAt,
            endedAt: measured.endedAt,
            durationS: measured.durationS,
            exitCode: exit.exitCode,
            reason,
            notes: measured.notes,
            run: hooks.run(),
        });
        return { ...exit, measured, report, failure };
    }
}
/**
 * Runs the command plainly (stdio inherited, signals forwarded) when there is nothing to measure it
 * with, `reason` saying why; the report says "not measured". Never throws: the exit code is the step's.
 */
async function runUnmeasured(step, reason, run) {
    const startedAt = new Date();
    const startMs = monotonicMs();
    const result = await runCommand(step.command, step.args, { ...(step.spawnEnv && { env: step.spawnEnv }) });
    const exit = { exitCode: result.exitCode, ...(result.error && { error: result.error }) };
    const { reportForUnmeasured } = await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(536), __webpack_require__.e(180)]).then(__webpack_require__.bind(__webpack_require__, 6479));
    const report = reportForUnmeasured({
        step: step.name,
        startedAt,
        endedAt: new Date(),
        durationS: (monotonicMs() - startMs) / 1000,
        exitCode: result.exitCode,
        reason,
        ...(result.error && { notes: [result.error] }),
        run,
    });
    return { ...exit, report };
}

// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(1996);
// EXTERNAL MODULE: ./src/render/format.ts
var format = __webpack_require__(1509);
;// CONCATENATED MODULE: ./src/render/progress-line.ts


/** Time so far, energy, CO2e and the power now; the step is named where a log holds several. */
function describeProgress(progress, gPerKwh, pue, step) {
    const kwh = (0,units/* joulesToKwh */.em)(progress.energyJ) * pue;
    const power = progress.powerW !== undefined ? `, ${(0,format/* formatPower */.d5)(progress.powerW)}` : "";
    const name = step ? `${step}: ` : "";
    return `carbon-budget: ${name}${(0,format/* formatDuration */.a3)(progress.elapsedS)}, ${(0,format/* formatEnergy */.QE)(kwh)}, ${(0,format/* formatMass */.so)(kwh * gPerKwh)} CO2e${power}`;
}
/** A step's outcome in one log line, and where its report is. */
const describeStepKept = (step, path) => step.not_measured === undefined
    ? `carbon-budget: ${step.name}: ${formatEnergy(step.energy_kwh)}, ${formatMass(step.co2e_g)} CO2e (${path})`
    : `carbon-budget: ${step.name}: not measured (${path})`;

// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
;// CONCATENATED MODULE: ./src/cli/progress.ts
/**
 * Progress for long runs: a live status line on a TTY (redrawn in place), a plain log line every 60 s
 * otherwise, so a CI log shows the run is alive without drowning the training output.
 */
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

// EXTERNAL MODULE: ./src/cli/run-config.ts + 1 modules
var run_config = __webpack_require__(9469);
;// CONCATENATED MODULE: ./src/cli/run.ts
/**
 * `carbon-budget run`: measure a command, account for it, compare it with the history and report.
 * The command is spawned first, so start-up stays fast; the sensors are probed while it starts.
 */







async function runMeasured(args, io) {
    // Everything the user could have got wrong is checked before the command starts.
    const config = await (0,run_config/* loadRunConfig */.UB)(args, io.cwd, (0,local.findRepoRoot)(io.cwd));
    // The yearly value checks the location now; a live value (with a token) is fetched while the command runs.
    const plan = planStep((0,run_config/* runSettings */.n)(args, config), io.env);
    const { yearly, pue } = plan;
    if (args.json && args.json !== "-")
        (0,output/* checkOutputPath */.$)("--json", args.json, io.cwd);
    if (args.markdown && args.markdown !== "-")
        (0,output/* checkOutputPath */.$)("--markdown", args.markdown, io.cwd);
    const log = (line) => io.stderr.write(`carbon-budget: ${line}\n`);
    if (args.intensityWarning)
        log(`warning: ${args.intensityWarning}`);
    if (yearly.warning)
        log(`warning: ${yearly.warning}`);
    const sink = args.quiet
        ? undefined
        : progressSink(io.stderr, (p) => describeProgress(p, yearly.g_per_kwh, pue.value));
    // Git is read after the command, and only when the report is being made.
    let git;
    const step = await measureStep(plan, { name: args.step, command: args.command, args: args.commandArgs }, {
        log,
        announceRemote: !args.quiet,
        ...(sink && { progress: { everyMs: sink.everyMs, update: sink.update } }),
        ended: (error) => {
            sink?.done();
            if (error)
                log(error);
        },
        run: () => {
            git = (0,local.readGitPosition)(io.cwd);
            return { ...(git.branch && { ref: git.branch }), ...(git.sha && { sha: git.sha }) };
        },
    });
    try {
        if (step.failure !== undefined)
            throw step.failure;
        if (!step.report || !git)
            throw new Error("no report was made");
        // Reporting's code loads after the command: none of it is needed to start it.
        const { reportRun } = await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(59), __webpack_require__.e(183), __webpack_require__.e(101)]).then(__webpack_require__.bind(__webpack_require__, 3101));
        // The grid's warning, if any, was said before the command ran: once is enough.
        reportRun(args, io, step.report, git, config);
    }
    catch (error) {
        // The command has run: its exit code stays the user's, whatever goes wrong in our reporting.
        log((0,errors/* isInputError */.B)(error) ? error.message : `could not finish the report: ${error.message}`);
    }
    return step.exitCode;
}


/***/ }),

/***/ 8971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EW: () => (/* binding */ prometheusSpec),
/* harmony export */   et: () => (/* binding */ parseJobId)
/* harmony export */ });
/* unused harmony export parseMetrics */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _metric_set_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1145);
/* harmony import */ var _prometheus_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3582);
/* harmony import */ var _selector_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6833);
/**
 * What the user asks to be measured remotely, checked the same way wherever it is given (CLI flags,
 * action inputs, the config file): a Prometheus URL with a selector and metric sets, a Slurm job.
 */




function parseMetrics(input, text) {
    const names = text
        .split(/[\s,]+/)
        .map((n) => n.trim())
        .filter(Boolean);
    const unknown = names.filter((n) => !_metric_set_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_SETS */ .Ft.includes(n));
    if (names.length === 0 || unknown.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, text, `use one or more of ${_metric_set_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_SETS */ .Ft.join(", ")}, comma separated${unknown.length ? ` (not ${unknown.join(", ")})` : ""}`);
    }
    return [...new Set(names)];
}
/** Without a selector, the Slurm job's GPUs (`{hpc_job="ID"}`): the caller allows that only with Slurm. */
function prometheusSpec(given, names) {
    const metrics = given.metrics === undefined
        ? [..._metric_set_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_SETS */ .Ft]
        : typeof given.metrics === "string"
            ? parseMetrics(names.metrics, given.metrics)
            : [...given.metrics];
    return {
        target: (0,_prometheus_client_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePrometheusUrl */ .bP)(names.url, given.url),
        selector: given.selector === undefined ? [] : (0,_selector_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSelector */ .Pl)(names.selector, given.selector),
        selectorText: given.selector?.trim() ?? "",
        metrics,
    };
}
/** A Slurm job id as sacct takes it: `123`, an array task `123_4`, a heterogeneous component `123+0`. */
function parseJobId(input, text) {
    const id = text.trim();
    if (!/^\d+([_+]\d+)?$/.test(id)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, text, "use a Slurm job id: digits, e.g. 123456 (or 123456_7 for an array task)");
    }
    return id;
}


/***/ }),

/***/ 9487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findRepoRoot: () => (/* binding */ findRepoRoot),
/* harmony export */   readGitPosition: () => (/* binding */ readGitPosition)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/** What the local git checkout says about where we are: the only place the CLI asks git. */



function git(cwd, args) {
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)("git", args, { cwd, stdio: ["ignore", "pipe", "ignore"], encoding: "utf8" }).trim();
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
/**
 * The checkout's top folder without asking git (no process to start before the wrapped command):
 * the nearest folder up from `cwd` holding a `.git` entry, else `cwd`.
 */
function findRepoRoot(cwd) {
    for (let dir = cwd;; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, ".git")))
            return dir;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir) === dir)
            return cwd;
    }
}


/***/ }),

/***/ 1509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   QE: () => (/* binding */ formatEnergy),
/* harmony export */   R8: () => (/* binding */ formatPct),
/* harmony export */   TA: () => (/* binding */ formatIntensity),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   bk: () => (/* binding */ formatMassRange),
/* harmony export */   d5: () => (/* binding */ formatPower),
/* harmony export */   so: () => (/* binding */ formatMass),
/* harmony export */   x8: () => (/* binding */ signed)
/* harmony export */ });
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1996);
/** Numbers as people read them: a unit that keeps 3 significant figures readable, signs on deltas. */

const formatEnergy = (kwh) => (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .scaled */ .vK)(kwh, "energy");
const formatMass = (grams) => (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .scaled */ .vK)(grams, "mass");
const formatPower = (watts) => `${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .significant */ .I1)(watts)} W`;
/** Grid intensity in g/kWh, three significant figures without trailing zeros: 472.94 reads 473. */
const formatIntensity = (gPerKwh) => String((0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .rounded */ .Wf)(gPerKwh));
/**
 * A mass with its low..high range: `1.21 kg (1.09 kg–1.33 kg)`, with `between` after the value
 * (` CO2e`). A range whose ends read the same as the value prints once: `131 g`, not `131 g (131 g–131 g)`.
 */
function formatMassRange(value, low, high, between = "") {
    const [mid, from, to] = [value, low, high].map(formatMass);
    const collapsed = from === mid && to === mid;
    return `${mid}${between}${collapsed ? "" : ` (${from}–${to})`}`;
}
const signed = (text, value) => value > 0 ? `+${text}` : value < 0 ? text : `±${text}`;
const formatPct = (pct) => signed(`${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .significant */ .I1)(pct, 2)}%`, pct);
function formatDuration(seconds) {
    if ((0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .rounded */ .Wf)(seconds) < 60)
        return `${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .significant */ .I1)(seconds)} s`;
    const s = Math.round(seconds);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const rest = s % 60;
    return h > 0 ? `${h}h ${String(m).padStart(2, "0")}m` : `${m}m ${String(rest).padStart(2, "0")}s`;
}
const shortSha = (sha) => (sha ? sha.slice(0, 7) : "?");


/***/ })

};
