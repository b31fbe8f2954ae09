export const id = 126;
export const ids = [126];
export const modules = {

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


/***/ })

};
