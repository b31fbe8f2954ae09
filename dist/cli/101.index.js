export const id = 101;
export const ids = [101];
export const modules = {

/***/ 1832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NO_BRANCH: () => (/* binding */ NO_BRANCH),
/* harmony export */   NO_COMMIT: () => (/* binding */ NO_COMMIT),
/* harmony export */   STORE_DIR: () => (/* binding */ STORE_DIR),
/* harmony export */   isFolder: () => (/* binding */ isFolder),
/* harmony export */   listDir: () => (/* binding */ listDir),
/* harmony export */   readStore: () => (/* binding */ readStore),
/* harmony export */   writeRun: () => (/* binding */ writeRun)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _report_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6864);
/**
 * The embedded on-disk history: `.carbon-budget/v1/<branch>/<sha>/<run id>.json`, one report a file,
 * written once. Anything unreadable in it is reported and skipped, never fatal and never deleted: the
 * history is the user's data. The one exception is our own: the temporary file of a write that died
 * before its rename, which reads and writes remove once it is certainly abandoned.
 */



const STORE_DIR = ".carbon-budget";
const LAYOUT = "v1";
/** Keys for runs outside git, or on a detached HEAD. */
const NO_BRANCH = "_detached";
const NO_COMMIT = "_no-commit";
const encode = (segment) => encodeURIComponent(segment);
function readStore(root) {
    const base = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, STORE_DIR, LAYOUT);
    const runs = [];
    const skipped = [];
    // Only folders belong above the report files, and only files in the commit folders.
    const folders = (dir) => listDir(dir).filter((entry) => {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
        const folder = entry.isDirectory() || (entry.isSymbolicLink() && isFolder(path));
        if (!folder)
            skipped.push(`${path}: not a branch or commit folder (ignored)`);
        return folder;
    });
    for (const branchDir of folders(base)) {
        for (const shaDir of folders((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(base, branchDir.name))) {
            for (const file of listDir((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(base, branchDir.name, shaDir.name))) {
                const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(base, branchDir.name, shaDir.name, file.name);
                if (isTemporary(file.name)) {
                    // A write in progress, or the remains of one that died: not a run either way.
                    removeIfAbandoned(path);
                    continue;
                }
                if (!file.name.endsWith(".json") || file.isDirectory()) {
                    skipped.push(`${path}: not a report file (ignored)`);
                    continue;
                }
                try {
                    const key = { branch: decodeURIComponent(branchDir.name), sha: decodeURIComponent(shaDir.name) };
                    runs.push({ ...key, report: (0,_report_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReport */ .MM)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, "utf8"), path) });
                }
                catch (error) {
                    // parseReport names the file itself; fs and URI errors may not.
                    const message = error.message;
                    skipped.push(`${message.startsWith(path) ? message : `${path}: ${message}`} (skipped, left in place)`);
                }
            }
        }
    }
    return { runs, skipped };
}
function isFolder(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
/** Sorted, hidden entries (the store's .gitignore, a checkout's .git) left out; none when unreadable. */
function listDir(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(path, { withFileTypes: true })
            .filter((entry) => !entry.name.startsWith("."))
            .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
    catch {
        return [];
    }
}
/**
 * Writes through a temporary file and a rename, so a crash never leaves half a report behind, and
 * flushes both to disk (the file before the rename, the folder after it), so a power cut does not
 * either: without the first, a rename can reach the disk before the data it names.
 */
function writeRun(root, key, report) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, STORE_DIR, LAYOUT, encode(key.branch ?? NO_BRANCH), encode(key.sha ?? NO_COMMIT));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    // Like pytest's cache: the history is local state, kept out of commits unless the user opts in.
    const ignore = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, STORE_DIR, ".gitignore");
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(ignore))
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(ignore, "# created by carbon-budget: local run history\n*\n");
    for (const entry of listDir(dir))
        if (isTemporary(entry.name))
            removeIfAbandoned((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name));
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `${encode(report.run.id)}.json`);
    const temporary = `${path}.${process.pid}.tmp`;
    removeIfAbandoned(temporary, { ours: true });
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(temporary, "wx");
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, `${JSON.stringify(report, null, 2)}\n`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, path);
    syncFolder(dir);
    return path;
}
/** `<id>.json.<pid>.tmp` as writeRun names it, or `<id>.json.tmp`. */
const TEMPORARY = /\.json(?:\.(\d+))?\.tmp$/;
const isTemporary = (name) => TEMPORARY.test(name);
/**
 * A write takes milliseconds. A temporary file older than a minute whose writer (the pid in its name)
 * is no longer running died with it; one older than ten minutes died, whoever wrote it (a pid may have
 * been reused since, or belong to another machine or container sharing the folder).
 */
const SETTLED_MS = 60 * 1000;
const ABANDONED_AFTER_MS = 10 * 60 * 1000;
/**
 * Removes a temporary file once its write is certainly over (see above). `ours`: the name is this
 * process's own, left by an earlier write of this process, so nothing else can be writing it. Never
 * fails the caller: a file left behind costs nothing but its space.
 */
function removeIfAbandoned(path, options = {}) {
    try {
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
        if (!stats.isFile() && !stats.isSymbolicLink())
            return;
        const age = Date.now() - stats.mtimeMs;
        const pid = Number(TEMPORARY.exec(path)?.[1] ?? Number.NaN);
        const writerGone = age > SETTLED_MS && pid > 0 && !isRunning(pid);
        if (options.ours || writerGone || age > ABANDONED_AFTER_MS)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(path);
    }
    catch {
        // Gone already (another process cleaned it up), or not ours to remove.
    }
}
function isRunning(pid) {
    if (pid === process.pid)
        return true;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        // EPERM: running, as another user.
        return error.code === "EPERM";
    }
}
/** Makes a rename in `dir` durable. Not every platform can open a folder (Windows cannot): best effort. */
function syncFolder(dir) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(dir, "r");
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
    }
    catch {
        // The rename is done; only its durability across a power cut is left to the OS.
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 3101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportRun: () => (/* binding */ reportRun)
});

// EXTERNAL MODULE: ./src/baseline/local-store.ts
var local_store = __webpack_require__(1832);
;// CONCATENATED MODULE: ./src/baseline/select.ts
/** An unparseable time sorts oldest: NaN would lose every comparison and so keep the first run found. */
const endedAt = (run) => {
    const time = Date.parse(run.report.run.ended_at);
    return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
};
const latest = (runs) => runs.reduce((best, run) => (best === undefined || endedAt(run) > endedAt(best) ? run : best), undefined);
/** The step's exit code when it ran and did not succeed; undefined for a success or an import. */
function failedExitCode(report, step) {
    const code = report.steps.find((s) => s.name === step)?.exit_code;
    return code !== undefined && code !== 0 ? code : undefined;
}
function selectBaseline(runs, where) {
    const ofStep = runs.filter((run) => run.report.run.id !== where.excludeRunId && run.report.steps.some((s) => s.name === where.step));
    const choose = (place, why) => {
        const run = latest(place.filter((r) => failedExitCode(r.report, where.step) === undefined));
        if (!run)
            return undefined;
        const passedOver = place.filter((r) => failedExitCode(r.report, where.step) !== undefined && endedAt(r) > endedAt(run)).length;
        return { run, why, passedOver };
    };
    const onMergeBase = where.mergeBase
        ? choose(ofStep.filter((run) => run.sha === where.mergeBase), "merge-base")
        : undefined;
    return (onMergeBase ??
        choose(ofStep.filter((run) => run.branch === where.branch), "same-branch"));
}

// EXTERNAL MODULE: ./src/budget/evaluate.ts + 1 modules
var evaluate = __webpack_require__(1046);
// EXTERNAL MODULE: ./src/budget/from-config.ts
var from_config = __webpack_require__(6968);
// EXTERNAL MODULE: ./src/compare/compare.ts
var compare = __webpack_require__(6832);
;// CONCATENATED MODULE: ./src/compare/record.ts
function comparisonRecord(input) {
    const { comparison, baseRun, judged } = input;
    const ref = comparison.baseline;
    const { verdict } = input;
    const scopes = judged
        ? [...judged.verdict.steps, ...(judged.verdict.total ? [judged.verdict.total] : [])]
        : [];
    return {
        ...(ref && { baseline: baselineRecord(ref, baseRun) }),
        comparable: Boolean(ref) && comparison.comparable,
        ...(comparison.total && {
            ...(comparison.total.deltaPct !== undefined && { delta_pct: comparison.total.deltaPct }),
            delta_g: comparison.total.deltaG,
            delta_kwh: comparison.total.deltaKwh,
        }),
        verdict,
        steps: comparison.steps.map((step) => ({
            name: step.name,
            status: step.status,
            ...(step.deltaPct !== undefined && { delta_pct: step.deltaPct }),
            ...(step.deltaG !== undefined && { delta_g: step.deltaG }),
            ...(step.deltaKwh !== undefined && { delta_kwh: step.deltaKwh }),
        })),
        ...(judged && {
            budgets: scopes.flatMap((scope) => {
                const perUnit = judged.perUnit(scope.scope);
                return scope.checks.map((check) => ({
                    scope: scope.scope,
                    limit: check.limit,
                    status: check.status,
                    limit_value: check.limitValue,
                    ...(check.actual !== undefined && { actual: check.actual }),
                    ...(perUnit !== undefined && check.limit !== "increase" && { per_unit: perUnit }),
                    reason: check.reason,
                }));
            }),
        }),
    };
}
/** The run compared with: from its own record where it was read whole, else from its reference. */
function baselineRecord(ref, run) {
    const refName = run?.ref ?? ref.ref;
    const sha = run?.sha ?? ref.sha;
    const startedAt = run?.started_at ?? ref.startedAt;
    return {
        run_id: run?.id ?? ref.runId,
        ...(refName !== undefined && { ref: refName }),
        ...(sha !== undefined && { sha }),
        ...(startedAt !== undefined && { started_at: startedAt }),
        ended_at: run?.ended_at ?? ref.endedAt,
        chosen_as: ref.label,
        ...(ref.passedOver && { failed_runs_passed_over: ref.passedOver }),
    };
}

// EXTERNAL MODULE: ./src/render/markdown.ts + 2 modules
var markdown = __webpack_require__(3863);
// EXTERNAL MODULE: ./src/render/terminal.ts
var terminal = __webpack_require__(1518);
// EXTERNAL MODULE: ./src/render/verdict-cells.ts
var verdict_cells = __webpack_require__(3381);
// EXTERNAL MODULE: ./src/report/not-measured.ts
var not_measured = __webpack_require__(2648);
// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
;// CONCATENATED MODULE: ./src/cli/run-report.ts
/**
 * The end of `carbon-budget run`, after the command and its report: the history, the comparison, the
 * budgets and the outputs. Loaded only then (a dynamic import from run.ts), so none of it delays the command's start.
 */











/** Keeps the run first (a measurement is never lost), then compares and writes what was asked for. */
function reportRun(args, io, report, git, config) {
    const log = (line) => io.stderr.write(`carbon-budget: ${line}\n`);
    const history = args.store ? (0,local_store.readStore)(git.root) : { runs: [], skipped: [] };
    for (const line of history.skipped)
        log(`history: ${line}`);
    // An unmeasured run's placeholder zeros (or a remote part's missing energy) would be a false baseline.
    // A failed run is kept (marked by its exit code), and baseline selection passes over it.
    const saved = args.store && report.steps.every(not_measured/* isFullyMeasured */.jS) ? keep(git, report, log) : undefined;
    const { comparison, baseRun } = compareWithHistory(report, history.runs, args.step, git);
    const judged = (0,from_config.judgeWithConfig)(comparison, config);
    if (!args.quiet)
        io.stderr.write((0,terminal/* renderTerminal */.bF)(report, comparison, { verbose: args.verbose }));
    if (judged && !args.quiet) {
        log(`budgets: ${verdict_cells/* VERDICT_WORDS */._G[judged.verdict.status]}`);
        for (const line of (0,terminal/* renderBudgetLines */.fI)(judged.verdict, judged.budgets))
            io.stderr.write(`${line}\n`);
    }
    if (args.json) {
        const record = comparisonRecord({
            comparison,
            ...(baseRun && { baseRun }),
            verdict: judged?.verdict.status ?? (0,evaluate/* jobStatus */.WB)(comparison),
            ...(judged && {
                judged: {
                    verdict: judged.verdict,
                    perUnit: (scope) => (0,evaluate/* budgetUnit */.yh)(judged.budgets, scope),
                },
            }),
        });
        (0,output/* writeOutput */.z)("--json", args.json, `${JSON.stringify({ ...report, comparison: record }, null, 2)}\n`, io);
    }
    if (args.markdown) {
        (0,output/* writeOutput */.z)("--markdown", args.markdown, `${(0,markdown/* renderMarkdown */.G)(report, comparison, judged ?? {})}\n`, io);
    }
    if (saved && !args.quiet) {
        const failed = failedExitCode(report, args.step);
        const why = failed !== undefined
            ? ` (marked failed, exit ${failed}: kept, never used as a baseline)`
            : git.dirty
                ? " (the work tree has uncommitted changes)"
                : "";
        log(`saved to ${saved}${why}`);
    }
}
/** A history that cannot be written costs the comparison next time, not this run's outputs. */
function keep(git, report, log) {
    try {
        return (0,local_store.writeRun)(git.root, { ...(git.branch && { branch: git.branch }), ...(git.sha && { sha: git.sha }) }, report);
    }
    catch (error) {
        log(`warning: could not save the run to the history: ${error.message}`);
        return undefined;
    }
}
function compareWithHistory(report, runs, step, git) {
    const choice = selectBaseline(runs, {
        step,
        branch: git.branch ?? "",
        excludeRunId: report.run.id,
        ...(git.mergeBase && git.mergeBase !== git.sha && { mergeBase: git.mergeBase }),
    });
    if (!choice)
        return { comparison: (0,compare/* compareReports */.l)(report, undefined) };
    const base = choice.run.report;
    const passedOver = choice.passedOver;
    const label = choice.why === "merge-base"
        ? `merge-base with ${git.defaultBranch}`
        : `previous ${passedOver > 0 ? "successful " : ""}run on ${choice.run.branch}`;
    const comparison = (0,compare/* compareReports */.l)(report, base, {
        label,
        runId: base.run.id,
        ...(base.run.sha && { sha: base.run.sha }),
        ...(base.run.ref && { ref: base.run.ref }),
        endedAt: base.run.ended_at,
        ...(passedOver > 0 && { passedOver }),
    });
    return { comparison, baseRun: base.run };
}


/***/ })

};
