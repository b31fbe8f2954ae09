export const id = 832;
export const ids = [832];
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

/***/ 6864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rh: () => (/* binding */ MAX_STEPS),
  PP: () => (/* binding */ REPORT_SCHEMA_ID),
  MM: () => (/* binding */ parseReport)
});

// UNUSED EXPORTS: comparisonSchema, componentSchema, reportSchema, stepSchema, whatIfSchema

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./src/cluster/remote-record.ts
/** The report's record of remote work, defined here so the cluster sources can write it. */

/**
 * Work the step launched on other machines, one entry per source asked (Prometheus, Slurm): measured,
 * or not measured and why. A remote part that could not be measured is never a silent 0.
 */
const remoteSchema = schemas/* object */.Ikc({
    source: schemas/* enum */.k5n(["prometheus", "slurm"]),
    /** Prometheus: the URL's host (never credentials); Slurm: the job id. */
    target: schemas/* string */.YjP().max(500),
    /** Prometheus: the label matchers; Slurm: the job's name. */
    selector: schemas/* string */.YjP().max(2000).optional(),
    status: schemas/* enum */.k5n(["measured", "not-measured"]),
    reason: schemas/* string */.YjP().max(2000).optional(),
    from: schemas/* string */.YjP().optional(),
    to: schemas/* string */.YjP().optional(),
    /** Share of the window the samples cover, over the remote components (0..1). */
    coverage: schemas/* number */.aig().finite().min(0).max(1).optional(),
    nodes: schemas/* array */.YOg(schemas/* object */.Ikc({
        node: schemas/* string */.YjP().max(500),
        /** Prometheus series read for the node. */
        series: schemas/* number */.aig().int().nonnegative().optional(),
        coverage: schemas/* number */.aig().finite().min(0).max(1).optional(),
    }))
        .max(10_000)
        .optional(),
});

;// CONCATENATED MODULE: ./src/report/schema.ts
/**
 * The run report, `carbon-budget/report@1` (docs/architecture.md). Every read goes through this schema: a report
 * from a PR run, an artifact or the on-disk history is untrusted input.
 */


const REPORT_SCHEMA_ID = "carbon-budget/report@1";
/**
 * A report is untrusted input, so its lists are bounded; steps by what we write ourselves. `import
 * codecarbon` writes a step per run (and refuses a file of more runs): a large sweep logged to one
 * emissions.csv has thousands. 10,000 imported steps are about 20 MB of JSON, which `compare` reads,
 * judges and renders in seconds; twice as many is past what the renderers were built for.
 */
const MAX_STEPS = 10_000;
const nonNegative = schemas/* number */.aig().finite().nonnegative();
const componentSchema = schemas/* object */.Ikc({
    /** `node`: a whole machine's energy (Slurm, IPMI), not split into devices. */
    kind: schemas/* enum */.k5n(["gpu", "cpu", "ram", "node"]),
    device: schemas/* string */.YjP().max(200).optional(),
    model: schemas/* string */.YjP().max(200).optional(),
    method: schemas/* enum */.k5n(["measured", "estimated", "declared"]),
    source: schemas/* string */.YjP().max(100),
    energy_kwh: nonNegative,
    avg_power_w: nonNegative.optional(),
    samples: schemas/* number */.aig().int().nonnegative().optional(),
    /** Remote devices (a cluster's, through Prometheus or Slurm): the machine, the GPU's UUID, the share of the window covered. */
    node: schemas/* string */.YjP().max(500).optional(),
    uuid: schemas/* string */.YjP().max(100).optional(),
    coverage: schemas/* number */.aig().finite().min(0).max(1).optional(),
    notes: schemas/* array */.YOg(schemas/* string */.YjP().max(2000)).max(50).optional(),
});
const stepSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().min(1).max(200),
    started_at: schemas/* string */.YjP(),
    ended_at: schemas/* string */.YjP(),
    duration_s: nonNegative,
    exit_code: schemas/* number */.aig().int().optional(),
    energy_kwh: nonNegative,
    it_energy_kwh: nonNegative,
    operational_g: nonNegative,
    embodied_g: nonNegative,
    co2e_g: nonNegative,
    co2e_low_g: nonNegative,
    co2e_high_g: nonNegative,
    /** The operational part of the range, so a report can be re-accounted at another intensity or PUE. */
    operational_low_g: nonNegative.optional(),
    operational_high_g: nonNegative.optional(),
    functional_unit: schemas/* object */.Ikc({ name: schemas/* string */.YjP().max(100), count: schemas/* number */.aig().positive() }).optional(),
    sci_g_per_unit: nonNegative.optional(),
    // A cluster job is one component per remote device: 64 nodes of 8 GPUs, plus their CPUs and RAM.
    components: schemas/* array */.YOg(componentSchema).max(8192),
    /** What the tool itself cost: its CPU seconds over the step. */
    overhead: schemas/* object */.Ikc({ cpu_s: nonNegative }).optional(),
    /** Sources that could not serve a component at all (e.g. no GPU found), so nothing is a silent zero. */
    notes: schemas/* array */.YOg(schemas/* string */.YjP().max(2000)).max(50).optional(),
    remote: schemas/* array */.YOg(remoteSchema).max(10).optional(),
    /**
     * Set when the command ran but its energy could not be measured (a sensor probe failed, the action
     * could not prepare): the energy and CO2e fields are then 0 and mean nothing; readers show "not measured".
     */
    not_measured: schemas/* object */.Ikc({ reason: schemas/* string */.YjP().max(2000) }).optional(),
});
/** The same job where the grid is cleaner (carbon/what-if.ts): up to three places, lowest CO2e first. */
const whatIfSchema = schemas/* object */.Ikc({
    location: schemas/* string */.YjP().max(100),
    intensity_g_per_kwh: nonNegative,
    intensity_source: schemas/* string */.YjP().max(1000),
    co2e_g: nonNegative,
    change_pct: schemas/* number */.aig().finite(),
});
/**
 * What the run was compared with and what came of it, as the terminal says it (compare/record.ts).
 * Absent in reports that were not compared (imports, the action's job reports).
 */
const comparisonSchema = schemas/* object */.Ikc({
    /** The run compared with; absent when there was none. */
    baseline: schemas/* object */.Ikc({
        run_id: schemas/* string */.YjP().max(200),
        ref: schemas/* string */.YjP().max(500).optional(),
        sha: schemas/* string */.YjP().max(64).optional(),
        /** Absent only for a baseline stored before its start was kept. */
        started_at: schemas/* string */.YjP().max(64).optional(),
        ended_at: schemas/* string */.YjP().max(64).optional(),
        /** How it was found, in words: "merge-base with main", "previous run on feature-x". */
        chosen_as: schemas/* string */.YjP().max(500).optional(),
        /** Later runs in the same place whose command failed, passed over to reach this one. */
        failed_runs_passed_over: schemas/* number */.aig().int().nonnegative().optional(),
    })
        .optional(),
    /** False for a baseline on different hardware: then there are no deltas. */
    comparable: schemas/* boolean */.zMY(),
    /** CO2e change over the steps both runs have; absent when nothing was compared or the base was 0 g. */
    delta_pct: schemas/* number */.aig().finite().optional(),
    delta_g: schemas/* number */.aig().finite().optional(),
    delta_kwh: schemas/* number */.aig().finite().optional(),
    verdict: schemas/* enum */.k5n(["pass", "warn", "fail", "no-baseline", "not-measured"]),
    steps: schemas/* array */.YOg(schemas/* object */.Ikc({
        name: schemas/* string */.YjP().max(200),
        status: schemas/* enum */.k5n(["compared", "new", "not-comparable", "not-measured"]),
        delta_pct: schemas/* number */.aig().finite().optional(),
        delta_g: schemas/* number */.aig().finite().optional(),
        delta_kwh: schemas/* number */.aig().finite().optional(),
    }))
        .max(MAX_STEPS),
    /** Each budget limit judged, with the config file's budgets: kWh for energy, g for co2e, % for increase. */
    budgets: schemas/* array */.YOg(schemas/* object */.Ikc({
        scope: schemas/* string */.YjP().max(200),
        limit: schemas/* enum */.k5n(["energy", "co2e", "increase"]),
        status: schemas/* enum */.k5n(["pass", "warn", "fail", "skipped", "not-measured"]),
        limit_value: schemas/* number */.aig().finite(),
        actual: schemas/* number */.aig().finite().optional(),
        per_unit: schemas/* string */.YjP().max(100).optional(),
        reason: schemas/* string */.YjP().max(2000),
    }))
        .max(3 * (MAX_STEPS + 1))
        .optional(),
});
const reportSchema = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz(REPORT_SCHEMA_ID),
    tool: schemas/* object */.Ikc({ name: schemas/* string */.YjP(), version: schemas/* string */.YjP() }),
    run: schemas/* object */.Ikc({
        id: schemas/* string */.YjP().max(200),
        repo: schemas/* string */.YjP().max(200).optional(),
        ref: schemas/* string */.YjP().max(500).optional(),
        sha: schemas/* string */.YjP().max(64).optional(),
        started_at: schemas/* string */.YjP(),
        ended_at: schemas/* string */.YjP(),
    }),
    hardware: schemas/* object */.Ikc({
        fingerprint: schemas/* string */.YjP().max(200),
        gpus: schemas/* array */.YOg(schemas/* object */.Ikc({ model: schemas/* string */.YjP().max(200), count: schemas/* number */.aig().int().positive() })),
        cpu: schemas/* object */.Ikc({ model: schemas/* string */.YjP().max(200), count: schemas/* number */.aig().int().nonnegative() }),
        memory_gb: nonNegative,
        /** Remote machines the step's work ran on (cluster nodes), part of the fingerprint when present. */
        nodes: schemas/* number */.aig().int().nonnegative().optional(),
    }),
    assumptions: schemas/* object */.Ikc({
        pue: schemas/* number */.aig().finite().min(1).max(3),
        intensity_g_per_kwh: nonNegative,
        intensity_source: schemas/* string */.YjP().max(500),
        intensity_year: schemas/* number */.aig().int().optional(),
        location: schemas/* string */.YjP().max(100).optional(),
    }),
    steps: schemas/* array */.YOg(stepSchema).max(MAX_STEPS),
    totals: schemas/* object */.Ikc({
        duration_s: nonNegative,
        energy_kwh: nonNegative,
        co2e_g: nonNegative,
        co2e_low_g: nonNegative,
        co2e_high_g: nonNegative,
    }),
    comparison: comparisonSchema.optional(),
    what_if: schemas/* array */.YOg(whatIfSchema).max(3).optional(),
});
/** Parses untrusted JSON text into a report, with a message that says what is wrong and where. */
function parseReport(text, origin) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${origin}: not JSON (${error.message})`);
    }
    const result = reportSchema.safeParse(data);
    if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue.path.length ? issue.path.join(".") : "(top level)";
        throw new Error(`${origin}: not a ${REPORT_SCHEMA_ID} report: ${where}: ${issue.message}`);
    }
    return result.data;
}


/***/ })

};
