export const id = 171;
export const ids = [171];
export const modules = {

/***/ 1171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseImportArgs: () => (/* binding */ parseImportArgs),
  runImport: () => (/* binding */ runImport)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/hardware/fingerprint.ts
var hardware_fingerprint = __webpack_require__(3076);
// EXTERNAL MODULE: ./src/report/build.ts + 1 modules
var build = __webpack_require__(6247);
// EXTERNAL MODULE: ./src/report/schema.ts + 1 modules
var schema = __webpack_require__(6864);
;// CONCATENATED MODULE: ./src/import/codecarbon-row.ts
class RowError extends Error {
}
const isHeader = (fields) => ["timestamp", "emissions", "energy_consumed"].every((name) => fields.some((f) => f.trim() === name));
const columnsOf = (header) => ({
    count: header.length,
    index: new Map(header.map((name, i) => [name, i])),
});
/**
 * Text a run keeps: cut to what a report holds, and copied. A field is a slice of the chunk the CSV
 * reader was given, and V8 keeps a whole chunk alive for the sake of a slice of it; a run's last row
 * outlives its chunk, so without the copy a large file would be held in memory a chunk per run.
 * Joining to a string makes a new one and slicing that flattens it, with no tie to the chunk.
 */
const kept = (text, max = 200) => ` ${text.slice(0, max)}`.slice(1);
/** One row, or a RowError saying what makes it unusable; only values that feed the figures are checked. */
function parseRow(fields, columns, line) {
    if (fields.length !== columns.count) {
        throw new RowError(`${fields.length} fields where the header has ${columns.count}`);
    }
    const raw = (name) => {
        const i = columns.index.get(name);
        return i === undefined ? undefined : fields[i].trim();
    };
    const text = (name) => raw(name) ?? "";
    const number = (name, required = false) => {
        const written = raw(name);
        if (written === undefined || (written === "" && !required))
            return undefined;
        if (written === "")
            throw new RowError(`${name} is empty`);
        const value = Number(written);
        if (!Number.isFinite(value))
            throw new RowError(`${name} ${JSON.stringify(written)} is not a number`);
        if (value < 0)
            throw new RowError(`${name} ${written} is negative`);
        return value;
    };
    const loose = (name) => {
        const value = Number(text(name) || Number.NaN);
        return Number.isFinite(value) && value >= 0 ? value : undefined;
    };
    const stamp = parseTimestamp(text("timestamp"));
    if (!stamp)
        throw new RowError(`timestamp ${JSON.stringify(text("timestamp"))} is not a date and time`);
    const pue = number("pue");
    if (pue !== undefined && (pue < 1 || pue > 3)) {
        throw new RowError(`pue ${pue} is outside 1 to 3, what a carbon-budget report can hold`);
    }
    const gpuCount = loose("gpu_count");
    const cloud = /^(y|yes|true)$/i.test(text("on_cloud")) && text("cloud_provider") && text("cloud_region");
    const where = [text("region"), text("country_name")].filter(Boolean).join(", ");
    const cloudName = `${text("cloud_provider")} ${text("cloud_region")}`;
    return {
        line,
        timestamp: stamp.date,
        zoneless: stamp.zoneless,
        project: kept(text("project_name") || "codecarbon", 100),
        // Whole: it tells runs apart. Only a step name made from it is cut.
        ...(text("run_id") && { runId: kept(text("run_id"), Number.POSITIVE_INFINITY) }),
        duration: number("duration", true),
        emissions: number("emissions", true),
        energyKwh: number("energy_consumed", true),
        cpuKwh: number("cpu_energy"),
        gpuKwh: number("gpu_energy"),
        ramKwh: number("ram_energy"),
        pue: pue ?? 1,
        pueRecorded: pue !== undefined,
        ...(text("codecarbon_version") && { version: kept(text("codecarbon_version"), 50) }),
        ...(gpuCount !== undefined && { gpuCount }),
        ...(text("tracking_mode") && { trackingMode: kept(text("tracking_mode"), 50) }),
        hardware: {
            gpus: parseGpus(text("gpu_model"), gpuCount),
            // CodeCarbon's cpu_count is logical CPUs, not sockets: one socket, as `run` assumes when unknown.
            cpu: { model: kept(text("cpu_model") || "unknown CPU"), count: 1 },
            memory_gb: loose("ram_total_size") ?? 0,
        },
        ...((cloud || where) && { place: kept(cloud ? `${where ? `${where} ` : ""}(${cloudName})` : where) }),
        ...((cloud || text("country_iso_code")) && {
            location: kept(cloud ? `${text("cloud_provider")}:${text("cloud_region")}` : text("country_iso_code"), 100),
        }),
    };
}
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
/** Strict: JavaScript's Date would turn 2020-04-31 into May 1st without a word. */
function parseTimestamp(raw) {
    const match = TIMESTAMP.exec(raw);
    if (!match)
        return undefined;
    const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
    const lastDay = month >= 1 && month <= 12 ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0;
    if (day < 1 || day > lastDay || hour > 23 || minute > 59 || second > 59)
        return undefined;
    const iso = raw.replace(" ", "T");
    const date = new Date(match[7] ? iso : `${iso}Z`);
    return Number.isNaN(date.getTime()) ? undefined : { date, zoneless: !match[7] };
}
/**
 * CodeCarbon writes `"".join(f"{n} x {name}")`: "2 x NVIDIA A100-SXM4-80GB". Mixed GPUs run together
 * ("1 x NVIDIA A1002 x Tesla T4") with no safe place to cut, so such a text stays one model.
 */
function parseGpus(model, count) {
    const known = count !== undefined && Number.isSafeInteger(count) && count > 0 ? count : undefined;
    if (model === "" || /^(none|nan|null)$/i.test(model))
        return known ? [{ model: "unknown GPU", count: known }] : [];
    const single = /^(\d+) x (.+)$/.exec(model);
    if (single &&
        !/\d x /.test(single[2]) &&
        Number.isSafeInteger(Number(single[1])) &&
        Number(single[1]) > 0) {
        return [{ model: kept(single[2]), count: Number(single[1]) }];
    }
    return [{ model: kept(model), count: known ?? 1 }];
}

// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(1996);
;// CONCATENATED MODULE: ./src/import/codecarbon-step.ts
/**
 * One CodeCarbon run as one report step (pure). A run is what is left of its rows once they are read:
 * its last row, which holds the run's cumulative totals, and where its rows were.
 */


/** A run flushed more often than this is described by its first and last lines, not every one. */
const LISTED_LINES = 10;
function startRun(row) {
    return {
        last: row,
        first: { line: row.line, ...(row.runId && { runId: row.runId }) },
        rows: 1,
        lines: [row.line],
    };
}
function addRow(run, row) {
    run.last = row;
    run.rows++;
    if (run.lines.length < LISTED_LINES)
        run.lines.push(row.line);
}
/** Report fields hold at most this much text; a step name is made of a project and a run_id. */
const STEP_NAME_MAX = 200;
const cut = (text, max) => (text.length > max ? `${text.slice(0, max - 3)}...` : text);
/**
 * A step is named after its CodeCarbon project, and a project's latest run (the last in the file, which
 * CodeCarbon appends to) always keeps that name: as the file grows, yesterday's run and today's share
 * the step, so they are compared. Earlier runs of the project get the first 8 characters of their
 * run_id (the whole id if those collide), or `#1`, `#2` in file order when the file has none.
 * Counted in one pass each, so a file of 50,000 runs is named as fast as one of 5.
 */
function stepNames(runs) {
    const projects = runs.map((run) => run.last.project);
    const latest = new Map();
    for (const [i, name] of projects.entries())
        latest.set(name, i);
    const seen = new Map();
    const names = projects.map((name, i) => {
        if (latest.get(name) === i)
            return name;
        const id = runs[i]?.first.runId;
        const nth = (seen.get(name) ?? 0) + 1;
        seen.set(name, nth);
        return id ? `${name} ${id.slice(0, 8)}` : `${name} #${nth}`;
    });
    const perName = countOf(names);
    return names.map((name, i) => cut(perName.get(name) === 1 || latest.get(projects[i] ?? "") === i
        ? name
        : `${projects[i]} ${runs[i]?.first.runId}`, STEP_NAME_MAX));
}
function countOf(values) {
    const counts = new Map();
    for (const value of values)
        counts.set(value, (counts.get(value) ?? 0) + 1);
    return counts;
}
function toStep(run, name, reportFingerprint) {
    const row = run.last;
    const from = `imported from ${versionLabel(row.version)}`;
    const toIt = (kwh) => kwh / row.pue;
    const components = [];
    const component = (kind, kwh, extra) => {
        if (kwh === undefined)
            return;
        components.push({
            kind,
            method: "estimated",
            source: "codecarbon",
            energy_kwh: toIt(kwh),
            ...(row.duration > 0 && { avg_power_w: (toIt(kwh) * units/* JOULES_PER_KWH */.EI) / row.duration }),
            ...extra,
            notes: [from, ...(extra.notes ?? []), ...when(row.pue !== 1, `divided by CodeCarbon's PUE ${row.pue}`)],
        });
    };
    component("cpu", row.cpuKwh, {
        ...(row.hardware.cpu.model !== "unknown CPU" && { model: row.hardware.cpu.model }),
        notes: [
            "CodeCarbon reads RAPL where it can and otherwise models the CPU from its TDP; the file does not say which, so counted as estimated",
        ],
    });
    const gpus = row.hardware.gpus;
    if (row.gpuKwh !== undefined && (row.gpuKwh > 0 || gpus.length > 0)) {
        component("gpu", row.gpuKwh, {
            method: "measured",
            ...(gpus.length === 1 && { model: gpus[0]?.model }),
            notes: [
                `CodeCarbon reads GPUs through NVML or AMD SMI${row.gpuCount && row.gpuCount > 1 ? `; all ${row.gpuCount} together` : ""}`,
            ],
        });
    }
    component("ram", row.ramKwh, { notes: ["CodeCarbon models RAM power from the installed memory"] });
    const grams = row.emissions * 1000;
    const notes = [
        row.runId
            ? runNote(run, cut(row.runId, 200))
            : `CodeCarbon row on line ${row.line} (this version writes no run_id: one row per run)`,
        row.energyKwh > 0
            ? `intensity ${round(grams / row.energyKwh, 1)} g/kWh: CodeCarbon's emissions ÷ energy_consumed${row.place ? ` for ${row.place}` : ""}`
            : "no energy recorded, so no intensity",
        "CodeCarbon gives no uncertainty range: low and high are its own figure",
        ...when(components.length === 0, "this CodeCarbon version records total energy only, no CPU/GPU/RAM split"),
        ...when(!row.pueRecorded, "this CodeCarbon version records no PUE: taken as 1"),
        ...when(row.zoneless, "CodeCarbon's timestamps carry no time zone: read as UTC"),
        ...when(row.trackingMode === "process", "CodeCarbon tracked this process only (tracking_mode=process)"),
        ...when((0,hardware_fingerprint/* hardwareFingerprint */.l)(row.hardware) !== reportFingerprint, `ran on other hardware than the report's first run: ${describeHardware(row.hardware)}`),
    ];
    const ended = row.timestamp.getTime();
    return {
        name,
        started_at: new Date(ended - row.duration * 1000).toISOString(),
        ended_at: row.timestamp.toISOString(),
        duration_s: row.duration,
        energy_kwh: row.energyKwh,
        it_energy_kwh: toIt(row.energyKwh),
        operational_g: grams,
        embodied_g: 0,
        co2e_g: grams,
        co2e_low_g: grams,
        co2e_high_g: grams,
        components,
        notes,
    };
}
/** Where the run's rows are: every line while there are few, the first and the last when it flushed often. */
function runNote(run, id) {
    const cumulative = "rows are cumulative, so the last one holds the run's totals";
    if (run.rows === 1)
        return `CodeCarbon run ${id}, line ${run.first.line}`;
    if (run.rows <= LISTED_LINES)
        return `CodeCarbon run ${id}, lines ${run.lines.join(", ")}; ${cumulative}`;
    return `CodeCarbon run ${id}, ${run.rows} rows from line ${run.first.line} to line ${run.last.line}; ${cumulative}`;
}
const describeHardware = (hardware) => [
    ...hardware.gpus.map((g) => `${g.count} x ${g.model}`),
    hardware.cpu.model,
    `${round(hardware.memory_gb, 1)} GB`,
].join(", ");
const versionLabel = (version) => version ? `CodeCarbon ${version}` : "CodeCarbon (the file records no version)";
const when = (condition, note) => (condition ? [note] : []);
const round = (value, decimals) => Math.round(value * 10 ** decimals) / 10 ** decimals;

;// CONCATENATED MODULE: ./src/import/csv.ts
/**
 * A small RFC 4180 CSV reader (pure): quoted fields with embedded commas, doubled quotes and line breaks,
 * CRLF or LF, a leading BOM. Each record carries the line it starts on, so an importer can point at
 * `FILE:LINE` even after a quoted field spanned several lines.
 *
 * Where RFC 4180 calls input invalid, this reads it the way Python's `csv` module does (CodeCarbon writes
 * its files with Python): a quote inside an unquoted field is kept as text, and text after a closing quote
 * is appended to the field. Only a quoted field still open at the end of the text is an error.
 *
 * The text may come in chunks of any size (a file read as a stream): records come out as soon as they
 * are complete, and the reader keeps only the record in progress.
 */
const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
/** Where an unquoted field's text ends. */
const FIELD_END = /[,\r\n]/g;
class CsvReader {
    /** The end of the last chunk, when reading it needs the next one (a CR before a possible LF, a quote). */
    rest = "";
    atStart = true;
    fields = [];
    field = "";
    line = 1;
    recordLine = 1;
    quoted = false;
    quoteLine = 1;
    /** True once the current record has any content, so an empty line is not mistaken for a record. */
    started = false;
    records = [];
    /** Reads a chunk of the text; returns the records it completed. */
    push(chunk) {
        this.read(this.rest + chunk, false);
        return this.take();
    }
    /** The end of the text: returns the last record, if the text did not end with a line break. */
    end() {
        this.read(this.rest, true);
        if (this.quoted) {
            this.fields.push(this.field);
            this.records.push({
                line: this.recordLine,
                fields: this.fields,
                error: `a quoted field opened on line ${this.quoteLine} is never closed`,
            });
        }
        else if (this.started) {
            this.endRecord();
        }
        return this.take();
    }
    take() {
        const records = this.records;
        this.records = [];
        return records;
    }
    endRecord() {
        this.fields.push(this.field);
        if (this.started)
            this.records.push({ line: this.recordLine, fields: this.fields });
        this.fields = [];
        this.field = "";
        this.started = false;
    }
    read(text, last) {
        let input = text;
        if (this.atStart && input.length > 0) {
            if (input.charCodeAt(0) === 0xfeff)
                input = input.slice(1);
            this.atStart = false;
        }
        const n = input.length;
        let i = 0;
        while (i < n) {
            if (this.quoted) {
                const close = input.indexOf('"', i);
                // Without the closing quote here, take what there is; a final CR waits for a possible LF.
                const end = close >= 0 ? close : !last && input.charCodeAt(n - 1) === CR ? n - 1 : n;
                this.quotedText(input.slice(i, end));
                i = end;
                if (close < 0)
                    break;
                // Whether this quote closes the field or is the first of a doubled one depends on the next character.
                if (close + 1 === n && !last)
                    break;
                if (input.charCodeAt(close + 1) === QUOTE) {
                    this.field += '"';
                    i = close + 2;
                }
                else {
                    this.quoted = false;
                    i = close + 1;
                }
                continue;
            }
            const char = input.charCodeAt(i);
            if (char === QUOTE && this.field === "") {
                this.quoted = true;
                this.quoteLine = this.line;
                this.started = true;
                i++;
            }
            else if (char === COMMA) {
                this.fields.push(this.field);
                this.field = "";
                this.started = true;
                i++;
            }
            else if (char === LF || char === CR) {
                if (char === CR) {
                    if (i + 1 === n && !last)
                        break;
                    if (input.charCodeAt(i + 1) === LF)
                        i++;
                }
                this.endRecord();
                this.line++;
                this.recordLine = this.line;
                i++;
            }
            else {
                FIELD_END.lastIndex = i;
                const end = FIELD_END.exec(input)?.index ?? n;
                this.field += input.slice(i, end);
                this.started = true;
                i = end;
            }
        }
        this.rest = input.slice(i);
    }
    /** Text inside quotes, up to a quote or the end of the chunk; its line breaks still count. */
    quotedText(text) {
        this.field += text;
        for (let j = text.indexOf("\n"); j >= 0; j = text.indexOf("\n", j + 1))
            this.line++;
        for (let j = text.indexOf("\r"); j >= 0; j = text.indexOf("\r", j + 1)) {
            if (text.charCodeAt(j + 1) !== LF)
                this.line++;
        }
    }
}
/** The whole text at once. Blank lines are not records: they carry no fields, and files often end with one or two. */
function parseCsv(text) {
    const reader = new CsvReader();
    return [...reader.push(text), ...reader.end()];
}

;// CONCATENATED MODULE: ./src/import/codecarbon.ts
/**
 * CodeCarbon's `emissions.csv` as one carbon-budget report (pure). Columns are found by name, so every
 * version's column set reads: 1.x (no run_id, no per-component energy), 2.x, 3.x (experiment_id, water,
 * utilisation). One step per run:
 * - A run is a `run_id`. A tracker that flushes appends a row per flush, each holding the run's
 *   cumulative totals so far, so a run's figures are its last row in file order, never a sum.
 *   Files without run_id (1.x, which had no flush) count each row as its own run. `experiment_id` is
 *   never used: 3.x writes the same default id for every run.
 * - Energies are facility kWh (CodeCarbon multiplies each reading by its PUE); the components and
 *   `it_energy_kwh` are divided back by the row's `pue` (1 when the version records none).
 * - CodeCarbon's timestamp is the row's write time, local and without a zone: read as UTC.
 * The file is read in chunks, in one pass: what is kept is a run's last row, not the file, so a file of
 * hundreds of MB costs its runs' worth of memory.
 */








const REQUIRED = ["timestamp", "duration", "emissions", "energy_consumed"];
/** Reads emissions.csv chunk by chunk (pure: the caller reads the file). Throws InputError for a file it cannot import. */
class CodecarbonReader {
    options;
    csv = new CsvReader();
    // The run id names the file's content, and the project it was cut to.
    hash = (0,external_node_crypto_.createHash)("sha256");
    columns;
    records = 0;
    rows = 0;
    skipped = 0;
    /** Every project seen, first seen first, for the message when --project names none of them. */
    projects = new Set();
    runs = new Map();
    constructor(options) {
        this.options = options;
        this.hash.update(`${options.project ?? ""}\n`);
    }
    push(chunk) {
        this.hash.update(chunk);
        for (const record of this.csv.push(chunk))
            this.add(record);
    }
    finish() {
        for (const record of this.csv.end())
            this.add(record);
        if (this.records === 0)
            this.fail("it is empty; expected CodeCarbon's emissions.csv: a header line, then rows");
        if (this.rows === 0 && this.skipped === 0)
            this.fail("it has CodeCarbon's header but no rows");
        const wanted = this.options.project;
        if (wanted !== undefined && this.runs.size === 0 && this.rows > 0) {
            throw new errors/* InputError */.d("--project", wanted, `the file has no such project; it has: ${[...this.projects].join(", ")}`);
        }
        const runs = [...this.runs.values()];
        const skipped = this.skipped;
        if (runs.length === 0)
            return { skipped, versions: [], places: [] };
        return { ...buildImport(runs, this.options.version, this.hash.digest("hex").slice(0, 12)), skipped };
    }
    fail(why) {
        throw new errors/* InputError */.d("FILE", this.options.origin, why);
    }
    add(record) {
        this.records++;
        if (!this.columns) {
            const header = record.fields.map((name) => name.trim());
            const missing = REQUIRED.filter((name) => !header.includes(name));
            if (missing.length > 0 || record.error) {
                this.fail(`it is not a CodeCarbon emissions file: its header has no ${missing.join(", ") || "readable"} column (it starts ${JSON.stringify(header.slice(0, 4).join(","))})`);
            }
            this.columns = columnsOf(header);
            return;
        }
        if (record.error) {
            this.problem(record.line, record.error);
        }
        else if (record.fields.every((field) => field.trim() === "")) {
            // A line of empty fields carries nothing to import or report.
        }
        else if (isHeader(record.fields)) {
            // Files joined with `cat` (or an upgrade mid-file) repeat a header: later rows follow it.
            this.columns = columnsOf(record.fields.map((name) => name.trim()));
        }
        else {
            try {
                this.addRow(parseRow(record.fields, this.columns, record.line));
            }
            catch (error) {
                if (!(error instanceof RowError))
                    throw error;
                this.problem(record.line, error.message);
            }
        }
    }
    addRow(row) {
        this.rows++;
        const wanted = this.options.project;
        if (wanted !== undefined) {
            this.projects.add(row.project);
            if (row.project !== wanted)
                return;
        }
        // Files without run_id (1.x, which had no flush) count each row as its own run.
        const key = row.runId ? `run:${row.runId}` : `line:${row.line}`;
        const run = this.runs.get(key);
        if (run) {
            addRow(run, row);
            return;
        }
        if (this.runs.size === schema/* MAX_STEPS */.rh) {
            this.fail(`it has more than ${schema/* MAX_STEPS */.rh.toLocaleString("en-US")} runs, more than a report holds; import a part at a time (--project NAME, or a file of fewer rows)`);
        }
        this.runs.set(key, startRun(row));
    }
    problem(line, reason) {
        this.skipped++;
        this.options.onProblem({ line, reason });
    }
}
/** The whole file's text at once. */
function importCodecarbon(text, options) {
    const problems = [];
    const reader = new CodecarbonReader({ ...options, onProblem: (problem) => problems.push(problem) });
    reader.push(text);
    const { skipped: _, ...read } = reader.finish();
    return { ...read, problems };
}
function buildImport(runs, version, digest) {
    const names = stepNames(runs);
    const hardware = runs[0].last.hardware;
    const fingerprint = (0,hardware_fingerprint/* hardwareFingerprint */.l)(hardware);
    const steps = runs.map((run, i) => toStep(run, names[i], fingerprint));
    const last = runs.map((run) => run.last);
    const versions = distinct(last.map((row) => row.version));
    const places = distinct(last.map((row) => row.place));
    const locations = distinct(last.map((row) => row.location));
    const report = (0,build/* buildReport */.F)({
        version,
        run: {
            id: `codecarbon-${digest}`,
            // A loop, not Math.min(...): spreading 100,000 arguments overflows the stack.
            startedAt: new Date(extreme(steps, (s) => Date.parse(s.started_at), Math.min)),
            endedAt: new Date(extreme(steps, (s) => Date.parse(s.ended_at), Math.max)),
        },
        hardware,
        pue: last[0].pue,
        intensity: {
            ...reportIntensity(steps, versions),
            ...(locations.length === 1 && { location: locations[0] }),
        },
        steps,
    });
    return { report, versions, places };
}
const extreme = (items, value, pick) => items.reduce((best, item) => pick(best, value(item)), value(items[0]));
/** The report's one intensity: total CO2e ÷ total energy, i.e. the runs' energy-weighted mean. */
function reportIntensity(steps, versions) {
    const kwh = steps.reduce((sum, s) => sum + s.energy_kwh, 0);
    const grams = steps.reduce((sum, s) => sum + s.co2e_g, 0);
    const mean = kwh > 0 ? round(grams / kwh, 1) : 0;
    const each = steps.filter((s) => s.energy_kwh > 0).map((s) => round(s.co2e_g / s.energy_kwh, 1));
    const label = versions.length > 0 ? versions.map((v) => `CodeCarbon ${v}`).join(", ") : versionLabel(undefined);
    const low = each.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
    const high = each.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
    const spread = each.length > 1 && high - low > 0.005 * high
        ? `; energy-weighted mean of ${each.length} runs from ${low} to ${high} g/kWh (each step's notes give its own)`
        : "";
    return { g_per_kwh: mean, source: `${label}: emissions ÷ energy_consumed${spread}`.slice(0, 500) };
}
const distinct = (values) => [
    ...new Set(values.filter((v) => v !== undefined && v !== "")),
];

;// CONCATENATED MODULE: ./src/import/model-card.ts
function modelCardFromReport(report, options) {
    const location = options.geographicalLocation ?? report.assumptions.location;
    const hardware = hardwareUsed(report.hardware);
    return {
        emissionsG: report.totals.co2e_g,
        source: options.source,
        ...(options.trainingType && { trainingType: options.trainingType }),
        ...(location && { geographicalLocation: location }),
        ...(hardware && { hardwareUsed: hardware }),
    };
}
/** The Hub asks for "how much compute and what kind, e.g. 8 v100 GPUs": the GPUs, else the CPU. */
function hardwareUsed(hardware) {
    if (hardware.gpus.length > 0)
        return hardware.gpus.map((g) => `${g.count} x ${g.model}`).join(", ");
    const { model, count } = hardware.cpu;
    if (!model || model === "unknown CPU")
        return undefined;
    return count > 1 ? `${count} x ${model}` : model;
}

// EXTERNAL MODULE: ./src/input-file.ts
var input_file = __webpack_require__(1054);
// EXTERNAL MODULE: ./src/render/format.ts
var format = __webpack_require__(1509);
;// CONCATENATED MODULE: ./src/render/import-table.ts

/** One line per step (name, duration, energy, CO2e), a total when there are several, then the intensity. */
function renderImportTable(report, title) {
    const rows = [
        ["  step", "duration", "energy", "CO2e"],
        ...report.steps.map((s) => [
            `  ${s.name}`,
            (0,format/* formatDuration */.a3)(s.duration_s),
            (0,format/* formatEnergy */.QE)(s.energy_kwh),
            (0,format/* formatMass */.so)(s.co2e_g),
        ]),
    ];
    const t = report.totals;
    if (report.steps.length > 1) {
        rows.push(["  total", (0,format/* formatDuration */.a3)(t.duration_s), (0,format/* formatEnergy */.QE)(t.energy_kwh), (0,format/* formatMass */.so)(t.co2e_g)]);
    }
    const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
    const lines = rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  "));
    const a = report.assumptions;
    return `carbon-budget · ${title}\n${lines.join("\n")}\n  at ${(0,format/* formatIntensity */.TA)(a.intensity_g_per_kwh)} g/kWh (${a.intensity_source}), PUE ${a.pue}\n`;
}

;// CONCATENATED MODULE: ./src/render/model-card.ts
/**
 * The `co2_eq_emissions` block of a Hugging Face model card's metadata, as YAML
 * (https://huggingface.co/docs/hub/model-cards-co2). import/model-card.ts works out the figures.
 */
const TRAINING_TYPES = ["pre-training", "fine-tuning"];
/** YAML to paste between the `---` lines at the top of the model's README.md. */
function renderModelCard(card) {
    const lines = [
        "co2_eq_emissions:",
        `  emissions: ${plainNumber(card.emissionsG)}`,
        `  source: ${quote(card.source)}`,
        ...(card.trainingType ? [`  training_type: ${quote(card.trainingType)}`] : []),
        ...(card.geographicalLocation ? [`  geographical_location: ${quote(card.geographicalLocation)}`] : []),
        ...(card.hardwareUsed ? [`  hardware_used: ${quote(card.hardwareUsed)}`] : []),
    ];
    return `${lines.join("\n")}\n`;
}
/** A JSON string is a valid YAML double-quoted scalar, escapes included. */
const quote = (text) => JSON.stringify(text);
/**
 * Six significant digits, never in exponent form: PyYAML (which the Hub's Python tools use) reads
 * `1e-05` as a string, not a number.
 */
function plainNumber(value) {
    if (value === 0 || !Number.isFinite(value))
        return "0";
    const decimals = Math.min(20, Math.max(0, 5 - Math.floor(Math.log10(Math.abs(value)))));
    const fixed = value.toFixed(decimals);
    return fixed.includes(".") ? fixed.replace(/0+$/, "").replace(/\.$/, "") : fixed;
}

// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
// EXTERNAL MODULE: ./src/cli/args.ts + 1 modules
var args = __webpack_require__(3521);
// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
// EXTERNAL MODULE: ./src/cli/usage.ts
var cli_usage = __webpack_require__(7485);
;// CONCATENATED MODULE: ./src/cli/import.ts
/**
 * `carbon-budget import`: a report from what was measured elsewhere (CodeCarbon's emissions.csv), and
 * the Hugging Face model-card block for it (or for a carbon-budget report). Skipped rows are named as
 * `FILE:LINE: reason` on stderr; the command succeeds when anything was imported.
 */













const OPTIONS = {
    json: { type: "string" },
    "model-card": { type: "boolean" },
    "training-type": { type: "string" },
    project: { type: "string" },
};
function parseImportArgs(argv) {
    const { values, positionals } = (0,args.parseOptions)(argv, OPTIONS, {
        command: "carbon-budget import",
        usage: cli_usage/* IMPORT_USAGE */.Un,
    });
    const [format, file, ...extra] = positionals;
    const usage = (input, value, why) => {
        throw new errors/* InputError */.d(input, value, `${why}\n${cli_usage/* IMPORT_USAGE */.Un}`);
    };
    if (format !== "codecarbon" && format !== "report") {
        return usage("FORMAT", format ?? "", "expected codecarbon (an emissions.csv), report (a carbon-budget report), prometheus or slurm");
    }
    if (!file?.trim())
        return usage("FILE", file ?? "", "give the file to import");
    if (extra.length > 0)
        usage("carbon-budget import", extra.join(" "), "unexpected arguments");
    const modelCard = Boolean(values["model-card"]);
    const trainingType = values["training-type"];
    if (trainingType !== undefined && !modelCard) {
        usage("--training-type", trainingType, "it goes with --model-card");
    }
    if (trainingType !== undefined && !TRAINING_TYPES.includes(trainingType)) {
        usage("--training-type", trainingType, `expected ${TRAINING_TYPES.join(" or ")}, as the Hub's model cards say`);
    }
    // The card goes to stdout, so the report cannot: one of them would be unreadable.
    if (modelCard && values.json === "-")
        usage("--json", "-", "--model-card prints to stdout; write the report to a file");
    if (values.project !== undefined && (format !== "codecarbon" || !values.project.trim())) {
        usage("--project", values.project, "give a CodeCarbon project_name; it goes with import codecarbon");
    }
    if (values.json !== undefined && !values.json.trim())
        usage("--json", values.json, "give a file path, or - for stdout");
    return {
        format,
        file,
        modelCard,
        ...(values.json !== undefined && { json: values.json }),
        ...(trainingType !== undefined && { trainingType: trainingType }),
        ...(values.project !== undefined && { project: values.project }),
    };
}
async function runImport(argv, io) {
    // A cluster's own figures: each source has its own flags.
    if (argv[0] === "prometheus")
        return (await Promise.all(/* import() */[__webpack_require__.e(29), __webpack_require__.e(536), __webpack_require__.e(59), __webpack_require__.e(503), __webpack_require__.e(126)]).then(__webpack_require__.bind(__webpack_require__, 5126))).runImportPrometheus(argv.slice(1), io);
    if (argv[0] === "slurm")
        return (await Promise.all(/* import() */[__webpack_require__.e(29), __webpack_require__.e(536), __webpack_require__.e(59), __webpack_require__.e(503), __webpack_require__.e(47)]).then(__webpack_require__.bind(__webpack_require__, 3047))).runImportSlurm(argv.slice(1), io);
    const args = parseImportArgs(argv);
    if (args.json && args.json !== "-")
        (0,output/* checkOutputPath */.$)("--json", args.json, io.cwd);
    const input = {
        input: "FILE",
        shown: args.file,
        path: (0,external_node_path_.resolve)(io.cwd, args.file),
        expected: args.format === "codecarbon" ? "CodeCarbon's emissions.csv" : "a report written by --json",
    };
    // stdout carries the report or the card when asked for; the table then goes to stderr.
    const human = args.json === "-" || args.modelCard ? io.stderr : io.stdout;
    let report;
    let source;
    let location;
    let title;
    if (args.format === "codecarbon") {
        const result = await readCodecarbon(input, args, io);
        if (!result.report) {
            throw new errors/* InputError */.d("FILE", args.file, `no row could be imported (${result.skipped} skipped, above)`);
        }
        report = result.report;
        const from = result.versions.length
            ? result.versions.map((v) => `CodeCarbon ${v}`).join(", ")
            : "CodeCarbon";
        source = `${from}, imported by carbon-budget ${version/* VERSION */.x}`;
        location = result.places.join("; ") || undefined;
        const skipped = result.skipped ? `; ${result.skipped} rows skipped` : "";
        title = `imported ${plural(report.steps.length, "run")} from ${args.file} (${from})${skipped}`;
    }
    else {
        const text = (0,input_file/* readInputText */._)(input);
        try {
            report = (0,schema/* parseReport */.MM)(text, args.file);
        }
        catch (error) {
            throw new errors/* InputError */.d("FILE", args.file, error.message.replace(`${args.file}: `, ""));
        }
        source = `carbon-budget ${report.tool.version}`;
        title = `report ${report.run.id} from ${args.file}`;
    }
    human.write(renderImportTable(report, title));
    if (args.json)
        (0,output/* writeOutput */.z)("--json", args.json, `${JSON.stringify(report, null, 2)}\n`, io);
    if (args.modelCard) {
        const card = modelCardFromReport(report, {
            source,
            ...(args.trainingType && { trainingType: args.trainingType }),
            ...(location && { geographicalLocation: location }),
        });
        io.stdout.write(renderModelCard(card));
    }
    return 0;
}
/**
 * Streams the file through the importer, a MiB at a time, so memory follows the runs, not the file's
 * size; each skipped row is named as soon as it is read.
 */
async function readCodecarbon(input, args, io) {
    // Streamed, so any size is read; what is not a file, or not UTF-8 text, is refused as it is found.
    (0,input_file/* checkInputFile */.xR)(input, Number.POSITIVE_INFINITY);
    const reader = new CodecarbonReader({
        origin: args.file,
        version: version/* VERSION */.x,
        ...(args.project !== undefined && { project: args.project }),
        onProblem: (problem) => io.stderr.write(`${args.file}:${problem.line}: ${problem.reason}\n`),
    });
    try {
        const decoder = new TextDecoder("utf-8", { fatal: true });
        let first = true;
        for await (const chunk of (0,external_node_fs_.createReadStream)(input.path, { highWaterMark: 1 << 20 })) {
            reader.push((0,input_file/* decodeInputText */.ku)(input, chunk, { decoder, first }));
            first = false;
        }
        reader.push((0,input_file/* decodeInputText */.ku)(input, new Uint8Array(), { decoder, first, end: true }));
    }
    catch (error) {
        if ((0,errors/* isInputError */.B)(error))
            throw error;
        throw (0,input_file/* unreadable */.O$)(input, error);
    }
    return reader.finish();
}
const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;


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

/***/ 3076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ hardwareFingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/** The machine a report describes, and the fingerprint that says two runs ran on the same one. */

/**
 * Same hardware, same fingerprint: GPU models and counts, CPU model and count, and memory rounded to
 * whole GB (the kernel's MemTotal wobbles by a few MB between boots). Remote GPUs count with the local
 * ones, whether a source measured them or a Slurm job held them (`gres/gpu`): 16 GPUs then 8 is another
 * machine, not -50%. Remote nodes join only when there are some, so a run without a cluster keeps the
 * fingerprint it always had.
 */
function hardwareFingerprint(hardware) {
    const gpus = [...hardware.gpus]
        .sort((a, b) => a.model.localeCompare(b.model))
        .map((g) => `${g.count}x${g.model}`)
        .join("+");
    const nodes = hardware.nodes ? `;nodes=${hardware.nodes}` : "";
    const canonical = `gpus=${gpus};cpu=${hardware.cpu.count}x${hardware.cpu.model};mem=${Math.round(hardware.memory_gb)}${nodes}`;
    return `hw-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(canonical).digest("hex").slice(0, 16)}`;
}


/***/ }),

/***/ 1054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bz: () => (/* binding */ inputExists),
/* harmony export */   O$: () => (/* binding */ unreadable),
/* harmony export */   _: () => (/* binding */ readInputText),
/* harmony export */   ku: () => (/* binding */ decodeInputText),
/* harmony export */   xR: () => (/* binding */ checkInputFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/**
 * The one edge where a file the user named (a config, a report, an import) is read. What cannot be
 * read as text is refused with an InputError naming the input, the value and what is allowed: a
 * folder, a named pipe (whose read would wait forever for a writer), a device, a file too large, a
 * binary file, text that is not UTF-8. Never a stack trace, never a hang, never a silently mangled
 * character.
 */



const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
const count = (bytes) => bytes.toLocaleString("en-US");
function kindOf(stats) {
    if (stats.isFile())
        return undefined;
    if (stats.isDirectory())
        return "a folder";
    if (stats.isFIFO())
        return "a named pipe (FIFO)";
    if (stats.isSocket())
        return "a socket";
    if (stats.isCharacterDevice() || stats.isBlockDevice())
        return "a device";
    return "not a regular file";
}
function unreadable(file, error) {
    const { code, message } = error;
    if (code === "ENOENT" || code === "ENOTDIR")
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(file.input, file.shown, "no such file");
    if (code === "EACCES" || code === "EPERM")
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(file.input, file.shown, `permission denied; give ${file.expected} you can read`);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(file.input, file.shown, `cannot read it (${message}); give ${file.expected}`);
}
/** Checks, without opening it, that the path is a regular file of at most `maxBytes`; returns its size. */
function checkInputFile(file, maxBytes = DEFAULT_MAX_BYTES) {
    let stats;
    try {
        stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file.path);
    }
    catch (error) {
        throw unreadable(file, error);
    }
    const kind = kindOf(stats);
    if (kind)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(file.input, file.shown, `that is ${kind}, not a file; give ${file.expected}`);
    if (stats.size > maxBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(file.input, file.shown, `the file is ${count(stats.size)} bytes, over the ${count(maxBytes)} this input may be; give ${file.expected}`);
    }
    return stats.size;
}
/** Reads the file as UTF-8 text (a byte-order mark is dropped), after checkInputFile. */
function readInputText(file, maxBytes = DEFAULT_MAX_BYTES) {
    checkInputFile(file, maxBytes);
    let bytes;
    try {
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file.path);
    }
    catch (error) {
        throw unreadable(file, error);
    }
    // A file that grew after the check (or a /proc file, which says 0) is held to the same limit.
    if (bytes.length > maxBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(file.input, file.shown, `the file is over the ${count(maxBytes)} bytes this input may be`);
    }
    return decodeInputText(file, bytes);
}
/**
 * UTF-8 text from a file's bytes, or the InputError that says why they are not: UTF-16, binary, or
 * not UTF-8. A streaming reader passes its decoder with each chunk, says which is `first`, and ends
 * with an empty chunk marked `end`, which flushes the decoder.
 */
function decodeInputText(file, bytes, stream) {
    if ((stream?.first ?? true) &&
        ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(file.input, file.shown, "it is UTF-16 text; save it as UTF-8");
    }
    if (bytes.includes(0)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(file.input, file.shown, `it is a binary file, not text; give ${file.expected}`);
    }
    try {
        return stream
            ? stream.decoder.decode(bytes, { stream: !stream.end })
            : new node_util__WEBPACK_IMPORTED_MODULE_1__.TextDecoder("utf-8", { fatal: true }).decode(bytes);
    }
    catch {
        const lossy = new node_util__WEBPACK_IMPORTED_MODULE_1__.TextDecoder("utf-8").decode(bytes);
        const line = lossy.slice(0, lossy.indexOf("\uFFFD")).split("\n").length;
        const where = stream ? "" : ` (line ${line} has a byte that is not UTF-8)`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(file.input, file.shown, `it is not UTF-8 text${where}; save it as UTF-8`);
    }
}
/** False only when nothing is there; any other trouble is left for the read to name. */
function inputExists(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path, { throwIfNoEntry: false }) !== undefined;
    }
    catch {
        return true;
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


/***/ }),

/***/ 6247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ buildReport)
});

// EXTERNAL MODULE: ./src/hardware/fingerprint.ts
var fingerprint = __webpack_require__(3076);
// EXTERNAL MODULE: ./src/report/schema.ts + 1 modules
var schema = __webpack_require__(6864);
// EXTERNAL MODULE: ./src/carbon/what-if.ts + 1 modules
var what_if = __webpack_require__(4029);
;// CONCATENATED MODULE: ./src/report/what-if.ts
/** A report's what-if: the same job, where the grid is cleaner (the pure choice is carbon/what-if.ts). */

const sum = (steps, pick) => steps.reduce((total, step) => total + pick(step), 0);
/**
 * A report's what-if over all its steps, or undefined when its location names no zone to compare
 * (none given, an explicit intensity alone, an ISO alpha-3 country, a place our tables do not know)
 * or it emitted nothing (nothing measured): an empty list would claim nothing cleaner was found.
 */
function whatIfForReport(report) {
    const location = report.assumptions.location;
    if (!(report.totals.co2e_g > 0))
        return undefined;
    if (location === undefined || (0,what_if/* candidatesFor */._j)(location).length === 0)
        return undefined;
    return (0,what_if/* whatIf */.W_)({
        location,
        it_energy_kwh: sum(report.steps, (step) => step.it_energy_kwh),
        pue: report.assumptions.pue,
        co2e_g: report.totals.co2e_g,
        embodied_g: sum(report.steps, (step) => step.embodied_g),
    });
}
/** The report with `what_if` set where its location allows one. */
function withWhatIf(report) {
    const options = whatIfForReport(report);
    return options === undefined ? report : { ...report, what_if: options };
}

;// CONCATENATED MODULE: ./src/report/build.ts



function buildReport(input) {
    const sum = (pick) => input.steps.reduce((total, s) => total + pick(s), 0);
    // Every report says where the same job would emit less: measured, merged or accounted again alike.
    return withWhatIf({
        schema: schema/* REPORT_SCHEMA_ID */.PP,
        tool: { name: "carbon-budget", version: input.version },
        run: {
            id: input.run.id,
            ...(input.run.repo && { repo: input.run.repo }),
            ...(input.run.ref && { ref: input.run.ref }),
            ...(input.run.sha && { sha: input.run.sha }),
            started_at: input.run.startedAt.toISOString(),
            ended_at: input.run.endedAt.toISOString(),
        },
        hardware: { fingerprint: (0,fingerprint/* hardwareFingerprint */.l)(input.hardware), ...input.hardware },
        assumptions: {
            pue: input.pue,
            intensity_g_per_kwh: input.intensity.g_per_kwh,
            intensity_source: input.intensity.source,
            ...(input.intensity.year !== undefined && { intensity_year: input.intensity.year }),
            ...(input.intensity.location !== undefined && { location: input.intensity.location }),
        },
        steps: input.steps,
        totals: {
            duration_s: sum((s) => s.duration_s),
            energy_kwh: sum((s) => s.energy_kwh),
            co2e_g: sum((s) => s.co2e_g),
            co2e_low_g: sum((s) => s.co2e_low_g),
            co2e_high_g: sum((s) => s.co2e_high_g),
        },
    });
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
