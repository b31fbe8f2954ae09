export const id = 44;
export const ids = [44];
export const modules = {

/***/ 7044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IMPORT_USAGE: () => (/* reexport */ cli_usage/* IMPORT_USAGE */.Un),
  parseImportArgs: () => (/* binding */ parseImportArgs),
  renderImportTable: () => (/* binding */ renderImportTable),
  runImport: () => (/* binding */ runImport)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/report/build.ts
var build = __webpack_require__(5066);
;// CONCATENATED MODULE: ./src/import/codecarbon-row.ts
class RowError extends Error {
}
const isHeader = (fields) => ["timestamp", "emissions", "energy_consumed"].every((name) => fields.some((f) => f.trim() === name));
/** One row, or a RowError saying what makes it unusable; only values that feed the figures are checked. */
function parseRow(fields, header, line) {
    if (fields.length !== header.length) {
        throw new RowError(`${fields.length} fields where the header has ${header.length}`);
    }
    const values = new Map(header.map((name, i) => [name, fields[i].trim()]));
    const text = (name) => values.get(name) ?? "";
    const number = (name, required = false) => {
        const raw = values.get(name);
        if (raw === undefined || (raw === "" && !required))
            return undefined;
        if (raw === "")
            throw new RowError(`${name} is empty`);
        const value = Number(raw);
        if (!Number.isFinite(value))
            throw new RowError(`${name} ${JSON.stringify(raw)} is not a number`);
        if (value < 0)
            throw new RowError(`${name} ${raw} is negative`);
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
        project: text("project_name") || "codecarbon",
        ...(text("run_id") && { runId: text("run_id") }),
        duration: number("duration", true),
        emissions: number("emissions", true),
        energyKwh: number("energy_consumed", true),
        cpuKwh: number("cpu_energy"),
        gpuKwh: number("gpu_energy"),
        ramKwh: number("ram_energy"),
        pue: pue ?? 1,
        pueRecorded: pue !== undefined,
        ...(text("codecarbon_version") && { version: text("codecarbon_version") }),
        ...(gpuCount !== undefined && { gpuCount }),
        ...(text("tracking_mode") && { trackingMode: text("tracking_mode") }),
        hardware: {
            gpus: parseGpus(text("gpu_model"), gpuCount),
            // CodeCarbon's cpu_count is logical CPUs, not sockets: one socket, as `run` assumes when unknown.
            cpu: { model: text("cpu_model") || "unknown CPU", count: 1 },
            memory_gb: loose("ram_total_size") ?? 0,
        },
        ...((cloud || where) && { place: cloud ? `${where ? `${where} ` : ""}(${cloudName})` : where }),
        ...((cloud || text("country_iso_code")) && {
            location: cloud ? `${text("cloud_provider")}:${text("cloud_region")}` : text("country_iso_code"),
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
    const known = count !== undefined && Number.isInteger(count) && count > 0 ? count : undefined;
    if (model === "" || /^(none|nan|null)$/i.test(model))
        return known ? [{ model: "unknown GPU", count: known }] : [];
    const single = /^(\d+) x (.+)$/.exec(model);
    if (single && !/\d x /.test(single[2]) && Number(single[1]) > 0) {
        return [{ model: single[2], count: Number(single[1]) }];
    }
    return [{ model, count: known ?? 1 }];
}

;// CONCATENATED MODULE: ./src/import/csv.ts
/**
 * A small RFC 4180 CSV reader (pure): quoted fields with embedded commas, doubled quotes and line breaks,
 * CRLF or LF, a leading BOM. Each record carries the line it starts on, so an importer can point at
 * `FILE:LINE` even after a quoted field spanned several lines.
 *
 * Where RFC 4180 calls input invalid, this reads it the way Python's `csv` module does (CodeCarbon writes
 * its files with Python): a quote inside an unquoted field is kept as text, and text after a closing quote
 * is appended to the field. Only a quoted field still open at the end of the text is an error.
 */
/** Blank lines are not records: they carry no fields, and files often end with one or two. */
function parseCsv(text) {
    const input = text.startsWith("\uFEFF") ? text.slice(1) : text;
    const records = [];
    let fields = [];
    let field = "";
    let line = 1;
    let recordLine = 1;
    let quoted = false;
    let quoteLine = 1;
    // True once the current record has any content, so an empty line is not mistaken for a record.
    let started = false;
    const endRecord = () => {
        fields.push(field);
        if (started)
            records.push({ line: recordLine, fields });
        fields = [];
        field = "";
        started = false;
    };
    for (let i = 0; i < input.length; i++) {
        const char = input[i];
        if (quoted) {
            if (char === '"') {
                if (input[i + 1] === '"') {
                    field += '"';
                    i++;
                }
                else {
                    quoted = false;
                }
            }
            else {
                if (char === "\n" || (char === "\r" && input[i + 1] !== "\n"))
                    line++;
                field += char;
            }
            continue;
        }
        if (char === '"' && field === "") {
            quoted = true;
            quoteLine = line;
            started = true;
        }
        else if (char === ",") {
            fields.push(field);
            field = "";
            started = true;
        }
        else if (char === "\n" || char === "\r") {
            if (char === "\r" && input[i + 1] === "\n")
                i++;
            endRecord();
            line++;
            recordLine = line;
        }
        else {
            field += char;
            started = true;
        }
    }
    if (quoted) {
        fields.push(field);
        records.push({
            line: recordLine,
            fields,
            error: `a quoted field opened on line ${quoteLine} is never closed`,
        });
    }
    else if (started) {
        endRecord();
    }
    return records;
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
 */






const REQUIRED = ["timestamp", "duration", "emissions", "energy_consumed"];
function importCodecarbon(text, options) {
    const records = parseCsv(text);
    const fail = (why) => {
        throw new errors/* InputError */.d("FILE", options.origin, why);
    };
    if (records.length === 0)
        fail("it is empty; expected CodeCarbon's emissions.csv: a header line, then rows");
    let header = records[0].fields.map((name) => name.trim());
    const missing = REQUIRED.filter((name) => !header.includes(name));
    if (missing.length > 0 || records[0].error) {
        fail(`it is not a CodeCarbon emissions file: its header has no ${missing.join(", ") || "readable"} column (it starts ${JSON.stringify(header.slice(0, 4).join(","))})`);
    }
    const problems = [];
    const rows = [];
    for (const record of records.slice(1)) {
        if (record.error) {
            problems.push({ line: record.line, reason: record.error });
        }
        else if (record.fields.every((field) => field.trim() === "")) {
            // A line of empty fields carries nothing to import or report.
        }
        else if (isHeader(record.fields)) {
            // Files joined with `cat` (or an upgrade mid-file) repeat a header: later rows follow it.
            header = record.fields.map((name) => name.trim());
        }
        else {
            try {
                rows.push(parseRow(record.fields, header, record.line));
            }
            catch (error) {
                if (!(error instanceof RowError))
                    throw error;
                problems.push({ line: record.line, reason: error.message });
            }
        }
    }
    if (rows.length === 0 && problems.length === 0)
        fail("it has CodeCarbon's header but no rows");
    const wanted = options.project;
    const selected = wanted === undefined ? rows : rows.filter((row) => row.project === wanted);
    if (wanted !== undefined && selected.length === 0 && rows.length > 0) {
        const known = [...new Set(rows.map((row) => row.project))];
        throw new errors/* InputError */.d("--project", wanted, `the file has no such project; it has: ${known.join(", ")}`);
    }
    const runs = groupRuns(selected);
    if (runs.length === 0)
        return { problems, versions: [], places: [] };
    const names = stepNames(runs);
    const hardware = runs[0][runs[0].length - 1].hardware;
    const fingerprint = (0,build/* hardwareFingerprint */.l)(hardware);
    const steps = runs.map((run, i) => toStep(run, names[i], fingerprint));
    const last = runs.map((run) => run[run.length - 1]);
    const versions = distinct(last.map((row) => row.version));
    const places = distinct(last.map((row) => row.place));
    const locations = distinct(last.map((row) => row.location));
    const report = (0,build/* buildReport */.F)({
        version: options.version,
        run: {
            id: `codecarbon-${(0,external_node_crypto_.createHash)("sha256")
                .update(`${wanted ?? ""}\n${text}`)
                .digest("hex")
                .slice(0, 12)}`,
            startedAt: new Date(Math.min(...steps.map((s) => Date.parse(s.started_at)))),
            endedAt: new Date(Math.max(...steps.map((s) => Date.parse(s.ended_at)))),
        },
        hardware,
        pue: last[0].pue,
        intensity: {
            ...reportIntensity(steps, versions),
            ...(locations.length === 1 && { location: locations[0] }),
        },
        steps,
    });
    return { report, problems, versions, places };
}
/** Rows of one run together, runs in the order their first row appears. */
function groupRuns(rows) {
    const runs = new Map();
    for (const row of rows) {
        const key = row.runId ? `run:${row.runId}` : `line:${row.line}`;
        const run = runs.get(key);
        if (run)
            run.push(row);
        else
            runs.set(key, [row]);
    }
    return [...runs.values()];
}
/**
 * A step is named after its CodeCarbon project. Two runs of one project get the first 8 characters of
 * their run_id (the whole id if those collide), or `#1`, `#2` in file order when the file has none.
 */
function stepNames(runs) {
    const projects = runs.map((run) => run[run.length - 1].project.slice(0, 100));
    const names = projects.map((name, i) => {
        const same = projects.filter((p) => p === name).length;
        const id = runs[i][0].runId;
        if (same === 1)
            return name;
        return id
            ? `${name} ${id.slice(0, 8)}`
            : `${name} #${projects.slice(0, i + 1).filter((p) => p === name).length}`;
    });
    const unique = (name) => names.indexOf(name) === names.lastIndexOf(name);
    return names.map((name, i) => (unique(name) ? name : `${projects[i]} ${runs[i][0].runId}`));
}
function toStep(run, name, reportFingerprint) {
    const row = run[run.length - 1];
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
            ...(row.duration > 0 && { avg_power_w: (toIt(kwh) * 3.6e6) / row.duration }),
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
            ...(gpus.length === 1 && { model: gpus[0].model }),
            notes: [
                `CodeCarbon reads GPUs through NVML or AMD SMI${row.gpuCount && row.gpuCount > 1 ? `; all ${row.gpuCount} together` : ""}`,
            ],
        });
    }
    component("ram", row.ramKwh, { notes: ["CodeCarbon models RAM power from the installed memory"] });
    const grams = row.emissions * 1000;
    const lines = run.map((r) => r.line).join(", ");
    const notes = [
        row.runId
            ? `CodeCarbon run ${row.runId}, line${run.length > 1 ? `s ${lines}; rows are cumulative, so the last one holds the run's totals` : ` ${lines}`}`
            : `CodeCarbon row on line ${row.line} (this version writes no run_id: one row per run)`,
        row.energyKwh > 0
            ? `intensity ${round(grams / row.energyKwh, 1)} g/kWh: CodeCarbon's emissions ÷ energy_consumed${row.place ? ` for ${row.place}` : ""}`
            : "no energy recorded, so no intensity",
        "CodeCarbon gives no uncertainty range: low and high are its own figure",
        ...when(components.length === 0, "this CodeCarbon version records total energy only, no CPU/GPU/RAM split"),
        ...when(!row.pueRecorded, "this CodeCarbon version records no PUE: taken as 1"),
        ...when(row.zoneless, "CodeCarbon's timestamps carry no time zone: read as UTC"),
        ...when(row.trackingMode === "process", "CodeCarbon tracked this process only (tracking_mode=process)"),
        ...when((0,build/* hardwareFingerprint */.l)(row.hardware) !== reportFingerprint, `ran on other hardware than the report's first run: ${describeHardware(row.hardware)}`),
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
/** The report's one intensity: total CO2e ÷ total energy, i.e. the runs' energy-weighted mean. */
function reportIntensity(steps, versions) {
    const kwh = steps.reduce((sum, s) => sum + s.energy_kwh, 0);
    const grams = steps.reduce((sum, s) => sum + s.co2e_g, 0);
    const mean = kwh > 0 ? round(grams / kwh, 1) : 0;
    const each = steps.filter((s) => s.energy_kwh > 0).map((s) => round(s.co2e_g / s.energy_kwh, 1));
    const label = versions.length > 0 ? versions.map((v) => `CodeCarbon ${v}`).join(", ") : versionLabel(undefined);
    const low = Math.min(...each);
    const high = Math.max(...each);
    const spread = each.length > 1 && high - low > 0.005 * high
        ? `; energy-weighted mean of ${each.length} runs from ${low} to ${high} g/kWh (each step's notes give its own)`
        : "";
    return { g_per_kwh: mean, source: `${label}: emissions ÷ energy_consumed${spread}`.slice(0, 500) };
}
const describeHardware = (hardware) => [
    ...hardware.gpus.map((g) => `${g.count} x ${g.model}`),
    hardware.cpu.model,
    `${round(hardware.memory_gb, 1)} GB`,
].join(", ");
const versionLabel = (version) => version ? `CodeCarbon ${version}` : "CodeCarbon (the file records no version)";
const when = (condition, note) => (condition ? [note] : []);
const round = (value, decimals) => Math.round(value * 10 ** decimals) / 10 ** decimals;
const distinct = (values) => [
    ...new Set(values.filter((v) => v !== undefined && v !== "")),
];

;// CONCATENATED MODULE: ./src/import/model-card.ts
const TRAINING_TYPES = ["pre-training", "fine-tuning"];
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

// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/report/schema.ts
var schema = __webpack_require__(1327);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
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
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: argv, options: OPTIONS, strict: true, allowPositionals: true });
    }
    catch (error) {
        const message = error.message;
        const option = /'(--?[\w-]+)'/.exec(message)?.[1] ?? argv.join(" ");
        throw new errors/* InputError */.d("carbon-budget import", option, `${message}\n${cli_usage/* IMPORT_USAGE */.Un}`);
    }
    const { values, positionals } = parsed;
    const [format, file, ...extra] = positionals;
    const usage = (input, value, why) => {
        throw new errors/* InputError */.d(input, value, `${why}\n${cli_usage/* IMPORT_USAGE */.Un}`);
    };
    if (format !== "codecarbon" && format !== "report") {
        return usage("FORMAT", format ?? "", "expected codecarbon (an emissions.csv) or report (a carbon-budget report)");
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
    if (argv.includes("--help") || argv.includes("-h")) {
        io.stdout.write(`${cli_usage/* IMPORT_USAGE */.Un}\n`);
        return 0;
    }
    const args = parseImportArgs(argv);
    if (args.json && args.json !== "-")
        (0,output/* checkOutputPath */.$)("--json", args.json, io.cwd);
    const text = readInput(args.file, io.cwd);
    // stdout carries the report or the card when asked for; the table then goes to stderr.
    const human = args.json === "-" || args.modelCard ? io.stderr : io.stdout;
    let report;
    let source;
    let location;
    let title;
    if (args.format === "codecarbon") {
        const result = importCodecarbon(text, {
            origin: args.file,
            version: version/* VERSION */.x,
            ...(args.project !== undefined && { project: args.project }),
        });
        for (const problem of result.problems)
            io.stderr.write(`${args.file}:${problem.line}: ${problem.reason}\n`);
        if (!result.report) {
            throw new errors/* InputError */.d("FILE", args.file, `no row could be imported (${result.problems.length} skipped, above)`);
        }
        report = result.report;
        const from = result.versions.length
            ? result.versions.map((v) => `CodeCarbon ${v}`).join(", ")
            : "CodeCarbon";
        source = `${from}, imported by carbon-budget ${version/* VERSION */.x}`;
        location = result.places.join("; ") || undefined;
        const skipped = result.problems.length ? `; ${result.problems.length} rows skipped` : "";
        title = `imported ${plural(report.steps.length, "run")} from ${args.file} (${from})${skipped}`;
    }
    else {
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
    return `carbon-budget · ${title}\n${lines.join("\n")}\n  at ${a.intensity_g_per_kwh} g/kWh (${a.intensity_source}), PUE ${a.pue}\n`;
}
function readInput(file, cwd) {
    const path = (0,external_node_path_.resolve)(cwd, file);
    try {
        if ((0,external_node_fs_.statSync)(path).isDirectory())
            throw new errors/* InputError */.d("FILE", file, "that is a folder; give a file");
        return (0,external_node_fs_.readFileSync)(path, "utf8");
    }
    catch (error) {
        if ((0,errors/* isInputError */.B)(error))
            throw error;
        const code = error.code;
        throw new errors/* InputError */.d("FILE", file, code === "ENOENT" ? "no such file" : `could not read it: ${error.message}`);
    }
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
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, path), text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(input, path, `could not write it: ${error.message}`);
    }
}


/***/ }),

/***/ 5066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ buildReport),
/* harmony export */   l: () => (/* binding */ hardwareFingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1327);
/** Assembles a run report from accounted steps: pure, so the CLI and the action build it alike. */


/**
 * Same hardware, same fingerprint: GPU models and counts, CPU model and count, and memory rounded to
 * whole GB (the kernel's MemTotal wobbles by a few MB between boots).
 */
function hardwareFingerprint(hardware) {
    const gpus = [...hardware.gpus]
        .sort((a, b) => a.model.localeCompare(b.model))
        .map((g) => `${g.count}x${g.model}`)
        .join("+");
    const canonical = `gpus=${gpus};cpu=${hardware.cpu.count}x${hardware.cpu.model};mem=${Math.round(hardware.memory_gb)}`;
    return `hw-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(canonical).digest("hex").slice(0, 16)}`;
}
function buildReport(input) {
    const sum = (pick) => input.steps.reduce((total, s) => total + pick(s), 0);
    return {
        schema: _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .REPORT_SCHEMA_ID */ .PP,
        tool: { name: "carbon-budget", version: input.version },
        run: {
            id: input.run.id,
            ...(input.run.repo && { repo: input.run.repo }),
            ...(input.run.ref && { ref: input.run.ref }),
            ...(input.run.sha && { sha: input.run.sha }),
            started_at: input.run.startedAt.toISOString(),
            ended_at: input.run.endedAt.toISOString(),
        },
        hardware: { fingerprint: hardwareFingerprint(input.hardware), ...input.hardware },
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
    };
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   P9: () => (/* binding */ MASS_UNITS),
/* harmony export */   QE: () => (/* binding */ formatEnergy),
/* harmony export */   R8: () => (/* binding */ formatPct),
/* harmony export */   Xl: () => (/* binding */ ENERGY_UNITS),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   d5: () => (/* binding */ formatPower),
/* harmony export */   so: () => (/* binding */ formatMass),
/* harmony export */   vK: () => (/* binding */ scaled),
/* harmony export */   x8: () => (/* binding */ signed)
/* harmony export */ });
/** Numbers as people read them: a unit that keeps 3 significant figures readable, signs on deltas. */
/** Rounded first, so that 0.99996 reads "1.00" (not "1.000") and picks its unit as 1, not 0.99996. */
const rounded = (value, digits = 3) => Number(value.toPrecision(digits));
const significant = (value, digits = 3) => {
    if (value === 0)
        return "0";
    const round = rounded(value, digits);
    const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(round))));
    return round.toFixed(Math.min(decimals, 6));
};
const ENERGY_UNITS = [
    [1000, "MWh"],
    [1, "kWh"],
    [0.001, "Wh"],
    [1e-6, "mWh"],
];
const MASS_UNITS = [
    [1e6, "t"],
    [1000, "kg"],
    [1, "g"],
    [1e-3, "mg"],
];
/** A value in the largest unit it reaches once rounded to `digits`, written by `show`. */
function scaled(value, units, digits = 3, show = (v) => significant(v, digits)) {
    const abs = Math.abs(rounded(value, digits));
    // Zero reads in the base unit ("0 g"), not the smallest one.
    const [factor, unit] = units.find(([f]) => abs >= f || (abs === 0 && f === 1)) ?? units[units.length - 1];
    return `${show(value / factor)} ${unit}`;
}
const formatEnergy = (kwh) => scaled(kwh, ENERGY_UNITS);
const formatMass = (grams) => scaled(grams, MASS_UNITS);
const formatPower = (watts) => `${significant(watts)} W`;
const signed = (text, value) => value > 0 ? `+${text}` : value < 0 ? text : `±${text}`;
const formatPct = (pct) => signed(`${significant(pct, 2)}%`, pct);
function formatDuration(seconds) {
    if (rounded(seconds) < 60)
        return `${significant(seconds)} s`;
    const s = Math.round(seconds);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const rest = s % 60;
    return h > 0 ? `${h}h ${String(m).padStart(2, "0")}m` : `${m}m ${String(rest).padStart(2, "0")}s`;
}
const shortSha = (sha) => (sha ? sha.slice(0, 7) : "?");


/***/ }),

/***/ 1327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MM: () => (/* binding */ parseReport),
/* harmony export */   PP: () => (/* binding */ REPORT_SCHEMA_ID)
/* harmony export */ });
/* unused harmony exports componentSchema, stepSchema, reportSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2857);
/**
 * The run report, `carbon-budget/report@1` (DESIGN.md). Every read goes through this schema: a report
 * from a PR run, an artifact or the on-disk history is untrusted input.
 */

const REPORT_SCHEMA_ID = "carbon-budget/report@1";
const nonNegative = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().finite().nonnegative();
const componentSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["gpu", "cpu", "ram"]),
    device: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(200).optional(),
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(200).optional(),
    method: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["measured", "estimated", "declared"]),
    source: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(100),
    energy_kwh: nonNegative,
    avg_power_w: nonNegative.optional(),
    samples: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().optional(),
    notes: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(2000)).max(50).optional(),
});
const stepSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(200),
    started_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    ended_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    duration_s: nonNegative,
    exit_code: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().optional(),
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
    functional_unit: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(100), count: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive() }).optional(),
    sci_g_per_unit: nonNegative.optional(),
    components: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(componentSchema).max(256),
    /** What the tool itself cost: its CPU seconds over the step. */
    overhead: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ cpu_s: nonNegative }).optional(),
    /** Sources that could not serve a component at all (e.g. no GPU found), so nothing is a silent zero. */
    notes: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(2000)).max(50).optional(),
});
const reportSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(REPORT_SCHEMA_ID),
    tool: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }),
    run: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(200),
        repo: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(200).optional(),
        ref: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(500).optional(),
        sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(64).optional(),
        started_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        ended_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    }),
    hardware: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        fingerprint: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(200),
        gpus: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(200), count: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive() })),
        cpu: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(200), count: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative() }),
        memory_gb: nonNegative,
    }),
    assumptions: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        pue: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().finite().min(1).max(3),
        intensity_g_per_kwh: nonNegative,
        intensity_source: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(500),
        intensity_year: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().optional(),
        location: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(100).optional(),
    }),
    steps: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(stepSchema).max(1000),
    totals: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        duration_s: nonNegative,
        energy_kwh: nonNegative,
        co2e_g: nonNegative,
        co2e_low_g: nonNegative,
        co2e_high_g: nonNegative,
    }),
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
