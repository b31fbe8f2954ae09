export const id = 126;
export const ids = [126,487];
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

/***/ 5126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseImportPrometheusArgs: () => (/* binding */ parseImportPrometheusArgs),
/* harmony export */   runImportPrometheus: () => (/* binding */ runImportPrometheus)
/* harmony export */ });
/* harmony import */ var _cluster_remote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9503);
/* harmony import */ var _cluster_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8971);
/* harmony import */ var _cluster_window_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5448);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2678);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3521);
/* harmony import */ var _import_cluster_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9556);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7485);
/**
 * `carbon-budget import prometheus --url URL --selector SEL --from T --to T [--metrics ...]`: the energy
 * a past window's series show (a training run that has ended), as a report. Prometheus's trouble and
 * an empty selector exit 2, naming the URL or the selector and what Prometheus answered.
 */








const OPTIONS = {
    ..._import_cluster_js__WEBPACK_IMPORTED_MODULE_5__/* .ACCOUNTING_OPTIONS */ .VE,
    url: { type: "string" },
    selector: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    metrics: { type: "string" },
};
function parseImportPrometheusArgs(argv, nowMs) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__.parseOptions)(argv, OPTIONS, {
        command: "carbon-budget import prometheus",
        usage: _usage_js__WEBPACK_IMPORTED_MODULE_6__/* .IMPORT_PROMETHEUS_USAGE */ .hw,
        values: _import_cluster_js__WEBPACK_IMPORTED_MODULE_5__/* .ACCOUNTING_VALUES */ .$K,
    });
    if (positionals.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d("carbon-budget import prometheus", positionals.join(" "), `unexpected arguments; it takes options only\n${_usage_js__WEBPACK_IMPORTED_MODULE_6__/* .IMPORT_PROMETHEUS_USAGE */ .hw}`);
    }
    const required = (flag, what) => {
        const value = values[flag];
        if (value === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`--${flag}`, "", `give ${what}\n${_usage_js__WEBPACK_IMPORTED_MODULE_6__/* .IMPORT_PROMETHEUS_USAGE */ .hw}`);
        return value;
    };
    const spec = (0,_cluster_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .prometheusSpec */ .EW)({
        url: required("url", "the Prometheus server's URL"),
        selector: required("selector", 'the series to measure, e.g. \'{namespace="ml",pod=~"train-.*"}\''),
        ...(values.metrics !== undefined && { metrics: values.metrics }),
    }, { url: "--url", selector: "--selector", metrics: "--metrics" });
    const window = {
        fromMs: (0,_cluster_window_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInstant */ .nV)("--from", required("from", "the window's start (RFC 3339 or Unix seconds)")),
        toMs: (0,_cluster_window_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInstant */ .nV)("--to", required("to", "the window's end (RFC 3339 or Unix seconds)")),
    };
    if (window.toMs <= window.fromMs) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d("--to", values.to ?? "", `it must be after --from (${values.from})`);
    }
    if (window.toMs > nowMs + 60_000) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d("--to", values.to ?? "", "it is in the future: import a window that has ended");
    }
    return { spec, window, accounting: (0,_import_cluster_js__WEBPACK_IMPORTED_MODULE_5__/* .accountingArgs */ .P$)(values) };
}
async function runImportPrometheus(argv, io) {
    const { spec, window, accounting } = parseImportPrometheusArgs(argv, Date.now());
    const remote = await (0,_cluster_remote_js__WEBPACK_IMPORTED_MODULE_0__/* .measurePrometheusRemote */ .V)(spec, window, { env: (0,_environment_js__WEBPACK_IMPORTED_MODULE_7__/* .readEnvironment */ .Q)() });
    const { unmeasured } = remote;
    if (unmeasured) {
        // Nothing matched is the selector's doing; anything else (unreachable, refused, timed out) the URL's.
        if (unmeasured.cause === "nothing-matched") {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d("--selector", spec.selectorText, unmeasured.reason);
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d("--url", spec.target.host, unmeasured.reason);
    }
    await (0,_import_cluster_js__WEBPACK_IMPORTED_MODULE_5__/* .writeClusterReport */ .Sq)(remote, window, accounting.step ?? "cluster", accounting, io);
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
