export const id = 521;
export const ids = [521];
export const modules = {

/***/ 5083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I1: () => (/* binding */ significant),
/* harmony export */   QE: () => (/* binding */ formatGrams),
/* harmony export */   c3: () => (/* binding */ formatKwh),
/* harmony export */   vL: () => (/* binding */ estimateEmissions),
/* harmony export */   y0: () => (/* binding */ parseIntensityQuantity)
/* harmony export */ });
/* unused harmony export ESTIMATE_SCHEMA */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _hardware_gpus_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5657);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1996);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1013);
/* harmony import */ var _what_if_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4029);
/**
 * `carbon-budget estimate` (docs/cli.md): the energy and emissions of a job before anyone runs it.
 * IT kWh = W per device x devices x hours x utilisation / 1000; facility kWh = IT kWh x PUE;
 * CO2e g = facility kWh x gCO2e/kWh. Pure: names, flags and files are resolved by the CLI first.
 */





const ESTIMATE_SCHEMA = "carbon-budget/estimate@1";
/** The units an intensity's mass and energy may be given in, by lower-case symbol: [factor, symbol]. */
const unitsOf = (kind, min) => Object.fromEntries(_units_js__WEBPACK_IMPORTED_MODULE_2__/* .UNITS */ .QN.filter((unit) => unit.kind === kind && unit.exponent >= min).map((unit) => [
    unit.symbol.toLowerCase(),
    [10 ** unit.exponent, unit.symbol],
]));
const MASS_G = {
    ...unitsOf("mass", 0),
    lb: [_units_js__WEBPACK_IMPORTED_MODULE_2__/* .GRAMS_PER_LB */ .QY, "lb"],
    lbs: [_units_js__WEBPACK_IMPORTED_MODULE_2__/* .GRAMS_PER_LB */ .QY, "lb"],
};
const ENERGY_KWH = unitsOf("energy", 0);
const INTENSITY_ALLOWED = "expected grid intensity: a number in gCO2e/kWh from 0 to 2000, or with a unit, as papers give it: " +
    "432.7g/kWh, 0.429kg/kWh, 0.954lb/kWh (also t/MWh, kg/MWh)";
/** `0.954lb/kWh`, `0.429 kgCO2e/kWh`, `432.7g/kWh` or a bare number (gCO2e/kWh), any case. */
function parseIntensityQuantity(text, input = "--intensity") {
    const match = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*(.*)$/i.exec(text.trim());
    const unitText = match?.[2]?.replace(/\s+/g, "").toLowerCase() ?? "";
    const unit = /^(g|kg|t|lbs?)(?:co2(?:e|eq)?)?\/(kwh|mwh)$/.exec(unitText);
    if (!match?.[1] || (unitText !== "" && !unit))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, text, INTENSITY_ALLOWED);
    const value = Number(match[1]);
    const [massG, massName] = MASS_G[unit?.[1] ?? "g"] ?? [1, "g"];
    const [energyKwh, energyName] = ENERGY_KWH[unit?.[2] ?? "kwh"] ?? [1, "kWh"];
    const gPerKwh = (value * massG) / energyKwh;
    if (!(Number.isFinite(gPerKwh) && gPerKwh >= 0 && gPerKwh <= 2000)) {
        const converted = unit ? ` (${significant(gPerKwh)} gCO2e/kWh)` : "";
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, text, `that is out of range${converted}; ${INTENSITY_ALLOWED}`);
    }
    if (!unit) {
        // No grid is this clean; a paper's 0.954 (lb) or 0.429 (kg) pasted without its unit lands here.
        const warning = value > 0 && value < 5
            ? `${input} ${text} is read as ${value} gCO2e/kWh, far below any grid; if the figure is per kg or lb, write ${value}kg/kWh or ${value}lb/kWh`
            : undefined;
        return { g_per_kwh: gPerKwh, ...(warning && { warning }) };
    }
    return { g_per_kwh: gPerKwh, given: { value, unit: `${massName}/${energyName}` } };
}
function estimateEmissions(input) {
    const { hours, count, utilization, pue } = input;
    const deviceHours = count * hours;
    const family = input.device.kind === "gpu-family" ? input.device : undefined;
    // A family's central figure is its highest TDP, the figure papers quote for "an A100" and the
    // safer error for a budget; the range runs down to the lowest variant's idle.
    const gpu = input.device.kind === "gpu"
        ? input.device.spec
        : family
            ? family.specs.reduce((top, spec) => (spec.tdp_w > top.tdp_w ? spec : top))
            : undefined;
    const powerW = gpu ? gpu.tdp_w : input.device.kind === "power" ? input.device.watts : 0;
    const itKwh = (powerW * deviceHours * utilization) / 1000;
    const energyKwh = itKwh * pue;
    const gPerKwh = input.intensity.g_per_kwh;
    const co2eG = energyKwh * gPerKwh;
    const gramsAt = (watts) => ((watts * deviceHours * pue) / 1000) * gPerKwh;
    const range = gpu && gpuRange(gpu, powerW * utilization);
    const low = family ? familyLow(family.specs, utilization) : undefined;
    // An intensity given alone names no place, so there is nowhere to compare it with.
    const options = input.location !== undefined
        ? (0,_what_if_js__WEBPACK_IMPORTED_MODULE_4__/* .whatIf */ .W_)({ location: input.location, it_energy_kwh: itKwh, pue, co2e_g: co2eG })
        : [];
    const intensitySource = input.intensityGiven
        ? `given as ${input.intensityGiven.value} ${input.intensityGiven.unit}`
        : input.intensity.source;
    const pueSource = input.pueFrom === "location" ? (input.pueSource ?? `published for ${input.location}`) : undefined;
    const variants = family?.specs.map((spec) => `${spec.name} (${spec.tdp_w} W)`).join(", ");
    const assumptions = [
        gpu
            ? `power: TDP ${gpu.tdp_w} W of ${gpu.name}${family ? `, the highest of the ${JSON.stringify(family.name)} variants` : ""} (${gpu.source.title}) per device`
            : `power: ${powerW} W per device, as given`,
        ...(family
            ? [
                `${JSON.stringify(family.name)} names ${family.specs.length} variants: ${variants}; the range spans them all (give the full name for one)`,
            ]
            : []),
        input.utilizationFrom === "default"
            ? "utilization: 1 (default): the devices draw that power for the whole time"
            : `utilization: ${utilization}, as given`,
        input.pueFrom === "default"
            ? "PUE: 1 (default): no data-centre overhead counted; give --pue X"
            : `PUE: ${pue} (${pueSource ?? "given"})`,
        `intensity: ${significant(gPerKwh)} gCO2e/kWh, ${intensitySource}${input.intensity.year ? ` (${input.intensity.year})` : ""}`,
        low
            ? `range: ${significant(low.watts)} W (${low.label}) to ${powerW} W (TDP of ${gpu?.name}) per device`
            : range
                ? `range: ${significant(range.lowW)} W (${rangeLowLabel(range)}) to ${range.highW} W (TDP) per device`
                : "range: none; the given power is taken as exact",
        // The table marks figures that are not plain datasheet values; the user should see why.
        ...(family ? family.specs : gpu ? [gpu] : []).flatMap((spec) => spec.note ? [`${spec.name}: ${spec.note}`] : []),
        "not counted: embodied emissions of the hardware, networking and storage outside the devices",
    ];
    const lowW = low?.watts ?? range?.lowW;
    return {
        schema: ESTIMATE_SCHEMA,
        tool: { name: "carbon-budget", version: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .x },
        inputs: {
            ...(!input.deviceHours && { hours }),
            device_hours: deviceHours,
            power_w: powerW,
            power_from: gpu ? "gpu-tdp" : "given",
            ...(gpu &&
                range && {
                gpu: {
                    model: gpu.name,
                    tdp_w: gpu.tdp_w,
                    idle_w: range.idleW,
                    idle_published: range.idlePublished,
                    source: gpu.source,
                },
            }),
            ...(family && {
                gpu_family: {
                    name: family.name,
                    variants: family.specs.map((spec) => ({ model: spec.name, tdp_w: spec.tdp_w })),
                },
            }),
            ...(!input.deviceHours && { count }),
            utilization,
            utilization_from: input.utilizationFrom,
            pue,
            pue_from: input.pueFrom,
            ...(pueSource !== undefined && { pue_source: pueSource }),
            ...(input.location !== undefined && { location: input.location }),
        },
        energy_kwh: energyKwh,
        it_energy_kwh: itKwh,
        co2e_g: co2eG,
        ...(range && lowW !== undefined && { co2e_low_g: gramsAt(lowW), co2e_high_g: gramsAt(range.highW) }),
        intensity: {
            g_per_kwh: gPerKwh,
            source: intensitySource,
            ...(input.intensity.year !== undefined && { year: input.intensity.year }),
            ...(input.intensity.location !== undefined && { location: input.intensity.location }),
            ...(input.intensityGiven && { as_given: input.intensityGiven }),
        },
        formula: {
            energy: `${powerW} W × ${input.deviceHours ? `${hours} device-h` : `${count} × ${hours} h`} × ${fixed2(utilization)} × PUE ${pue} = ${formatKwh(energyKwh)}`,
            co2e: co2eFormula(energyKwh, co2eG, gPerKwh, input.intensityGiven),
        },
        assumptions,
        ...(options.length > 0 && { what_if: options }),
    };
}
/** The lowest power any variant of a family draws: the least of each variant's own low end. */
function familyLow(specs, utilization) {
    const lows = specs.map((spec) => ({ spec, range: gpuRange(spec, spec.tdp_w * utilization) }));
    const lowest = lows.reduce((min, next) => (next.range.lowW < min.range.lowW ? next : min));
    return {
        watts: lowest.range.lowW,
        label: `${lowest.spec.name}: ${rangeLowLabel(lowest.range)}`,
    };
}
/**
 * Power per device lies between idle (a GPU the job holds never draws less) and TDP (boards are capped
 * there), as for a declared GPU in `run`. A utilisation below idle keeps its own figure as the low end.
 */
function gpuRange(spec, centralW) {
    const idle = (0,_hardware_gpus_js__WEBPACK_IMPORTED_MODULE_1__/* .gpuIdleWatts */ .Mn)(spec);
    return {
        idleW: idle.watts,
        idlePublished: idle.published,
        lowW: Math.min(idle.watts, centralW),
        highW: spec.tdp_w,
    };
}
function rangeLowLabel(range) {
    if (range.lowW < range.idleW)
        return "the given utilization, below idle";
    return range.idlePublished ? "published idle" : "idle: 10% of TDP, none published";
}
function co2eFormula(kwh, grams, gPerKwh, given) {
    const energy = formatKwh(kwh);
    if (!given)
        return `${energy} × ${significant(gPerKwh)} gCO2e/kWh = ${formatGrams(grams)} CO2e`;
    // Quote the paper's own unit back, so its table's figure (e.g. 26 lbs) can be checked at a glance.
    const inUnit = given.unit.startsWith("lb/") ? ` = ${significant(grams / _units_js__WEBPACK_IMPORTED_MODULE_2__/* .GRAMS_PER_LB */ .QY)} lb` : "";
    return `${energy} × ${given.value} ${given.unit}${inUnit} = ${formatGrams(grams)} CO2e`;
}
/** Four significant figures: enough to check a paper's rounded figure, few enough to read. */
const significant = (value, digits = 4) => String(Number(value.toPrecision(digits)));
const formatKwh = (kwh) => (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .scaled */ .vK)(kwh, "energy", 4, significant);
const formatGrams = (grams) => (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .scaled */ .vK)(grams, "mass", 4, significant);
/** "1.00" as in the papers' formulas, but never rounding away a figure the user gave (0.875 stays). */
function fixed2(value) {
    const decimals = String(value).split(".")[1]?.length ?? 0;
    return value.toFixed(Math.min(Math.max(2, decimals), 10));
}


/***/ }),

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

/***/ 3521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseIntensity: () => (/* binding */ parseIntensity),
  parseNumber: () => (/* binding */ parseNumber),
  parseOptions: () => (/* binding */ parseOptions),
  parseRunArgs: () => (/* binding */ parseRunArgs)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/carbon/estimate.ts
var estimate = __webpack_require__(5083);
// EXTERNAL MODULE: ./src/carbon/sci.ts
var sci = __webpack_require__(7080);
// EXTERNAL MODULE: ./src/cluster/spec.ts
var spec = __webpack_require__(8971);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/pipeline/step-name.ts
/** A step's name when none is given: the CLI's `--step` and the action's `step` input share it. */
/** Programs that run another program: the name is that program's. */
const WRAPPERS = /^(uv|uvx|poetry|pipenv|pdm|hatch|pixi|conda|mamba|micromamba|srun|mpirun|mpiexec|horovodrun|nohup|time|env)$/;
/** Of the wrappers, those whose first word is a subcommand: `uv run`, `conda run`. */
const SUBCOMMAND = /^(uv|poetry|pipenv|pdm|hatch|pixi|conda|mamba|micromamba)$/;
/** Programs that run a script (or a module with -m): the name is the script's. */
const INTERPRETERS = /^(python[\d.]*|pypy[\d.]*|node|bun|deno|bash|sh|zsh|Rscript|julia|torchrun|deepspeed|accelerate)$/;
/** Modules that are launchers themselves: `python -m torch.distributed.run ... train.py`. */
const LAUNCHER_MODULES = /^(torch\.distributed\.(run|launch)|accelerate\.commands\.launch|deepspeed\.launcher\.runner)$/;
const SCRIPT = /\.(py|js|mjs|cjs|ts|sh|bash|r|jl)$/i;
const base = (path) => path.split("/").pop() ?? path;
const isOption = (word) => word.startsWith("-") && word.length > 1;
/**
 * The first word that is not an option and, if it can be told, not an option's value: a launcher's
 * options mostly take values (`--nproc_per_node 8`, `-n env`), but some are flags (`--frozen`), so
 * a word right after a bare option is taken only when nothing better follows.
 */
function firstPositional(words) {
    const loose = words.findIndex((word) => !isOption(word));
    const strict = words.findIndex((word, i) => !isOption(word) &&
        !/^\d+$/.test(word) &&
        !(i > 0 && isOption(words[i - 1] ?? "") && !words[i - 1]?.includes("=")));
    return strict !== -1 ? strict : loose;
}
/** The script or module a command line runs, through launchers and environment runners. */
function scriptOf(command, args) {
    let program = base(command);
    let rest = [...args];
    // Each turn peels one launcher; a command line nests a few at most (`srun uv run torchrun x.py`).
    for (let turn = 0; turn < 8; turn += 1) {
        if (WRAPPERS.test(program)) {
            if (SUBCOMMAND.test(program)) {
                const run = rest.indexOf("run");
                if (run === -1)
                    return undefined;
                rest = rest.slice(run + 1);
            }
            if (program === "env")
                rest = rest.filter((word) => !/^\w+=/.test(word));
            // A known program or a script among the words wins over guessing which words are values.
            const known = rest.findIndex((word) => !isOption(word) &&
                (INTERPRETERS.test(base(word)) || WRAPPERS.test(base(word)) || SCRIPT.test(word)));
            const next = known !== -1 ? known : firstPositional(rest);
            if (next === -1)
                return undefined;
            program = base(rest[next] ?? "");
            rest = rest.slice(next + 1);
            if (SCRIPT.test(program))
                return program;
            continue;
        }
        if (!INTERPRETERS.test(program))
            return turn === 0 ? undefined : program;
        if (program === "accelerate") {
            if (rest[0] !== "launch")
                return undefined;
            rest = rest.slice(1);
        }
        const module = rest.findIndex((word) => word === "-m" || word === "--module");
        const script = rest.findIndex((word) => !isOption(word) && SCRIPT.test(word));
        // Inline code (`python -c`, `node -e`) has no script: the interpreter names the step. A `-c` after
        // the script is the script's own option (`train.py -c config.yaml`).
        const inline = rest.findIndex((word) => word === "-c" || word === "-e" || word === "--eval");
        if (inline !== -1 && (script === -1 || inline < script) && (module === -1 || inline < module))
            return undefined;
        if (module !== -1 && (script === -1 || module < script)) {
            const name = rest[module + 1];
            if (name === undefined)
                return undefined;
            if (!LAUNCHER_MODULES.test(name))
                return name;
            rest = rest.slice(module + 2);
            program = "torchrun";
            continue;
        }
        if (script !== -1)
            return base(rest[script] ?? "");
        const next = rest.findIndex((word) => !isOption(word) && (INTERPRETERS.test(base(word)) || WRAPPERS.test(base(word))));
        if (next !== -1) {
            program = base(rest[next] ?? "");
            rest = rest.slice(next + 1);
            continue;
        }
        const positional = firstPositional(rest);
        return positional === -1 ? undefined : base(rest[positional] ?? "");
    }
    return undefined;
}
/**
 * `python train.py --epochs 3` is step `train`, and so is `torchrun --nproc_per_node 8 train.py`,
 * `accelerate launch --config_file a.yaml train.py` or `uv run python train.py`: the script says more
 * than the launcher. `python -m pkg.train` is `pkg.train`. Inline code (`python -c`, `node -e`) keeps
 * the interpreter's name; a program of its own (`make train`) is its own name.
 */
function defaultStepName(command, args) {
    const name = base(scriptOf(command, args) ?? base(command))
        .replace(/\.(py|js|mjs|cjs|ts|sh|bash|r|jl)$/i, "")
        .replace(/[^\w.\- ]+/g, "-")
        .slice(0, 100);
    return /\w/.test(name) ? name : "run";
}
/** The step's name: the one given, else one made from a shell command line (`python train.py` -> `train`). */
function stepName(given, command) {
    const words = command.trim().split(/\s+/);
    return given || defaultStepName(words[0] ?? "run", words.slice(1));
}

// EXTERNAL MODULE: ./src/report/step-name-rule.ts
var step_name_rule = __webpack_require__(7759);
// EXTERNAL MODULE: ./src/cli/did-you-mean.ts
var did_you_mean = __webpack_require__(9927);
// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
;// CONCATENATED MODULE: ./src/cli/args.ts
/**
 * `carbon-budget run` arguments (docs/cli.md), and the strict option parser every subcommand shares:
 * every bad value an InputError that names the flag, the value and what is allowed; an unknown flag
 * gets a "did you mean".
 */









const RUN_OPTIONS = {
    step: { type: "string" },
    location: { type: "string" },
    intensity: { type: "string" },
    pue: { type: "string" },
    gpu: { type: "string" },
    "gpu-count": { type: "string" },
    cpu: { type: "string" },
    "memory-gb": { type: "string" },
    "host-vcpus": { type: "string" },
    interval: { type: "string" },
    json: { type: "string" },
    markdown: { type: "string" },
    "no-store": { type: "boolean" },
    quiet: { type: "boolean", short: "q" },
    verbose: { type: "boolean", short: "v" },
    unit: { type: "string" },
    "no-embodied": { type: "boolean" },
    config: { type: "string" },
    prometheus: { type: "string" },
    selector: { type: "string" },
    metrics: { type: "string" },
    slurm: { type: "boolean" },
    "slurm-job": { type: "string" },
};
function parseNumber(input, text, rule) {
    const value = Number(text.trim());
    const ok = text.trim() !== "" &&
        Number.isFinite(value) &&
        value >= rule.min &&
        value <= rule.max &&
        (!rule.integer || Number.isInteger(value));
    if (!ok) {
        const kind = rule.integer ? "a whole number" : "a number";
        throw new errors/* InputError */.d(input, text, `expected ${rule.what}: ${kind} from ${rule.min} to ${rule.max}`);
    }
    return value;
}
/**
 * node:util parseArgs, strict, with its errors said for people: an unknown option with the nearest
 * known one, a value that starts with a dash (`--intensity -5`) judged as the value it is meant to be.
 */
function parseOptions(argv, options, rules) {
    try {
        return (0,external_node_util_.parseArgs)({ args: argv, options, strict: true, allowPositionals: true });
    }
    catch (error) {
        throw optionError(error, argv, options, rules);
    }
}
function optionError(error, argv, options, rules) {
    const { code, message } = error;
    const more = (0,usage/* moreHelp */.$M)(rules.command.replace(/^carbon-budget /, ""));
    // Node names the offending option in quotes: `'--stpe'`, `'--intensity <value>'`, `'-q, --quiet'`.
    const quoted = /'([^']+)'/.exec(message)?.[1] ?? "";
    const option = /--[\w-]+/.exec(quoted)?.[0] ?? /-[\w-]+/.exec(quoted)?.[0] ?? argv.join(" ");
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
        const near = (0,did_you_mean/* nearestOption */.A)(option, options);
        const hint = near ? `; did you mean ${near}?` : "";
        const error = new errors/* InputError */.d(rules.command, option, "unknown option");
        error.message = `${rules.command.replace(/^carbon-budget /, "")}: unknown option ${option}${hint}\n${rules.usage}\n${more}`;
        return error;
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
        const name = option.replace(/^-+/, "");
        const next = argv[argv.indexOf(option) + 1];
        if (message.includes("does not take")) {
            const given = argv.find((arg) => arg.startsWith(`${option}=`))?.slice(option.length + 1) ?? "";
            return new errors/* InputError */.d(option, given, `it is a switch and takes no value\n${more}`);
        }
        // `--intensity -5`: node reads the dash as another option; judge the number that was meant.
        if (next !== undefined && /^-[\d.]/.test(next)) {
            const rule = rules.values?.[option];
            try {
                rule?.(next);
            }
            catch (invalid) {
                if (invalid instanceof errors/* InputError */.d)
                    return invalid;
                throw invalid;
            }
            return new errors/* InputError */.d(option, next, `write it as ${option}=${next} to give a value starting with "-"`);
        }
        const what = options[name]?.type === "string" ? "it needs a value" : message;
        return new errors/* InputError */.d(option, "", `${what}\n${rules.usage}\n${more}`);
    }
    return new errors/* InputError */.d(rules.command, option, `${message}\n${rules.usage}\n${more}`);
}
/** `--intensity`: gCO2e/kWh, or with a unit as `estimate` takes it (0.4kg/kWh, 0.954lb/kWh). */
function parseIntensity(input, text) {
    const quantity = (0,estimate/* parseIntensityQuantity */.y0)(text, input);
    return { g_per_kwh: quantity.g_per_kwh, ...(quantity.warning && { warning: quantity.warning }) };
}
const RUN_RULES = {
    command: "carbon-budget run",
    usage: usage/* RUN_USAGE */.W3,
    values: {
        "--intensity": (text) => parseIntensity("--intensity", text),
        "--pue": (text) => parseNumber("--pue", text, { min: 1, max: 3, what: "power usage effectiveness" }),
        "--gpu-count": (text) => parseNumber("--gpu-count", text, { min: 1, max: 4096, integer: true, what: "how many GPUs" }),
        "--memory-gb": (text) => parseNumber("--memory-gb", text, { min: 0.1, max: 65536, what: "installed memory in GB" }),
        "--interval": (text) => parseNumber("--interval", text, {
            min: 50,
            max: 60_000,
            integer: true,
            what: "the sampling interval in ms",
        }),
    },
};
function parseRunArgs(argv) {
    const separator = argv.indexOf("--");
    const own = separator === -1 ? argv : argv.slice(0, separator);
    const wrapped = separator === -1 ? [] : argv.slice(separator + 1);
    const { values, positionals } = parseOptions(own, RUN_OPTIONS, RUN_RULES);
    if (values.json === "-" && values.markdown === "-") {
        throw new errors/* InputError */.d("--markdown", "-", "--json - already writes to stdout, and two documents there could not be told apart; write one of them to a file");
    }
    if (wrapped.length === 0) {
        const hint = positionals.length ? ` (put \`--\` before \`${positionals.join(" ")}\`)` : "";
        throw new errors/* InputError */.d("COMMAND", wrapped.join(" "), `give the command to measure after \`--\`${hint}\n${usage/* RUN_USAGE */.W3}`);
    }
    if (positionals.length) {
        throw new errors/* InputError */.d("carbon-budget run", positionals.join(" "), `unexpected arguments before \`--\`\n${usage/* RUN_USAGE */.W3}`);
    }
    const [command, ...commandArgs] = wrapped;
    const step = values.step ?? defaultStepName(command, commandArgs);
    const stepProblem = (0,step_name_rule/* stepNameProblem */.r4)(step);
    if (stepProblem)
        throw new errors/* InputError */.d("--step", step, `it ${stepProblem}; ${step_name_rule/* STEP_NAME_ALLOWED */._G}`);
    const optionalNumber = (flag, rule) => {
        const text = values[flag];
        return typeof text === "string" ? parseNumber(`--${flag}`, text, rule) : undefined;
    };
    const gpuCount = optionalNumber("gpu-count", { min: 1, max: 4096, integer: true, what: "how many GPUs" });
    if (gpuCount !== undefined && !values.gpu) {
        throw new errors/* InputError */.d("--gpu-count", String(gpuCount), "--gpu-count goes with --gpu MODEL");
    }
    return {
        step,
        command,
        commandArgs,
        ...remoteArgs(values),
        ...(values.location !== undefined && { location: nonEmpty("--location", values.location) }),
        ...intensityArgs(values.intensity),
        ...(values.pue !== undefined && {
            pue: optionalNumber("pue", { min: 1, max: 3, what: "power usage effectiveness" }),
        }),
        ...(values.gpu !== undefined && { gpu: nonEmpty("--gpu", values.gpu), gpuCount: gpuCount ?? 1 }),
        ...(values.cpu !== undefined && { cpu: nonEmpty("--cpu", values.cpu) }),
        ...(values["memory-gb"] !== undefined && {
            memoryGb: optionalNumber("memory-gb", { min: 0.1, max: 65536, what: "installed memory in GB" }),
        }),
        ...(values["host-vcpus"] !== undefined && {
            hostVcpus: optionalNumber("host-vcpus", {
                min: 1,
                max: 100_000,
                integer: true,
                what: "the vCPUs of the host this machine runs on",
            }),
        }),
        intervalMs: optionalNumber("interval", {
            min: 50,
            max: 60_000,
            integer: true,
            what: "the sampling interval in ms",
        }) ?? 1000,
        ...(values.json !== undefined && { json: nonEmpty("--json", values.json) }),
        ...(values.markdown !== undefined && { markdown: nonEmpty("--markdown", values.markdown) }),
        store: !values["no-store"],
        quiet: Boolean(values.quiet),
        verbose: Boolean(values.verbose),
        ...(values.unit !== undefined && { unit: (0,sci/* parseFunctionalUnit */.Rf)("--unit", values.unit) }),
        embodied: !values["no-embodied"],
        ...(values.config !== undefined && { config: nonEmpty("--config", values.config) }),
    };
}
/** --prometheus goes with --selector (and --metrics with both); --slurm or --slurm-job, not both. */
function remoteArgs(values) {
    const { prometheus, selector, metrics } = values;
    if (prometheus === undefined && (selector !== undefined || metrics !== undefined)) {
        const flag = selector !== undefined ? "--selector" : "--metrics";
        throw new errors/* InputError */.d(flag, selector ?? metrics ?? "", "it goes with --prometheus URL");
    }
    const slurm = values.slurm || values["slurm-job"] !== undefined;
    // With Slurm, no selector means the job's own GPUs: DCGM labels them hpc_job.
    if (prometheus !== undefined && selector === undefined && !slurm) {
        throw new errors/* InputError */.d("--prometheus", prometheus, 'give the series to measure with --selector, e.g. --selector \'{namespace="ml",pod=~"train-.*"}\' (with --slurm, the job\'s GPUs by hpc_job)');
    }
    if (values.slurm && values["slurm-job"] !== undefined) {
        throw new errors/* InputError */.d("--slurm-job", values["slurm-job"], "use --slurm (the id from sbatch's output) or --slurm-job ID, not both");
    }
    const jobId = values["slurm-job"] !== undefined ? (0,spec/* parseJobId */.et)("--slurm-job", values["slurm-job"]) : undefined;
    return {
        ...(prometheus !== undefined && {
            prometheus: (0,spec/* prometheusSpec */.EW)({
                url: prometheus,
                ...(selector !== undefined && { selector }),
                ...(metrics !== undefined && { metrics }),
            }, { url: "--prometheus", selector: "--selector", metrics: "--metrics" }),
        }),
        ...((values.slurm || jobId !== undefined) && { slurm: jobId !== undefined ? { jobId } : {} }),
    };
}
function intensityArgs(text) {
    if (text === undefined)
        return {};
    const { g_per_kwh, warning } = parseIntensity("--intensity", text);
    return { intensity: g_per_kwh, ...(warning && { intensityWarning: warning }) };
}
function nonEmpty(input, value) {
    if (value.trim() === "")
        throw new errors/* InputError */.d(input, value, "it must not be empty");
    return value.trim();
}


/***/ }),

/***/ 8971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EW: () => (/* binding */ prometheusSpec),
/* harmony export */   et: () => (/* binding */ parseJobId)
/* harmony export */ });
/* unused harmony export parseMetrics */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _metric_set_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1145);
/* harmony import */ var _prometheus_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3582);
/* harmony import */ var _selector_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6833);
/**
 * What the user asks to be measured remotely, checked the same way wherever it is given (CLI flags,
 * action inputs, the config file): a Prometheus URL with a selector and metric sets, a Slurm job.
 */




function parseMetrics(input, text) {
    const names = text
        .split(/[\s,]+/)
        .map((n) => n.trim())
        .filter(Boolean);
    const unknown = names.filter((n) => !_metric_set_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_SETS */ .Ft.includes(n));
    if (names.length === 0 || unknown.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, text, `use one or more of ${_metric_set_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_SETS */ .Ft.join(", ")}, comma separated${unknown.length ? ` (not ${unknown.join(", ")})` : ""}`);
    }
    return [...new Set(names)];
}
/** Without a selector, the Slurm job's GPUs (`{hpc_job="ID"}`): the caller allows that only with Slurm. */
function prometheusSpec(given, names) {
    const metrics = given.metrics === undefined
        ? [..._metric_set_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_SETS */ .Ft]
        : typeof given.metrics === "string"
            ? parseMetrics(names.metrics, given.metrics)
            : [...given.metrics];
    return {
        target: (0,_prometheus_client_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePrometheusUrl */ .bP)(names.url, given.url),
        selector: given.selector === undefined ? [] : (0,_selector_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSelector */ .Pl)(names.selector, given.selector),
        selectorText: given.selector?.trim() ?? "",
        metrics,
    };
}
/** A Slurm job id as sacct takes it: `123`, an array task `123_4`, a heterogeneous component `123+0`. */
function parseJobId(input, text) {
    const id = text.trim();
    if (!/^\d+([_+]\d+)?$/.test(id)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, text, "use a Slurm job id: digits, e.g. 123456 (or 123456_7 for an array task)");
    }
    return id;
}


/***/ }),

/***/ 7759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _G: () => (/* binding */ STEP_NAME_ALLOWED),
/* harmony export */   r4: () => (/* binding */ stepNameProblem)
/* harmony export */ });
/* unused harmony export STEP_NAME_MAX */
/**
 * What a step may be called: the one rule for the CLI's `--step`, the action's `step` input and a
 * budget's key in the config, so any step that can run can have a budget.
 */
/** As many characters as a report's step name holds. */
const STEP_NAME_MAX = 200;
const STEP_NAME_ALLOWED = `use 1 to ${STEP_NAME_MAX} characters, not only spaces, with no control characters (tabs, line breaks)`;
/**
 * Why `name` cannot name a step, or undefined when it can. Matrix legs are named freely
 * (`train-${{ matrix.model }}` is `train-org/llama`), so only what breaks a report or a table is refused.
 */
function stepNameProblem(name) {
    if (name.trim() === "")
        return "is empty";
    if (name.length > STEP_NAME_MAX)
        return `is longer than ${STEP_NAME_MAX} characters`;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
    if (/[\u0000-\u001f\u007f]/.test(name))
        return "holds a control character";
    return undefined;
}


/***/ })

};
