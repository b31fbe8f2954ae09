export const id = 598;
export const ids = [598];
export const modules = {

/***/ 7080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rf: () => (/* binding */ parseFunctionalUnit),
/* harmony export */   ZN: () => (/* binding */ sciPerUnit),
/* harmony export */   uO: () => (/* binding */ checkFunctionalUnit)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * The Software Carbon Intensity rate, SCI = (O + M) / R (Green Software Foundation, ISO/IEC 21031:2024):
 * a step's operational plus embodied grams per functional unit R that the step declares (samples,
 * tokens, epochs). A rate, so runs of different sizes compare.
 */

/** Same bounds as the report schema, so a unit that passes here is never rejected on read. */
const MAX_NAME_LENGTH = 100;
/** Throws on a unit the report could not carry; callers turn user input into one before this. */
function checkFunctionalUnit(unit) {
    if (unit.name.trim() === "" || unit.name.length > MAX_NAME_LENGTH) {
        throw new RangeError(`functional unit: name must be 1 to ${MAX_NAME_LENGTH} characters, got "${unit.name}"`);
    }
    if (!Number.isFinite(unit.count) || unit.count <= 0) {
        throw new RangeError(`functional unit: count of ${unit.name} must be a finite number > 0, got ${unit.count}`);
    }
    return unit;
}
/** (O + M) / R in grams per unit. */
function sciPerUnit(co2eGrams, unit) {
    return co2eGrams / checkFunctionalUnit(unit).count;
}
/** `unit: samples=50000`: a functional unit for SCI (g per unit). */
function parseFunctionalUnit(input, text) {
    const match = /^([A-Za-z][\w-]{0,49})\s*=\s*([0-9.eE+]+)$/.exec(text.trim());
    const count = match ? Number(match[2]) : Number.NaN;
    if (!match || !Number.isFinite(count) || count <= 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, text, "use NAME=COUNT with a positive count, e.g. samples=50000 or epoch=3");
    }
    return { name: match[1], count };
}


/***/ }),

/***/ 598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publish: () => (/* binding */ publish),
  readGitPosition: () => (/* reexport */ local/* readGitPosition */.C),
  reportForMeasured: () => (/* reexport */ reportForMeasured)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/report/schema.ts
var schema = __webpack_require__(1327);
;// CONCATENATED MODULE: ./src/baseline/local-store.ts
/**
 * The embedded on-disk history: `.carbon-budget/v1/<branch>/<sha>/<run id>.json`, one report a file,
 * written once. Anything unreadable in it is reported and skipped, never fatal and never deleted: the
 * history is the user's data.
 */



const STORE_DIR = ".carbon-budget";
const LAYOUT = "v1";
/** Keys for runs outside git, or on a detached HEAD. */
const NO_BRANCH = "_detached";
const NO_COMMIT = "_no-commit";
const encode = (segment) => encodeURIComponent(segment);
function readStore(root) {
    const base = (0,external_node_path_.join)(root, STORE_DIR, LAYOUT);
    const runs = [];
    const skipped = [];
    // Only folders belong above the report files, and only files in the commit folders.
    const folders = (dir) => listDir(dir).filter((entry) => {
        const path = (0,external_node_path_.join)(dir, entry.name);
        const folder = entry.isDirectory() || (entry.isSymbolicLink() && isFolder(path));
        if (!folder)
            skipped.push(`${path}: not a branch or commit folder (ignored)`);
        return folder;
    });
    for (const branchDir of folders(base)) {
        for (const shaDir of folders((0,external_node_path_.join)(base, branchDir.name))) {
            for (const file of listDir((0,external_node_path_.join)(base, branchDir.name, shaDir.name))) {
                const path = (0,external_node_path_.join)(base, branchDir.name, shaDir.name, file.name);
                if (!file.name.endsWith(".json") || file.isDirectory()) {
                    skipped.push(`${path}: not a report file (ignored)`);
                    continue;
                }
                try {
                    const key = { branch: decodeURIComponent(branchDir.name), sha: decodeURIComponent(shaDir.name) };
                    runs.push({ ...key, report: (0,schema/* parseReport */.MM)((0,external_node_fs_.readFileSync)(path, "utf8"), path) });
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
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function listDir(path) {
    try {
        return (0,external_node_fs_.readdirSync)(path, { withFileTypes: true })
            .filter((entry) => !entry.name.startsWith("."))
            .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
    catch {
        return [];
    }
}
/** Writes through a temporary file and a rename, so a crash never leaves half a report behind. */
function writeRun(root, key, report) {
    const dir = (0,external_node_path_.join)(root, STORE_DIR, LAYOUT, encode(key.branch ?? NO_BRANCH), encode(key.sha ?? NO_COMMIT));
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    // Like pytest's cache: the history is local state, kept out of commits unless the user opts in.
    const ignore = (0,external_node_path_.join)(root, STORE_DIR, ".gitignore");
    if (!(0,external_node_fs_.existsSync)(ignore))
        (0,external_node_fs_.writeFileSync)(ignore, "# created by carbon-budget: local run history\n*\n");
    const path = (0,external_node_path_.join)(dir, `${encode(report.run.id)}.json`);
    const temporary = `${path}.${process.pid}.tmp`;
    (0,external_node_fs_.writeFileSync)(temporary, `${JSON.stringify(report, null, 2)}\n`);
    (0,external_node_fs_.renameSync)(temporary, path);
    return path;
}

;// CONCATENATED MODULE: ./src/baseline/select.ts
/** An unparseable time sorts oldest: NaN would lose every comparison and so keep the first run found. */
const endedAt = (run) => {
    const time = Date.parse(run.report.run.ended_at);
    return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
};
const latest = (runs) => runs.reduce((best, run) => (best === undefined || endedAt(run) > endedAt(best) ? run : best), undefined);
function selectBaseline(runs, where) {
    const candidates = runs.filter((run) => run.report.run.id !== where.excludeRunId && run.report.steps.some((s) => s.name === where.step));
    if (where.mergeBase) {
        const onMergeBase = latest(candidates.filter((run) => run.sha === where.mergeBase));
        if (onMergeBase)
            return { run: onMergeBase, why: "merge-base" };
    }
    const onBranch = latest(candidates.filter((run) => run.branch === where.branch));
    return onBranch ? { run: onBranch, why: "same-branch" } : undefined;
}

// EXTERNAL MODULE: ./src/budget/from-config.ts + 2 modules
var from_config = __webpack_require__(3756);
// EXTERNAL MODULE: ./src/compare/compare.ts
var compare = __webpack_require__(6832);
// EXTERNAL MODULE: ./src/git/local.ts
var local = __webpack_require__(9487);
// EXTERNAL MODULE: ./src/report/markdown.ts + 2 modules
var markdown = __webpack_require__(1874);
// EXTERNAL MODULE: ./src/carbon/sci.ts
var sci = __webpack_require__(7080);
// EXTERNAL MODULE: ./src/carbon/units.ts
var units = __webpack_require__(8994);
;// CONCATENATED MODULE: ./src/carbon/account.ts


/** For the caller to add to a step's notes when the user turned embodied emissions off. */
const EMBODIED_LEFT_OUT_NOTE = "embodied emissions (SCI's M: making the hardware) left out on request (--no-embodied): embodied_g is 0";
function checkEmbodied(embodied) {
    const { grams, low_g: low, high_g: high } = embodied;
    if (![grams, low, high].every(Number.isFinite) || low < 0 || low > grams || grams > high) {
        throw new RangeError(`embodied: need finite 0 <= low <= grams <= high, got ${low} <= ${grams} <= ${high}`);
    }
    return embodied;
}
function toReportComponent(component) {
    return {
        kind: component.kind,
        ...(component.device !== undefined && { device: component.device }),
        ...(component.model !== undefined && { model: component.model }),
        method: component.method,
        source: component.source,
        energy_kwh: (0,units/* joulesToKwh */.e)(component.energy_j),
        ...(component.avg_power_w !== undefined && { avg_power_w: component.avg_power_w }),
        ...(component.samples !== undefined && { samples: component.samples }),
        ...(component.notes.length > 0 && { notes: component.notes }),
    };
}
function accountStep(input) {
    const sumJoules = (factor) => input.components.reduce((total, c) => total + c.energy_j * factor(c), 0);
    const itKwh = (0,units/* joulesToKwh */.e)(sumJoules(() => 1));
    const facilityKwh = itKwh * input.pue;
    const toGrams = (joules) => (0,units/* joulesToKwh */.e)(joules) * input.pue * input.intensityGPerKwh;
    const operational = facilityKwh * input.intensityGPerKwh;
    const embodied = input.embodied ? checkEmbodied(input.embodied) : { grams: 0, low_g: 0, high_g: 0 };
    const co2e = operational + embodied.grams;
    const operationalLow = toGrams(sumJoules((c) => c.low_factor));
    const operationalHigh = toGrams(sumJoules((c) => c.high_factor));
    const unit = input.functionalUnit && (0,sci/* checkFunctionalUnit */.uO)(input.functionalUnit);
    const notes = [...(input.notes ?? []), ...(input.embodied?.notes ?? [])];
    return {
        name: input.name,
        started_at: input.startedAt.toISOString(),
        ended_at: input.endedAt.toISOString(),
        duration_s: input.durationS,
        ...(input.exitCode !== undefined && { exit_code: input.exitCode }),
        energy_kwh: facilityKwh,
        it_energy_kwh: itKwh,
        operational_g: operational,
        embodied_g: embodied.grams,
        co2e_g: co2e,
        co2e_low_g: operationalLow + embodied.low_g,
        co2e_high_g: operationalHigh + embodied.high_g,
        operational_low_g: operationalLow,
        operational_high_g: operationalHigh,
        ...(unit && {
            functional_unit: { name: unit.name, count: unit.count },
            sci_g_per_unit: (0,sci/* sciPerUnit */.ZN)(co2e, unit),
        }),
        components: input.components.map(toReportComponent),
        ...(input.overheadCpuS !== undefined && { overhead: { cpu_s: input.overheadCpuS } }),
        ...(notes.length > 0 && { notes }),
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./data/embodied.json
const embodied_namespaceObject = /*#__PURE__*/JSON.parse('{"description":"Embodied emissions (SCI\'s M = TE x TiR/EL x RR/ToR): expected hardware lifetime, the spread applied to per-GPU figures from data/gpus.json, the figure for a GPU with none, and the server platform and memory figures. Every figure is kg CO2e with a low..high range; `range` says where each bound comes from, `note` marks a judgment.","lifetime":{"years":4,"source":{"title":"Cloud Carbon Footprint, Embodied Emissions methodology (EL = 4 years, after the Dell PowerEdge R740 full LCA and Teads)","url":"https://www.cloudcarbonfootprint.org/docs/embodied-emissions"},"note":"Published choices run from 3 years (EcoLogits) to 6 years (IDRIS for BLOOM, and hyperscalers\' 5-6 year server depreciation). M scales with 1/EL, so 6 years gives two thirds of the 4-year figure; callers can pass their own lifetime."},"gpu_range":{"low_factor":0.75,"high_factor":1.75,"range":"Independent estimates of the same part differ by this much: a primary-data LCA of the A100 SXM4 40GB found 127.6 kg (0.85 x the 150 kg in data/gpus.json); bottom-up LCAs of the H100 found 225 kg and 273 kg (1.66 x NVIDIA\'s 164 kg).","range_sources":[{"title":"Falk et al., More than Carbon: Cradle-to-Grave environmental impacts of GenAI training on the Nvidia A100 GPU (2025)","url":"https://arxiv.org/abs/2509.00093"},{"title":"EcoLogits LLM inference methodology (H100 273 kg CO2e, after Lees-Perasso et al. 2026 for ADEME)","url":"https://ecologits.ai/latest/methodology/llm_inference/"}],"note":"Applied to every GPU figure in data/gpus.json: 150 kg becomes 112.5..262.5 kg."},"gpu_default":{"kg":150,"low_kg":60,"high_kg":300,"source":{"title":"Cloud Carbon Footprint coefficients: 150 kg CO2e per additional GPU card (GPU_MANUFACTURING_EMISSIONS), the figure Luccioni et al. used for an A100","url":"https://github.com/cloud-carbon-footprint/cloud-carbon-coefficients"},"range":"Low: EcoInfo/CNRS ECODIAG\'s 60 kg for a \'powerful GPU\' card; high: just above NVIDIA\'s HGX B200 PCF (2,274 kg per 8 GPUs = 284 kg per GPU), the largest per-GPU figure published.","range_sources":[{"title":"EcoInfo (CNRS) ECODIAG calculator, \'powerful GPU\' 60 kg CO2e","url":"https://ecoinfo.cnrs.fr/ecodiag-calcul/"},{"title":"NVIDIA HGX B200 Product Carbon Footprint summary","url":"https://images.nvidia.com/aem-dam/Solutions/documents/HGX-B200-PCF-Summary.pdf"}],"note":"A stand-in for a GPU with no published figure: a data-centre GPU of the A100 class. Small cards (T4, L4) are likely nearer the low bound."},"server":{"kg":1000,"low_kg":850,"high_kg":2500,"source":{"title":"Teads Engineering, Building an AWS EC2 Carbon Emissions Dataset, ch. 5: 1,000 kg CO2e for a mono-socket, low-DRAM, no-local-storage rack server (also Cloud Carbon Footprint\'s BASE_MANUFACTURING_EMISSIONS)","url":"https://medium.com/teads-engineering/building-an-aws-ec2-carbon-emissions-dataset-3f0fd76c98ac"},"range":"Low: Scaleway\'s Boavizta-based 850 kg for an Elastic Metal server; high: HPE\'s ~2,500 kg production footprint for a ProLiant DL345 Gen10 Plus, memory and storage included, as used for BLOOM\'s A100 nodes.","range_sources":[{"title":"Scaleway, Bare Metal environmental footprint calculation (850 kg CO2e manufacturing, Boavizta)","url":"https://www.scaleway.com/en/docs/environmental-footprint/additional-content/bare-metal-env-footprint"},{"title":"Luccioni, Viguier, Ligozat, Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model, JMLR 24 (2023), sec. 4.1","url":"https://arxiv.org/abs/2211.02001"}],"note":"The platform without GPUs and (beyond its small base) without memory: CPU, board, chassis, power supplies, fans. A dual-socket host adds about 100 kg (Teads), inside the high bound."},"memory_per_gb":{"kg":1.388,"low_kg":0.4,"high_kg":2,"source":{"title":"Dell PowerEdge R740 full LCA as read by Teads and Cloud Carbon Footprint: 533 kg CO2e for 12 x 32 GB DIMMs (384 GB), 533 / 384 = 1.388 kg per GB","url":"https://github.com/cloud-carbon-footprint/cloud-carbon-coefficients"},"range":"Low: 0.4 kg per GB of DRAM from die-area modelling (ACT, as tabulated in LLMCarbon); high: +44% over the R740 figure, by judgment.","range_sources":[{"title":"Faiz et al., LLMCarbon: Modeling the End-to-End Carbon Footprint of Large Language Models, ICLR 2024 (DRAM 0.4 kg CO2e per GB)","url":"https://arxiv.org/abs/2309.14393"}],"note":"The high bound is a judgment: no published LCA above the R740 figure was found. Die-area models leave out DIMM boards and packaging, so the low bound is an underestimate by design."}}');
// EXTERNAL MODULE: ./src/hardware/gpus.ts + 1 modules
var gpus = __webpack_require__(8729);
;// CONCATENATED MODULE: ./src/carbon/embodied.ts
/**
 * Embodied emissions of one step, the Green Software Foundation SCI's M = TE x (TiR / EL) x (RR / ToR):
 * the hardware's total embodied emissions, times the share of its expected life the step took, times the
 * share of the machine it reserved. GPUs count whole (a job that uses a GPU reserves all of it); the server
 * platform counts by the job's share of vCPUs; memory counts by the GB the job sees. Figures and their
 * sources: data/embodied.json and the `embodied_kg` column of data/gpus.json.
 */



const rangedSchema = schemas/* strictObject */.rej({
    kg: schemas/* number */.aig().positive(),
    low_kg: schemas/* number */.aig().positive(),
    high_kg: schemas/* number */.aig().positive(),
    source: gpus/* sourceSchema */.dr,
    range: schemas/* string */.YjP().min(1),
    range_sources: schemas/* array */.YOg(gpus/* sourceSchema */.dr).min(1),
    note: schemas/* string */.YjP().min(1).optional(),
});
const embodiedTableSchema = schemas/* strictObject */.rej({
    description: schemas/* string */.YjP(),
    lifetime: schemas/* strictObject */.rej({ years: schemas/* number */.aig().positive(), source: gpus/* sourceSchema */.dr, note: schemas/* string */.YjP().min(1) }),
    gpu_range: schemas/* strictObject */.rej({
        low_factor: schemas/* number */.aig().positive().max(1),
        high_factor: schemas/* number */.aig().min(1),
        range: schemas/* string */.YjP().min(1),
        range_sources: schemas/* array */.YOg(gpus/* sourceSchema */.dr).min(1),
        note: schemas/* string */.YjP().min(1).optional(),
    }),
    gpu_default: rangedSchema,
    server: rangedSchema,
    memory_per_gb: rangedSchema,
});
/** Parsed once at load: a bad row in our own table should fail every test, not one odd estimate. */
const EMBODIED = embodiedTableSchema.parse(embodied_namespaceObject);
const SECONDS_PER_YEAR = 365.25 * 86_400;
/** EL when the caller gives none: 4 years (Cloud Carbon Footprint, after the Dell R740 LCA). */
const DEFAULT_LIFETIME_YEARS = EMBODIED.lifetime.years;
const ZERO = { grams: 0, low_g: 0, high_g: 0 };
const add = (a, b) => ({
    grams: a.grams + b.grams,
    low_g: a.low_g + b.low_g,
    high_g: a.high_g + b.high_g,
});
const scaled = (figure, factor) => ({
    grams: figure.kg * 1000 * factor,
    low_g: figure.low_kg * 1000 * factor,
    high_g: figure.high_kg * 1000 * factor,
});
/** Trims float noise for notes: 284.25 stays, 1.388 stays, 0.1 + 0.2 does not print 17 digits. */
const num = (n) => String(Number(n.toPrecision(6)));
function requireNonNegative(name, value) {
    if (!Number.isFinite(value) || value < 0) {
        throw new RangeError(`embodied: ${name} must be a finite number >= 0, got ${value}`);
    }
}
/** The per-GPU figure and its range: the table's own, or the documented default with a note. */
function gpuFigure(gpu) {
    const spec = gpu.spec ?? (0,gpus/* findGpu */.GO)(gpu.model);
    const { gpu_range: range, gpu_default: fallback } = EMBODIED;
    if (spec?.embodied_kg !== undefined) {
        const kg = spec.embodied_kg;
        return {
            figure: { kg, low_kg: kg * range.low_factor, high_kg: kg * range.high_factor },
            name: spec.name,
        };
    }
    const why = spec
        ? `no embodied figure for ${spec.name}`
        : `GPU model "${gpu.model}" not found in data/gpus.json`;
    return {
        figure: fallback,
        name: spec?.name ?? gpu.model,
        note: `${why}: assumed ${num(fallback.kg)} kg CO2e per GPU (${num(fallback.low_kg)}-${num(fallback.high_kg)} kg)`,
    };
}
/**
 * The job's share of the server (RR / ToR). Without both vCPU counts the whole machine is counted: on a
 * shared host that overstates the step, which is the safer error for a budget than leaving it out.
 */
function serverShare(server) {
    const { vcpusUsed: used, vcpusTotal: total } = server;
    if (used === undefined || total === undefined) {
        return {
            share: 1,
            text: "whole machine",
            note: "the job's share of the server is unknown (vCPUs used and total not both given): the whole server is counted",
        };
    }
    if (!Number.isFinite(used) || !Number.isFinite(total) || used <= 0 || total <= 0 || used > total) {
        throw new RangeError(`embodied: vCPUs used must be > 0 and at most the total, got ${used} of ${total}`);
    }
    return { share: used / total, text: `${num(used)}/${num(total)} vCPUs` };
}
/** M for one step, with a low..high range from each figure's own bounds. Pure. */
function embodiedForStep(input) {
    requireNonNegative("durationS", input.durationS);
    const lifetimeYears = input.lifetimeYears ?? DEFAULT_LIFETIME_YEARS;
    if (!Number.isFinite(lifetimeYears) || lifetimeYears <= 0) {
        throw new RangeError(`embodied: lifetimeYears must be a finite number > 0, got ${lifetimeYears}`);
    }
    // TiR / EL: the share of the hardware's expected life this step used.
    const timeShare = input.durationS / (lifetimeYears * SECONDS_PER_YEAR);
    const counted = [];
    const warnings = [];
    let gpus = ZERO;
    for (const gpu of input.gpus) {
        requireNonNegative(`count of ${gpu.model}`, gpu.count);
        if (gpu.count === 0)
            continue;
        const { figure, name, note } = gpuFigure(gpu);
        gpus = add(gpus, scaled(figure, gpu.count * timeShare));
        counted.push(`${num(gpu.count)} x ${name} at ${num(figure.kg)} kg`);
        if (note)
            warnings.push(note);
    }
    let server = ZERO;
    let memory = ZERO;
    if (input.server) {
        const share = serverShare(input.server);
        server = scaled(EMBODIED.server, share.share * timeShare);
        counted.push(`server platform ${num(EMBODIED.server.kg)} kg x ${share.text}`);
        if (share.note)
            warnings.push(share.note);
        const memoryGb = input.server.memoryGb;
        if (memoryGb === undefined) {
            warnings.push("memory is not counted in embodied emissions: its size is unknown");
        }
        else {
            requireNonNegative("memoryGb", memoryGb);
            memory = scaled(EMBODIED.memory_per_gb, memoryGb * timeShare);
            counted.push(`memory ${num(memoryGb)} GB x ${num(EMBODIED.memory_per_gb.kg)} kg/GB`);
        }
    }
    else {
        warnings.push("the server (CPU, memory, chassis) is not counted in embodied emissions: none was given");
    }
    const total = add(gpus, add(server, memory));
    const summary = `embodied (SCI M) over a ${num(lifetimeYears)}-year life: ${counted.length > 0 ? counted.join("; ") : "no hardware"}`;
    return {
        ...total,
        parts: { gpus_g: gpus.grams, server_g: server.grams, memory_g: memory.grams },
        notes: [summary, ...warnings],
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/measure/hardware-facts.ts
/** What the report says about the machine, from what was measured and what was declared. */

/** Sortable and unique: the start time to the second, and a random suffix for runs in the same second. */
const newRunId = (startedAt) => `${startedAt.toISOString().replace(/[-:]|\.\d+/g, "")}-${(0,external_node_crypto_.randomUUID)().slice(0, 8)}`;
function hardwareFacts(components, declared, machine) {
    const counts = new Map();
    for (const c of components) {
        if (c.kind !== "gpu" || c.method === "declared")
            continue;
        const model = c.model ?? "unknown GPU";
        counts.set(model, (counts.get(model) ?? 0) + 1);
    }
    const gpus = counts.size === 0 && declared.gpu
        ? [{ model: declared.gpu.spec.name, count: declared.gpu.count }]
        : [...counts].map(([model, count]) => ({ model, count }));
    return {
        gpus,
        cpu: { model: declared.cpu?.name ?? machine.cpuModel, count: machine.cpuSockets },
        memory_gb: declared.memoryGb ?? machine.memoryGb,
    };
}
/**
 * What SCI's M needs from this run: the GPUs it held, and its share of the server. A machine shows us
 * its vCPUs but not the host's; the host's total is the CPU table's threads x sockets when the model
 * is known, else the whole machine is counted (embodiedForStep notes that).
 */
function embodiedInput(hardware, machine, declared, durationS) {
    const cpu = declared.cpu ?? machine.cpuSpec;
    const hostThreads = cpu?.threads !== undefined ? cpu.threads * Math.max(1, machine.cpuSockets) : undefined;
    const gpus = hardware.gpus.map((gpu) => ({
        model: gpu.model,
        count: gpu.count,
        ...(declared.gpu && gpu.model === declared.gpu.spec.name && { spec: declared.gpu.spec }),
    }));
    return {
        durationS,
        gpus,
        server: {
            ...(machine.vcpus > 0 &&
                hostThreads !== undefined && {
                vcpusUsed: Math.min(machine.vcpus, hostThreads),
                vcpusTotal: hostThreads,
            }),
            memoryGb: hardware.memory_gb,
        },
    };
}

// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
// EXTERNAL MODULE: ./src/report/build.ts
var build = __webpack_require__(5066);
;// CONCATENATED MODULE: ./src/report/measured-report.ts
/**
 * One measured command as a one-step report (pure): accounting, embodied share and the run's facts.
 * The CLI and the action both end a measurement here, so their reports cannot drift apart.
 */





function reportForMeasured(measured, options) {
    const { intensity, pue, declared } = options;
    const hardware = hardwareFacts(measured.components, declared, measured.machine);
    const step = accountStep({
        name: options.step,
        startedAt: measured.startedAt,
        endedAt: measured.endedAt,
        durationS: measured.durationS,
        exitCode: measured.result.exitCode,
        components: measured.components,
        pue: pue.value,
        intensityGPerKwh: intensity.g_per_kwh,
        overheadCpuS: measured.overheadCpuS,
        notes: [
            ...measured.notes,
            ...(pue.note ? [pue.note] : []),
            ...(intensity.note ? [intensity.note] : []),
            ...(intensity.warning ? [intensity.warning] : []),
            ...(options.embodied ? [] : [EMBODIED_LEFT_OUT_NOTE]),
        ],
        ...(options.embodied && {
            embodied: embodiedForStep(embodiedInput(hardware, measured.machine, declared, measured.durationS)),
        }),
        ...(options.unit && { functionalUnit: options.unit }),
    });
    return (0,build/* buildReport */.F)({
        version: version/* VERSION */.x,
        run: {
            id: newRunId(measured.startedAt),
            ...options.run,
            startedAt: measured.startedAt,
            endedAt: measured.endedAt,
        },
        hardware,
        pue: pue.value,
        intensity,
        steps: [step],
    });
}

// EXTERNAL MODULE: ./src/report/terminal.ts
var terminal = __webpack_require__(7496);
// EXTERNAL MODULE: ./src/report/verdict-cells.ts
var verdict_cells = __webpack_require__(3879);
// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
;// CONCATENATED MODULE: ./src/cli/run-publish.ts
/**
 * The end of `carbon-budget run`, after the command: the history, the comparison, the budgets and the
 * outputs. Loaded only then (a dynamic import from run.ts), so none of it delays the command's start.
 */











/** Keeps the run first (a measurement is never lost), then compares and writes what was asked for. */
function publish(args, io, report, git, intensity, config) {
    const log = (line) => io.stderr.write(`carbon-budget: ${line}\n`);
    const history = args.store ? readStore(git.root) : { runs: [], skipped: [] };
    for (const line of history.skipped)
        log(`history: ${line}`);
    const saved = args.store ? keep(git, report, log) : undefined;
    const comparison = compareWithHistory(report, history.runs, args.step, git);
    const judged = (0,from_config/* judgeWithConfig */.sQ)(comparison, config);
    if (!args.quiet)
        io.stderr.write((0,terminal/* renderTerminal */.b)(report, comparison, { verbose: args.verbose }));
    if (judged && !args.quiet)
        log(`budgets: ${verdict_cells/* VERDICT_WORDS */._G[judged.verdict.status]}`);
    if (args.json)
        (0,output/* writeOutput */.z)("--json", args.json, `${JSON.stringify(report, null, 2)}\n`, io);
    if (args.markdown) {
        (0,output/* writeOutput */.z)("--markdown", args.markdown, `${(0,markdown/* renderMarkdown */.G)(report, comparison, judged ?? {})}\n`, io);
    }
    if (saved && !args.quiet)
        log(`saved to ${saved}${git.dirty ? " (the work tree has uncommitted changes)" : ""}`);
    if (intensity.warning && !args.quiet)
        log(`warning: ${intensity.warning}`);
}
/** A history that cannot be written costs the comparison next time, not this run's outputs. */
function keep(git, report, log) {
    try {
        return writeRun(git.root, { ...(git.branch && { branch: git.branch }), ...(git.sha && { sha: git.sha }) }, report);
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
        return (0,compare/* compareReports */.l)(report, undefined);
    const base = choice.run.report;
    return (0,compare/* compareReports */.l)(report, base, {
        label: choice.why === "merge-base"
            ? `merge-base with ${git.defaultBranch}`
            : `previous run on ${choice.run.branch}`,
        runId: base.run.id,
        ...(base.run.sha && { sha: base.run.sha }),
        ...(base.run.ref && { ref: base.run.ref }),
        endedAt: base.run.ended_at,
    });
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


/***/ })

};
