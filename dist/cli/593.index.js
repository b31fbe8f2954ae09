export const id = 593;
export const ids = [593];
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

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RUN_USAGE: () => (/* reexport safe */ _usage_js__WEBPACK_IMPORTED_MODULE_3__.W3),
/* harmony export */   defaultStepName: () => (/* binding */ defaultStepName),
/* harmony export */   parseNumber: () => (/* binding */ parseNumber),
/* harmony export */   parseRunArgs: () => (/* binding */ parseRunArgs)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _carbon_sci_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7080);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7485);
/**
 * `carbon-budget run` arguments (DESIGN.md "CLI"): parsed strictly, every bad value an InputError that
 * names the flag, the value and what is allowed.
 */




const RUN_OPTIONS = {
    step: { type: "string" },
    location: { type: "string" },
    intensity: { type: "string" },
    pue: { type: "string" },
    gpu: { type: "string" },
    "gpu-count": { type: "string" },
    cpu: { type: "string" },
    "memory-gb": { type: "string" },
    interval: { type: "string" },
    json: { type: "string" },
    markdown: { type: "string" },
    "no-store": { type: "boolean" },
    quiet: { type: "boolean", short: "q" },
    verbose: { type: "boolean", short: "v" },
    unit: { type: "string" },
    "no-embodied": { type: "boolean" },
    config: { type: "string" },
};
function parseNumber(input, text, rule) {
    const value = Number(text.trim());
    const ok = text.trim() !== "" &&
        Number.isFinite(value) &&
        value >= rule.min &&
        value <= rule.max &&
        (!rule.integer || Number.isInteger(value));
    if (!ok) {
        const kind = rule.integer ? "a whole number" : "a number";
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(input, text, `expected ${rule.what}: ${kind} from ${rule.min} to ${rule.max}`);
    }
    return value;
}
/**
 * `python train.py --epochs 3` is step `train`, `python -m pkg.train` is `pkg.train`: the script says
 * more than the interpreter. Inline code (`python -c`, `node -e`) keeps the interpreter's name.
 */
function defaultStepName(command, args) {
    const interpreters = /^(python[\d.]*|node|bash|sh|uv|poetry|accelerate|torchrun|deepspeed|Rscript|julia)$/;
    const base = (path) => path.split("/").pop() ?? path;
    const first = base(command);
    let script;
    if (interpreters.test(first)) {
        const module = args.indexOf("-m");
        const inline = args.some((a) => a === "-c" || a === "-e" || a === "--eval");
        if (module !== -1 && args[module + 1])
            script = args[module + 1];
        // `uv run python train.py`: skip launcher words to reach the script.
        else if (!inline)
            script = args.find((a) => !a.startsWith("-") && a !== "run" && !interpreters.test(base(a)));
    }
    const name = base(script ?? first)
        .replace(/\.(py|js|mjs|cjs|ts|sh|r|jl)$/i, "")
        .replace(/[^\w.\- ]+/g, "-")
        .slice(0, 100);
    return /\w/.test(name) ? name : "run";
}
function parseRunArgs(argv) {
    const separator = argv.indexOf("--");
    const own = separator === -1 ? argv : argv.slice(0, separator);
    const wrapped = separator === -1 ? [] : argv.slice(separator + 1);
    let values;
    let positionals;
    try {
        ({ values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: own,
            options: RUN_OPTIONS,
            strict: true,
            allowPositionals: true,
        }));
    }
    catch (error) {
        // Node names the offending option in quotes; show that rather than the whole command line.
        const message = error.message;
        const option = /'(--?[\w-]+)'/.exec(message)?.[1] ?? own.join(" ");
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d("carbon-budget run", option, `${message}\n${_usage_js__WEBPACK_IMPORTED_MODULE_3__/* .RUN_USAGE */ .W3}`);
    }
    if (wrapped.length === 0) {
        const hint = positionals.length ? ` (put \`--\` before \`${positionals.join(" ")}\`)` : "";
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d("COMMAND", wrapped.join(" "), `give the command to measure after \`--\`${hint}\n${_usage_js__WEBPACK_IMPORTED_MODULE_3__/* .RUN_USAGE */ .W3}`);
    }
    if (positionals.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d("carbon-budget run", positionals.join(" "), `unexpected arguments before \`--\`\n${_usage_js__WEBPACK_IMPORTED_MODULE_3__/* .RUN_USAGE */ .W3}`);
    }
    const [command, ...commandArgs] = wrapped;
    const step = values.step ?? defaultStepName(command, commandArgs);
    if (!/^[\w.\- ]{1,100}$/.test(step)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d("--step", step, "use 1 to 100 letters, digits, spaces, '.', '-' or '_'");
    }
    const optionalNumber = (flag, rule) => {
        const text = values[flag];
        return typeof text === "string" ? parseNumber(`--${flag}`, text, rule) : undefined;
    };
    const gpuCount = optionalNumber("gpu-count", { min: 1, max: 4096, integer: true, what: "how many GPUs" });
    if (gpuCount !== undefined && !values.gpu) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d("--gpu-count", String(gpuCount), "--gpu-count goes with --gpu MODEL");
    }
    return {
        step,
        command,
        commandArgs,
        ...(values.location !== undefined && { location: nonEmpty("--location", values.location) }),
        ...(values.intensity !== undefined && {
            intensity: parseNumber("--intensity", values.intensity, {
                min: 0,
                max: 2000,
                what: "grid intensity in gCO2e/kWh",
            }),
        }),
        ...(values.pue !== undefined && {
            pue: optionalNumber("pue", { min: 1, max: 3, what: "power usage effectiveness" }),
        }),
        ...(values.gpu !== undefined && { gpu: nonEmpty("--gpu", values.gpu), gpuCount: gpuCount ?? 1 }),
        ...(values.cpu !== undefined && { cpu: nonEmpty("--cpu", values.cpu) }),
        ...(values["memory-gb"] !== undefined && {
            memoryGb: optionalNumber("memory-gb", { min: 0.1, max: 65536, what: "installed memory in GB" }),
        }),
        intervalMs: optionalNumber("interval", {
            min: 50,
            max: 60_000,
            integer: true,
            what: "the sampling interval in ms",
        }) ?? 1000,
        ...(values.json !== undefined && { json: nonEmpty("--json", values.json) }),
        ...(values.markdown !== undefined && { markdown: nonEmpty("--markdown", values.markdown) }),
        store: !values["no-store"],
        quiet: Boolean(values.quiet),
        verbose: Boolean(values.verbose),
        ...(values.unit !== undefined && { unit: (0,_carbon_sci_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFunctionalUnit */ .Rf)("--unit", values.unit) }),
        embodied: !values["no-embodied"],
        ...(values.config !== undefined && { config: nonEmpty("--config", values.config) }),
    };
}
function nonEmpty(input, value) {
    if (value.trim() === "")
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(input, value, "it must not be empty");
    return value.trim();
}



/***/ })

};
