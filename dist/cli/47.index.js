export const id = 47;
export const ids = [47,487];
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

/***/ 9556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VE: () => (/* binding */ ACCOUNTING_OPTIONS),
  $K: () => (/* binding */ ACCOUNTING_VALUES),
  P$: () => (/* binding */ accountingArgs),
  Sq: () => (/* binding */ writeClusterReport)
});

// UNUSED EXPORTS: accountingFor

// EXTERNAL MODULE: ./src/carbon/intensity.ts
var carbon_intensity = __webpack_require__(8684);
// EXTERNAL MODULE: ./src/carbon/pue.ts
var carbon_pue = __webpack_require__(8275);
// EXTERNAL MODULE: ./src/compare/compare.ts
var compare = __webpack_require__(6832);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/local.ts
var local = __webpack_require__(9487);
// EXTERNAL MODULE: ./src/render/terminal.ts
var terminal = __webpack_require__(1518);
// EXTERNAL MODULE: ./src/carbon/embodied.ts
var embodied = __webpack_require__(3254);
// EXTERNAL MODULE: ./src/cluster/remote.ts + 7 modules
var cluster_remote = __webpack_require__(9503);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
// EXTERNAL MODULE: ./src/report/account.ts
var account = __webpack_require__(3149);
// EXTERNAL MODULE: ./src/report/build.ts + 1 modules
var build = __webpack_require__(6247);
// EXTERNAL MODULE: ./src/report/hardware-facts.ts + 2 modules
var hardware_facts = __webpack_require__(467);
;// CONCATENATED MODULE: ./src/report/remote-report.ts
/**
 * A report for work measured on a cluster alone (`import prometheus`, `import slurm`): no local machine,
 * one step over the window, the remote records attached. Embodied emissions count the GPUs the work held
 * (a job reserves a whole GPU); the servers around them are left out, since their share is not known.
 */






function reportForRemote(remote, options) {
    const { window, intensity, pue } = options;
    const durationS = (window.toMs - window.fromMs) / 1000;
    const counts = new Map();
    for (const c of remote.components) {
        if (c.kind === "gpu")
            counts.set(c.model ?? "unknown GPU", (counts.get(c.model ?? "unknown GPU") ?? 0) + 1);
    }
    const gpus = [...counts].map(([model, count]) => ({ model, count }));
    const startedAt = new Date(window.fromMs);
    const endedAt = new Date(window.toMs);
    const step = (0,account/* accountStep */.Ie)({
        name: options.step,
        startedAt,
        endedAt,
        durationS,
        components: remote.components,
        pue: pue.value,
        intensityGPerKwh: intensity.g_per_kwh,
        notes: [
            ...remote.notes,
            ...(pue.note ? [pue.note] : []),
            ...(intensity.note ? [intensity.note] : []),
            ...(intensity.warning ? [intensity.warning] : []),
            ...(options.embodied ? [] : [account/* EMBODIED_LEFT_OUT_NOTE */.GZ]),
        ],
        ...(options.embodied && { embodied: (0,embodied/* embodiedForStep */.$S)({ durationS, gpus }) }),
    });
    const report = (0,build/* buildReport */.F)({
        version: version/* VERSION */.x,
        run: { id: (0,hardware_facts/* newRunId */.F$)(startedAt), startedAt, endedAt },
        hardware: { gpus, cpu: { model: "none (imported from the cluster)", count: 0 }, memory_gb: 0 },
        pue: pue.value,
        intensity,
        steps: [step],
    });
    return (0,cluster_remote/* attachRemote */.gi)(report, remote);
}

// EXTERNAL MODULE: ./src/report/step-name-rule.ts
var step_name_rule = __webpack_require__(7759);
// EXTERNAL MODULE: ./src/cli/args.ts + 1 modules
var args = __webpack_require__(3521);
// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
// EXTERNAL MODULE: ./src/cli/run-config.ts + 1 modules
var run_config = __webpack_require__(9469);
;// CONCATENATED MODULE: ./src/cli/import-cluster.ts
/**
 * What `import prometheus` and `import slurm` share: the accounting flags (as `run` takes them), the
 * config file's location and PUE when there is one, and the output (a table, the report with --json).
 */











const ACCOUNTING_OPTIONS = {
    step: { type: "string" },
    json: { type: "string" },
    location: { type: "string" },
    intensity: { type: "string" },
    pue: { type: "string" },
    config: { type: "string" },
    "no-embodied": { type: "boolean" },
    verbose: { type: "boolean", short: "v" },
};
/** How a value that starts with a dash is judged (`--intensity -5`): as the flag itself judges it. */
const ACCOUNTING_VALUES = {
    "--intensity": (text) => (0,args.parseIntensity)("--intensity", text),
    "--pue": (text) => (0,args.parseNumber)("--pue", text, { min: 1, max: 3, what: "power usage effectiveness" }),
};
function accountingArgs(values) {
    const text = (flag, value) => {
        if (value !== undefined && value.trim() === "")
            throw new errors/* InputError */.d(flag, value, "it must not be empty");
        return value?.trim();
    };
    const step = text("--step", values.step);
    const stepProblem = step === undefined ? undefined : (0,step_name_rule/* stepNameProblem */.r4)(step);
    if (step !== undefined && stepProblem) {
        throw new errors/* InputError */.d("--step", step, `it ${stepProblem}; ${step_name_rule/* STEP_NAME_ALLOWED */._G}`);
    }
    const json = text("--json", values.json);
    const location = text("--location", values.location);
    const config = text("--config", values.config);
    return {
        ...(step !== undefined && { step }),
        ...(json !== undefined && { json }),
        ...(location !== undefined && { location }),
        ...(values.intensity !== undefined && {
            intensity: (0,args.parseIntensity)("--intensity", values.intensity).g_per_kwh,
        }),
        ...(values.pue !== undefined && {
            pue: (0,args.parseNumber)("--pue", values.pue, { min: 1, max: 3, what: "power usage effectiveness" }),
        }),
        ...(config !== undefined && { config }),
        embodied: !values["no-embodied"],
        verbose: Boolean(values.verbose),
    };
}
/** Location and PUE: the flags, else the config file's, else the defaults `run` uses. */
async function accountingFor(args, cwd) {
    const config = await (0,run_config/* loadRunConfig */.UB)(args, cwd, (0,local.findRepoRoot)(cwd));
    const location = config?.location;
    const fromFile = args.location === undefined && args.intensity === undefined
        ? typeof location === "string"
            ? { location }
            : location
                ? { intensity: location.intensity }
                : {}
        : {};
    const intensity = (0,carbon_intensity/* resolveIntensity */.yK)({
        ...fromFile,
        ...(args.location !== undefined && { location: args.location }),
        ...(args.intensity !== undefined && { intensity: args.intensity }),
    });
    const pue = (0,carbon_pue/* choosePue */.U)(args.pue ?? config?.pue, intensity);
    return { intensity, pue };
}
async function writeClusterReport(remote, window, step, args, io) {
    if (args.json && args.json !== "-")
        (0,output/* checkOutputPath */.$)("--json", args.json, io.cwd);
    const { intensity, pue } = await accountingFor(args, io.cwd);
    const report = reportForRemote(remote, { step, window, intensity, pue, embodied: args.embodied });
    const human = args.json === "-" ? io.stderr : io.stdout;
    for (const warning of remote.warnings)
        io.stderr.write(`carbon-budget: warning: ${warning}\n`);
    human.write((0,terminal/* renderTerminal */.bF)(report, (0,compare/* compareReports */.l)(report, undefined), { verbose: args.verbose }));
    if (args.json)
        (0,output/* writeOutput */.z)("--json", args.json, `${JSON.stringify(report, null, 2)}\n`, io);
}


/***/ }),

/***/ 3047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseImportSlurmArgs: () => (/* binding */ parseImportSlurmArgs),
/* harmony export */   runImportSlurm: () => (/* binding */ runImportSlurm)
/* harmony export */ });
/* harmony import */ var _cluster_measure_remote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3057);
/* harmony import */ var _cluster_measure_slurm_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9640);
/* harmony import */ var _cluster_spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8971);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2678);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3521);
/* harmony import */ var _import_cluster_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9556);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7485);
/**
 * `carbon-budget import slurm JOBID`: a finished Slurm job's energy from its accounting (sacct), as a
 * report. With `--prometheus URL --selector SEL` the job's GPUs are added from DCGM over the job's own
 * window (Slurm records none), with nothing counted twice. An unknown job, or one without energy,
 * exits 2 naming the job or AcctGatherEnergyType.
 */








const OPTIONS = {
    ..._import_cluster_js__WEBPACK_IMPORTED_MODULE_5__/* .ACCOUNTING_OPTIONS */ .VE,
    prometheus: { type: "string" },
    selector: { type: "string" },
    metrics: { type: "string" },
};
function parseImportSlurmArgs(argv) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__.parseOptions)(argv, OPTIONS, {
        command: "carbon-budget import slurm",
        usage: _usage_js__WEBPACK_IMPORTED_MODULE_6__/* .IMPORT_SLURM_USAGE */ .Sm,
        values: _import_cluster_js__WEBPACK_IMPORTED_MODULE_5__/* .ACCOUNTING_VALUES */ .$K,
    });
    const [id, ...extra] = positionals;
    if (id === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d("JOBID", "", `give the Slurm job id\n${_usage_js__WEBPACK_IMPORTED_MODULE_6__/* .IMPORT_SLURM_USAGE */ .Sm}`);
    if (extra.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d("carbon-budget import slurm", extra.join(" "), "unexpected arguments");
    if ((values.selector !== undefined || values.metrics !== undefined) && values.prometheus === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(values.selector !== undefined ? "--selector" : "--metrics", values.selector ?? values.metrics ?? "", "it goes with --prometheus URL");
    }
    return {
        jobId: (0,_cluster_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJobId */ .et)("JOBID", id),
        ...(values.prometheus !== undefined && {
            prometheus: (0,_cluster_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .prometheusSpec */ .EW)({
                url: values.prometheus,
                // Without one, the job's GPUs: DCGM's HPC mapping labels a GPU with the job holding it.
                ...(values.selector !== undefined && { selector: values.selector }),
                metrics: values.metrics ?? "dcgm",
            }, { url: "--prometheus", selector: "--selector", metrics: "--metrics" }),
        }),
        accounting: (0,_import_cluster_js__WEBPACK_IMPORTED_MODULE_5__/* .accountingArgs */ .P$)(values),
    };
}
async function runImportSlurm(argv, io) {
    const args = parseImportSlurmArgs(argv);
    const env = (0,_environment_js__WEBPACK_IMPORTED_MODULE_7__/* .readEnvironment */ .Q)();
    // The job first, alone: its window is what Prometheus is asked about.
    let measured;
    try {
        measured = await (0,_cluster_measure_slurm_js__WEBPACK_IMPORTED_MODULE_1__/* .measureSlurmJob */ .V)({ id: args.jobId }, { path: env.path });
    }
    catch (error) {
        if (error instanceof _cluster_measure_slurm_js__WEBPACK_IMPORTED_MODULE_1__/* .SlurmProblem */ .X)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d("JOBID", args.jobId, error.message);
        throw error;
    }
    const { start, end } = measured.job.job;
    if (!start || !end)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d("JOBID", args.jobId, "sacct gives no start and end for it");
    const window = { fromMs: start.getTime(), toMs: end.getTime() };
    const remote = await (0,_cluster_measure_remote_js__WEBPACK_IMPORTED_MODULE_0__/* .measureRemote */ .T)({ slurm: { jobId: args.jobId, measured }, ...(args.prometheus && { prometheus: args.prometheus }) }, window, { env: { ...env, remoteWaitMs: 0 } });
    const step = args.accounting.step ?? (measured.job.job.name.replace(/[^\w.\- ]+/g, "-").slice(0, 100) || "slurm");
    await (0,_import_cluster_js__WEBPACK_IMPORTED_MODULE_5__/* .writeClusterReport */ .Sq)(remote, window, step, args.accounting, io);
    return 0;
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

/***/ 3057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ measureRemote)
/* harmony export */ });
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1996);
/* harmony import */ var _measure_slurm_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9640);
/* harmony import */ var _remote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9503);
/* harmony import */ var _selector_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6833);
/* harmony import */ var _slurm_energy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4502);
/**
 * A step's remote part from every source asked, over the step's window, with nothing counted twice:
 * when Slurm's figure covers a kind of device (RAPL: CPU and DRAM; IPMI: the whole node), the same
 * kind from Prometheus is left out and said so. The entry point `run` and the action's measure step
 * share; it throws nothing for the cluster's trouble.
 */





const NO_SLURM = { result: _remote_js__WEBPACK_IMPORTED_MODULE_2__/* .EMPTY_REMOTE */ .Vc };
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
        : _remote_js__WEBPACK_IMPORTED_MODULE_2__/* .EMPTY_REMOTE */ .Vc;
    if (!slurm.measured)
        return (0,_remote_js__WEBPACK_IMPORTED_MODULE_2__/* .joinRemote */ .n)(prometheus, slurm.result);
    const kept = leaveOut(prometheus, slurm.measured.plugin);
    const gpus = kept.components.filter((c) => c.kind === "gpu");
    // Unless DCGM's components count the job's GPUs, Slurm's allocation names them for the hardware.
    if (gpus.length === 0)
        return (0,_remote_js__WEBPACK_IMPORTED_MODULE_2__/* .joinRemote */ .n)(kept, { ...slurm.result, heldGpus: (0,_slurm_energy_js__WEBPACK_IMPORTED_MODULE_4__/* .heldGpus */ .jn)(slurm.measured.job) });
    // The note on Slurm's figure says where the job's GPUs were counted, rather than how to add them.
    const { job, plugin, fromExtern } = slurm.measured;
    const rewritten = (0,_slurm_energy_js__WEBPACK_IMPORTED_MODULE_4__/* .slurmComponent */ .VD)(job, plugin, fromExtern, { source: gpus[0].source, count: gpus.length });
    return (0,_remote_js__WEBPACK_IMPORTED_MODULE_2__/* .joinRemote */ .n)(kept, { ...slurm.result, components: [rewritten] });
}
function prometheusFor(spec, slurm, window, deps) {
    const job = slurm.measured?.job.job;
    const jobWindow = job?.start && job.end ? { fromMs: job.start.getTime(), toMs: job.end.getTime() } : undefined;
    if (spec.selector.length > 0)
        return (0,_remote_js__WEBPACK_IMPORTED_MODULE_2__/* .measurePrometheusRemote */ .V)(spec, jobWindow ?? window, deps);
    if (!job || !jobWindow) {
        const reason = "no Slurm job was measured, so there is no hpc_job to select its GPUs by; give a selector (--selector, or the action's prometheus-selector input)";
        return Promise.resolve((0,_remote_js__WEBPACK_IMPORTED_MODULE_2__/* .prometheusNotMeasured */ .Sh)(spec, window, "nothing-matched", reason));
    }
    const selector = [{ name: "hpc_job", op: "=", value: job.jobId }];
    return (0,_remote_js__WEBPACK_IMPORTED_MODULE_2__/* .measurePrometheusRemote */ .V)({ ...spec, selector, selectorText: (0,_selector_js__WEBPACK_IMPORTED_MODULE_3__/* .renderSelector */ .MX)(selector) }, jobWindow, deps);
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
            ..._remote_js__WEBPACK_IMPORTED_MODULE_2__/* .EMPTY_REMOTE */ .Vc,
            notes: [`remote energy (Slurm) not measured: ${reason}`],
            warnings: [`remote energy (Slurm) not measured: ${reason}`],
            records: [{ source: "slurm", target, status: "not-measured", reason }],
        },
    });
    if (!ref) {
        return notMeasured("", "no job id in the command's output (sbatch prints `Submitted batch job N`, or `N` with --parsable); name the job with --slurm-job ID (in the action, slurm: ID)");
    }
    try {
        const measured = await (0,_measure_slurm_js__WEBPACK_IMPORTED_MODULE_1__/* .measureSlurmJob */ .V)(ref, {
            path: deps.env.path,
            waitMs: Math.min(SLURM_WAIT_MS, deps.env.remoteWaitMs),
            ...(deps.sleep && { sleep: deps.sleep }),
            ...(deps.now && { now: deps.now }),
        });
        return slurmOutcome(measured);
    }
    catch (error) {
        if (!(error instanceof _measure_slurm_js__WEBPACK_IMPORTED_MODULE_1__/* .SlurmProblem */ .X))
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
    const kwh = (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .joulesToKwh */ .em)(out.reduce((sum, c) => sum + c.energy_j, 0));
    return {
        ...prometheus,
        components: prometheus.components.filter((c) => !covered(c)),
        notes: [
            ...prometheus.notes,
            `${kinds} from Prometheus (${kwh.toFixed(3)} kWh over ${out.length} devices) not added: Slurm's figure already holds them (${plugin.what})`,
        ],
    };
}


/***/ }),

/***/ 9640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ measureSlurmJob),
/* harmony export */   X: () => (/* binding */ SlurmProblem)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sacct_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1260);
/* harmony import */ var _slurm_energy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4502);
/* harmony import */ var _window_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5448);
/**
 * A Slurm job's energy from its accounting: `sacct` for the job, `scontrol show config` for what the
 * site's energy plugin measures. Both are the cluster's own client tools, found on PATH.
 */




/** Why a job's energy cannot be had: the CLI's import exits 2 with it, `run` reports it. */
class SlurmProblem extends Error {
}
function run(command, args, path) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(command, args, { env: { ...process.env, PATH: path }, timeout: 60_000, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
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
        _sacct_js__WEBPACK_IMPORTED_MODULE_1__/* .SACCT_FIELDS */ .RR.join(","),
        ...(ref.cluster ? ["-M", ref.cluster] : []),
    ];
    const { stdout, error } = await run("sacct", args, path);
    if (error)
        throw new SlurmProblem(error);
    const job = (0,_sacct_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSacct */ .mN)(stdout, ref.id);
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
    while (!(0,_sacct_js__WEBPACK_IMPORTED_MODULE_1__/* .isFinished */ .$g)(job.job.state) && now() < deadline) {
        await sleep(Math.min(2000, Math.max(0, deadline - now())));
        job = await readJob(ref, deps.path);
    }
    const line = job.job;
    if (!(0,_sacct_js__WEBPACK_IMPORTED_MODULE_1__/* .isFinished */ .$g)(line.state)) {
        throw new SlurmProblem(`job ${line.jobId} is ${line.state}: its energy is known once it ends (wrap \`sbatch --wait\`, or run \`carbon-budget import slurm ${line.jobId}\` afterwards)`);
    }
    const config = await run("scontrol", ["show", "config"], deps.path);
    const pluginName = /^AcctGatherEnergyType\s*=\s*(\S+)/m.exec(config.stdout)?.[1];
    const plugin = (0,_slurm_energy_js__WEBPACK_IMPORTED_MODULE_2__/* .energyPlugin */ .sk)(pluginName);
    const extern = job.steps.find((s) => s.jobId.endsWith(".extern"))?.energyJ;
    if (line.energyJ === undefined && extern === undefined) {
        throw new SlurmProblem(`job ${line.jobId} has no energy in Slurm's accounting (ConsumedEnergyRaw is empty or 0): the cluster needs AcctGatherEnergyType set (e.g. acct_gather_energy/rapl or /ipmi)${pluginName ? `; it is ${pluginName}` : ""} and AccountingStorageTRES including energy`);
    }
    const fromExtern = line.energyJ === undefined;
    return {
        component: (0,_slurm_energy_js__WEBPACK_IMPORTED_MODULE_2__/* .slurmComponent */ .VD)(job, plugin, fromExtern),
        plugin,
        job,
        fromExtern,
        record: {
            source: "slurm",
            target: line.jobId,
            selector: line.name,
            status: "measured",
            ...(line.start && { from: (0,_window_js__WEBPACK_IMPORTED_MODULE_3__/* .isoSeconds */ .nE)(line.start.getTime()) }),
            ...(line.end && { to: (0,_window_js__WEBPACK_IMPORTED_MODULE_3__/* .isoSeconds */ .nE)(line.end.getTime()) }),
            nodes: [{ node: line.nodeList }],
        },
    };
}


/***/ }),

/***/ 1260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ isFinished),
/* harmony export */   RR: () => (/* binding */ SACCT_FIELDS),
/* harmony export */   lK: () => (/* binding */ allocatedGpus),
/* harmony export */   mN: () => (/* binding */ parseSacct)
/* harmony export */ });
/* unused harmony export parseTres */
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


/***/ }),

/***/ 4502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VD: () => (/* binding */ slurmComponent),
/* harmony export */   jn: () => (/* binding */ heldGpus),
/* harmony export */   sk: () => (/* binding */ energyPlugin)
/* harmony export */ });
/* harmony import */ var _measure_rapl_meter_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1211);
/* harmony import */ var _sacct_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1260);
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
    const gpus = (0,_sacct_js__WEBPACK_IMPORTED_MODULE_1__/* .allocatedGpus */ .lK)(line.allocTres);
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
    const factors = plugin.name?.endsWith("rapl") ? _measure_rapl_meter_js__WEBPACK_IMPORTED_MODULE_0__/* .PACKAGE_FACTORS */ .wv : _measure_rapl_meter_js__WEBPACK_IMPORTED_MODULE_0__/* .DRAM_FACTORS */ .ge;
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
    return (0,_sacct_js__WEBPACK_IMPORTED_MODULE_1__/* .allocatedGpus */ .lK)(job.job.allocTres).byType.map((t) => ({
        model: t.type ? `gres/gpu:${t.type}` : "gres/gpu",
        count: t.count,
    }));
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


/***/ })

};
