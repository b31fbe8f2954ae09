#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2972:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  DASHBOARD_USAGE: () => (/* binding */ DASHBOARD_USAGE),
  runDashboard: () => (/* binding */ runDashboard)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/text/nearest.ts
var nearest = __nccwpck_require__(613);
;// CONCATENATED MODULE: ./src/cli/dashboard.ts
/**
 * `carbon-budget dashboard [--history DIR] [--out DIR] [--config FILE]`: the run history as one
 * self-contained page, with README badges beside it. Reads the local history or a checkout of the data
 * branch; the page's code loads only when this command runs (main.ts imports this file for its usage).
 */






const DASHBOARD_USAGE = `usage: carbon-budget dashboard [--history DIR] [--out DIR] [--config FILE]`;
const HELP = `Writes the run history as one page, index.html (a chart and a table per step; it loads nothing and
opens from disk or GitHub Pages), and README badges beside it: badge.svg (the latest total) and
badge-STEP.svg (each step's latest CO2e), for the tracked branch (the default branch, else main).
  --history DIR  the history: .carbon-budget at the git root (default), or a checkout of the data
                 branch (carbon-budget-data)
  --out DIR      where the files go (default: the history folder, where GitHub Pages serves them)
  --config FILE  the budgets drawn as lines (default: .github/carbon-budget.yml at the git root)`;
function parse(argv) {
    try {
        return (0,external_node_util_.parseArgs)({
            args: argv,
            options: {
                history: { type: "string" },
                out: { type: "string" },
                config: { type: "string" },
                help: { type: "boolean", short: "h" },
            },
            strict: true,
        }).values;
    }
    catch (error) {
        const { message } = error;
        const option = /'(--?[\w-]+)/.exec(message)?.[1];
        const name = option?.replace(/^-+/, "") ?? "";
        const near = ["history", "out", "config", "help"].find((known) => (0,nearest/* editDistance */.Y)(name, known) <= 2);
        const hint = near && near !== name ? `; did you mean --${near}?` : "";
        throw new errors/* InputError */.d("carbon-budget dashboard", option ?? argv.join(" "), `${message}${hint}\n${DASHBOARD_USAGE}`);
    }
}
async function loadBudgets(path, gitRoot, cwd) {
    const [{ parseConfigFile }, { budgetsFromConfig }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(769), __nccwpck_require__.e(815), __nccwpck_require__.e(612), __nccwpck_require__.e(859), __nccwpck_require__.e(29), __nccwpck_require__.e(363)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5363)),
        __nccwpck_require__.e(/* import() */ 756).then(__nccwpck_require__.bind(__nccwpck_require__, 3756)),
    ]);
    const file = path === undefined ? (0,external_node_path_.join)(gitRoot, ".github", "carbon-budget.yml") : (0,external_node_path_.resolve)(cwd, path);
    if (path === undefined && !(0,external_node_fs_.existsSync)(file))
        return undefined;
    const { config, missing } = await parseConfigFile(file);
    if (missing)
        throw new errors/* InputError */.d("--config", path ?? file, "no such file");
    return budgetsFromConfig(config);
}
function outputFolder(path, input) {
    if ((0,external_node_fs_.existsSync)(path) && !(0,external_node_fs_.statSync)(path).isDirectory()) {
        throw new errors/* InputError */.d(input, path, "that is a file; give a folder for index.html and the badges");
    }
    try {
        (0,external_node_fs_.mkdirSync)(path, { recursive: true });
    }
    catch (error) {
        throw new errors/* InputError */.d(input, path, `cannot create it: ${error.message}`);
    }
    return path;
}
async function runDashboard(argv, io) {
    const values = parse(argv);
    if (values.help) {
        io.stdout.write(`${DASHBOARD_USAGE}\n\n${HELP}\n`);
        return 0;
    }
    const [{ readGitPosition }, { STORE_DIR }, { readHistory }, { dashboardFiles }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 487).then(__nccwpck_require__.bind(__nccwpck_require__, 9487)),
        Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(832)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1832)),
        Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(828)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2828)),
        __nccwpck_require__.e(/* import() */ 986).then(__nccwpck_require__.bind(__nccwpck_require__, 5986)),
    ]);
    const git = readGitPosition(io.cwd);
    const historyDir = values.history === undefined ? (0,external_node_path_.join)(git.root, STORE_DIR) : (0,external_node_path_.resolve)(io.cwd, values.history);
    if (values.history === undefined && !(0,external_node_fs_.existsSync)(historyDir)) {
        throw new errors/* InputError */.d("--history", historyDir, "there is no run history here yet: `carbon-budget run -- COMMAND` records one, or give --history DIR (a checkout of the data branch)");
    }
    const history = readHistory(historyDir, "--history");
    for (const line of history.skipped)
        io.stderr.write(`carbon-budget: warning: ${line}\n`);
    if (history.runs.length === 0) {
        throw new errors/* InputError */.d("--history", values.history ?? historyDir, "holds no runs yet; `carbon-budget run -- COMMAND` adds one, or give a checkout of the data branch");
    }
    const budgets = await loadBudgets(values.config, git.root, io.cwd);
    const out = outputFolder(values.out === undefined ? history.root : (0,external_node_path_.resolve)(io.cwd, values.out), "--out");
    const files = dashboardFiles(history.runs, {
        ...(budgets && { budgets }),
        ...(git.defaultBranch && { defaultBranch: git.defaultBranch }),
        generatedAt: new Date(),
    });
    for (const file of files) {
        try {
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(out, file.path), file.content);
        }
        catch (error) {
            throw new errors/* InputError */.d("--out", values.out ?? out, `could not write ${file.path}: ${error.message}`);
        }
    }
    const page = (0,external_node_path_.join)(out, "index.html");
    const shown = (0,external_node_path_.relative)(io.cwd, page);
    const badges = files.filter((file) => file.path.endsWith(".svg")).map((file) => file.path);
    io.stdout.write([
        `carbon-budget dashboard: ${history.runs.length} run${history.runs.length === 1 ? "" : "s"} from ${history.root}`,
        `  wrote ${shown.startsWith("..") ? page : shown}`,
        `        ${badges.join(", ")}`,
        `  open  ${(0,external_node_url_namespaceObject.pathToFileURL)(page).href}`,
        "",
    ].join("\n"));
    return 0;
}


/***/ }),

/***/ 7485:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ ESTIMATE_USAGE),
/* harmony export */   Sm: () => (/* binding */ IMPORT_SLURM_USAGE),
/* harmony export */   Un: () => (/* binding */ IMPORT_USAGE),
/* harmony export */   W3: () => (/* binding */ RUN_USAGE),
/* harmony export */   cp: () => (/* binding */ COMPARE_USAGE),
/* harmony export */   hw: () => (/* binding */ IMPORT_PROMETHEUS_USAGE)
/* harmony export */ });
/** Each subcommand's usage, apart from its code, so `help` and errors load nothing else. */
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

// EXTERNAL MODULE: ./src/environment.ts
var environment = __nccwpck_require__(2678);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __nccwpck_require__(1013);
// EXTERNAL MODULE: ./src/cli/dashboard.ts + 1 modules
var dashboard = __nccwpck_require__(2972);
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

${dashboard.DASHBOARD_USAGE}

Measures the energy the command uses (GPU via NVML or nvidia-smi, CPU and RAM via RAPL, else
estimated or declared), turns it into CO2e and compares it with the previous run of the same step.
Every option, with examples: docs/cli.md in the carbon-budget repository.`;
async function main(argv) {
    const [command, ...rest] = argv;
    try {
        switch (command) {
            // Each subcommand's code is loaded when asked for: start-up before the wrapped command is the user's.
            case "run": {
                const [{ parseRunArgs }, { runMeasured }] = await Promise.all([
                    __nccwpck_require__.e(/* import() */ 521).then(__nccwpck_require__.bind(__nccwpck_require__, 3521)),
                    Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(769), __nccwpck_require__.e(612), __nccwpck_require__.e(859), __nccwpck_require__.e(29), __nccwpck_require__.e(247)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4247)),
                ]);
                return await runMeasured(parseRunArgs(rest), {
                    stdout: process.stdout,
                    stderr: process.stderr,
                    cwd: process.cwd(),
                    env: (0,environment/* readEnvironment */.Q)(),
                });
            }
            case "estimate":
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(769), __nccwpck_require__.e(612), __nccwpck_require__.e(859), __nccwpck_require__.e(195)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5195))).runEstimate(rest, {
                    stdout: process.stdout,
                    stderr: process.stderr,
                    cwd: process.cwd(),
                });
            case "compare":
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(769), __nccwpck_require__.e(815), __nccwpck_require__.e(612), __nccwpck_require__.e(859), __nccwpck_require__.e(29), __nccwpck_require__.e(363), __nccwpck_require__.e(111), __nccwpck_require__.e(781)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9513))).runCompare(rest, {
                    stdout: process.stdout,
                    stderr: process.stderr,
                    cwd: process.cwd(),
                });
            case "import":
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(769), __nccwpck_require__.e(859), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1171))).runImport(rest, {
                    stdout: process.stdout,
                    stderr: process.stderr,
                    cwd: process.cwd(),
                });
            case "dashboard":
                return await (await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 2972))).runDashboard(rest, {
                    stdout: process.stdout,
                    stderr: process.stderr,
                    cwd: process.cwd(),
                });
            case "--version":
            case "-V":
                process.stdout.write(`${version/* VERSION */.x}\n`);
                return 0;
            case undefined:
            case "help":
            case "--help":
            case "-h":
                process.stdout.write(`${USAGE}\n`);
                return command === undefined ? 2 : 0;
            default:
                process.stderr.write(`carbon-budget: unknown command ${JSON.stringify(command)}; expected: run, estimate, import, compare, dashboard, help\n`);
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

main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
});

