export const id = 556;
export const ids = [556,487];
export const modules = {

/***/ 2342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ own),
/* harmony export */   n: () => (/* binding */ byName)
/* harmony export */ });
/**
 * Records keyed by names from a config or a report (step names), which may be anything a user typed:
 * `__proto__`, `constructor` or `toString` are step names like any other. A record built here has no
 * prototype, so such a name is an own key; a lookup reads own keys only, so a plain object built
 * elsewhere never answers with something it inherited.
 */
function byName(entries) {
    const record = Object.create(null);
    for (const [name, value] of entries)
        record[name] = value;
    return record;
}
const own = (record, name) => Object.hasOwn(record, name) ? record[name] : undefined;


/***/ }),

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
    const load = async (path) => (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(363), __webpack_require__.e(759)]).then(__webpack_require__.bind(__webpack_require__, 5363))).parseConfigFile(path);
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

/***/ 6832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ compareReports)
/* harmony export */ });
/* harmony import */ var _report_not_measured_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2648);
/** A run against its baseline, step by step (pure). Different hardware is "not comparable", never a delta. */

const toBaseRun = (base) => "hardware" in base ? { fingerprint: base.hardware.fingerprint, steps: base.steps } : base;
const pct = (head, base) => (base > 0 ? ((head - base) / base) * 100 : undefined);
function compareReports(head, baseRun, ref) {
    if (!baseRun || !ref) {
        const status = (s) => ((0,_report_not_measured_js__WEBPACK_IMPORTED_MODULE_0__/* .isFullyMeasured */ .jS)(s) ? "new" : "not-measured");
        return {
            comparable: false,
            steps: head.steps.map((s) => ({ name: s.name, head: s, status: status(s) })),
        };
    }
    const base = toBaseRun(baseRun);
    const comparable = head.hardware.fingerprint === base.fingerprint;
    let baseG = 0;
    let baseKwh = 0;
    let headG = 0;
    let headKwh = 0;
    const steps = head.steps.map((step) => {
        const baseStep = base.steps.find((s) => s.name === step.name);
        if (!(0,_report_not_measured_js__WEBPACK_IMPORTED_MODULE_0__/* .isFullyMeasured */ .jS)(step))
            return {
                name: step.name,
                head: step,
                ...(comparable && baseStep && { base: baseStep }),
                status: "not-measured",
            };
        if (!baseStep)
            return { name: step.name, head: step, status: "new" };
        if (!comparable)
            return { name: step.name, head: step, base: baseStep, status: "not-comparable" };
        baseG += baseStep.co2e_g;
        baseKwh += baseStep.energy_kwh;
        headG += step.co2e_g;
        headKwh += step.energy_kwh;
        const deltaPct = pct(step.co2e_g, baseStep.co2e_g);
        return {
            name: step.name,
            head: step,
            base: baseStep,
            status: "compared",
            deltaKwh: step.energy_kwh - baseStep.energy_kwh,
            deltaG: step.co2e_g - baseStep.co2e_g,
            ...(deltaPct !== undefined && { deltaPct }),
        };
    });
    const anyCompared = steps.some((s) => s.status === "compared");
    const totalPct = pct(headG, baseG);
    return {
        baseline: ref,
        comparable,
        steps,
        ...(anyCompared && {
            total: {
                deltaG: headG - baseG,
                deltaKwh: headKwh - baseKwh,
                ...(totalPct !== undefined && { deltaPct: totalPct }),
            },
        }),
    };
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

/***/ 1518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bF: () => (/* binding */ renderTerminal),
/* harmony export */   fI: () => (/* binding */ renderBudgetLines)
/* harmony export */ });
/* unused harmony export describeBaseline */
/* harmony import */ var _budget_by_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2342);
/* harmony import */ var _report_not_measured_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2648);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1509);
/* harmony import */ var _what_if_line_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(185);
/** The report as a few aligned lines for a terminal or a CI log (pure). */




function renderTerminal(report, comparison, options = {}) {
    const lines = [];
    const a = report.assumptions;
    for (const step of report.steps) {
        const exit = step.exit_code !== undefined ? ` · exit ${step.exit_code}` : "";
        lines.push(`carbon-budget · ${step.name} · ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(step.duration_s)}${exit}`);
        if (!(0,_report_not_measured_js__WEBPACK_IMPORTED_MODULE_0__/* .isMeasured */ .V2)(step)) {
            // No figures, not zeros: the step ran, and why it could not be measured is all there is to say.
            lines.push(`  ${_report_not_measured_js__WEBPACK_IMPORTED_MODULE_0__/* .NOT_MEASURED */ .pJ}: ${step.not_measured?.reason ?? ""}`);
            for (const note of step.notes ?? [])
                lines.push(`  note: ${note}`);
            continue;
        }
        const rows = step.components.map((c) => [
            `  ${c.kind.toUpperCase()} ${[c.device, c.model].filter(Boolean).join(" ")}`.trimEnd(),
            `${c.method} (${c.source})`,
            (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatEnergy */ .QE)(c.energy_kwh),
            c.avg_power_w !== undefined ? (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPower */ .d5)(c.avg_power_w) : "",
        ]);
        lines.push(...alignColumns(rows));
        for (const note of step.notes ?? [])
            lines.push(`  note: ${note}`);
        if (options.verbose) {
            for (const c of step.components)
                for (const note of c.notes ?? [])
                    lines.push(`  ${c.kind.toUpperCase()} note: ${note}`);
        }
        lines.push(`  ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatEnergy */ .QE)(step.energy_kwh)} (PUE ${a.pue}) → ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMassRange */ .bk)(step.co2e_g, step.co2e_low_g, step.co2e_high_g, " CO2e")}`, `    operational ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMass */ .so)(step.operational_g)} at ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatIntensity */ .TA)(a.intensity_g_per_kwh)} g/kWh, ${a.intensity_source}${a.intensity_year ? ` ${a.intensity_year}` : ""}`);
        if (step.embodied_g > 0)
            lines.push(`    embodied ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMass */ .so)(step.embodied_g)} (hardware manufacture, amortised over its life)`);
        if (step.sci_g_per_unit !== undefined && step.functional_unit) {
            lines.push(`    ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMass */ .so)(step.sci_g_per_unit)} CO2e per ${step.functional_unit.name} (SCI, ${step.functional_unit.count} ${step.functional_unit.name})`);
        }
        const compared = comparison.steps.find((s) => s.name === step.name);
        const base = comparison.baseline;
        if (!base || !compared || compared.status === "new") {
            lines.push("  no earlier run of this step to compare with");
        }
        else if (compared.status === "not-comparable") {
            lines.push(`  not comparable with ${describeBaseline(base)}: different hardware`);
        }
        else if (compared.deltaG !== undefined) {
            const pct = compared.deltaPct !== undefined ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPct */ .R8)(compared.deltaPct)} ` : "";
            lines.push(`  vs ${describeBaseline(base)}: CO2e ${pct}(${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .signed */ .x8)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMass */ .so)(compared.deltaG), compared.deltaG)})`);
        }
        if (step.overhead)
            lines.push(`  measuring cost ${step.overhead.cpu_s.toFixed(2)} CPU s`);
    }
    const greener = report.what_if?.[0];
    if (greener)
        lines.push(`  greener: ${(0,_what_if_line_js__WEBPACK_IMPORTED_MODULE_2__/* .whatIfText */ .l)(greener)}`);
    // Said once, last: where the rest is.
    if (!options.verbose && report.steps.some((step) => step.components.some((c) => c.notes?.length))) {
        lines.push("  (how each number was obtained: --verbose, or the --json / --markdown report)");
    }
    return `${lines.join("\n")}\n`;
}
/** Which run it was compared with: how it was found, its commit when known, when it ended, its id. */
function describeBaseline(base) {
    const sha = base.sha ? ` @${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(base.sha)}` : "";
    const failed = base.passedOver ?? 0;
    const passed = failed > 0 ? `; ${failed} later failed run${failed === 1 ? "" : "s"} passed over` : "";
    return `${base.label}${sha} (${formatWhen(base.endedAt)}, run ${base.runId}${passed})`;
}
/** `2026-12-01 12:08 UTC`; a time that does not parse is shown as it was written. */
function formatWhen(iso) {
    const time = Date.parse(iso);
    if (Number.isNaN(time))
        return iso;
    return `${new Date(time).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
const CHECK_ICON = { pass: "✅", warn: "⚠️", fail: "❌", skipped: "➖", "not-measured": "⚠️" };
/**
 * Each budget that failed or warned, and by how much, as the PR comment's table says it:
 * `❌ train: CO2e 412 g, 112 g (+37%) over its 300 g budget`. Passing limits are left out.
 */
function renderBudgetLines(verdict, budgets) {
    const scopes = [...verdict.steps, ...(verdict.total ? [verdict.total] : [])];
    return scopes.flatMap((scope) => {
        const perUnit = scope.scope === "total" ? budgets.total?.perUnit : (0,_budget_by_name_js__WEBPACK_IMPORTED_MODULE_3__/* .own */ .Z)(budgets.steps, scope.scope)?.perUnit;
        const name = scope.scope === "total" ? "all steps" : scope.scope;
        return scope.checks
            .filter((check) => check.status === "fail" || check.status === "warn" || check.status === "not-measured")
            .map((check) => `  ${CHECK_ICON[check.status]} ${name}: ${describeCheck(check, perUnit)}`);
    });
}
function describeCheck(check, perUnit) {
    const per = perUnit ? ` per ${perUnit}` : "";
    const { actual, limitValue: limit } = check;
    // "over budget" is what the figures already say; any other reason adds something (a warning level).
    const said = /^(increase )?over budget$/.test(check.reason) ? "" : `: ${check.reason}`;
    if (actual === undefined)
        return check.reason;
    if (check.limit === "increase") {
        const over = actual - limit;
        const by = over > 0 ? `, ${significantPoints(over)} over its +${limit}% budget` : ` (budget +${limit}%)`;
        return `CO2e change ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPct */ .R8)(actual)}${by}${said}`;
    }
    const format = check.limit === "energy" ? _format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatEnergy */ .QE : _format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMass */ .so;
    const what = check.limit === "energy" ? "energy" : "CO2e";
    const value = `${what} ${format(actual)}${per}`;
    if (actual <= limit)
        return `${value} (budget ${format(limit)}${per})${said}`;
    const pct = limit > 0 ? ` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPct */ .R8)(((actual - limit) / limit) * 100)})` : "";
    return `${value}, ${format(actual - limit)}${pct} over its ${format(limit)}${per} budget${said}`;
}
/** A difference of two percentages, in percentage points: `4 points`, `0.5 points`. */
const significantPoints = (points) => `${Number(points.toPrecision(2))} points`;
function alignColumns(rows) {
    const widths = rows.reduce((w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)), []);
    return rows.map((row) => row
        .map((cell, i) => (i >= 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
        .join("  ")
        .trimEnd());
}


/***/ }),

/***/ 185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ whatIfText)
/* harmony export */ });
/* unused harmony export WHAT_IF_CONDITION */
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1996);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1509);


const WHAT_IF_CONDITION = "where the same hardware is available";
/**
 * "1.2 kg CO2e (-94%) in aws:eu-north-1 at 20 gCO2e/kWh, where the same hardware is available";
 * `location` is the place as the caller shows it (escaped, in markdown).
 */
function whatIfText(best, location = best.location) {
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMass */ .so)(best.co2e_g)} CO2e (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPct */ .R8)(best.change_pct)}) in ${location} at ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .rounded */ .Wf)(best.intensity_g_per_kwh)} gCO2e/kWh, ${WHAT_IF_CONDITION}`;
}


/***/ }),

/***/ 2648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V2: () => (/* binding */ isMeasured),
/* harmony export */   jS: () => (/* binding */ isFullyMeasured),
/* harmony export */   pJ: () => (/* binding */ NOT_MEASURED),
/* harmony export */   tb: () => (/* binding */ notMeasuredReasons),
/* harmony export */   uv: () => (/* binding */ nothingMeasured)
/* harmony export */ });
/* unused harmony export unmeasuredRemote */
const NOT_MEASURED = "not measured";
const isMeasured = (step) => step.not_measured === undefined;
/** True when the report has steps and none of them could be measured. */
const nothingMeasured = (report) => report.steps.length > 0 && !report.steps.some(isMeasured);
/** The remote sources of a measured step that could not be read: its figures leave their work out. */
const unmeasuredRemote = (step) => (step.remote ?? []).filter((record) => record.status === "not-measured");
/** Measured, with every remote source read: the step's figures are whole, fit to compare and judge. */
const isFullyMeasured = (step) => isMeasured(step) && unmeasuredRemote(step).length === 0;
const SOURCE_NAMES = { prometheus: "Prometheus", slurm: "Slurm" };
/**
 * Why a step is not (wholly) measured, one sentence per cause, in plain text for a renderer to escape;
 * empty for a step measured whole.
 */
function notMeasuredReasons(step) {
    if (step.not_measured)
        return [step.not_measured.reason];
    return unmeasuredRemote(step).map((record) => `remote energy (${SOURCE_NAMES[record.source]}${record.target ? ` ${record.target}` : ""}) ${NOT_MEASURED}: ${record.reason ?? "no reason given"}; the figures leave that work out`);
}


/***/ })

};
