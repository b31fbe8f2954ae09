export const id = 513;
export const ids = [513];
export const modules = {

/***/ 9513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMPARE_USAGE: () => (/* reexport safe */ _usage_js__WEBPACK_IMPORTED_MODULE_10__.cp),
/* harmony export */   runCompare: () => (/* binding */ runCompare)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _budget_from_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3756);
/* harmony import */ var _budget_load_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8554);
/* harmony import */ var _compare_compare_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6832);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3916);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1874);
/* harmony import */ var _report_schema_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1327);
/* harmony import */ var _report_terminal_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7496);
/* harmony import */ var _report_verdict_cells_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3879);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6657);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7485);
/**
 * `carbon-budget compare --base BASE.json --head HEAD.json [--config FILE] [--markdown FILE|-]`: judge
 * two reports offline, as the PR comment would. Exit 1 over budget, 0 otherwise, 2 for bad input.
 */













function readReportFile(input, path, cwd) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path), "utf8");
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(input, path, `cannot read it: ${error.code ?? error.message}`);
    }
    try {
        return (0,_report_schema_js__WEBPACK_IMPORTED_MODULE_7__/* .parseReport */ .MM)(text, path);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(input, path, `${error.message}; give a report written by --json`);
    }
}
async function runCompare(argv, io) {
    let values;
    try {
        ({ values } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args: argv,
            options: {
                base: { type: "string" },
                head: { type: "string" },
                config: { type: "string" },
                markdown: { type: "string" },
            },
            strict: true,
        }));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d("carbon-budget compare", argv.join(" "), `${error.message}\n${_usage_js__WEBPACK_IMPORTED_MODULE_10__/* .COMPARE_USAGE */ .cp}`);
    }
    if (!values.base || !values.head) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(values.base ? "--head" : "--base", "", `both --base and --head are required\n${_usage_js__WEBPACK_IMPORTED_MODULE_10__/* .COMPARE_USAGE */ .cp}`);
    }
    if (values.markdown && values.markdown !== "-")
        (0,_output_js__WEBPACK_IMPORTED_MODULE_9__/* .checkOutputPath */ .$)("--markdown", values.markdown, io.cwd);
    const base = readReportFile("--base", values.base, io.cwd);
    const head = readReportFile("--head", values.head, io.cwd);
    const config = values.config ? (await (0,_budget_load_config_js__WEBPACK_IMPORTED_MODULE_4__.parseConfigFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, values.config))).config : undefined;
    const comparison = (0,_compare_compare_js__WEBPACK_IMPORTED_MODULE_11__/* .compareReports */ .l)(head, base, {
        label: values.base,
        runId: base.run.id,
        ...(base.run.sha && { sha: base.run.sha }),
        ...(base.run.ref && { ref: base.run.ref }),
        endedAt: base.run.ended_at,
    });
    const judged = (0,_budget_from_config_js__WEBPACK_IMPORTED_MODULE_3__/* .judgeWithConfig */ .sQ)(comparison, config);
    io.stderr.write((0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_12__/* .renderTerminal */ .b)(head, comparison));
    if (judged)
        io.stderr.write(`  verdict: ${_report_verdict_cells_js__WEBPACK_IMPORTED_MODULE_8__/* .VERDICT_WORDS */ ._G[judged.verdict.status]}\n`);
    if (values.markdown) {
        (0,_output_js__WEBPACK_IMPORTED_MODULE_9__/* .writeOutput */ .z)("--markdown", values.markdown, `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .renderMarkdown */ .G)(head, comparison, judged ?? {})}\n`, io);
    }
    return judged?.verdict.status === "fail" ? 1 : 0;
}



/***/ })

};
