export const id = 781;
export const ids = [781];
export const modules = {

/***/ 9513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCompare: () => (/* binding */ runCompare)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _budget_from_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6968);
/* harmony import */ var _budget_load_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5363);
/* harmony import */ var _compare_compare_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6832);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _input_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1054);
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3863);
/* harmony import */ var _render_terminal_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1518);
/* harmony import */ var _render_verdict_cells_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3381);
/* harmony import */ var _report_schema_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6864);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3521);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6657);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7485);
/**
 * `carbon-budget compare --base BASE.json --head HEAD.json [--config FILE] [--markdown FILE|-]`: judge
 * two reports offline, as the PR comment would. Exit 1 over budget, 0 otherwise, 2 for bad input.
 */













function readReportFile(input, path, cwd) {
    const text = (0,_input_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readInputText */ ._)({
        input,
        shown: path,
        path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, path),
        expected: "a report written by --json",
    });
    try {
        return (0,_report_schema_js__WEBPACK_IMPORTED_MODULE_9__/* .parseReport */ .MM)(text, path);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(input, path, `${error.message}; give a report written by --json`);
    }
}
const OPTIONS = {
    base: { type: "string" },
    head: { type: "string" },
    config: { type: "string" },
    markdown: { type: "string" },
};
async function runCompare(argv, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_10__.parseOptions)(argv, OPTIONS, {
        command: "carbon-budget compare",
        usage: _usage_js__WEBPACK_IMPORTED_MODULE_12__/* .COMPARE_USAGE */ .cp,
    });
    if (positionals.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d("carbon-budget compare", positionals.join(" "), `compare takes options only: --base BASE.json --head HEAD.json\n${_usage_js__WEBPACK_IMPORTED_MODULE_12__/* .COMPARE_USAGE */ .cp}`);
    }
    if (!values.base || !values.head) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(values.base ? "--head" : "--base", "", `both --base and --head are required\n${_usage_js__WEBPACK_IMPORTED_MODULE_12__/* .COMPARE_USAGE */ .cp}`);
    }
    if (values.markdown && values.markdown !== "-")
        (0,_output_js__WEBPACK_IMPORTED_MODULE_11__/* .checkOutputPath */ .$)("--markdown", values.markdown, io.cwd);
    const base = readReportFile("--base", values.base, io.cwd);
    const head = readReportFile("--head", values.head, io.cwd);
    const config = values.config ? (await (0,_budget_load_config_js__WEBPACK_IMPORTED_MODULE_2__.parseConfigFile)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, values.config))).config : undefined;
    const comparison = (0,_compare_compare_js__WEBPACK_IMPORTED_MODULE_3__/* .compareReports */ .l)(head, base, {
        label: values.base,
        runId: base.run.id,
        ...(base.run.sha && { sha: base.run.sha }),
        ...(base.run.ref && { ref: base.run.ref }),
        endedAt: base.run.ended_at,
    });
    const judged = (0,_budget_from_config_js__WEBPACK_IMPORTED_MODULE_1__.judgeWithConfig)(comparison, config);
    io.stderr.write((0,_render_terminal_js__WEBPACK_IMPORTED_MODULE_7__/* .renderTerminal */ .bF)(head, comparison));
    if (judged) {
        io.stderr.write(`carbon-budget: budgets: ${_render_verdict_cells_js__WEBPACK_IMPORTED_MODULE_8__/* .VERDICT_WORDS */ ._G[judged.verdict.status]}\n`);
        for (const line of (0,_render_terminal_js__WEBPACK_IMPORTED_MODULE_7__/* .renderBudgetLines */ .fI)(judged.verdict, judged.budgets))
            io.stderr.write(`${line}\n`);
    }
    if (values.markdown) {
        (0,_output_js__WEBPACK_IMPORTED_MODULE_11__/* .writeOutput */ .z)("--markdown", values.markdown, `${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .renderMarkdown */ .G)(head, comparison, judged ?? {})}\n`, io);
    }
    return judged?.verdict.status === "fail" ? 1 : 0;
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
