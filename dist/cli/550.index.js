export const id = 550;
export const ids = [550];
export const modules = {

/***/ 4550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDashboard: () => (/* binding */ runDashboard)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _did_you_mean_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9927);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7485);
/**
 * `carbon-budget dashboard [--history DIR] [--out DIR] [--config FILE]`: the run history as one
 * self-contained page, with README badges beside it. Reads the local history or a checkout of the data
 * branch; the page's code loads only when this command runs (main.ts imports this file for its usage).
 */







const OPTIONS = {
    history: { type: "string" },
    out: { type: "string" },
    config: { type: "string" },
    help: { type: "boolean", short: "h" },
};
function parse(argv) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_3__.parseArgs)({
            args: argv,
            options: OPTIONS,
            strict: true,
        }).values;
    }
    catch (error) {
        const { message } = error;
        const option = /'(--?[\w-]+)/.exec(message)?.[1];
        const near = option && (0,_did_you_mean_js__WEBPACK_IMPORTED_MODULE_6__/* .nearestOption */ .A)(option, OPTIONS);
        const hint = near ? `; did you mean ${near}?` : "";
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d("carbon-budget dashboard", option ?? argv.join(" "), `${message}${hint}\n${_usage_js__WEBPACK_IMPORTED_MODULE_5__/* .DASHBOARD_USAGE */ .Hm}`);
    }
}
async function loadBudgets(path, gitRoot, cwd) {
    const [{ parseConfigFile }, { budgetsFromConfig }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(705), __webpack_require__.e(815), __webpack_require__.e(148), __webpack_require__.e(29), __webpack_require__.e(363), __webpack_require__.e(963)]).then(__webpack_require__.bind(__webpack_require__, 5363)),
        __webpack_require__.e(/* import() */ 968).then(__webpack_require__.bind(__webpack_require__, 6968)),
    ]);
    const file = path === undefined ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(gitRoot, ".github", "carbon-budget.yml") : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path);
    if (path === undefined && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return undefined;
    const { config, missing } = await parseConfigFile(file);
    if (missing)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d("--config", path ?? file, "no such file");
    return budgetsFromConfig(config);
}
function outputFolder(path, input) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(input, path, "that is a file; give a folder for index.html and the badges");
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(path, { recursive: true });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(input, path, `cannot create it: ${error.message}`);
    }
    return path;
}
async function runDashboard(argv, io) {
    const values = parse(argv);
    if (values.help) {
        io.stdout.write((0,_usage_js__WEBPACK_IMPORTED_MODULE_5__/* .commandHelp */ .bD)("dashboard") ?? _usage_js__WEBPACK_IMPORTED_MODULE_5__/* .DASHBOARD_USAGE */ .Hm);
        return 0;
    }
    const [{ readGitPosition }, { STORE_DIR }, { readHistory }, { dashboardFiles }] = await Promise.all([
        __webpack_require__.e(/* import() */ 487).then(__webpack_require__.bind(__webpack_require__, 9487)),
        Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(832)]).then(__webpack_require__.bind(__webpack_require__, 1832)),
        Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(828)]).then(__webpack_require__.bind(__webpack_require__, 2828)),
        __webpack_require__.e(/* import() */ 986).then(__webpack_require__.bind(__webpack_require__, 5986)),
    ]);
    const git = readGitPosition(io.cwd);
    const historyDir = values.history === undefined ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.root, STORE_DIR) : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, values.history);
    if (values.history === undefined && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(historyDir)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d("--history", historyDir, "there is no run history here yet: `carbon-budget run -- COMMAND` records one, or give --history DIR (a checkout of the data branch)");
    }
    const history = readHistory(historyDir, "--history");
    for (const line of history.skipped)
        io.stderr.write(`carbon-budget: warning: ${line}\n`);
    if (history.runs.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d("--history", values.history ?? historyDir, "holds no runs yet; `carbon-budget run -- COMMAND` adds one, or give a checkout of the data branch");
    }
    const budgets = await loadBudgets(values.config, git.root, io.cwd);
    const out = outputFolder(values.out === undefined ? history.root : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, values.out), "--out");
    const files = dashboardFiles(history.runs, {
        ...(budgets && { budgets }),
        ...(git.defaultBranch && { defaultBranch: git.defaultBranch }),
        generatedAt: new Date(),
    });
    for (const file of files) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, file.path), file.content);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d("--out", values.out ?? out, `could not write ${file.path}: ${error.message}`);
        }
    }
    const page = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, "index.html");
    const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(io.cwd, page);
    const badges = files.filter((file) => file.path.endsWith(".svg")).map((file) => file.path);
    io.stdout.write([
        `carbon-budget dashboard: ${history.runs.length} run${history.runs.length === 1 ? "" : "s"} from ${history.root}`,
        `  wrote ${shown.startsWith("..") ? page : shown}`,
        `        ${badges.join(", ")}`,
        `  open  ${(0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)(page).href}`,
        "",
    ].join("\n"));
    return 0;
}


/***/ })

};
