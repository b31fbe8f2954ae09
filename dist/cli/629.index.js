export const id = 629;
export const ids = [629,180];
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

/***/ 4029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _j: () => (/* binding */ candidatesFor),
  W_: () => (/* binding */ whatIf)
});

// UNUSED EXPORTS: WHAT_IF_MAX

;// CONCATENATED MODULE: ./data/zone-continents.json
const zone_continents_namespaceObject = /*#__PURE__*/JSON.parse('{"ot":{"Africa":["AO","BF","BI","BJ","BW","CD","CF","CG","CI","CM","CV","DJ","DZ","EG","ER","ET","GA","GH","GM","GN","GQ","GW","KE","KM","LR","LS","LY","MA","MG","ML","MR","MU","MW","MZ","NA","NE","NG","RE","RW","SC","SD","SL","SN","SO","SS","ST","SZ","TD","TG","TN","TZ","UG","YT","ZA","ZM","ZW"],"Asia":["AE","AF","AM","AZ","BD","BH","BN","BT","CN","CY","GE","HK","ID","IL","IN","IQ","IR","JO","JP","KG","KH","KP","KR","KW","KZ","LA","LB","LK","MM","MN","MO","MV","MY","NP","OM","PH","PK","PS","QA","SA","SG","SY","TH","TJ","TL","TM","TR","TW","UZ","VN","YE"],"Europe":["AL","AT","AX","BA","BE","BG","BY","CH","CZ","DE","DK","EE","ES","FI","FO","FR","GB","GI","GR","HR","HU","IE","IS","IT","LT","LU","LV","MD","ME","MK","MT","NL","NO","PL","PT","RO","RS","RU","SE","SI","SK","UA","XK"],"North America":["AG","AW","BB","BS","BZ","CA","CR","CU","CW","DM","DO","GL","GP","GT","HN","HT","JM","KY","LC","MQ","MX","NI","PA","PM","PR","SV","TT","US","VC","VI"],"South America":["AR","BO","BR","CL","CO","EC","FK","GF","GS","GY","PE","PY","SR","UY","VE"],"Oceania":["AU","FJ","FM","GU","NC","NZ","PF","PG","PW","SB","TO","VU","WS"]}}');
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/carbon/cloud-regions.ts
var cloud_regions = __webpack_require__(7484);
// EXTERNAL MODULE: ./src/carbon/intensity.ts
var carbon_intensity = __webpack_require__(8684);
;// CONCATENATED MODULE: ./src/carbon/what-if.ts
/**
 * What-if (pure): the same job where the grid is cleaner, so a budget that says "too much" also says
 * where less is possible. Candidates:
 * - a cloud region: the provider's other regions, one per grid zone: the same IT energy x the
 *   provider's published PUE x that region's grid intensity;
 * - an Electricity Maps zone: the zones of public cloud regions (data/cloud-regions.json) on the same
 *   continent (data/zone-continents.json), at the job's own PUE: places where such hardware is rented.
 * An ISO alpha-3 country (Ember's averages) or a bare intensity names no zone: no what-if.
 * Embodied emissions move with the hardware, unchanged. Up to three, lowest CO2e first, each below the job's.
 */




const WHAT_IF_MAX = 3;
/** How many of a zone's cloud regions its source names, so the line stays readable. */
const REGIONS_NAMED = 3;
const continentOf = new Map(Object.entries(zone_continents_namespaceObject.ot).flatMap(([continent, countries]) => countries.map((country) => [country, continent])));
/** `US-MIDA-PJM` is in US; an alpha-3 code (`DEU`) is not a zone and has no continent here. */
const zoneContinent = (zone) => continentOf.get(/^([A-Z]{2})(?:-|$)/.exec(zone)?.[1] ?? "");
const byZone = new Map();
for (const row of cloud_regions/* CLOUD_REGIONS */.oF)
    byZone.set(row.zone, [...(byZone.get(row.zone) ?? []), row]);
/** A lookup in our own tables; a location they do not know has no candidates rather than an error. */
function known(find) {
    try {
        return find();
    }
    catch (error) {
        if ((0,errors/* isInputError */.B)(error))
            return undefined;
        throw error;
    }
}
function cloudCandidates(location) {
    const here = known(() => (0,cloud_regions/* requireCloudRegion */.Lx)(location));
    if (!here)
        return [];
    const pue = (0,cloud_regions/* providerPue */.mx)(here.provider).value;
    const seen = new Set([here.zone]);
    const candidates = [];
    // Regions on one grid zone would give one figure several times: the table's first stands for them.
    for (const row of cloud_regions/* CLOUD_REGIONS */.oF) {
        if (row.provider !== here.provider || seen.has(row.zone))
            continue;
        seen.add(row.zone);
        const intensity = (0,carbon_intensity/* intensityForLocation */.qP)((0,cloud_regions/* cloudKey */.tk)(row));
        candidates.push({
            location: (0,cloud_regions/* cloudKey */.tk)(row),
            g_per_kwh: intensity.g_per_kwh,
            source: intensity.source,
            pue,
        });
    }
    return candidates;
}
function zoneCandidates(location) {
    const zone = known(() => (0,carbon_intensity/* intensityForLocation */.qP)(location))?.location;
    const continent = zone === undefined ? undefined : zoneContinent(zone);
    if (!continent)
        return [];
    const candidates = [];
    for (const [other, rows] of byZone) {
        if (other === zone || zoneContinent(other) !== continent)
            continue;
        const intensity = (0,carbon_intensity/* intensityForLocation */.qP)(other);
        const names = rows.slice(0, REGIONS_NAMED).map(cloud_regions/* cloudKey */.tk);
        const more = rows.length > REGIONS_NAMED ? ` and ${rows.length - REGIONS_NAMED} more` : "";
        candidates.push({
            location: other,
            g_per_kwh: intensity.g_per_kwh,
            source: `${intensity.source}; cloud regions there: ${names.join(", ")}${more}`,
        });
    }
    return candidates;
}
const candidatesFor = (location) => (0,cloud_regions/* isCloudKey */.p4)(location) ? cloudCandidates(location) : zoneCandidates(location);
function whatIf(job) {
    if (!(job.co2e_g > 0))
        return [];
    const embodied = job.embodied_g ?? 0;
    const here = job.co2e_g;
    return candidatesFor(job.location)
        .map((candidate) => {
        const co2e = job.it_energy_kwh * (candidate.pue ?? job.pue) * candidate.g_per_kwh + embodied;
        return {
            location: candidate.location,
            intensity_g_per_kwh: candidate.g_per_kwh,
            intensity_source: candidate.source,
            co2e_g: co2e,
            change_pct: ((co2e - here) / here) * 100,
        };
    })
        .filter((option) => option.co2e_g < here)
        .sort((a, b) => a.co2e_g - b.co2e_g || (a.location < b.location ? -1 : 1))
        .slice(0, WHAT_IF_MAX);
}


/***/ }),

/***/ 3057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ measureRemote)
/* harmony export */ });
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1996);
/* harmony import */ var _measure_slurm_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9640);
/* harmony import */ var _remote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9503);
/* harmony import */ var _selector_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6833);
/* harmony import */ var _slurm_energy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4502);
/**
 * A step's remote part from every source asked, over the step's window, with nothing counted twice:
 * when Slurm's figure covers a kind of device (RAPL: CPU and DRAM; IPMI: the whole node), the same
 * kind from Prometheus is left out and said so. The entry point `run` and the action's measure step
 * share; it throws nothing for the cluster's trouble.
 */





const NO_SLURM = { result: _remote_js__WEBPACK_IMPORTED_MODULE_2__/* .EMPTY_REMOTE */ .Vc };
/** Slurm's accounting lags the job's end by a moment; past this, the job was not waited for. */
const SLURM_WAIT_MS = 15_000;
/**
 * Slurm first when asked: its job's own window (the queue left out) is then Prometheus's too, and a
 * Prometheus part without a selector reads the job's GPUs by DCGM's `hpc_job` label.
 */
async function measureRemote(spec, window, deps) {
    const slurm = spec.slurm
        ? spec.slurm.measured
            ? slurmOutcome(spec.slurm.measured)
            : await measureSlurmRemote(spec.slurm, deps)
        : NO_SLURM;
    const prometheus = spec.prometheus
        ? await prometheusFor(spec.prometheus, slurm, window, deps)
        : _remote_js__WEBPACK_IMPORTED_MODULE_2__/* .EMPTY_REMOTE */ .Vc;
    if (!slurm.measured)
        return (0,_remote_js__WEBPACK_IMPORTED_MODULE_2__/* .joinRemote */ .n)(prometheus, slurm.result);
    const kept = leaveOut(prometheus, slurm.measured.plugin);
    const gpus = kept.components.filter((c) => c.kind === "gpu");
    // Unless DCGM's components count the job's GPUs, Slurm's allocation names them for the hardware.
    if (gpus.length === 0)
        return (0,_remote_js__WEBPACK_IMPORTED_MODULE_2__/* .joinRemote */ .n)(kept, { ...slurm.result, heldGpus: (0,_slurm_energy_js__WEBPACK_IMPORTED_MODULE_4__/* .heldGpus */ .jn)(slurm.measured.job) });
    // The note on Slurm's figure says where the job's GPUs were counted, rather than how to add them.
    const { job, plugin, fromExtern } = slurm.measured;
    const rewritten = (0,_slurm_energy_js__WEBPACK_IMPORTED_MODULE_4__/* .slurmComponent */ .VD)(job, plugin, fromExtern, { source: gpus[0].source, count: gpus.length });
    return (0,_remote_js__WEBPACK_IMPORTED_MODULE_2__/* .joinRemote */ .n)(kept, { ...slurm.result, components: [rewritten] });
}
function prometheusFor(spec, slurm, window, deps) {
    const job = slurm.measured?.job.job;
    const jobWindow = job?.start && job.end ? { fromMs: job.start.getTime(), toMs: job.end.getTime() } : undefined;
    if (spec.selector.length > 0)
        return (0,_remote_js__WEBPACK_IMPORTED_MODULE_2__/* .measurePrometheusRemote */ .V)(spec, jobWindow ?? window, deps);
    if (!job || !jobWindow) {
        const reason = "no Slurm job was measured, so there is no hpc_job to select its GPUs by; give a selector (--selector, or the action's prometheus-selector input)";
        return Promise.resolve((0,_remote_js__WEBPACK_IMPORTED_MODULE_2__/* .prometheusNotMeasured */ .Sh)(spec, window, "nothing-matched", reason));
    }
    const selector = [{ name: "hpc_job", op: "=", value: job.jobId }];
    return (0,_remote_js__WEBPACK_IMPORTED_MODULE_2__/* .measurePrometheusRemote */ .V)({ ...spec, selector, selectorText: (0,_selector_js__WEBPACK_IMPORTED_MODULE_3__/* .renderSelector */ .MX)(selector) }, jobWindow, deps);
}
function slurmOutcome(measured) {
    return {
        measured,
        result: {
            components: [measured.component],
            notes: [],
            warnings: [],
            records: [measured.record],
            nodeCount: measured.job.job.nodes,
        },
    };
}
async function measureSlurmRemote(spec, deps) {
    const ref = spec.jobId ? { id: spec.jobId } : spec.scanned;
    const notMeasured = (target, reason) => ({
        result: {
            ..._remote_js__WEBPACK_IMPORTED_MODULE_2__/* .EMPTY_REMOTE */ .Vc,
            notes: [`remote energy (Slurm) not measured: ${reason}`],
            warnings: [`remote energy (Slurm) not measured: ${reason}`],
            records: [{ source: "slurm", target, status: "not-measured", reason }],
        },
    });
    if (!ref) {
        return notMeasured("", "no job id in the command's output (sbatch prints `Submitted batch job N`, or `N` with --parsable); name the job with --slurm-job ID (in the action, slurm: ID)");
    }
    try {
        const measured = await (0,_measure_slurm_js__WEBPACK_IMPORTED_MODULE_1__/* .measureSlurmJob */ .V)(ref, {
            path: deps.env.path,
            waitMs: Math.min(SLURM_WAIT_MS, deps.env.remoteWaitMs),
            ...(deps.sleep && { sleep: deps.sleep }),
            ...(deps.now && { now: deps.now }),
        });
        return slurmOutcome(measured);
    }
    catch (error) {
        if (!(error instanceof _measure_slurm_js__WEBPACK_IMPORTED_MODULE_1__/* .SlurmProblem */ .X))
            throw error;
        return notMeasured(ref.id, error.message);
    }
}
/** The Prometheus components of the kinds Slurm's figure already holds, moved to a note. */
function leaveOut(prometheus, plugin) {
    const covered = (c) => (c.kind === "gpu" && plugin.covers.gpu) ||
        (c.kind === "cpu" && plugin.covers.cpu) ||
        (c.kind === "ram" && plugin.covers.ram);
    const out = prometheus.components.filter(covered);
    if (out.length === 0)
        return prometheus;
    const kinds = [...new Set(out.map((c) => c.kind.toUpperCase()))].join(", ");
    const kwh = (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .joulesToKwh */ .em)(out.reduce((sum, c) => sum + c.energy_j, 0));
    return {
        ...prometheus,
        components: prometheus.components.filter((c) => !covered(c)),
        notes: [
            ...prometheus.notes,
            `${kinds} from Prometheus (${kwh.toFixed(3)} kWh over ${out.length} devices) not added: Slurm's figure already holds them (${plugin.what})`,
        ],
    };
}


/***/ }),

/***/ 9640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ measureSlurmJob),
/* harmony export */   X: () => (/* binding */ SlurmProblem)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sacct_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1260);
/* harmony import */ var _slurm_energy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4502);
/* harmony import */ var _window_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5448);
/**
 * A Slurm job's energy from its accounting: `sacct` for the job, `scontrol show config` for what the
 * site's energy plugin measures. Both are the cluster's own client tools, found on PATH.
 */




/** Why a job's energy cannot be had: the CLI's import exits 2 with it, `run` reports it. */
class SlurmProblem extends Error {
}
function run(command, args, path) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(command, args, { env: { ...process.env, PATH: path }, timeout: 60_000, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
            if (!error)
                return resolve({ stdout });
            const code = error.code;
            resolve({
                stdout,
                error: code === "ENOENT"
                    ? `${command} not found on PATH: run this where Slurm's client tools are installed`
                    : `${command} failed: ${(stderr || error.message).trim().split("\n")[0]}`,
            });
        });
    });
}
async function readJob(ref, path) {
    const args = [
        "-j",
        ref.id,
        "-P",
        "-n",
        "-o",
        _sacct_js__WEBPACK_IMPORTED_MODULE_1__/* .SACCT_FIELDS */ .RR.join(","),
        ...(ref.cluster ? ["-M", ref.cluster] : []),
    ];
    const { stdout, error } = await run("sacct", args, path);
    if (error)
        throw new SlurmProblem(error);
    const job = (0,_sacct_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSacct */ .mN)(stdout, ref.id);
    if (!job)
        throw new SlurmProblem(`sacct knows no job ${ref.id}${ref.cluster ? ` on cluster ${ref.cluster}` : ""}`);
    return job;
}
async function measureSlurmJob(ref, deps) {
    const now = deps.now ?? Date.now;
    const sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const deadline = now() + (deps.waitMs ?? 0);
    let job = await readJob(ref, deps.path);
    // The accounting database learns of the end a moment after the job ends.
    while (!(0,_sacct_js__WEBPACK_IMPORTED_MODULE_1__/* .isFinished */ .$g)(job.job.state) && now() < deadline) {
        await sleep(Math.min(2000, Math.max(0, deadline - now())));
        job = await readJob(ref, deps.path);
    }
    const line = job.job;
    if (!(0,_sacct_js__WEBPACK_IMPORTED_MODULE_1__/* .isFinished */ .$g)(line.state)) {
        throw new SlurmProblem(`job ${line.jobId} is ${line.state}: its energy is known once it ends (wrap \`sbatch --wait\`, or run \`carbon-budget import slurm ${line.jobId}\` afterwards)`);
    }
    const config = await run("scontrol", ["show", "config"], deps.path);
    const pluginName = /^AcctGatherEnergyType\s*=\s*(\S+)/m.exec(config.stdout)?.[1];
    const plugin = (0,_slurm_energy_js__WEBPACK_IMPORTED_MODULE_2__/* .energyPlugin */ .sk)(pluginName);
    const extern = job.steps.find((s) => s.jobId.endsWith(".extern"))?.energyJ;
    if (line.energyJ === undefined && extern === undefined) {
        throw new SlurmProblem(`job ${line.jobId} has no energy in Slurm's accounting (ConsumedEnergyRaw is empty or 0): the cluster needs AcctGatherEnergyType set (e.g. acct_gather_energy/rapl or /ipmi)${pluginName ? `; it is ${pluginName}` : ""} and AccountingStorageTRES including energy`);
    }
    const fromExtern = line.energyJ === undefined;
    return {
        component: (0,_slurm_energy_js__WEBPACK_IMPORTED_MODULE_2__/* .slurmComponent */ .VD)(job, plugin, fromExtern),
        plugin,
        job,
        fromExtern,
        record: {
            source: "slurm",
            target: line.jobId,
            selector: line.name,
            status: "measured",
            ...(line.start && { from: (0,_window_js__WEBPACK_IMPORTED_MODULE_3__/* .isoSeconds */ .nE)(line.start.getTime()) }),
            ...(line.end && { to: (0,_window_js__WEBPACK_IMPORTED_MODULE_3__/* .isoSeconds */ .nE)(line.end.getTime()) }),
            nodes: [{ node: line.nodeList }],
        },
    };
}


/***/ }),

/***/ 1260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ isFinished),
/* harmony export */   RR: () => (/* binding */ SACCT_FIELDS),
/* harmony export */   lK: () => (/* binding */ allocatedGpus),
/* harmony export */   mN: () => (/* binding */ parseSacct)
/* harmony export */ });
/* unused harmony export parseTres */
/**
 * Slurm's accounting for one job, from `sacct -j ID -P -n -o <SACCT_FIELDS>` (parsable: `|` between
 * fields, no header). Lines: the job itself (`123`, the allocation on all its nodes for its whole life),
 * then its steps: `123.batch` (the batch script, first node only), `123.extern` (every node, the whole
 * allocation, where PrologFlags=contain), `123.0`, `123.1`... (srun steps). The job's energy is on its
 * own line: the steps overlap, so they are never summed.
 */
const SACCT_FIELDS = [
    "JobID",
    "JobName",
    "State",
    "Elapsed",
    "ElapsedRaw",
    "Start",
    "End",
    "NodeList",
    "NNodes",
    "AllocTRES",
    "ConsumedEnergyRaw",
];
/** States a job leaves: while in one of these, its accounting is not final. */
const UNFINISHED = new Set([
    "PENDING",
    "RUNNING",
    "REQUEUED",
    "RESIZING",
    "SUSPENDED",
    "COMPLETING",
    "CONFIGURING",
    "STAGE_OUT",
    "SIGNALING",
    "REQUEUE_HOLD",
    "REQUEUE_FED",
]);
const isFinished = (state) => !UNFINISHED.has(state.split(" ")[0] ?? "");
function parseSacct(text, jobId) {
    const lines = text
        .split(/\r?\n/)
        .filter((line) => line.trim() !== "")
        .map(parseLine)
        .filter((line) => line !== undefined);
    const job = lines.find((l) => l.jobId === jobId) ?? lines.find((l) => !l.jobId.includes("."));
    if (!job)
        return undefined;
    return { job, steps: lines.filter((l) => l.jobId.startsWith(`${job.jobId}.`)) };
}
function parseLine(line) {
    let parts = line.split("|");
    // sacct -P does not escape `|`; only the job name can hold one.
    if (parts.length > SACCT_FIELDS.length) {
        const extra = parts.length - SACCT_FIELDS.length;
        parts = [parts[0], parts.slice(1, 2 + extra).join("|"), ...parts.slice(2 + extra)];
    }
    if (parts.length < SACCT_FIELDS.length)
        return undefined;
    const [jobId, name, state, _elapsed, elapsedRaw, start, end, nodeList, nNodes, allocTres, energy] = parts;
    if (!/^\d/.test(jobId))
        return undefined;
    const energyJ = Number(energy);
    return {
        jobId: jobId.trim(),
        name,
        state: state.trim(),
        elapsedS: Number(elapsedRaw) || 0,
        ...(parseTime(start) && { start: parseTime(start) }),
        ...(parseTime(end) && { end: parseTime(end) }),
        nodeList: nodeList.trim(),
        nodes: Number(nNodes) || 0,
        allocTres: parseTres(allocTres),
        // Slurm's NO_VAL64 (2^64 - 2) and friends mean "no value", not 18 EJ.
        ...(energy.trim() !== "" && Number.isFinite(energyJ) && energyJ > 0 && energyJ < 1e15 && { energyJ }),
    };
}
function parseTime(text) {
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(text.trim()))
        return undefined;
    const date = new Date(text.trim());
    return Number.isNaN(date.getTime()) ? undefined : date;
}
/** `billing=16,cpu=16,gres/gpu:a100=4,gres/gpu=4,mem=64G,node=1` -> { cpu: "16", "gres/gpu": "4", ... }. */
function parseTres(text) {
    const tres = {};
    for (const item of text.split(",")) {
        const eq = item.indexOf("=");
        if (eq > 0)
            tres[item.slice(0, eq).trim()] = item.slice(eq + 1).trim();
    }
    return tres;
}
/**
 * GPUs the job held (gres/gpu), with their types where the site names them (gres/gpu:a100=4): `byType`
 * counts each type, and GPUs no type accounts for are `type` undefined.
 */
function allocatedGpus(tres) {
    const typed = Object.entries(tres)
        .filter(([k]) => k.startsWith("gres/gpu:"))
        .map(([k, v]) => ({ type: k.slice("gres/gpu:".length), count: Number(v) || 0 }))
        .filter((t) => t.count > 0);
    const typedCount = typed.reduce((sum, t) => sum + t.count, 0);
    // Slurm prints the total too; a record with types alone (older versions) still has a count.
    const count = Number(tres["gres/gpu"]) || typedCount;
    const untyped = count - typedCount;
    return {
        count,
        types: typed.map((t) => t.type),
        byType: [...typed, ...(untyped > 0 ? [{ count: untyped }] : [])],
    };
}


/***/ }),

/***/ 4502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VD: () => (/* binding */ slurmComponent),
/* harmony export */   jn: () => (/* binding */ heldGpus),
/* harmony export */   sk: () => (/* binding */ energyPlugin)
/* harmony export */ });
/* harmony import */ var _measure_rapl_meter_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1211);
/* harmony import */ var _sacct_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1260);
/**
 * Slurm's job energy as a report component (pure): kind `node`, the whole allocation on every node the
 * job held. What it counts depends on the cluster's AcctGatherEnergyType: RAPL reads the CPU packages
 * and DRAM (NVIDIA GPUs are not in it); IPMI, XCC and pm_counters read the node at its power supply or
 * board (GPUs included); `gpu` reads the GPUs alone.
 */


function energyPlugin(name) {
    const plugin = name?.replace(/^acct_gather_energy\//, "");
    switch (plugin) {
        case "ipmi":
        case "xcc":
        case "pm_counters":
            return {
                name,
                covers: { cpu: true, ram: true, gpu: true },
                what: `the whole node as its ${plugin === "pm_counters" ? "power counters" : "BMC"} reads it, GPUs included`,
            };
        case "gpu":
            return {
                name,
                covers: { cpu: false, ram: false, gpu: true },
                what: "the GPUs alone (through NVML or ROCm SMI)",
            };
        case "rapl":
            return {
                name,
                covers: { cpu: true, ram: true, gpu: false },
                what: "the CPU packages and DRAM (RAPL): no GPUs",
            };
        default:
            return {
                ...(name && { name }),
                covers: { cpu: true, ram: true, gpu: false },
                what: `what ${name ?? "the site's AcctGatherEnergyType"} reads on each node; taken as CPU and DRAM (RAPL, the usual plugin): no GPUs`,
            };
    }
}
/**
 * `gpusElsewhere`: the job's GPUs as another source measured them (DCGM), so the note says where they
 * are instead of how to add them.
 */
function slurmComponent(job, plugin, fromExtern, gpusElsewhere) {
    const line = job.job;
    const energyJ = (fromExtern ? job.steps.find((s) => s.jobId.endsWith(".extern"))?.energyJ : line.energyJ) ?? 0;
    const gpus = (0,_sacct_js__WEBPACK_IMPORTED_MODULE_1__/* .allocatedGpus */ .lK)(line.allocTres);
    const notes = [
        `Slurm's ConsumedEnergy for job ${line.jobId} (${line.name}) on ${line.nodeList}, ${line.nodes} node${line.nodes === 1 ? "" : "s"}, for its ${line.elapsedS} s: ${plugin.what}`,
        "exact only when the job had its nodes to itself (sbatch --exclusive): on shared nodes it includes the other jobs' energy",
        ...(fromExtern
            ? [
                `the job's own line has no energy; the ${line.jobId}.extern step's (every node, the whole allocation) is used`,
            ]
            : []),
        ...(gpus.count > 0 && !plugin.covers.gpu
            ? [
                `the job held ${gpus.count} GPU${gpus.count === 1 ? "" : "s"}${gpus.types.length ? ` (${gpus.types.join(", ")})` : ""}: ${gpusElsewhere
                    ? `not in Slurm's figure; ${gpusElsewhere.count} of them counted from ${gpusElsewhere.source}`
                    : `Slurm's figure leaves them out; add them from DCGM with --prometheus URL --selector '{hpc_job="${line.jobId}"}' (in the action, the prometheus-url and prometheus-selector inputs)`}`,
            ]
            : []),
    ];
    // RAPL's package bound where that is the plugin; BMCs publish no common bound, so the wider one.
    const factors = plugin.name?.endsWith("rapl") ? _measure_rapl_meter_js__WEBPACK_IMPORTED_MODULE_0__/* .PACKAGE_FACTORS */ .wv : _measure_rapl_meter_js__WEBPACK_IMPORTED_MODULE_0__/* .DRAM_FACTORS */ .ge;
    return {
        kind: "node",
        device: line.nodeList,
        method: "measured",
        source: "slurm",
        energy_j: energyJ,
        low_factor: factors.low,
        high_factor: factors.high,
        ...(line.elapsedS > 0 && { avg_power_w: energyJ / line.elapsedS }),
        node: line.nodeList,
        notes,
    };
}
/**
 * The GPUs a job held, for the report's hardware and fingerprint (a job on 8 GPUs and one on 4 are not
 * comparable): named as Slurm spells them, `gres/gpu:a100` where the site gives a type, else `gres/gpu`.
 */
function heldGpus(job) {
    return (0,_sacct_js__WEBPACK_IMPORTED_MODULE_1__/* .allocatedGpus */ .lK)(job.job.allocTres).byType.map((t) => ({
        model: t.type ? `gres/gpu:${t.type}` : "gres/gpu",
        count: t.count,
    }));
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

/***/ 4980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   accountStep: () => (/* binding */ accountStep)
/* harmony export */ });
/* harmony import */ var _cluster_measure_remote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3057);
/* harmony import */ var _cluster_remote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9503);
/* harmony import */ var _report_measured_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6479);



async function accountStep(plan, name, measured, hooks, scannedJob) {
    const { settings } = plan;
    const remote = await measureRemoteFor(plan, measured, hooks, scannedJob);
    const run = hooks.run();
    const intensity = await plan.intensity;
    const report = (0,_report_measured_report_js__WEBPACK_IMPORTED_MODULE_2__/* .reportForMeasured */ ._)(remote.measured, {
        step: name,
        declared: settings.declared,
        pue: plan.pue,
        intensity,
        embodied: settings.embodied,
        ...(settings.unit && { unit: settings.unit }),
        run,
    });
    return remote.attach(report);
}
/**
 * The work the command launched elsewhere (`prometheus`, `slurm`), over the command's window, joined
 * to what this machine measured; `attach` adds the remote records and machines to the report.
 */
async function measureRemoteFor(plan, measured, hooks, scannedJob) {
    const { prometheus, slurm } = plan.settings;
    if (!prometheus && !slurm)
        return { measured, attach: (report) => report };
    if (hooks.announceRemote)
        hooks.log("reading the remote part of the step (the cluster's own energy figures)");
    const remote = await (0,_cluster_measure_remote_js__WEBPACK_IMPORTED_MODULE_0__/* .measureRemote */ .T)({
        ...(prometheus && { prometheus }),
        ...(slurm && { slurm: { ...slurm, ...(scannedJob && { scanned: scannedJob }) } }),
    }, { fromMs: measured.startedAt.getTime(), toMs: measured.endedAt.getTime() }, { env: plan.env });
    for (const warning of remote.warnings)
        hooks.log(`warning: ${warning}`);
    const joined = (0,_cluster_remote_js__WEBPACK_IMPORTED_MODULE_1__/* .withRemote */ .T4)(measured.components, remote);
    return {
        measured: { ...measured, components: joined.components, notes: [...measured.notes, ...joined.notes] },
        attach: (report) => (0,_cluster_remote_js__WEBPACK_IMPORTED_MODULE_1__/* .attachRemote */ .gi)(report, remote),
    };
}


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

/***/ 6479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ reportForMeasured),
/* harmony export */   reportForUnmeasured: () => (/* binding */ reportForUnmeasured)
/* harmony export */ });
/* harmony import */ var _carbon_embodied_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3254);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1013);
/* harmony import */ var _account_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3149);
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6247);
/* harmony import */ var _hardware_facts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(467);
/**
 * One measured command as a one-step report (pure): accounting, embodied share and the run's facts.
 * The CLI and the action both end a measurement here, so their reports cannot drift apart.
 */





function reportForMeasured(measured, options) {
    const { intensity, pue, declared } = options;
    const hardware = (0,_hardware_facts_js__WEBPACK_IMPORTED_MODULE_4__/* .hardwareFacts */ ._Y)(measured.components, declared, measured.machine);
    if (measured.notMeasured !== undefined) {
        return reportForUnmeasured({
            step: options.step,
            startedAt: measured.startedAt,
            endedAt: measured.endedAt,
            durationS: measured.durationS,
            exitCode: measured.result.exitCode,
            reason: measured.notMeasured,
            notes: measured.notes,
            run: options.run,
            hardware,
            pue: pue.value,
            intensity,
        });
    }
    const step = (0,_account_js__WEBPACK_IMPORTED_MODULE_2__/* .accountStep */ .Ie)({
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
            ...(options.embodied ? [] : [_account_js__WEBPACK_IMPORTED_MODULE_2__/* .EMBODIED_LEFT_OUT_NOTE */ .GZ]),
        ],
        ...(options.embodied && {
            embodied: (0,_carbon_embodied_js__WEBPACK_IMPORTED_MODULE_0__/* .embodiedForStep */ .$S)((0,_hardware_facts_js__WEBPACK_IMPORTED_MODULE_4__/* .embodiedInput */ .qj)(hardware, measured.machine, declared, measured.durationS)),
        }),
        ...(options.unit && { functionalUnit: options.unit }),
    });
    return (0,_build_js__WEBPACK_IMPORTED_MODULE_3__/* .buildReport */ .F)({
        version: _version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x,
        run: {
            id: (0,_hardware_facts_js__WEBPACK_IMPORTED_MODULE_4__/* .newRunId */ .F$)(measured.startedAt),
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
const MAX_TEXT = 2000;
const clip = (text) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 3)}...` : text);
/**
 * A one-step report for a command that ran but was not measured. Its energy and CO2e fields are 0
 * only because the schema requires numbers: `not_measured` says they mean nothing, and every
 * rendering shows "not measured" instead.
 */
function reportForUnmeasured(input) {
    const notes = (input.notes ?? []).slice(0, 50).map(clip);
    const step = {
        name: input.step,
        started_at: input.startedAt.toISOString(),
        ended_at: input.endedAt.toISOString(),
        duration_s: input.durationS,
        exit_code: input.exitCode,
        energy_kwh: 0,
        it_energy_kwh: 0,
        operational_g: 0,
        embodied_g: 0,
        co2e_g: 0,
        co2e_low_g: 0,
        co2e_high_g: 0,
        components: [],
        ...(notes.length > 0 && { notes }),
        not_measured: { reason: clip(input.reason) },
    };
    return (0,_build_js__WEBPACK_IMPORTED_MODULE_3__/* .buildReport */ .F)({
        version: _version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x,
        run: { id: (0,_hardware_facts_js__WEBPACK_IMPORTED_MODULE_4__/* .newRunId */ .F$)(input.startedAt), ...input.run, startedAt: input.startedAt, endedAt: input.endedAt },
        hardware: input.hardware ?? { gpus: [], cpu: { model: "unknown CPU", count: 0 }, memory_gb: 0 },
        pue: input.pue ?? 1,
        intensity: input.intensity ?? { g_per_kwh: 0, source: "none (not measured)" },
        steps: [step],
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
