export const id = 210;
export const ids = [210];
export const modules = {

/***/ 4210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseEstimateArgs: () => (/* binding */ parseEstimateArgs),
  resolveEstimate: () => (/* binding */ resolveEstimate),
  runEstimate: () => (/* binding */ runEstimate)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/carbon/estimate.ts
var estimate = __webpack_require__(5083);
// EXTERNAL MODULE: ./src/carbon/intensity.ts
var carbon_intensity = __webpack_require__(8684);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/hardware/gpus.ts
var gpus = __webpack_require__(5657);
// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(1996);
// EXTERNAL MODULE: ./src/render/format.ts
var format = __webpack_require__(1509);
;// CONCATENATED MODULE: ./src/render/estimate-table.ts
/** The table `carbon-budget estimate` prints: inputs, results, the arithmetic, the assumptions. */



/** The human table: inputs, results, the arithmetic with numbers substituted, then the assumptions. */
function renderEstimate(report) {
    const { inputs, intensity } = report;
    const inLb = intensity.as_given?.unit.startsWith("lb/")
        ? ` (${(0,estimate/* significant */.I1)(report.co2e_g / units/* GRAMS_PER_LB */.QY)} lb)`
        : "";
    const range = report.co2e_low_g !== undefined && report.co2e_high_g !== undefined
        ? `${(0,estimate/* formatGrams */.QE)(report.co2e_low_g)} – ${(0,estimate/* formatGrams */.QE)(report.co2e_high_g)} CO2e`
        : "none (power as given)";
    const where = [intensity.location, intensity.year].filter((part) => part !== undefined).join(", ");
    const asGiven = intensity.as_given
        ? ` (given as ${intensity.as_given.value} ${intensity.as_given.unit})`
        : where && ` (${where})`;
    const family = inputs.gpu_family;
    const tdpOf = inputs.gpu
        ? ` (TDP of ${inputs.gpu.model}${family ? `, the highest of ${family.variants.length} ${family.name} variants` : ""})`
        : "";
    // Device-hours (`--gpu-hours`) come as one figure: no device count or wall-clock time to show.
    const time = inputs.hours !== undefined && inputs.count !== undefined
        ? [
            ["devices", String(inputs.count)],
            ["duration", `${inputs.hours} h`],
        ]
        : [["device-hours", `${inputs.device_hours} h`]];
    const rows = [
        ["power", `${inputs.power_w} W per device${tdpOf}`],
        ...time,
        ["utilization", `${inputs.utilization}${inputs.utilization_from === "default" ? " (default)" : ""}`],
        [
            "PUE",
            `${inputs.pue} (${inputs.pue_from === "location" ? `${inputs.location}'s provider` : inputs.pue_from})`,
        ],
        ["intensity", `${(0,estimate/* significant */.I1)(intensity.g_per_kwh)} gCO2e/kWh${asGiven}`],
        ["energy", `${(0,estimate/* formatKwh */.c3)(report.energy_kwh)} (IT ${(0,estimate/* formatKwh */.c3)(report.it_energy_kwh)})`],
        ["CO2e", `${(0,estimate/* formatGrams */.QE)(report.co2e_g)}${inLb}`],
        ["range", range],
        ["formula", report.formula.energy],
        ["", report.formula.co2e],
        ...greener(report),
    ];
    const width = Math.max(...rows.map(([label]) => label.length)) + 2;
    return [
        "carbon-budget estimate",
        ...rows.map(([label, value]) => `  ${label.padEnd(width)}${value}`),
        "  assumptions",
        ...report.assumptions.map((line) => `    - ${line}`),
        "",
    ].join("\n");
}
/** The cleanest what-if, said with its condition: we do not know where this hardware can be had. */
function greener(report) {
    const best = report.what_if?.[0];
    if (!best)
        return [];
    return [
        [
            "greener",
            `${(0,estimate/* formatGrams */.QE)(best.co2e_g)} CO2e (${(0,format/* formatPct */.R8)(best.change_pct)}) in ${best.location} at ${(0,estimate/* significant */.I1)(best.intensity_g_per_kwh)} gCO2e/kWh,`,
        ],
        ["", "where the same hardware is available"],
    ];
}

// EXTERNAL MODULE: ./src/text/nearest.ts
var nearest = __webpack_require__(613);
// EXTERNAL MODULE: ./src/cli/args.ts + 1 modules
var args = __webpack_require__(3521);
// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
;// CONCATENATED MODULE: ./src/cli/estimate.ts
/**
 * `carbon-budget estimate` (docs/cli.md): the energy and CO2e of a job from its hardware and duration,
 * before anyone runs it. Arguments are parsed strictly; every bad value is an InputError that names the
 * flag, the value and what is allowed. Prints a table, and the JSON with `--json FILE|-`.
 */










const OPTIONS = {
    hours: { type: "string" },
    "gpu-hours": { type: "string" },
    power: { type: "string" },
    gpu: { type: "string" },
    count: { type: "string" },
    utilization: { type: "string" },
    pue: { type: "string" },
    intensity: { type: "string" },
    location: { type: "string" },
    json: { type: "string" },
    help: { type: "boolean", short: "h" },
};
const OPTION_VALUES = {
    hours: "the job's wall-clock hours",
    "gpu-hours": "devices x hours, as papers report them",
    power: "watts per device",
    gpu: "a GPU model or family from data/gpus.json",
    count: "how many devices",
    utilization: "the devices' average utilization, 0 to 1",
    pue: "power usage effectiveness, 1 to 3",
    intensity: "grid intensity in gCO2e/kWh",
    location: "an Electricity Maps zone, ISO country or cloud region (aws:us-east-1)",
    json: "a file path, or - for stdout",
};
function positive(input, text, max, what) {
    const value = Number(text.trim());
    if (text.trim() === "" || !Number.isFinite(value) || value <= 0 || value > max) {
        throw new errors/* InputError */.d(input, text, `expected ${what}: a number greater than 0, at most ${max}`);
    }
    return value;
}
function parseUtilization(text) {
    const trimmed = text.trim();
    const percent = trimmed.endsWith("%");
    const number = trimmed.replace(/%$/, "").trim();
    const value = Number(number) / (percent ? 100 : 1);
    if (number === "" || !Number.isFinite(value) || value <= 0 || value > 1) {
        const hint = !percent && value > 1 && value <= 100 ? `; for ${value}% write ${value / 100} or ${value}%` : "";
        throw new errors/* InputError */.d("--utilization", text, `expected the devices' average utilization: a fraction greater than 0 and at most 1 (0.8), or a percentage (80%)${hint}`);
    }
    return value;
}
/** Wall-clock hours stop at a century and more; device-hours reach a billion (LLaMA 2 took 3.3 million). */
const MAX_HOURS = 1e6;
const MAX_DEVICE_HOURS = 1e9;
const VALUE_RULES = {
    "--hours": (text) => positive("--hours", text, MAX_HOURS, "the job's wall-clock hours"),
    "--gpu-hours": (text) => positive("--gpu-hours", text, MAX_DEVICE_HOURS, "devices x hours (GPU-hours, as papers report them)"),
    "--power": (text) => positive("--power", text, 1e7, "watts per device"),
    "--count": (text) => (0,args.parseNumber)("--count", text, { min: 1, max: 10_000_000, integer: true, what: "how many devices" }),
    "--utilization": parseUtilization,
    "--pue": (text) => (0,args.parseNumber)("--pue", text, { min: 1, max: 3, what: "power usage effectiveness" }),
    "--intensity": (text) => (0,estimate/* parseIntensityQuantity */.y0)(text),
};
/** Turns node's parseArgs errors into InputErrors that say what estimate accepts. */
function parseError(error, argv) {
    const { code, message } = error;
    const option = /'(--?[\w-]+)/.exec(message)?.[1] ?? argv.join(" ");
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
        const name = option.replace(/^-+/, "");
        // A typo (`--utilisation`), or a `run` flag that has a shorter name here (`--gpu-count`: `--count`).
        const known = Object.keys(OPTIONS).sort((a, b) => b.length - a.length);
        const near = known.find((option) => (0,nearest/* editDistance */.Y)(name, option) <= 2) ??
            known.find((option) => option.length >= 3 && name.includes(option));
        const hint = near ? `; did you mean --${near}?` : "";
        throw new errors/* InputError */.d("carbon-budget estimate", option, `unknown option${hint}\n${usage/* ESTIMATE_USAGE */.LS}`);
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && !message.includes("does not take")) {
        const next = argv[argv.indexOf(option) + 1];
        // `--hours -5`: node reads the dash as another option; judge the number the user meant instead.
        if (next !== undefined && /^-[\d.]/.test(next))
            VALUE_RULES[option]?.(next);
        const what = OPTION_VALUES[option.replace(/^-+/, "")];
        throw new errors/* InputError */.d(option, "", `it needs a value${what ? `: ${what}` : ""}\n${usage/* ESTIMATE_USAGE */.LS}`);
    }
    throw new errors/* InputError */.d("carbon-budget estimate", option, `${message}\n${usage/* ESTIMATE_USAGE */.LS}`);
}
function parseEstimateArgs(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: argv, options: OPTIONS, strict: true, allowPositionals: true });
    }
    catch (error) {
        parseError(error, argv);
    }
    const { values, positionals } = parsed;
    if (values.help)
        return "help";
    if (positionals.length > 0) {
        const allowed = `estimate takes options only\n${usage/* ESTIMATE_USAGE */.LS}`;
        throw new errors/* InputError */.d("carbon-budget estimate", positionals.join(" "), allowed);
    }
    const rule = (flag, text) => VALUE_RULES[flag]?.(text);
    const gpuHours = values["gpu-hours"];
    if (gpuHours !== undefined && (values.hours !== undefined || values.count !== undefined)) {
        const other = values.hours !== undefined ? "--hours" : "--count";
        throw new errors/* InputError */.d("--gpu-hours", gpuHours, `it already counts the devices: give --gpu-hours H alone, or --hours H with --count N (${other} was given too)`);
    }
    if (values.hours === undefined && gpuHours === undefined) {
        throw new errors/* InputError */.d("--hours", "", `give the job's wall-clock hours, e.g. --hours 12 (with --count N devices), or its GPU-hours, e.g. --gpu-hours 3311616\n${usage/* ESTIMATE_USAGE */.LS}`);
    }
    const hours = gpuHours !== undefined
        ? rule("--gpu-hours", gpuHours)
        : rule("--hours", values.hours ?? "");
    if (values.power !== undefined && values.gpu !== undefined) {
        const allowed = `give --power W or --gpu MODEL, not both (--gpu ${JSON.stringify(values.gpu)} was given too)`;
        throw new errors/* InputError */.d("--power", values.power, allowed);
    }
    if (values.power === undefined && values.gpu === undefined) {
        const what = "give the power per device with --power W, or a model with --gpu MODEL to use its TDP";
        if (values.count !== undefined) {
            throw new errors/* InputError */.d("--count", values.count, `--count says how many devices; ${what}`);
        }
        throw new errors/* InputError */.d("--power", "", `${what}\n${usage/* ESTIMATE_USAGE */.LS}`);
    }
    const device = values.gpu !== undefined
        ? { kind: "gpu", model: nonEmpty("--gpu", values.gpu) }
        : { kind: "power", watts: rule("--power", values.power ?? "") };
    const both = values.intensity !== undefined && values.location !== undefined;
    if (both || (values.intensity === undefined && values.location === undefined)) {
        const what = "give one of --location L (an Electricity Maps zone, ISO country or cloud region, e.g. DE, US-MIDA-PJM, aws:us-east-1) or " +
            "--intensity G (gCO2e/kWh, or with a unit: 0.954lb/kWh)";
        if (both)
            throw new errors/* InputError */.d("--intensity", values.intensity ?? "", `${what}, not both`);
        throw new errors/* InputError */.d("--location", "", `${what}\n${usage/* ESTIMATE_USAGE */.LS}`);
    }
    const grid = values.intensity !== undefined
        ? { intensity: rule("--intensity", values.intensity) }
        : { location: nonEmpty("--location", values.location ?? "") };
    return {
        hours,
        ...(gpuHours !== undefined && { deviceHours: true }),
        device,
        count: values.count === undefined ? 1 : rule("--count", values.count),
        ...(values.utilization !== undefined && {
            utilization: rule("--utilization", values.utilization),
        }),
        ...(values.pue !== undefined && { pue: rule("--pue", values.pue) }),
        grid,
        ...(values.json !== undefined && { json: nonEmpty("--json", values.json) }),
    };
}
function nonEmpty(input, value) {
    if (value.trim() === "")
        throw new errors/* InputError */.d(input, value, "it must not be empty");
    return value.trim();
}
/** A model, or a family name (`A100`) whose variants the estimate ranges over. */
function gpuDevice(model) {
    const choice = (0,gpus/* requireGpuOrFamily */.Jh)(model, "--gpu");
    return choice.kind === "one"
        ? { kind: "gpu", spec: choice.spec }
        : { kind: "gpu-family", name: choice.name, specs: choice.specs };
}
/** Looks up names (GPU, location) and defaults; everything here can still be the user's mistake. */
function resolveEstimate(args) {
    const warnings = [];
    const quantity = "intensity" in args.grid ? args.grid.intensity : undefined;
    const location = "location" in args.grid ? args.grid.location : undefined;
    if (quantity?.warning)
        warnings.push(quantity.warning);
    const intensity = (0,carbon_intensity/* resolveIntensity */.yK)(quantity ? { intensity: quantity.g_per_kwh } : { location });
    if (intensity.warning)
        warnings.push(intensity.warning);
    // A cloud region names its provider's published PUE; the user's --pue still wins.
    const provider = intensity.pue;
    if (args.pue !== undefined && provider && provider.value !== args.pue) {
        warnings.push(`--pue ${args.pue} used; the provider's published PUE for ${location} is ${provider.value}`);
    }
    const pueFrom = args.pue !== undefined ? "given" : provider ? "location" : "default";
    const input = {
        hours: args.hours,
        ...(args.deviceHours && { deviceHours: true }),
        device: args.device.kind === "gpu" ? gpuDevice(args.device.model) : { kind: "power", watts: args.device.watts },
        count: args.count,
        utilization: args.utilization ?? 1,
        utilizationFrom: args.utilization === undefined ? "default" : "given",
        pue: args.pue ?? provider?.value ?? 1,
        pueFrom,
        ...(pueFrom === "location" && provider && { pueSource: provider.source }),
        intensity,
        ...(quantity?.given && { intensityGiven: quantity.given }),
        ...(location !== undefined && { location }),
    };
    return { input, warnings };
}
async function runEstimate(argv, io) {
    // Bad input is answered here, as main() would: the caller gets an exit code, the user one message.
    try {
        const args = parseEstimateArgs(argv);
        if (args === "help") {
            io.stdout.write((0,usage/* commandHelp */.bD)("estimate") ?? usage/* ESTIMATE_USAGE */.LS);
            return 0;
        }
        if (args.json !== undefined && args.json !== "-")
            (0,output/* checkOutputPath */.$)("--json", args.json, io.cwd);
        const { input, warnings } = resolveEstimate(args);
        const report = (0,estimate/* estimateEmissions */.vL)(input);
        for (const warning of warnings)
            io.stderr.write(`carbon-budget: warning: ${warning}\n`);
        (args.json === "-" ? io.stderr : io.stdout).write(renderEstimate(report));
        if (args.json !== undefined)
            (0,output/* writeOutput */.z)("--json", args.json, `${JSON.stringify(report, null, 2)}\n`, io);
        return 0;
    }
    catch (error) {
        if (!(0,errors/* isInputError */.B)(error))
            throw error;
        io.stderr.write(`carbon-budget: ${error.message}\n`);
        return 2;
    }
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
