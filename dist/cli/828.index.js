export const id = 828;
export const ids = [828,832];
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

/***/ 2828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  historyRoot: () => (/* binding */ historyRoot),
  readHistory: () => (/* binding */ readHistory)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./src/baseline/index-file.ts
/**
 * The data branch's per-branch index (`v1/<branch>/index.json`): recent runs with the per-step figures
 * a comparison needs, so a pull request is judged from one small file instead of many reports. Pure:
 * reading (zod: the data branch is writable by anyone with push access, so one bad entry is dropped,
 * not the index), adding, trimming to a size the contents API serves, and rebuilding from reports.
 */

const INDEX_SCHEMA_ID = "carbon-budget/index@1";
/** Enough history for trends and noise. */
const INDEX_MAX_ENTRIES = 2000;
/**
 * The contents API serves files up to 1 MB; an entry grows with the number of steps (about 1.2 kB with
 * ten), so the index is trimmed by its serialized size too, well under the limit.
 */
const INDEX_MAX_BYTES = (/* unused pure expression or super */ null && (512 * 1024));
const grams = schemas/* number */.aig().finite().nonnegative();
/** The weakest way any component of a step was counted: one estimated GPU makes the step estimated. */
const METHODS = ["measured", "estimated", "declared"];
// The fields added after the first release are optional, so data branches written before them still parse.
const stepSummarySchema = schemas/* object */.Ikc({
    energy_kwh: schemas/* number */.aig().finite().nonnegative(),
    co2e_g: grams,
    co2e_low_g: grams.optional(),
    co2e_high_g: grams.optional(),
    duration_s: schemas/* number */.aig().finite().nonnegative().optional(),
    exit_code: schemas/* number */.aig().int().optional(),
    method: schemas/* enum */.k5n(METHODS).optional(),
    unit: schemas/* object */.Ikc({ name: schemas/* string */.YjP().max(100), count: schemas/* number */.aig().positive() }).optional(),
});
const indexEntrySchema = schemas/* object */.Ikc({
    sha: schemas/* string */.YjP().regex(/^[0-9a-f]{7,64}$/),
    run_id: schemas/* string */.YjP().max(200),
    /** Absent in entries written before it was kept. */
    started_at: schemas/* string */.YjP().max(64).optional(),
    ended_at: schemas/* string */.YjP().max(64),
    fingerprint: schemas/* string */.YjP().max(200),
    /** The first non-zero exit code of the run's steps, else 0; absent in entries written before it was kept. */
    exit_code: schemas/* number */.aig().int().optional(),
    totals: schemas/* object */.Ikc({
        energy_kwh: schemas/* number */.aig().finite().nonnegative(),
        co2e_g: grams,
        co2e_low_g: grams.optional(),
        co2e_high_g: grams.optional(),
    }),
    steps: schemas/* record */.g1P(schemas/* string */.YjP().max(200), stepSummarySchema),
});
const indexSchema = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz(INDEX_SCHEMA_ID),
    branch: schemas/* string */.YjP(),
    /** Newest first. */
    entries: schemas/* array */.YOg(indexEntrySchema),
});
/** The file's frame, checked before its entries one by one. */
const frameSchema = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz(INDEX_SCHEMA_ID),
    branch: schemas/* string */.YjP(),
    entries: schemas/* array */.YOg(schemas/* unknown */.L5J()),
});
const emptyIndex = (branch) => ({ schema: INDEX_SCHEMA_ID, branch, entries: [] });
function readIndexText(text, origin) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        return { problem: `${origin}: not JSON (${error.message})` };
    }
    const frame = frameSchema.safeParse(data);
    if (!frame.success) {
        const issue = frame.error.issues[0];
        return {
            problem: `${origin}: not a ${INDEX_SCHEMA_ID} file: ${issue?.path.join(".") || "(top level)"}: ${issue?.message}`,
        };
    }
    const entries = frame.data.entries.flatMap((entry) => {
        const result = indexEntrySchema.safeParse(entry);
        return result.success ? [result.data] : [];
    });
    return {
        index: { schema: INDEX_SCHEMA_ID, branch: frame.data.branch, entries },
        dropped: frame.data.entries.length - entries.length,
    };
}
/** Strict: the whole file or an error naming it. */
function parseIndex(text, origin) {
    const read = readIndexText(text, origin);
    if ("problem" in read)
        throw new Error(read.problem);
    if (read.dropped > 0)
        throw new Error(`${origin}: ${read.dropped} entries are not valid`);
    return read.index;
}
/** The file as written: one line, so its size is what `trimIndex` counted. */
const serializeIndex = (index) => `${JSON.stringify(index)}\n`;
function entryFor(report, sha) {
    const exitCode = runExitCode(report.steps);
    const { totals } = report;
    return {
        sha,
        run_id: report.run.id,
        started_at: report.run.started_at,
        ended_at: report.run.ended_at,
        fingerprint: report.hardware.fingerprint,
        ...(exitCode !== undefined && { exit_code: exitCode }),
        totals: {
            energy_kwh: totals.energy_kwh,
            co2e_g: totals.co2e_g,
            co2e_low_g: totals.co2e_low_g,
            co2e_high_g: totals.co2e_high_g,
        },
        steps: Object.fromEntries(report.steps.map((step) => {
            const method = weakestMethod(step.components);
            return [
                step.name,
                {
                    energy_kwh: step.energy_kwh,
                    co2e_g: step.co2e_g,
                    co2e_low_g: step.co2e_low_g,
                    co2e_high_g: step.co2e_high_g,
                    duration_s: step.duration_s,
                    ...(step.exit_code !== undefined && { exit_code: step.exit_code }),
                    ...(method && { method }),
                    ...(step.functional_unit && { unit: step.functional_unit }),
                },
            ];
        })),
    };
}
/** The first failing step's exit code, else 0; undefined when no step recorded one (an import). */
function runExitCode(steps) {
    const codes = steps.flatMap((step) => (step.exit_code === undefined ? [] : [step.exit_code]));
    return codes.length === 0 ? undefined : (codes.find((code) => code !== 0) ?? 0);
}
/** A run whose command failed, was killed or was not found: kept, but never a baseline. */
const entryFailed = (entry) => entry.exit_code !== undefined && entry.exit_code !== 0;
function weakestMethod(components) {
    const rank = (method) => METHODS.indexOf(method);
    return components.reduce((weakest, c) => (weakest === undefined || rank(c.method) > rank(weakest) ? c.method : weakest), undefined);
}
/** An unparseable time sorts oldest, so a damaged entry never hides the newest runs. */
const endedAt = (entry) => {
    const time = Date.parse(entry.ended_at);
    return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
};
/** Newest first, one entry per commit, at most INDEX_MAX_ENTRIES and INDEX_MAX_BYTES serialized. */
function trimIndex(index, maxBytes = INDEX_MAX_BYTES) {
    const seen = new Set();
    const sorted = [...index.entries]
        .sort((a, b) => endedAt(b) - endedAt(a))
        .filter((entry) => !seen.has(entry.sha) && seen.add(entry.sha));
    let bytes = Buffer.byteLength(serializeIndex({ ...index, entries: [] }));
    const entries = [];
    for (const entry of sorted) {
        // Each entry costs its JSON and, after the first, a comma.
        const cost = Buffer.byteLength(JSON.stringify(entry)) + (entries.length > 0 ? 1 : 0);
        if (entries.length >= INDEX_MAX_ENTRIES || bytes + cost > maxBytes)
            break;
        entries.push(entry);
        bytes += cost;
    }
    return { ...index, entries };
}
/**
 * Adds (or replaces, for a re-run of the same commit) an entry, newest first, within the caps. A failed
 * re-run does not replace a commit's successful run: that one is still the commit's baseline.
 */
function withEntry(index, entry) {
    const same = index.entries.find((e) => e.sha === entry.sha);
    if (same && entryFailed(entry) && !entryFailed(same))
        return trimIndex(index);
    return trimIndex({ ...index, entries: [entry, ...index.entries.filter((e) => e.sha !== entry.sha)] });
}
/** An index made again from stored reports (when the file itself was lost or damaged). */
function indexFromReports(branch, reports) {
    return trimIndex({ ...emptyIndex(branch), entries: reports.map((r) => entryFor(r.report, r.sha)) });
}

// EXTERNAL MODULE: ./src/baseline/local-store.ts
var local_store = __webpack_require__(1832);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/schema.ts + 1 modules
var schema = __webpack_require__(6864);
;// CONCATENATED MODULE: ./src/dashboard/history.ts
const KIND_NAMES = { gpu: "GPU", cpu: "CPU", ram: "RAM" };
/** One phrase per kind, method and source, in the report's order: "2× GPU measured (nvml)". */
function describeMethod(components) {
    const counts = new Map();
    for (const component of components) {
        const kind = KIND_NAMES[component.kind] ?? component.kind;
        const phrase = `${kind} ${component.method} (${component.source})`;
        counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
    }
    return [...counts].map(([phrase, count]) => (count > 1 ? `${count}× ${phrase}` : phrase)).join(", ");
}
function describeHardware(hardware) {
    const gpus = hardware.gpus.map((gpu) => `${gpu.count}× ${gpu.model}`);
    const cpu = hardware.cpu.count > 1 ? `${hardware.cpu.count}× ${hardware.cpu.model}` : hardware.cpu.model;
    return [...gpus, cpu, `${Math.round(hardware.memory_gb)} GB`].join(", ");
}
const significant = (value) => String(Number(value.toPrecision(3)));
function runFromReport(branch, sha, report) {
    const { assumptions, totals } = report;
    const where = assumptions.location ? ` (${assumptions.location})` : "";
    return {
        branch,
        sha,
        run_id: report.run.id,
        ended_at: report.run.ended_at,
        fingerprint: report.hardware.fingerprint,
        hardware: describeHardware(report.hardware),
        ...(report.run.repo !== undefined && { repo: report.run.repo }),
        intensity: `${significant(assumptions.intensity_g_per_kwh)} gCO2e/kWh${where}`,
        steps: report.steps.map((step) => ({
            name: step.name,
            co2e_g: step.co2e_g,
            co2e_low_g: step.co2e_low_g,
            co2e_high_g: step.co2e_high_g,
            energy_kwh: step.energy_kwh,
            ...(step.exit_code !== undefined && { exit_code: step.exit_code }),
            method: describeMethod(step.components),
        })),
        totals: {
            co2e_g: totals.co2e_g,
            co2e_low_g: totals.co2e_low_g,
            co2e_high_g: totals.co2e_high_g,
            energy_kwh: totals.energy_kwh,
        },
    };
}
/** A run the data branch's index lists but whose report file is missing: its figures alone. */
function runFromIndexEntry(branch, entry) {
    return {
        branch,
        sha: entry.sha,
        run_id: entry.run_id,
        ended_at: entry.ended_at,
        fingerprint: entry.fingerprint,
        steps: Object.entries(entry.steps).map(([name, step]) => ({
            name,
            co2e_g: step.co2e_g,
            energy_kwh: step.energy_kwh,
        })),
        totals: { co2e_g: entry.totals.co2e_g, energy_kwh: entry.totals.energy_kwh },
    };
}
/**
 * One branch of the data branch: every run its index lists, from the full report where the caller
 * read one (the range, method and exit code live only there), else from the index entry.
 */
function runsFromIndex(branch, index, reports = new Map()) {
    return index.entries.map((entry) => {
        const report = reports.get(entry.sha);
        return report ? runFromReport(branch, entry.sha, report) : runFromIndexEntry(branch, entry);
    });
}

;// CONCATENATED MODULE: ./src/dashboard/read-history.ts
/**
 * The edge: reads a history folder into runs. Two layouts share `v1/<branch>/`: the local history
 * (`.carbon-budget/v1/<branch>/<sha>/<run id>.json`) and a checkout of the data branch
 * (`v1/<branch>/<sha>.json` and `v1/<branch>/index.json`). Anything unreadable is skipped with why,
 * never fatal: one bad file should not hide the rest of the history.
 */







const LAYOUT = "v1";
const INDEX_FILE = "index.json";
/** The folder holding `v1/`: the one given, or its `.carbon-budget/` (a checkout's top folder). */
function historyRoot(dir, input = "--history") {
    if ((0,local_store.isFolder)((0,external_node_path_.join)(dir, LAYOUT)))
        return dir;
    if ((0,local_store.isFolder)((0,external_node_path_.join)(dir, local_store.STORE_DIR, LAYOUT)))
        return (0,external_node_path_.join)(dir, local_store.STORE_DIR);
    const why = (0,external_node_fs_.existsSync)(dir) ? `it has no ${LAYOUT}/ folder` : "it does not exist";
    throw new errors/* InputError */.d(input, dir, `${why}; give the ${local_store.STORE_DIR} folder that \`carbon-budget run\` fills, or a checkout of the data branch (carbon-budget-data)`);
}
function readHistory(dir, input = "--history") {
    const root = historyRoot(dir, input);
    const runs = [];
    const skipped = [];
    const attempt = (path, read) => {
        try {
            read();
        }
        catch (error) {
            // parseReport and parseIndex name the file themselves; fs and URI errors may not.
            const message = error.message;
            skipped.push(`${message.startsWith(path) ? message : `${path}: ${message}`} (skipped)`);
        }
    };
    const base = (0,external_node_path_.join)(root, LAYOUT);
    for (const branchEntry of (0,local_store.listDir)(base)) {
        const branchDir = (0,external_node_path_.join)(base, branchEntry.name);
        if (!(0,local_store.isFolder)(branchDir)) {
            skipped.push(`${branchDir}: not a branch folder (ignored)`);
            continue;
        }
        let branch;
        try {
            branch = decodeURIComponent(branchEntry.name);
        }
        catch {
            skipped.push(`${branchDir}: not a branch folder name (ignored)`);
            continue;
        }
        const reported = new Set();
        let indexPath;
        for (const entry of (0,local_store.listDir)(branchDir)) {
            const path = (0,external_node_path_.join)(branchDir, entry.name);
            if ((0,local_store.isFolder)(path)) {
                // The local layout: a folder per commit, a report per run.
                for (const file of (0,local_store.listDir)(path)) {
                    const filePath = (0,external_node_path_.join)(path, file.name);
                    if (!file.name.endsWith(".json") || (0,local_store.isFolder)(filePath)) {
                        skipped.push(`${filePath}: not a report file (ignored)`);
                        continue;
                    }
                    attempt(filePath, () => {
                        const sha = decodeURIComponent(entry.name);
                        runs.push(runFromReport(branch, sha, (0,schema/* parseReport */.MM)((0,external_node_fs_.readFileSync)(filePath, "utf8"), filePath)));
                    });
                }
            }
            else if (entry.name === INDEX_FILE) {
                indexPath = path;
            }
            else if (entry.name.endsWith(".json")) {
                // The data branch's layout: one report per commit.
                attempt(path, () => {
                    const sha = decodeURIComponent(entry.name.slice(0, -".json".length));
                    runs.push(runFromReport(branch, sha, (0,schema/* parseReport */.MM)((0,external_node_fs_.readFileSync)(path, "utf8"), path)));
                    reported.add(sha);
                });
            }
            else {
                skipped.push(`${path}: not a report file (ignored)`);
            }
        }
        if (indexPath === undefined)
            continue;
        const index = indexPath;
        // The index also lists runs whose report file is gone: their figures still belong on the chart.
        attempt(index, () => {
            for (const entry of parseIndex((0,external_node_fs_.readFileSync)(index, "utf8"), index).entries) {
                if (!reported.has(entry.sha))
                    runs.push(runFromIndexEntry(branch, entry));
            }
        });
    }
    return { root, runs, skipped };
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
