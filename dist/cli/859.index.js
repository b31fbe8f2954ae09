export const id = 859;
export const ids = [859];
export const modules = {

/***/ 7484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lx: () => (/* binding */ requireCloudRegion),
/* harmony export */   hJ: () => (/* binding */ cloudKeysOfBareRegion),
/* harmony export */   mx: () => (/* binding */ providerPue),
/* harmony export */   oF: () => (/* binding */ CLOUD_REGIONS),
/* harmony export */   p4: () => (/* binding */ isCloudKey),
/* harmony export */   tk: () => (/* binding */ cloudKey)
/* harmony export */ });
/* unused harmony exports CLOUD_PROVIDERS, cloudTableSchema, CLOUD_PROVIDER_INFO */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);
/* harmony import */ var _data_cloud_regions_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8364);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _text_nearest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(613);
/**
 * Cloud regions (`data/cloud-regions.json`): which Electricity Maps zone a provider's region draws
 * from, and the provider's published PUE. Keys are `provider:region`, e.g. `aws:us-east-1`.
 */




const CLOUD_PROVIDERS = ["aws", "gcp", "azure"];
/** What users type before the colon; Google Cloud is also known by its company's name. */
const PROVIDER_ALIASES = {
    aws: "aws",
    gcp: "gcp",
    google: "gcp",
    azure: "azure",
};
const sourceSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ title: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), url: zod__WEBPACK_IMPORTED_MODULE_2__/* .url */ .OZ5() });
const pueSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    // 1.0 is a perfect facility; nothing a provider publishes comes near 2.
    value: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(1).max(2),
    year: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(2000),
    source: sourceSchema,
    note: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
});
const providerSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), pue: pueSchema });
const regionSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    provider: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(CLOUD_PROVIDERS),
    region: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[a-z0-9-]+$/, "lower-case region id"),
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    location: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    /** An Electricity Maps zone key as @tgwf/co2 spells it (checked against its data by a test). */
    zone: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[A-Z]{2}(-[A-Z0-9]+)*$/, "Electricity Maps zone key"),
    source: sourceSchema,
    /** Says why the zone mapping is not plain, or what is special about the region. */
    note: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
});
const cloudTableSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    description: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    providers: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ aws: providerSchema, gcp: providerSchema, azure: providerSchema }),
    regions: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(regionSchema).min(1),
})
    .superRefine((value, ctx) => {
    const seen = new Set();
    for (const [index, row] of value.regions.entries()) {
        const key = cloudKey(row);
        if (seen.has(key))
            ctx.addIssue({ code: "custom", path: ["regions", index], message: `${key} twice` });
        seen.add(key);
    }
});
const cloudKey = (row) => `${row.provider}:${row.region}`;
/** Parsed once at load: a bad row in our own table should fail every test, not one odd lookup. */
const parsed = cloudTableSchema.parse(_data_cloud_regions_json__WEBPACK_IMPORTED_MODULE_0__);
const CLOUD_REGIONS = parsed.regions;
const CLOUD_PROVIDER_INFO = parsed.providers;
const byKey = new Map(CLOUD_REGIONS.map((row) => [cloudKey(row), row]));
/** Zones have no colon, so any `word:rest` is meant as a cloud region. */
const isCloudKey = (location) => /^\s*[A-Za-z][\w-]*\s*:/.test(location);
/**
 * The row for `provider:region`, any case, spaces ignored (so Azure's display name "West Europe"
 * finds `westeurope`). Throws an InputError naming the nearest known keys when there is none.
 */
function requireCloudRegion(location, input = "--location") {
    const [rawProvider = "", ...rest] = location.split(":");
    const provider = PROVIDER_ALIASES[rawProvider.trim().toLowerCase()];
    if (!provider) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, location, `unknown cloud provider "${rawProvider.trim()}"; cloud regions are aws:REGION, gcp:REGION (or google:REGION) or azure:REGION`);
    }
    const region = rest.join(":").toLowerCase().replace(/\s+/g, "");
    const row = byKey.get(`${provider}:${region}`);
    if (row)
        return row;
    const known = CLOUD_REGIONS.filter((candidate) => candidate.provider === provider).map(cloudKey);
    const near = (0,_text_nearest_js__WEBPACK_IMPORTED_MODULE_3__/* .nearestNames */ .L)(`${provider}:${region}`, known, 3);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, location, `not a ${CLOUD_PROVIDER_INFO[provider].name} region we know; nearest: ${near.join(", ")} (all regions: data/cloud-regions.json)`);
}
/** The cloud keys of a region named without its provider: `us-east-1` is `aws:us-east-1`. */
function cloudKeysOfBareRegion(name) {
    const region = name.trim().toLowerCase();
    return CLOUD_REGIONS.filter((row) => row.region.toLowerCase() === region).map(cloudKey);
}
/** The provider's PUE with a source that says it is provider-wide, for the report's assumptions. */
function providerPue(provider) {
    const { name, pue } = CLOUD_PROVIDER_INFO[provider];
    return {
        value: pue.value,
        source: `${name} published PUE ${pue.value} (${pue.year}), a provider-wide figure, not one for this region: ${pue.source.title}, ${pue.source.url}`,
    };
}


/***/ }),

/***/ 4458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nV: () => (/* binding */ CLI_GRID_NAMES),
  qP: () => (/* binding */ intensityForLocation),
  yK: () => (/* binding */ resolveIntensity),
  MO: () => (/* binding */ resolveIntensityLive)
});

// UNUSED EXPORTS: WORLD_AVERAGE, explicitIntensity, worldAverage

// EXTERNAL MODULE: ./node_modules/@tgwf/co2/dist/esm/data.js + 2 modules
var data = __webpack_require__(3705);
// EXTERNAL MODULE: ./node_modules/@tgwf/co2/dist/esm/data/electricity-maps/index.js + 5 modules
var electricity_maps = __webpack_require__(497);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/text/nearest.ts
var nearest = __webpack_require__(613);
// EXTERNAL MODULE: ./src/carbon/cloud-regions.ts
var cloud_regions = __webpack_require__(7484);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
// EXTERNAL MODULE: ./src/environment.ts
var environment = __webpack_require__(2678);
;// CONCATENATED MODULE: ./src/carbon/electricity-maps.ts
/**
 * The live edge: Electricity Maps' latest carbon intensity for one zone (API v3,
 * `GET /v3/carbon-intensity/latest?zone=Z`, header `auth-token`). Called only when the user configured
 * a token, and only with a zone we resolved: the API's fallback to the caller's IP location is switched
 * off, so nothing about where we run is guessed from the network. Failures come back as a reason, not
 * a throw, so the caller can fall back to the yearly value; a reason never contains the token.
 */



const DEFAULT_LIVE_TIMEOUT_MS = 5000;
/** The fields we use of the documented answer; anything else the API adds is ignored. */
const latestSchema = schemas/* object */.Ikc({
    zone: schemas/* string */.YjP().min(1).max(64),
    // Same bounds as an explicit --intensity: a value outside them is a broken answer, not a grid.
    carbonIntensity: schemas/* number */.aig().min(0).max(2000),
    datetime: iso/* datetime */.w$({ offset: true }),
    isEstimated: schemas/* boolean */.zMY().nullish(),
    estimationMethod: schemas/* string */.YjP().max(100).nullish(),
});
function latestIntensityUrl(zone, baseUrl = environment/* DEFAULT_ELECTRICITY_MAPS_URL */.u) {
    const query = new URLSearchParams({
        zone,
        // Lifecycle factors are the API's default and the basis of the yearly data in @tgwf/co2; said
        // explicitly so a live and a yearly figure stay comparable if the default ever changes.
        emissionFactorType: "lifecycle",
        shouldUseFallbackCallerLookup: "false",
    });
    return `${baseUrl.replace(/\/+$/, "")}/v3/carbon-intensity/latest?${query}`;
}
async function fetchLatestIntensity(zone, options) {
    const { token, baseUrl, timeoutMs = DEFAULT_LIVE_TIMEOUT_MS } = options;
    const fetchImpl = options.fetch ?? globalThis.fetch;
    const fail = (reason) => ({ ok: false, reason: withoutSecret(reason, token) });
    try {
        const response = await fetchImpl(latestIntensityUrl(zone, baseUrl), {
            headers: { "auth-token": token, accept: "application/json" },
            signal: AbortSignal.timeout(timeoutMs),
            // fetch keeps custom headers across a redirect, so following one could hand the token to another host.
            redirect: "error",
        });
        if (!response.ok) {
            await response.body?.cancel();
            return fail(`HTTP ${response.status}`);
        }
        const parsed = latestSchema.safeParse(await response.json());
        if (!parsed.success) {
            const [issue] = parsed.error.issues;
            return fail(`unexpected answer: ${issue ? `${issue.path.join(".") || "body"}: ${issue.message}` : "invalid"}`);
        }
        const answer = parsed.data;
        if (answer.zone.toUpperCase() !== zone.toUpperCase()) {
            return fail(`the answer was for zone ${answer.zone}, not ${zone}`);
        }
        return {
            ok: true,
            value: {
                zone: answer.zone,
                g_per_kwh: answer.carbonIntensity,
                datetime: answer.datetime,
                isEstimated: answer.isEstimated === true,
                ...(answer.estimationMethod && { estimationMethod: answer.estimationMethod }),
            },
        };
    }
    catch (error) {
        return fail(describeFailure(error, timeoutMs));
    }
}
function describeFailure(error, timeoutMs) {
    if (error instanceof Error && error.name === "TimeoutError")
        return `no answer within ${timeoutMs} ms`;
    if (error instanceof SyntaxError)
        return "the answer was not JSON";
    // undici says only "fetch failed"; the useful part (ECONNREFUSED, a redirect) is in the cause.
    const cause = error instanceof Error ? error.cause : undefined;
    const detail = cause instanceof Error
        ? (cause.code ?? cause.message)
        : error instanceof Error
            ? error.message
            : String(error);
    return `request failed: ${detail}`;
}
/** Belt and braces: no message we build carries the token, but a library's error text might echo it. */
function withoutSecret(text, secret) {
    return secret ? text.split(secret).join("***") : text;
}

;// CONCATENATED MODULE: ./src/carbon/intensity.ts
/**
 * Grid carbon intensity: which value applies, and where it came from. Order of precedence (docs/architecture.md,
 * "Accounting"): an explicit value; the live Electricity Maps value when a token is configured
 * (`resolveIntensityLive`, the only path that touches the network); a cloud region's grid zone; an
 * Electricity Maps zone or ISO country (yearly data shipped in @tgwf/co2); the world average, with a warning.
 */






const yearlyTables = Object.entries(electricity_maps/* default */.Ay)
    .map(([key, table]) => ({ year: Number(key.replace(/^yearly/, "")), table }))
    .filter(({ year }) => Number.isInteger(year))
    .sort((a, b) => b.year - a.year);
const latest = yearlyTables[0];
if (!latest)
    throw new Error("@tgwf/co2 ships no Electricity Maps yearly data");
/** Ember's country averages use ISO 3166 alpha-3 codes, and `WORLD`. */
const ember = data/* averageIntensity */.JK.data;
const CLI_GRID_NAMES = { location: "--location", grid: "--location or --intensity" };
/** The fallback, with a warning that says what the user could set instead. */
function worldAverage(names = CLI_GRID_NAMES) {
    return {
        g_per_kwh: ember.WORLD ?? 475,
        source: "world average (Ember, via @tgwf/co2)",
        warning: `no ${names.grid} given: using the world average grid intensity; set one for a meaningful CO2e figure`,
    };
}
const WORLD_AVERAGE = worldAverage();
function explicitIntensity(value, input = "--intensity") {
    if (!Number.isFinite(value) || value < 0 || value > 2000) {
        throw new errors/* InputError */.d(input, String(value), "give grid intensity in gCO2e/kWh, a number from 0 to 2000");
    }
    return { g_per_kwh: value, source: "given" };
}
/**
 * Resolves a cloud region (`aws:us-east-1`, `gcp:europe-west4`, `google:…`, `azure:westeurope`), an
 * Electricity Maps zone (`DE`, `US-MIDA-PJM`) or an ISO country (`DE`, `DEU`), any case.
 */
function intensityForLocation(location, input = "--location") {
    return locate(location, input).intensity;
}
/** The zone's name as Electricity Maps gives it, for sources: `US-MIDA-PJM (PJM Interconnection)`. */
function zoneLabel(zoneKey) {
    const zone = latest.table.data[zoneKey];
    return zone ? `${zoneKey} (${zone.zone.zoneName})` : zoneKey;
}
const cloudLabel = (row) => `the grid zone of ${(0,cloud_regions/* cloudKey */.tk)(row)} (${row.name})`;
function cloudRegionIntensity(row) {
    const zone = latest.table.data[row.zone];
    // A test checks every row against the shipped data, so this only fires after an @tgwf/co2 upgrade.
    if (!zone) {
        throw new Error(`data/cloud-regions.json maps ${(0,cloud_regions/* cloudKey */.tk)(row)} to ${row.zone}, which @tgwf/co2 lacks`);
    }
    return {
        intensity: {
            g_per_kwh: zone.carbonIntensity.value,
            source: `Electricity Maps yearly average for ${zoneLabel(row.zone)}, ${cloudLabel(row)}, via @tgwf/co2`,
            year: latest.year,
            location: (0,cloud_regions/* cloudKey */.tk)(row),
            pue: (0,cloud_regions/* providerPue */.mx)(row.provider),
        },
        zone: row.zone,
        cloud: row,
    };
}
function locate(location, input) {
    if ((0,cloud_regions/* isCloudKey */.p4)(location))
        return cloudRegionIntensity((0,cloud_regions/* requireCloudRegion */.Lx)(location, input));
    const key = location.trim();
    const zones = latest.table.data;
    const zoneKey = Object.keys(zones).find((zone) => zone.toUpperCase() === key.toUpperCase());
    if (zoneKey) {
        return {
            intensity: {
                g_per_kwh: zones[zoneKey].carbonIntensity.value,
                source: `Electricity Maps yearly average for ${zoneLabel(zoneKey)}, via @tgwf/co2`,
                year: latest.year,
                location: zoneKey,
            },
            zone: zoneKey,
        };
    }
    const upper = key.toUpperCase();
    if (/^[A-Z]{3}$/.test(upper) && ember[upper] !== undefined) {
        return {
            intensity: {
                g_per_kwh: ember[upper],
                source: `Ember yearly average for ${upper}, via @tgwf/co2`,
                location: upper,
            },
        };
    }
    // `us-east-1`, `europe-west4`, `westeurope`: a cloud region without its provider.
    const cloud = (0,cloud_regions/* cloudKeysOfBareRegion */.hJ)(key);
    if (cloud.length > 0) {
        throw new errors/* InputError */.d(input, location, `a cloud region is written with its provider: did you mean ${cloud.join(" or ")}?`);
    }
    // A country Electricity Maps splits (RU, CL) or a country's name is closer to its zones than any spelling.
    const related = Object.keys(zones).filter((zone) => zone.startsWith(`${upper}-`) || zones[zone].zone.zoneName.toUpperCase() === upper);
    const known = [...Object.keys(zones), ...Object.keys(ember).filter((k) => /^[A-Z]{3}$/.test(k))];
    const near = related.length > 0 ? related.slice(0, 3) : (0,nearest/* nearestNames */.L)(key, known, 3);
    throw new errors/* InputError */.d(input, location, `expected an Electricity Maps zone or ISO country code, or a cloud region (e.g. DE, FR, US-MIDA-PJM, DEU, aws:us-east-1)${near.length ? `; nearest: ${near.join(", ")}` : ""}`);
}
/** The no-network resolution: explicit value, cloud region, zone or country, world average. */
function resolveIntensity(options, names = CLI_GRID_NAMES) {
    if (options.intensity !== undefined) {
        const given = explicitIntensity(options.intensity);
        if (!options.location)
            return given;
        // PUE does not depend on where the intensity came from: a cloud region still names its provider's.
        if ((0,cloud_regions/* isCloudKey */.p4)(options.location)) {
            const row = (0,cloud_regions/* requireCloudRegion */.Lx)(options.location, names.location);
            return { ...given, location: (0,cloud_regions/* cloudKey */.tk)(row), pue: (0,cloud_regions/* providerPue */.mx)(row.provider) };
        }
        return { ...given, location: options.location };
    }
    if (options.location)
        return intensityForLocation(options.location, names.location);
    return names === CLI_GRID_NAMES ? WORLD_AVERAGE : worldAverage(names);
}
/**
 * Like `resolveIntensity`, but asks Electricity Maps for the latest value first when a token is given
 * and the location has a zone. The location is checked before anything is sent, so a typo fails as
 * input instead of becoming a request; any failure of the request falls back to the yearly value
 * with a note saying why.
 */
async function resolveIntensityLive(options, live = {}, names = CLI_GRID_NAMES) {
    const { token, ...request } = live;
    if (options.intensity !== undefined || !options.location || !token)
        return resolveIntensity(options, names);
    const { intensity: yearly, zone, cloud } = locate(options.location, names.location);
    if (!zone) {
        return {
            ...yearly,
            note: `live intensity needs an Electricity Maps zone or a cloud region, not an ISO alpha-3 code like ${yearly.location}: yearly average used`,
        };
    }
    const answer = await fetchLatestIntensity(zone, { ...request, token });
    if (!answer.ok) {
        return { ...yearly, note: `live intensity unavailable (${answer.reason}): yearly average used` };
    }
    const { value } = answer;
    return {
        g_per_kwh: value.g_per_kwh,
        source: `Electricity Maps live value for ${zoneLabel(zone)} at ${value.datetime}${cloud ? `, ${cloudLabel(cloud)}` : ""}`,
        year: new Date(value.datetime).getUTCFullYear(),
        ...(yearly.location !== undefined && { location: yearly.location }),
        ...(yearly.pue && { pue: yearly.pue }),
        ...(value.isEstimated && {
            note: `Electricity Maps marks this value as estimated${value.estimationMethod ? ` (${value.estimationMethod})` : ""}`,
        }),
    };
}


/***/ }),

/***/ 1996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ JOULES_PER_KWH),
/* harmony export */   I1: () => (/* binding */ significant),
/* harmony export */   QN: () => (/* binding */ UNITS),
/* harmony export */   QY: () => (/* binding */ GRAMS_PER_LB),
/* harmony export */   Wf: () => (/* binding */ rounded),
/* harmony export */   _K: () => (/* binding */ scaleOf),
/* harmony export */   em: () => (/* binding */ joulesToKwh),
/* harmony export */   vK: () => (/* binding */ scaled)
/* harmony export */ });
/** In the order error messages list them. */
const UNITS = [
    { symbol: "mg", kind: "mass", exponent: -3, inBudgets: false },
    { symbol: "g", kind: "mass", exponent: 0, inBudgets: true },
    { symbol: "kg", kind: "mass", exponent: 3, inBudgets: true },
    { symbol: "t", kind: "mass", exponent: 6, inBudgets: true },
    { symbol: "mWh", kind: "energy", exponent: -6, inBudgets: false },
    { symbol: "Wh", kind: "energy", exponent: -3, inBudgets: true },
    { symbol: "kWh", kind: "energy", exponent: 0, inBudgets: true },
    { symbol: "MWh", kind: "energy", exponent: 3, inBudgets: true },
    { symbol: "%", kind: "percent", exponent: 0, inBudgets: true },
];
/** The international avoirdupois pound, exact by definition (1959): papers from the US quote lbs/kWh. */
const GRAMS_PER_LB = 453.59237;
const JOULES_PER_KWH = 3.6e6;
const joulesToKwh = (joules) => joules / JOULES_PER_KWH;
/** A kind's units as [factor to the base unit, symbol], largest first: what `scaled` picks from. */
const scaleOf = (kind) => UNITS.filter((unit) => unit.kind === kind)
    .sort((a, b) => b.exponent - a.exponent)
    .map((unit) => [10 ** unit.exponent, unit.symbol]);
/** Rounded first, so that 0.99996 reads "1.00" (not "1.000") and picks its unit as 1, not 0.99996. */
const rounded = (value, digits = 3) => Number(value.toPrecision(digits));
/** `digits` significant figures, trailing zeros kept ("1.00"), at most six decimals. */
const significant = (value, digits = 3) => {
    if (value === 0)
        return "0";
    const round = rounded(value, digits);
    const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(round))));
    return round.toFixed(Math.min(decimals, 6));
};
/** A value in the largest unit of `kind` it reaches once rounded to `digits`, written by `show`. */
function scaled(value, kind, digits = 3, show = (v) => significant(v, digits)) {
    const units = scaleOf(kind);
    const abs = Math.abs(rounded(value, digits));
    // Zero reads in the base unit ("0 g"), not the smallest one.
    const [factor, unit] = units.find(([f]) => abs >= f || (abs === 0 && f === 1)) ?? units[units.length - 1];
    return `${show(value / factor)} ${unit}`;
}


/***/ }),

/***/ 8364:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"description":"Public cloud regions of AWS, Google Cloud and Azure: where each region is (as its provider documents it), the Electricity Maps zone whose grid serves that place (spelled as in @tgwf/co2\'s yearly data; a whole country where it is not split, or where the provider names no finer place), and the provider\'s published PUE. The provider documents the place, not the grid: a sub-national zone is our reading of which balancing authority serves it, and a `note` says so where that reading is not plain. `source` is the provider\'s page that names the region and its place.","providers":{"aws":{"name":"Amazon Web Services","pue":{"value":1.15,"year":2024,"source":{"title":"AWS Sustainability: Data centers","url":"https://aws.amazon.com/sustainability/data-centers/"},"note":"\\"In 2024, AWS reported a global power usage effectiveness (PUE) of 1.15\\": a global average; AWS publishes no per-region PUE (best sites: 1.04 Europe, 1.05 Americas, 1.07 Asia Pacific)"}},"gcp":{"name":"Google Cloud","pue":{"value":1.1,"year":2023,"source":{"title":"Google 2024 Environmental Report","url":"https://blog.google/outreach-initiatives/sustainability/2024-environmental-report/"},"note":"\\"In 2023, the average annual power usage effectiveness for our data centers was 1.10\\": the fleet of Google-owned data centres; Google publishes per-campus figures, but Cloud regions do not map one-to-one onto campuses (several run in leased facilities), so the fleet figure is used for every region"}},"azure":{"name":"Microsoft Azure","pue":{"value":1.18,"year":2024,"source":{"title":"Microsoft: Measuring datacenter energy and water use to improve Microsoft Cloud sustainability","url":"https://datacenters.microsoft.com/sustainability/efficiency/"},"note":"global operating average as Microsoft reported it in 2024 (its newest generation is designed for 1.12); Microsoft\'s regional datacenter fact sheets give figures for some regions, not transcribed here"}}},"regions":[{"provider":"aws","region":"us-east-1","name":"US East (N. Virginia)","location":"Northern Virginia, United States","zone":"US-MIDA-PJM","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"us-east-2","name":"US East (Ohio)","location":"Ohio, United States","zone":"US-MIDA-PJM","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"us-west-1","name":"US West (N. California)","location":"Northern California, United States","zone":"US-CAL-CISO","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"us-west-2","name":"US West (Oregon)","location":"Oregon, United States","zone":"US-NW-BPAT","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"},"note":"AWS names the state only; its Oregon region is commonly placed in Morrow/Umatilla counties, inside the Bonneville Power Administration balancing area"},{"provider":"aws","region":"af-south-1","name":"Africa (Cape Town)","location":"Cape Town, South Africa","zone":"ZA","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"ap-east-1","name":"Asia Pacific (Hong Kong)","location":"Hong Kong","zone":"HK","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"ap-east-2","name":"Asia Pacific (Taipei)","location":"Taipei, Taiwan","zone":"TW","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"},"note":"launched 2025"},{"provider":"aws","region":"ap-south-1","name":"Asia Pacific (Mumbai)","location":"Mumbai, India","zone":"IN-WE","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"ap-south-2","name":"Asia Pacific (Hyderabad)","location":"Hyderabad, India","zone":"IN-SO","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"ap-southeast-1","name":"Asia Pacific (Singapore)","location":"Singapore","zone":"SG","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"ap-southeast-2","name":"Asia Pacific (Sydney)","location":"Sydney, Australia","zone":"AU-NSW","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"ap-southeast-3","name":"Asia Pacific (Jakarta)","location":"Jakarta, Indonesia","zone":"ID","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"ap-southeast-4","name":"Asia Pacific (Melbourne)","location":"Melbourne, Australia","zone":"AU-VIC","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"ap-southeast-5","name":"Asia Pacific (Malaysia)","location":"Kuala Lumpur, Malaysia","zone":"MY-WM","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"ap-southeast-6","name":"Asia Pacific (New Zealand)","location":"Auckland, New Zealand","zone":"NZ","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"},"note":"launched 2025; not confirmed against the AWS page this table cites"},{"provider":"aws","region":"ap-southeast-7","name":"Asia Pacific (Thailand)","location":"Bangkok, Thailand","zone":"TH","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"ap-northeast-1","name":"Asia Pacific (Tokyo)","location":"Tokyo, Japan","zone":"JP-TK","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"ap-northeast-2","name":"Asia Pacific (Seoul)","location":"Seoul, South Korea","zone":"KR","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"ap-northeast-3","name":"Asia Pacific (Osaka)","location":"Osaka, Japan","zone":"JP-KN","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"ca-central-1","name":"Canada (Central)","location":"Montréal, Québec, Canada","zone":"CA-QC","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"ca-west-1","name":"Canada West (Calgary)","location":"Calgary, Alberta, Canada","zone":"CA-AB","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"eu-central-1","name":"Europe (Frankfurt)","location":"Frankfurt, Germany","zone":"DE","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"eu-central-2","name":"Europe (Zurich)","location":"Zurich, Switzerland","zone":"CH","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"eu-west-1","name":"Europe (Ireland)","location":"Dublin, Ireland","zone":"IE","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"eu-west-2","name":"Europe (London)","location":"London, United Kingdom","zone":"GB","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"eu-west-3","name":"Europe (Paris)","location":"Paris, France","zone":"FR","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"eu-south-1","name":"Europe (Milan)","location":"Milan, Italy","zone":"IT-NO","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"eu-south-2","name":"Europe (Spain)","location":"Aragón, Spain","zone":"ES","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"eu-north-1","name":"Europe (Stockholm)","location":"Stockholm, Sweden","zone":"SE-SE3","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"il-central-1","name":"Israel (Tel Aviv)","location":"Tel Aviv, Israel","zone":"IL","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"me-south-1","name":"Middle East (Bahrain)","location":"Bahrain","zone":"BH","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"me-central-1","name":"Middle East (UAE)","location":"United Arab Emirates","zone":"AE","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"mx-central-1","name":"Mexico (Central)","location":"Querétaro, Mexico","zone":"MX","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"}},{"provider":"aws","region":"sa-east-1","name":"South America (São Paulo)","location":"São Paulo, Brazil","zone":"BR-CS","source":{"title":"AWS documentation: AWS Regions and Availability Zones","url":"https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html"},"note":"Electricity Maps\' Central Brazil zone is the Southeast/Centre-West subsystem, which serves São Paulo"},{"provider":"aws","region":"us-gov-east-1","name":"AWS GovCloud (US-East)","location":"Ohio, United States","zone":"US-MIDA-PJM","source":{"title":"AWS GovCloud (US) User Guide: What is AWS GovCloud (US)?","url":"https://docs.aws.amazon.com/govcloud-us/latest/UserGuide/whatis.html"},"note":"AWS GovCloud partition; location as AWS announced it (Ohio)"},{"provider":"aws","region":"us-gov-west-1","name":"AWS GovCloud (US-West)","location":"Pacific Northwest, United States","zone":"US-NW-BPAT","source":{"title":"AWS GovCloud (US) User Guide: What is AWS GovCloud (US)?","url":"https://docs.aws.amazon.com/govcloud-us/latest/UserGuide/whatis.html"},"note":"AWS GovCloud partition; AWS does not publish the state, Oregon is assumed"},{"provider":"aws","region":"cn-north-1","name":"China (Beijing)","location":"Beijing, China","zone":"CN","source":{"title":"Amazon Web Services in China: global infrastructure","url":"https://www.amazonaws.cn/en/about-aws/global-infrastructure/"},"note":"AWS China partition, operated by Sinnet"},{"provider":"aws","region":"cn-northwest-1","name":"China (Ningxia)","location":"Ningxia, China","zone":"CN","source":{"title":"Amazon Web Services in China: global infrastructure","url":"https://www.amazonaws.cn/en/about-aws/global-infrastructure/"},"note":"AWS China partition, operated by NWCD"},{"provider":"gcp","region":"us-central1","name":"Iowa","location":"Council Bluffs, Iowa, United States","zone":"US-MIDW-MISO","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"us-east1","name":"South Carolina","location":"Moncks Corner, South Carolina, United States","zone":"US-CAR-SC","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"},"note":"Berkeley County is served through Santee Cooper (South Carolina Public Service Authority); the balancing authority is our reading, not Google\'s"},{"provider":"gcp","region":"us-east4","name":"Northern Virginia","location":"Ashburn, Virginia, United States","zone":"US-MIDA-PJM","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"us-east5","name":"Columbus","location":"Columbus, Ohio, United States","zone":"US-MIDA-PJM","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"us-south1","name":"Dallas","location":"Dallas, Texas, United States","zone":"US-TEX-ERCO","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"us-west1","name":"Oregon","location":"The Dalles, Oregon, United States","zone":"US-NW-BPAT","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"us-west2","name":"Los Angeles","location":"Los Angeles, California, United States","zone":"US-CAL-LDWP","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"},"note":"the City of Los Angeles is its own balancing authority (LADWP); a facility outside the city would be in CAISO"},{"provider":"gcp","region":"us-west3","name":"Salt Lake City","location":"Salt Lake City, Utah, United States","zone":"US-NW-PACE","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"us-west4","name":"Las Vegas","location":"Las Vegas, Nevada, United States","zone":"US-NW-NEVP","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"northamerica-northeast1","name":"Montréal","location":"Montréal, Québec, Canada","zone":"CA-QC","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"northamerica-northeast2","name":"Toronto","location":"Toronto, Ontario, Canada","zone":"CA-ON","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"northamerica-south1","name":"Querétaro","location":"Querétaro, Mexico","zone":"MX","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"southamerica-east1","name":"São Paulo","location":"Osasco, São Paulo, Brazil","zone":"BR-CS","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"},"note":"Electricity Maps\' Central Brazil zone is the Southeast/Centre-West subsystem, which serves São Paulo"},{"provider":"gcp","region":"southamerica-west1","name":"Santiago","location":"Santiago, Chile","zone":"CL-SEN","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"europe-central2","name":"Warsaw","location":"Warsaw, Poland","zone":"PL","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"europe-north1","name":"Finland","location":"Hamina, Finland","zone":"FI","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"europe-north2","name":"Stockholm","location":"Stockholm, Sweden","zone":"SE-SE3","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"europe-southwest1","name":"Madrid","location":"Madrid, Spain","zone":"ES","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"europe-west1","name":"Belgium","location":"St. Ghislain, Belgium","zone":"BE","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"europe-west2","name":"London","location":"London, United Kingdom","zone":"GB","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"europe-west3","name":"Frankfurt","location":"Frankfurt, Germany","zone":"DE","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"europe-west4","name":"Netherlands","location":"Eemshaven, Netherlands","zone":"NL","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"europe-west6","name":"Zurich","location":"Zurich, Switzerland","zone":"CH","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"europe-west8","name":"Milan","location":"Milan, Italy","zone":"IT-NO","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"europe-west9","name":"Paris","location":"Paris, France","zone":"FR","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"europe-west10","name":"Berlin","location":"Berlin, Germany","zone":"DE","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"europe-west12","name":"Turin","location":"Turin, Italy","zone":"IT-NO","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"asia-east1","name":"Taiwan","location":"Changhua County, Taiwan","zone":"TW","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"asia-east2","name":"Hong Kong","location":"Hong Kong","zone":"HK","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"asia-northeast1","name":"Tokyo","location":"Tokyo, Japan","zone":"JP-TK","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"asia-northeast2","name":"Osaka","location":"Osaka, Japan","zone":"JP-KN","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"asia-northeast3","name":"Seoul","location":"Seoul, South Korea","zone":"KR","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"asia-south1","name":"Mumbai","location":"Mumbai, India","zone":"IN-WE","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"asia-south2","name":"Delhi","location":"Delhi, India","zone":"IN-NO","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"asia-southeast1","name":"Singapore","location":"Jurong West, Singapore","zone":"SG","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"asia-southeast2","name":"Jakarta","location":"Jakarta, Indonesia","zone":"ID","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"australia-southeast1","name":"Sydney","location":"Sydney, Australia","zone":"AU-NSW","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"australia-southeast2","name":"Melbourne","location":"Melbourne, Australia","zone":"AU-VIC","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"me-central1","name":"Doha","location":"Doha, Qatar","zone":"QA","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"me-central2","name":"Dammam","location":"Dammam, Saudi Arabia","zone":"SA","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"me-west1","name":"Tel Aviv","location":"Tel Aviv, Israel","zone":"IL","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"gcp","region":"africa-south1","name":"Johannesburg","location":"Johannesburg, South Africa","zone":"ZA","source":{"title":"Google Cloud documentation: Regions and zones","url":"https://cloud.google.com/compute/docs/regions-zones"}},{"provider":"azure","region":"eastus","name":"East US","location":"Virginia, United States","zone":"US-MIDA-PJM","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"eastus2","name":"East US 2","location":"Virginia, United States","zone":"US-MIDA-PJM","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"centralus","name":"Central US","location":"Iowa, United States","zone":"US-MIDW-MISO","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"northcentralus","name":"North Central US","location":"Illinois, United States","zone":"US-MIDA-PJM","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"the Chicago area (ComEd) is in PJM, not MISO"},{"provider":"azure","region":"southcentralus","name":"South Central US","location":"Texas, United States","zone":"US-TEX-ERCO","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"westcentralus","name":"West Central US","location":"Wyoming, United States","zone":"US-NW-WACM","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"Cheyenne is in WAPA\'s Rocky Mountain balancing area by our reading; Microsoft names the state only"},{"provider":"azure","region":"westus","name":"West US","location":"California, United States","zone":"US-CAL-CISO","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"westus2","name":"West US 2","location":"Washington, United States","zone":"US-NW-GCPD","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"Microsoft names the state only; its Washington campus is in Quincy (Grant County PUD)"},{"provider":"azure","region":"westus3","name":"West US 3","location":"Phoenix, Arizona, United States","zone":"US-SW-AZPS","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"the Phoenix area is split between Arizona Public Service and Salt River Project; APS assumed"},{"provider":"azure","region":"canadacentral","name":"Canada Central","location":"Toronto, Ontario, Canada","zone":"CA-ON","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"canadaeast","name":"Canada East","location":"Québec City, Québec, Canada","zone":"CA-QC","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"brazilsouth","name":"Brazil South","location":"São Paulo State, Brazil","zone":"BR-CS","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"Electricity Maps\' Central Brazil zone is the Southeast/Centre-West subsystem, which serves São Paulo"},{"provider":"azure","region":"brazilsoutheast","name":"Brazil Southeast","location":"Rio de Janeiro, Brazil","zone":"BR-CS","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"restricted-access region"},{"provider":"azure","region":"mexicocentral","name":"Mexico Central","location":"Querétaro State, Mexico","zone":"MX","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"chilecentral","name":"Chile Central","location":"Santiago, Chile","zone":"CL-SEN","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"northeurope","name":"North Europe","location":"Dublin, Ireland","zone":"IE","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"westeurope","name":"West Europe","location":"Netherlands","zone":"NL","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"uksouth","name":"UK South","location":"London, United Kingdom","zone":"GB","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"ukwest","name":"UK West","location":"Cardiff, United Kingdom","zone":"GB","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"francecentral","name":"France Central","location":"Paris, France","zone":"FR","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"francesouth","name":"France South","location":"Marseille, France","zone":"FR","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"restricted-access region"},{"provider":"azure","region":"germanywestcentral","name":"Germany West Central","location":"Frankfurt, Germany","zone":"DE","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"germanynorth","name":"Germany North","location":"Berlin, Germany","zone":"DE","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"restricted-access region"},{"provider":"azure","region":"switzerlandnorth","name":"Switzerland North","location":"Zurich, Switzerland","zone":"CH","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"switzerlandwest","name":"Switzerland West","location":"Geneva, Switzerland","zone":"CH","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"restricted-access region"},{"provider":"azure","region":"norwayeast","name":"Norway East","location":"Oslo, Norway","zone":"NO-NO1","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"norwaywest","name":"Norway West","location":"Stavanger, Norway","zone":"NO-NO2","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"restricted-access region"},{"provider":"azure","region":"swedencentral","name":"Sweden Central","location":"Gävle, Sweden","zone":"SE-SE3","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"swedensouth","name":"Sweden South","location":"Malmö, Sweden","zone":"SE-SE4","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"restricted-access region"},{"provider":"azure","region":"polandcentral","name":"Poland Central","location":"Warsaw, Poland","zone":"PL","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"italynorth","name":"Italy North","location":"Milan, Italy","zone":"IT-NO","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"spaincentral","name":"Spain Central","location":"Madrid, Spain","zone":"ES","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"austriaeast","name":"Austria East","location":"Vienna, Austria","zone":"AT","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"belgiumcentral","name":"Belgium Central","location":"Brussels, Belgium","zone":"BE","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"eastasia","name":"East Asia","location":"Hong Kong","zone":"HK","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"southeastasia","name":"Southeast Asia","location":"Singapore","zone":"SG","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"japaneast","name":"Japan East","location":"Tokyo and Saitama, Japan","zone":"JP-TK","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"japanwest","name":"Japan West","location":"Osaka, Japan","zone":"JP-KN","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"koreacentral","name":"Korea Central","location":"Seoul, South Korea","zone":"KR","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"koreasouth","name":"Korea South","location":"Busan, South Korea","zone":"KR","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"australiaeast","name":"Australia East","location":"New South Wales, Australia","zone":"AU-NSW","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"australiasoutheast","name":"Australia Southeast","location":"Victoria, Australia","zone":"AU-VIC","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"australiacentral","name":"Australia Central","location":"Canberra, Australia","zone":"AU-NSW","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"the Australian Capital Territory is part of the NSW region of the National Electricity Market; restricted-access region"},{"provider":"azure","region":"australiacentral2","name":"Australia Central 2","location":"Canberra, Australia","zone":"AU-NSW","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"the Australian Capital Territory is part of the NSW region of the National Electricity Market; restricted-access region"},{"provider":"azure","region":"centralindia","name":"Central India","location":"Pune, India","zone":"IN-WE","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"southindia","name":"South India","location":"Chennai, India","zone":"IN-SO","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"westindia","name":"West India","location":"Mumbai, India","zone":"IN-WE","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"jioindiawest","name":"Jio India West","location":"Jamnagar, India","zone":"IN-WE","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"restricted-access region"},{"provider":"azure","region":"jioindiacentral","name":"Jio India Central","location":"Nagpur, India","zone":"IN-WE","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"restricted-access region"},{"provider":"azure","region":"indonesiacentral","name":"Indonesia Central","location":"Jakarta, Indonesia","zone":"ID","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"malaysiawest","name":"Malaysia West","location":"Kuala Lumpur, Malaysia","zone":"MY-WM","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"newzealandnorth","name":"New Zealand North","location":"Auckland, New Zealand","zone":"NZ","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"uaenorth","name":"UAE North","location":"Dubai, United Arab Emirates","zone":"AE","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"uaecentral","name":"UAE Central","location":"Abu Dhabi, United Arab Emirates","zone":"AE","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"restricted-access region"},{"provider":"azure","region":"qatarcentral","name":"Qatar Central","location":"Doha, Qatar","zone":"QA","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"israelcentral","name":"Israel Central","location":"Israel","zone":"IL","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"southafricanorth","name":"South Africa North","location":"Johannesburg, South Africa","zone":"ZA","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"}},{"provider":"azure","region":"southafricawest","name":"South Africa West","location":"Cape Town, South Africa","zone":"ZA","source":{"title":"Microsoft Learn: Azure regions list","url":"https://learn.microsoft.com/azure/reliability/regions-list"},"note":"restricted-access region"},{"provider":"azure","region":"usgovvirginia","name":"US Gov Virginia","location":"Virginia, United States","zone":"US-MIDA-PJM","source":{"title":"Microsoft Learn: Azure Government overview","url":"https://learn.microsoft.com/azure/azure-government/documentation-government-welcome"},"note":"Azure Government cloud"},{"provider":"azure","region":"usgovarizona","name":"US Gov Arizona","location":"Arizona, United States","zone":"US-SW-AZPS","source":{"title":"Microsoft Learn: Azure Government overview","url":"https://learn.microsoft.com/azure/azure-government/documentation-government-welcome"},"note":"Azure Government cloud; the Arizona balancing authority is assumed, as for westus3"},{"provider":"azure","region":"usgovtexas","name":"US Gov Texas","location":"Texas, United States","zone":"US-TEX-ERCO","source":{"title":"Microsoft Learn: Azure Government overview","url":"https://learn.microsoft.com/azure/azure-government/documentation-government-welcome"},"note":"Azure Government cloud"},{"provider":"azure","region":"chinanorth","name":"China North","location":"Beijing, China","zone":"CN","source":{"title":"Microsoft Learn: Azure operated by 21Vianet","url":"https://learn.microsoft.com/azure/china/overview-operations"},"note":"Azure operated by 21Vianet, a separate cloud"},{"provider":"azure","region":"chinanorth2","name":"China North 2","location":"Beijing, China","zone":"CN","source":{"title":"Microsoft Learn: Azure operated by 21Vianet","url":"https://learn.microsoft.com/azure/china/overview-operations"},"note":"Azure operated by 21Vianet, a separate cloud"},{"provider":"azure","region":"chinanorth3","name":"China North 3","location":"Hebei, China","zone":"CN","source":{"title":"Microsoft Learn: Azure operated by 21Vianet","url":"https://learn.microsoft.com/azure/china/overview-operations"},"note":"Azure operated by 21Vianet, a separate cloud"},{"provider":"azure","region":"chinaeast","name":"China East","location":"Shanghai, China","zone":"CN","source":{"title":"Microsoft Learn: Azure operated by 21Vianet","url":"https://learn.microsoft.com/azure/china/overview-operations"},"note":"Azure operated by 21Vianet, a separate cloud"},{"provider":"azure","region":"chinaeast2","name":"China East 2","location":"Shanghai, China","zone":"CN","source":{"title":"Microsoft Learn: Azure operated by 21Vianet","url":"https://learn.microsoft.com/azure/china/overview-operations"},"note":"Azure operated by 21Vianet, a separate cloud"},{"provider":"azure","region":"chinaeast3","name":"China East 3","location":"Shanghai, China","zone":"CN","source":{"title":"Microsoft Learn: Azure operated by 21Vianet","url":"https://learn.microsoft.com/azure/china/overview-operations"},"note":"Azure operated by 21Vianet, a separate cloud"}]}');

/***/ })

};
