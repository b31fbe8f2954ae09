#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9927:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ nearestOption),
/* harmony export */   X: () => (/* binding */ isTypo)
/* harmony export */ });
/* harmony import */ var _text_nearest_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(613);
/** "Did you mean": the known option or command nearest to a misspelt one, when it is close enough to be a typo. */

/** The known option nearest to a misspelt one (`--stpe`: `--step`, `--gpu_count`: `--gpu-count`). */
function nearestOption(given, options) {
    const name = given.replace(/^-+/, "").replace(/_/g, "-").toLowerCase();
    if (name === "")
        return undefined;
    let best;
    for (const known of Object.keys(options)) {
        const distance = (0,_text_nearest_js__WEBPACK_IMPORTED_MODULE_0__/* .editDistance */ .Y)(name, known);
        if (distance < (best?.distance ?? Number.POSITIVE_INFINITY))
            best = { flag: known, distance };
    }
    return best && isTypo(name, best.flag) ? `--${best.flag}` : undefined;
}
/**
 * Close enough to be a typo of `known`: one edit in a short name, two (a swapped pair: `stpe`) from
 * four letters, three from nine; more would suggest names that merely share letters.
 */
function isTypo(given, known) {
    const [a, b] = [given.toLowerCase(), known.toLowerCase()];
    const allowed = b.length <= 3 ? 1 : b.length < 9 ? 2 : 3;
    // The same letters in another order (`rnu`): a slip of the fingers however short the name.
    const reordered = a.length === b.length && [...a].sort().join("") === [...b].sort().join("");
    return reordered || (0,_text_nearest_js__WEBPACK_IMPORTED_MODULE_0__/* .editDistance */ .Y)(a, b) <= allowed;
}


/***/ }),

/***/ 7485:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ moreHelp),
/* harmony export */   Hm: () => (/* binding */ DASHBOARD_USAGE),
/* harmony export */   LS: () => (/* binding */ ESTIMATE_USAGE),
/* harmony export */   Sm: () => (/* binding */ IMPORT_SLURM_USAGE),
/* harmony export */   Un: () => (/* binding */ IMPORT_USAGE),
/* harmony export */   W3: () => (/* binding */ RUN_USAGE),
/* harmony export */   bD: () => (/* binding */ commandHelp),
/* harmony export */   cp: () => (/* binding */ COMPARE_USAGE),
/* harmony export */   hJ: () => (/* binding */ HELP_TOPICS),
/* harmony export */   hw: () => (/* binding */ IMPORT_PROMETHEUS_USAGE)
/* harmony export */ });
/**
 * Each subcommand's usage and help, apart from its code, so `help` and errors load nothing else. The
 * synopsis (`*_USAGE`) ends every usage error; the help (`--help`, `-h`, `help <command>`) adds one
 * line per option.
 */
const ESTIMATE_USAGE = `usage: carbon-budget estimate --hours H (--power W | --gpu MODEL) [--count N] [--utilization U]
                             [--pue X] (--intensity G | --location L) [--json FILE|-]
       carbon-budget estimate --gpu-hours H (--power W | --gpu MODEL) ...`;
const IMPORT_PROMETHEUS_USAGE = `usage: carbon-budget import prometheus --url URL --selector SEL --from T --to T
                           [--metrics dcgm,kepler,node-rapl] [--step NAME] [--json FILE|-]
                           [--location L] [--intensity G] [--pue X] [--config FILE] [--no-embodied]
  SEL: PromQL label matchers, e.g. '{namespace="ml",pod=~"train-.*"}'; T: RFC 3339 or Unix seconds.
  Credentials: PROMETHEUS_TOKEN, or PROMETHEUS_USER and PROMETHEUS_PASSWORD.`;
const IMPORT_SLURM_USAGE = `usage: carbon-budget import slurm JOBID [--step NAME] [--json FILE|-]
                           [--prometheus URL [--selector SEL] [--metrics ...]]
                           [--location L] [--intensity G] [--pue X] [--config FILE] [--no-embodied]
  Reads sacct; --prometheus adds the job's GPUs from DCGM (default selector {hpc_job="JOBID"}).`;
const IMPORT_USAGE = `usage: carbon-budget import codecarbon FILE [--project NAME] [--json FILE|-]
                           [--model-card [--training-type pre-training|fine-tuning]]
       carbon-budget import report FILE [--json FILE|-] [--model-card [--training-type ...]]
       carbon-budget import prometheus --url URL --selector SEL --from T --to T [--metrics ...]
                           [--step NAME] [--json FILE|-]
       carbon-budget import slurm JOBID [--step NAME] [--json FILE|-]`;
const COMPARE_USAGE = `usage: carbon-budget compare --base BASE.json --head HEAD.json [--config FILE] [--markdown FILE|-]`;
const RUN_USAGE = `usage: carbon-budget run [--step NAME] [--config FILE] [--location L] [--intensity G] [--pue X]
                        [--gpu MODEL] [--gpu-count N] [--cpu MODEL] [--memory-gb N] [--host-vcpus N]
                        [--prometheus URL --selector SEL [--metrics dcgm,kepler,node-rapl]]
                        [--slurm | --slurm-job ID]
                        [--unit NAME=COUNT] [--no-embodied] [--interval MS] [--json FILE|-]
                        [--markdown FILE|-] [--no-store] [--quiet] [--verbose]
                        -- COMMAND [ARGS...]`;
const DASHBOARD_USAGE = `usage: carbon-budget dashboard [--history DIR] [--out DIR] [--config FILE]`;
const HELP_LINE = ["-h, --help", "print this help"];
const JSON_LINE = [
    "--json FILE|-",
    "write the report (carbon-budget/report@1) to FILE, - for stdout",
];
const ACCOUNTING = [
    ["--step NAME", "the step's name in the report"],
    JSON_LINE,
    ["--location L", "grid zone, ISO country or cloud region (DE, US-MIDA-PJM, aws:us-east-1)"],
    ["--intensity G", "grid intensity in gCO2e/kWh (0 to 2000), or with a unit: 0.4kg/kWh, 0.954lb/kWh"],
    ["--pue X", "data-centre power usage effectiveness, 1 to 3"],
    ["--config FILE", "config file for location and PUE (default: .github/carbon-budget.yml)"],
    ["--no-embodied", "leave out embodied emissions (hardware manufacture)"],
    ["-v, --verbose", "print every note on how each figure was obtained"],
];
const COMMANDS = {
    run: {
        synopsis: "usage: carbon-budget run [OPTIONS] -- COMMAND [ARGS...]",
        about: "Runs COMMAND, measures its energy, turns it into CO2e and compares it with the last successful\nrun of the same step. The exit code is COMMAND's.",
        options: [
            ["--step NAME", "the step's name; runs of one step are compared (default: the script's name)"],
            ["--config FILE", "config file: location, PUE, hardware, budgets (default: .github/carbon-budget.yml)"],
            ["--location L", "grid zone, ISO country or cloud region (DE, US-MIDA-PJM, aws:us-east-1)"],
            ["--intensity G", "grid intensity in gCO2e/kWh (0 to 2000), or with a unit: 0.4kg/kWh, 0.954lb/kWh"],
            ["--pue X", "data-centre power usage effectiveness, 1 to 3 (default: the cloud's, else 1)"],
            ["--gpu MODEL", "GPU to assume when none can be read (data/gpus.json), e.g. A100-SXM4-80GB"],
            ["--gpu-count N", "how many of --gpu, 1 to 4096 (default: 1)"],
            ["--cpu MODEL", "CPU model, for its TDP (default: what the system reports)"],
            ["--memory-gb N", "installed memory in GB for the RAM model (default: /proc/meminfo)"],
            ["--host-vcpus N", "vCPUs of the host this VM runs on: its share of the server's embodied emissions"],
            ["--prometheus URL", "also measure remote work through Prometheus (with --selector)"],
            ["--selector SEL", "PromQL label matchers for --prometheus, e.g. '{namespace=\"ml\"}'"],
            ["--metrics LIST", "Prometheus sources: dcgm, kepler, node-rapl (default: dcgm)"],
            ["--slurm", "measure the Slurm job COMMAND submits (the id from sbatch's output)"],
            ["--slurm-job ID", "measure this Slurm job"],
            ["--unit NAME=COUNT", "what the step processed (epoch=3, samples=50000): adds CO2e per unit"],
            ["--no-embodied", "leave out embodied emissions (hardware manufacture)"],
            ["--interval MS", "sampling interval, 50 to 60000 ms (default: 1000)"],
            ["--json FILE|-", "write the report (carbon-budget/report@1) to FILE, - for stdout"],
            ["--markdown FILE|-", "write the report as the PR comment shows it, - for stdout"],
            ["--no-store", "neither read nor write the run history (.carbon-budget/)"],
            ["-q, --quiet", "no progress line and no summary"],
            ["-v, --verbose", "print every note on how each figure was obtained"],
            HELP_LINE,
        ],
    },
    estimate: {
        synopsis: ESTIMATE_USAGE,
        about: "Estimates energy and CO2e before a job runs: W per device x devices x hours x utilization x PUE,\ntimes the grid intensity.",
        options: [
            ["--hours H", "the job's wall-clock hours (or --gpu-hours)"],
            ["--gpu-hours H", "devices x hours in one figure, as papers report them (not with --hours/--count)"],
            ["--power W", "watts per device, taken as exact"],
            [
                "--gpu MODEL",
                "instead of --power: a model's TDP from data/gpus.json, or a family (A100) over its variants",
            ],
            ["--count N", "how many devices (default: 1)"],
            ["--utilization U", "average share of that power drawn: 0.8 or 80% (default: 1)"],
            ["--pue X", "data-centre power usage effectiveness, 1 to 3 (default: the cloud's, else 1)"],
            ["--intensity G", "grid intensity in gCO2e/kWh, or with a unit: 0.4kg/kWh, 0.954lb/kWh"],
            ["--location L", "instead of --intensity: grid zone, ISO country or cloud region"],
            ["--json FILE|-", "write carbon-budget/estimate@1 to FILE, - for stdout (the table goes to stderr)"],
            HELP_LINE,
        ],
    },
    compare: {
        synopsis: COMPARE_USAGE,
        about: "Judges two reports offline, as the PR comment would. Exit 1 over budget, 0 otherwise, 2 for bad input.",
        options: [
            ["--base BASE.json", "the report compared with (from run --json, import --json or the action)"],
            ["--head HEAD.json", "the report judged"],
            ["--config FILE", "the budgets to judge by; without it nothing is judged and the exit code is 0"],
            ["--markdown FILE|-", "write what the PR comment would show to FILE, - for stdout"],
            HELP_LINE,
        ],
    },
    import: {
        synopsis: IMPORT_USAGE,
        about: "Brings in what was measured elsewhere: CodeCarbon's emissions.csv, a carbon-budget report, a\nPrometheus window or a Slurm job (see `carbon-budget import prometheus --help`, `import slurm --help`).",
        options: [
            ["--project NAME", "codecarbon: import only the rows of this project_name"],
            JSON_LINE,
            ["--model-card", "print the Hugging Face model-card co2_eq_emissions block on stdout"],
            ["--training-type T", "pre-training or fine-tuning, for the model card"],
            HELP_LINE,
        ],
    },
    "import prometheus": {
        synopsis: IMPORT_PROMETHEUS_USAGE,
        about: "The energy a past window's series show (a training run that has ended), as a report.",
        options: [
            ["--url URL", "the Prometheus server (required)"],
            ["--selector SEL", 'PromQL label matchers, e.g. \'{namespace="ml",pod=~"train-.*"}\' (required)'],
            ["--from T", "the window's start: RFC 3339 or Unix seconds (required)"],
            ["--to T", "the window's end: RFC 3339 or Unix seconds (required)"],
            ["--metrics LIST", "sources: dcgm, kepler, node-rapl (default: dcgm)"],
            ...ACCOUNTING,
            HELP_LINE,
        ],
    },
    "import slurm": {
        synopsis: IMPORT_SLURM_USAGE,
        about: "A finished Slurm job's energy from its accounting (sacct), as a report.",
        options: [
            ["--prometheus URL", "add the job's GPUs from DCGM through Prometheus"],
            ["--selector SEL", 'PromQL label matchers for --prometheus (default: {hpc_job="JOBID"})'],
            ["--metrics LIST", "sources for --prometheus (default: dcgm)"],
            ...ACCOUNTING,
            HELP_LINE,
        ],
    },
    dashboard: {
        synopsis: DASHBOARD_USAGE,
        about: "Writes the run history as one page, index.html, with README badges beside it (badge.svg,\nbadge-STEP.svg).",
        options: [
            ["--history DIR", "the history: .carbon-budget at the git root (default), or a data-branch checkout"],
            ["--out DIR", "where the files go (default: the history folder)"],
            ["--config FILE", "the budgets drawn as lines (default: .github/carbon-budget.yml)"],
            HELP_LINE,
        ],
    },
};
const HELP_TOPICS = Object.keys(COMMANDS);
/** `--help` for one subcommand: its synopsis, what it does, one line per option; undefined if unknown. */
function commandHelp(name) {
    const help = COMMANDS[name];
    if (!help)
        return undefined;
    const width = Math.max(...help.options.map(([flag]) => flag.length));
    const options = help.options.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`);
    return `${help.synopsis}\n\n${help.about}\n\noptions:\n${options.join("\n")}\n\nMore, with examples: docs/cli.md in the carbon-budget repository.\n`;
}
/** The next step after a usage error: where the whole help is. */
const moreHelp = (command) => `run \`carbon-budget ${command} --help\` for every option`;


/***/ }),

/***/ 2678:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ readEnvironment),
/* harmony export */   u: () => (/* binding */ DEFAULT_ELECTRICITY_MAPS_URL)
/* harmony export */ });
/** Every environment variable the engine reads, read here and nowhere else. */
/** Electricity Maps' API; only reached when the user configured a token. */
const DEFAULT_ELECTRICITY_MAPS_URL = "https://api.electricitymap.org";
/** Whole seconds 0..600, else the default: a typo must not hang a build. */
function waitSeconds(text, fallback) {
    const value = Number(text?.trim());
    return text?.trim() && Number.isFinite(value) && value >= 0 && value <= 600 ? value : fallback;
}
function readEnvironment(env = process.env) {
    // An empty or blank secret (an unset Actions secret expands to "") means no token, not a token of "".
    const token = env.ELECTRICITY_MAPS_TOKEN?.trim();
    const bearer = env.PROMETHEUS_TOKEN?.trim();
    const user = env.PROMETHEUS_USER?.trim();
    return {
        powercapRoot: env.CARBON_BUDGET_POWERCAP_ROOT || "/sys/class/powercap",
        procRoot: env.CARBON_BUDGET_PROC_ROOT || "/proc",
        dmiRoot: env.CARBON_BUDGET_DMI_ROOT || "/sys/class/dmi/id",
        nvmlLib: env.CARBON_BUDGET_NVML_LIB || "libnvidia-ml.so.1",
        path: env.PATH ?? "",
        isCi: env.CI === "true" || env.CI === "1" || env.GITHUB_ACTIONS === "true",
        ...(token ? { electricityMapsToken: token } : {}),
        electricityMapsUrl: env.CARBON_BUDGET_ELECTRICITY_MAPS_URL || DEFAULT_ELECTRICITY_MAPS_URL,
        ...(bearer
            ? { prometheusAuth: { bearer } }
            : user
                ? { prometheusAuth: { user, password: env.PROMETHEUS_PASSWORD ?? "" } }
                : {}),
        remoteWaitMs: waitSeconds(env.CARBON_BUDGET_REMOTE_WAIT_S, 60) * 1000,
    };
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ isInputError),
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
/**
 * An error in what the user gave us (a flag, a config key, a file): the CLI prints its message alone,
 * without a stack, and exits 2. The message names the input, quotes the bad value and says what is allowed.
 */
class InputError extends Error {
    input;
    value;
    allowed;
    constructor(input, value, allowed) {
        super(`${input}: ${JSON.stringify(value)} is not valid; ${allowed}`);
        this.input = input;
        this.value = value;
        this.allowed = allowed;
        this.name = "InputError";
    }
}
const isInputError = (error) => error instanceof InputError;


/***/ }),

/***/ 613:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ nearestNames),
/* harmony export */   Y: () => (/* binding */ editDistance)
/* harmony export */ });
/** "Did you mean": the known names closest to what the user typed, for error messages. */
function editDistance(a, b) {
    const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0];
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j];
            previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return previous[b.length];
}
function nearestNames(name, known, count) {
    const wanted = name.toLowerCase();
    return known
        .map((candidate) => ({ candidate, distance: editDistance(wanted, candidate.toLowerCase()) }))
        .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
        .slice(0, count)
        .map(({ candidate }) => candidate);
}


/***/ }),

/***/ 1013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ VERSION)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts

const VERSION = package_namespaceObject.rE;


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/cli/closed-streams.ts
/**
 * A reader that goes away (`carbon-budget ... | head`) closes our stdout or stderr: writes then fail
 * with EPIPE, which Node raises as an error event and, unhandled, as a crash with exit 1. Nothing more
 * can be said to a reader that has left, so those errors are dropped: the exit code stays the
 * command's (the wrapped command's, for `run`).
 */
const GONE = new Set(["EPIPE", "ERR_STREAM_DESTROYED"]);
function ignoreClosedReaders(streams) {
    for (const stream of streams) {
        stream.on("error", (error) => {
            if (!GONE.has(error.code ?? ""))
                throw error;
        });
    }
}

// EXTERNAL MODULE: ./src/environment.ts
var environment = __nccwpck_require__(2678);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/text/nearest.ts
var nearest = __nccwpck_require__(613);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __nccwpck_require__(1013);
// EXTERNAL MODULE: ./src/cli/did-you-mean.ts
var did_you_mean = __nccwpck_require__(9927);
// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __nccwpck_require__(7485);
;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The CLI's one runner: dispatches the subcommand, holds the one try/catch, and maps errors to exit
 * codes (2 for bad input, with the message alone: no stack traces for users).
 */






const USAGE = `carbon-budget ${version/* VERSION */.x}: an emissions budget for machine-learning work

${usage/* RUN_USAGE */.W3}

${usage/* ESTIMATE_USAGE */.LS}

${usage/* IMPORT_USAGE */.Un}

${usage/* COMPARE_USAGE */.cp}

${usage/* DASHBOARD_USAGE */.Hm}

Measures the energy the command uses (GPU via NVML or nvidia-smi, CPU and RAM via RAPL, else
estimated or declared), turns it into CO2e and compares it with the previous run of the same step.
Each command's options, one per line: carbon-budget <command> --help (or: carbon-budget help <command>).
Every option, with examples: docs/cli.md in the carbon-budget repository.`;
const COMMANDS = ["run", "estimate", "import", "compare", "dashboard", "help"];
/**
 * The help topic when the arguments ask for help: `-h` or `--help` among a command's own options (for
 * `run`, before `--`: after it they are the wrapped command's). `import FORMAT` has help of its own.
 */
function helpTopic(command, rest) {
    const separator = rest.indexOf("--");
    const own = separator === -1 ? rest : rest.slice(0, separator);
    if (!own.includes("--help") && !own.includes("-h"))
        return undefined;
    if (command === "import" && (own[0] === "prometheus" || own[0] === "slurm"))
        return `import ${own[0]}`;
    return command;
}
function unknownCommand(command) {
    const [near] = (0,nearest/* nearestNames */.L)(command, COMMANDS, 1);
    const hint = near !== undefined && (0,did_you_mean/* isTypo */.X)(command, near) ? `; did you mean ${near}?` : "";
    return `carbon-budget: unknown command ${JSON.stringify(command)}${hint}\nexpected one of: ${COMMANDS.join(", ")} (carbon-budget help lists them)\n`;
}
async function main(argv) {
    const [command, ...rest] = argv;
    const topic = command && helpTopic(command, rest);
    const help = topic ? (0,usage/* commandHelp */.bD)(topic) : undefined;
    if (help) {
        process.stdout.write(help);
        return 0;
    }
    try {
        switch (command) {
            // Each subcommand's code is loaded when asked for: start-up before the wrapped command is the user's.
            case "run": {
                const [{ parseRunArgs }, { runMeasured }] = await Promise.all([
                    Promise.all(/* import() */[__nccwpck_require__.e(705), __nccwpck_require__.e(148), __nccwpck_require__.e(521)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3521)),
                    Promise.all(/* import() */[__nccwpck_require__.e(705), __nccwpck_require__.e(148), __nccwpck_require__.e(29), __nccwpck_require__.e(247)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4247)),
                ]);
                return await runMeasured(parseRunArgs(rest), {
                    stdout: process.stdout,
                    stderr: process.stderr,
                    cwd: process.cwd(),
                    env: (0,environment/* readEnvironment */.Q)(),
                });
            }
            case "estimate":
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(705), __nccwpck_require__.e(148), __nccwpck_require__.e(521), __nccwpck_require__.e(210)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4210))).runEstimate(rest, {
                    stdout: process.stdout,
                    stderr: process.stderr,
                    cwd: process.cwd(),
                });
            case "compare":
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(705), __nccwpck_require__.e(815), __nccwpck_require__.e(148), __nccwpck_require__.e(29), __nccwpck_require__.e(521), __nccwpck_require__.e(59), __nccwpck_require__.e(363), __nccwpck_require__.e(183), __nccwpck_require__.e(781)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9513))).runCompare(rest, {
                    stdout: process.stdout,
                    stderr: process.stderr,
                    cwd: process.cwd(),
                });
            case "import":
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(705), __nccwpck_require__.e(148), __nccwpck_require__.e(521), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1171))).runImport(rest, {
                    stdout: process.stdout,
                    stderr: process.stderr,
                    cwd: process.cwd(),
                });
            case "dashboard":
                return await (await __nccwpck_require__.e(/* import() */ 550).then(__nccwpck_require__.bind(__nccwpck_require__, 4550))).runDashboard(rest, {
                    stdout: process.stdout,
                    stderr: process.stderr,
                    cwd: process.cwd(),
                });
            case "--version":
            case "-V":
                process.stdout.write(`${version/* VERSION */.x}\n`);
                return 0;
            case "help": {
                // `help run`, `help import slurm`: that command's help; `help` alone: every synopsis.
                const [first, second] = rest;
                if (first === undefined) {
                    process.stdout.write(`${USAGE}\n`);
                    return 0;
                }
                const named = first === "import" && second ? `import ${second}` : first;
                const text = (0,usage/* commandHelp */.bD)(named);
                if (text) {
                    process.stdout.write(text);
                    return 0;
                }
                const [near] = (0,nearest/* nearestNames */.L)(named, usage/* HELP_TOPICS */.hJ, 1);
                process.stderr.write(`carbon-budget: help: no command ${JSON.stringify(named)}; did you mean ${near}? (commands: ${usage/* HELP_TOPICS */.hJ.join(", ")})\n`);
                return 2;
            }
            case undefined:
            case "--help":
            case "-h":
                process.stdout.write(`${USAGE}\n`);
                return command === undefined ? 2 : 0;
            default:
                process.stderr.write(unknownCommand(command));
                return 2;
        }
    }
    catch (error) {
        if ((0,errors/* isInputError */.B)(error)) {
            process.stderr.write(`carbon-budget: ${error.message}\n`);
            return 2;
        }
        // A file the system would not let us read or write, that no input check named: the file and why.
        const { code, path } = error;
        if (typeof code === "string" && typeof path === "string") {
            process.stderr.write(`carbon-budget: ${error.message}\n`);
            return 2;
        }
        // Ours, not the user's: say so plainly, with the detail needed for a bug report.
        process.stderr.write(`carbon-budget: internal error: ${error.stack ?? String(error)}\n`);
        return 70;
    }
}

;// CONCATENATED MODULE: ./src/cli/index.ts


ignoreClosedReaders([process.stdout, process.stderr]);
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
});

