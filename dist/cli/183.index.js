export const id = 183;
export const ids = [183];
export const modules = {

/***/ 6968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   budgetsFromConfig: () => (/* binding */ budgetsFromConfig),
/* harmony export */   hasBudgets: () => (/* binding */ hasBudgets),
/* harmony export */   judgeWithConfig: () => (/* binding */ judgeWithConfig)
/* harmony export */ });
/* harmony import */ var _by_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2342);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1046);
/** The config file's budgets in the evaluator's terms (pure): quantities become plain kWh, g and %. */


function toLimits(budget) {
    return {
        ...(budget.energy && { energyKwh: budget.energy.value }),
        ...(budget.co2e && { co2eG: budget.co2e.value }),
        ...(budget.increase && { increasePct: budget.increase.value }),
        ...(budget.warn && { warn: { kind: budget.warn.kind, value: budget.warn.value } }),
        ...("per" in budget && budget.per && { perUnit: budget.per.unit }),
    };
}
function budgetsFromConfig(config) {
    return {
        ...(config.budgets.total && { total: toLimits(config.budgets.total) }),
        steps: (0,_by_name_js__WEBPACK_IMPORTED_MODULE_1__/* .byName */ .n)(Object.entries(config.budgets.steps).map(([name, budget]) => [name, toLimits(budget)])),
    };
}
const hasBudgets = (budgets) => budgets.total !== undefined || Object.keys(budgets.steps).length > 0;
/** The config's budgets judged against a comparison with no base-branch history (CLI use), if any are set. */
function judgeWithConfig(comparison, config) {
    if (!config)
        return undefined;
    const budgets = budgetsFromConfig(config);
    if (!hasBudgets(budgets))
        return undefined;
    return {
        budgets,
        verdict: (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateBudgets */ .A1)({
            comparison,
            budgets,
            history: {},
            minChangePct: config.comparison.min_change.value,
        }),
    };
}


/***/ }),

/***/ 6032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FV: () => (/* binding */ escapeMarkdown)
});

// UNUSED EXPORTS: codeSpan, markdownLink, plainText

// EXTERNAL MODULE: ./data/cloud-regions.json
var cloud_regions = __webpack_require__(8364);
// EXTERNAL MODULE: ./data/cpus.json
var cpus = __webpack_require__(3580);
// EXTERNAL MODULE: ./data/embodied.json
var embodied = __webpack_require__(1860);
;// CONCATENATED MODULE: ./data/equivalents.json
const equivalents_namespaceObject = /*#__PURE__*/JSON.parse('{"description":"Everyday equivalents for the PR comment: grams of CO2e per unit of an everyday activity, most familiar first (that order breaks ties). `one` and `other` are the unit as written after the amount, singular and plural.","equivalents":[{"id":"car-km","label":"km driven by an average petrol passenger car (US)","grams_per_unit":244.2,"one":"km by car","other":"km by car","source":{"title":"US EPA, Greenhouse Gas Equivalencies Calculator, Calculations and References: 3.93 x 10^-4 metric tons CO2e per mile for the average gasoline-powered passenger vehicle","url":"https://www.epa.gov/energy/greenhouse-gases-equivalencies-calculator-calculations-and-references"},"year":2026,"note":"EPA publishes per mile: 393 g / 1.609344 km = 244.2 g per km. A US fleet average (cars, vans, SUVs, pickups), tailpipe only."},{"id":"smartphone-charge","label":"full charges of a smartphone","grams_per_unit":12.4,"one":"smartphone charge","other":"smartphone charges","source":{"title":"US EPA, Greenhouse Gas Equivalencies Calculator, Calculations and References: 1.24 x 10^-5 metric tons CO2 per smartphone charged","url":"https://www.epa.gov/energy/greenhouse-gases-equivalencies-calculator-calculations-and-references"},"year":2026,"note":"US delivered electricity (eGRID2022, losses included); older editions of the page gave 8.22 g."},{"id":"video-streaming-hour","label":"hours of streaming video","grams_per_unit":36,"one":"hour of video streaming","other":"hours of video streaming","source":{"title":"IEA (G. Kamiya), The carbon footprint of streaming video: fact-checking the headlines, updated 11 December 2020: 36 g CO2 per hour (2019 global average)","url":"https://www.iea.org/commentaries/the-carbon-footprint-of-streaming-video-fact-checking-the-headlines"},"year":2019},{"id":"tree-seedling-10y","label":"urban tree seedlings grown for 10 years","grams_per_unit":60000,"one":"tree seedling grown for 10 years","other":"tree seedlings grown for 10 years","source":{"title":"US EPA, Greenhouse Gas Equivalencies Calculator, Calculations and References: 0.060 metric ton CO2 per urban tree seedling planted and grown for 10 years","url":"https://www.epa.gov/energy/greenhouse-gases-equivalencies-calculator-calculations-and-references"},"year":2026,"note":"CO2 taken up over a seedling\'s first ten years, survival-weighted; not a mature tree\'s yearly uptake."}]}');
// EXTERNAL MODULE: ./data/gpus.json
var gpus = __webpack_require__(4008);
;// CONCATENATED MODULE: ./src/render/cited-sources.ts
/**
 * The pages our own tables cite (`data/*.json`, every `url`): the only links a report's text keeps
 * live. A note names its source's URL ("TDP 280 W (AMD EPYC 7763, https://www.amd.com/...)"), and a
 * reader should be able to follow it; any other URL in a report's text, which a pull request may
 * have written, is shown as text.
 */





function urlsIn(value, key = "") {
    if (typeof value === "string")
        return key === "url" && /^https?:\/\/\S+$/.test(value) ? [value] : [];
    if (Array.isArray(value))
        return value.flatMap((item) => urlsIn(item));
    if (value && typeof value === "object")
        return Object.entries(value).flatMap(([name, item]) => urlsIn(item, name));
    return [];
}
const CITED_URLS = new Set(urlsIn([cloud_regions, cpus, embodied, equivalents_namespaceObject, gpus]));

;// CONCATENATED MODULE: ./src/render/escape.ts
/**
 * Text from a pull request, an artifact or a config (step names, device names, notes, config keys and
 * values, a waiver's reason) reaches markdown that GitHub renders. Escaped, it stays the text it was:
 * it cannot close a table cell, open a link, image or HTML tag, plant a hidden marker, mention or
 * reference anyone, become a live autolink, or reorder what is shown with bidirectional controls.
 * Our own markup (links included) is written around escaped text, never passed through it; the
 * sources our tables cite stay links wherever a note names them.
 */

/**
 * Bidirectional controls and marks (U+061C, U+200E/F, U+202A-E, U+2066-9): they make text display in
 * an order other than the one it has.
 */
const BIDI = /\p{Bidi_Control}/gu;
/**
 * Control characters and invisible ones a reader cannot see. The zero-width joiners stay: emoji and
 * some scripts need them.
 */
const INVISIBLE = /[\p{Cc}\u200B\u2060-\u2064\uFEFF]/gu;
/** Line and paragraph separators, besides CR and LF, that could start a new block. */
const LINE_BREAKS = /[\r\n\u2028\u2029]+/g;
/** What markdown, HTML, tables, autolinks, math or entities read as syntax, as numeric entities. */
const SYNTAX = /[\\`*_{}[\]()#+!|<>~&$]/g;
const ZWSP = "\u200b";
/** The text with nothing hidden in it: one line, tabs as spaces, bidi controls shown as U+FFFD. */
function plainText(text) {
    return text.replace(LINE_BREAKS, " ").replace(/\t/g, " ").replace(BIDI, "\uFFFD").replace(INVISIBLE, "");
}
/** A URL as text runs it, up to whatever would end it; trailing punctuation is tried off below. */
const URL = /https?:\/\/[^\s<>"'`|\\]+/g;
/** The longest start of `candidate` that our tables cite (a URL in parentheses drops the ")"). */
function citedUrl(candidate) {
    for (let url = candidate; url.length > 8; url = url.slice(0, -1)) {
        if (CITED_URLS.has(url))
            return url;
        if (!/[.,;:!?)\]'*]$/.test(url))
            return undefined;
    }
    return undefined;
}
function escapeRun(text) {
    return (text
        .replace(SYNTAX, (c) => `&#${c.charCodeAt(0)};`)
        // A real (not encoded) zero-width space: GitHub finds mentions, references and some links in
        // the rendered text, where an entity would already be a plain character again.
        .replace(/@/g, `@${ZWSP}`)
        .replace(/&#35;(?=\d)/g, `&#35;${ZWSP}`)
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}${ZWSP}.`));
}
function escapeMarkdown(text) {
    const plain = plainText(text);
    let out = "";
    let from = 0;
    for (const match of plain.matchAll(URL)) {
        const url = citedUrl(match[0]);
        if (!url)
            continue;
        // A source our tables cite stays a link, one that ends where the URL does.
        out += `${escapeRun(plain.slice(from, match.index))}<${url}>`;
        from = match.index + url.length;
    }
    return (`${out}${escapeRun(plain.slice(from))}`
        // A list item, thematic break or setext underline, should the text start a line.
        .replace(/^-(?=[\s-]|$)/, "&#45;")
        .replace(/^=/, "&#61;")
        .replace(/^(\d{1,9})\.(?=\s|$)/, "$1&#46;"));
}
/** A short name (a file path, a key) in a code span when it is plainly safe there, else escaped text. */
function codeSpan(text) {
    return /^[\w./-]{1,200}$/.test(text) ? `\`${text}\`` : escapeMarkdown(text);
}
/**
 * Our own link: the text is escaped, the URL is used as given, and must be one we wrote (an https or
 * http URL with nothing in it that would end the link early).
 */
function markdownLink(text, url) {
    if (!/^https?:\/\/[^\s()<>[\]"'`]+$/.test(url))
        throw new Error(`not a link we can write: ${url}`);
    return `[${escapeMarkdown(text)}](${url})`;
}


/***/ }),

/***/ 3863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ renderMarkdown)
});

// EXTERNAL MODULE: ./src/report/not-measured.ts
var not_measured = __webpack_require__(2648);
// EXTERNAL MODULE: ./src/render/escape.ts + 2 modules
var render_escape = __webpack_require__(6032);
// EXTERNAL MODULE: ./src/render/format.ts
var format = __webpack_require__(1509);
;// CONCATENATED MODULE: ./src/render/methods-table.ts


/** The table's lines (header included), or none when no step has components. */
function methodsTable(report) {
    const rows = report.steps.flatMap((step) => groupComponents(step.components).map((g) => row(step.name, g)));
    if (rows.length === 0)
        return [];
    return [
        "| Step | Component | Method | Source | Energy | Avg power |",
        "| --- | --- | --- | --- | ---: | ---: |",
        ...rows,
    ];
}
function groupComponents(components) {
    const groups = new Map();
    const order = [];
    for (const [index, c] of components.entries()) {
        // Local devices keep a row each (GPU 0, GPU 1): a runner has few, and each has its own sensor.
        const key = c.node === undefined ? `local:${index}` : JSON.stringify([c.kind, c.model ?? "", c.method, c.source]);
        let group = groups.get(key);
        if (!group) {
            group = { members: [] };
            groups.set(key, group);
            order.push(group);
        }
        group.members.push(c);
    }
    return order.map(({ members }) => {
        const [first] = members;
        const powers = members.map((m) => m.avg_power_w);
        return {
            first,
            count: members.length,
            nodes: new Set(members.map((m) => m.node)).size,
            energyKwh: members.reduce((sum, m) => sum + m.energy_kwh, 0),
            ...(powers.every((p) => p !== undefined) && {
                powerW: powers.reduce((sum, p) => sum + (p ?? 0), 0),
            }),
        };
    });
}
function row(step, group) {
    const c = group.first;
    const device = group.count === 1
        ? [c.kind.toUpperCase(), c.device, c.model].filter(Boolean).map(String).join(" ")
        : `${group.count} × ${[c.kind.toUpperCase(), c.model].filter(Boolean).join(" ")} on ${group.nodes} node${group.nodes === 1 ? "" : "s"}`;
    const power = group.powerW !== undefined ? (0,format/* formatPower */.d5)(group.powerW) : "–";
    return `| ${(0,render_escape/* escapeMarkdown */.FV)(step)} | ${(0,render_escape/* escapeMarkdown */.FV)(device)} | ${c.method} | ${(0,render_escape/* escapeMarkdown */.FV)(c.source)} | ${(0,format/* formatEnergy */.QE)(group.energyKwh)} | ${power} |`;
}
const PLURAL = { gpu: "GPUs", cpu: "CPUs", ram: "RAM domains", node: "nodes" };
/**
 * The notes on a step's components, as markdown list items' text: a note many devices share (every
 * node's "whole node, idle included") is said once, with how many devices it is about.
 */
function componentNotes(step) {
    const counts = new Map();
    for (const c of step.components) {
        for (const note of c.notes ?? []) {
            const key = JSON.stringify([c.kind, note]);
            const seen = counts.get(key);
            if (seen)
                seen.count++;
            else
                counts.set(key, { kind: c.kind, note, count: 1 });
        }
    }
    return [...counts.values()].map(({ kind, note, count }) => `${(0,render_escape/* escapeMarkdown */.FV)(step.name)} ${kind}: ${(0,render_escape/* escapeMarkdown */.FV)(note)}${count > 1 ? ` (${count} ${PLURAL[kind] ?? "devices"})` : ""}`);
}

// EXTERNAL MODULE: ./src/units.ts
var src_units = __webpack_require__(1996);
;// CONCATENATED MODULE: ./src/render/trend-chart.ts
/**
 * A mermaid trend chart (GitHub renders `xychart-beta`) of the base branch's recent runs with this
 * run as the last point, so a reviewer sees whether a change is a step or drift.
 */

/**
 * Mermaid's default theme draws the line in a pale yellow that vanishes on GitHub's light theme; a
 * mid blue reads on the light and the dark one alike. GitHub honours the init directive's theme variables.
 */
const TREND_LINE_COLOUR = "#2f81f7";
const INIT = `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${TREND_LINE_COLOUR}"}}}}%%`;
/** Beyond this many points the labels are shortened, so eleven (ten runs and this one) do not overlap. */
const ROOMY_POINTS = 6;
function trendChart(points, title) {
    if (points.length < 2)
        return undefined;
    const max = Math.max(...points.map((p) => Math.abs(p.co2eG)));
    const [factor, unit] = axisUnit(max);
    // One number of decimals for every value, from the largest: three significant figures there, and
    // never exponent notation (mermaid refuses `4e-7`), whatever the smallest value is.
    const decimals = max === 0 ? 0 : Math.max(0, 2 - Math.floor(Math.log10((0,src_units/* rounded */.Wf)(max / factor))));
    const values = points.map((p) => (p.co2eG / factor).toFixed(Math.min(decimals, 20)));
    const crowded = points.length > ROOMY_POINTS;
    const labels = points.map((p) => JSON.stringify(shortLabel(clean(p.label), crowded)));
    return [
        "```mermaid",
        INIT,
        "xychart-beta",
        `  title "${clean(title)}"`,
        `  x-axis [${labels.join(", ")}]`,
        `  y-axis "CO2e (${unit})"`,
        `  line [${values.join(", ")}]`,
        "```",
    ].join("\n");
}
/** The largest mass unit the largest value reaches, so the axis reads 1.21 kg rather than 1210 g. */
function axisUnit(max) {
    const units = (0,src_units/* scaleOf */._K)("mass");
    const abs = (0,src_units/* rounded */.Wf)(max);
    const fallback = [1, "g"];
    if (abs === 0)
        return fallback;
    return units.find(([factor]) => abs >= factor) ?? units.at(-1) ?? fallback;
}
const clean = (text) => text.replace(/["\\]/g, "").replace(/[\r\n]+/g, " ");
/** A commit's first five hex digits and `#7` for `PR #7` when eleven labels share the axis. */
function shortLabel(label, crowded) {
    if (!crowded)
        return label;
    if (/^[0-9a-f]{6,}$/i.test(label))
        return label.slice(0, 5);
    return label.replace(/^PR\s+(#\d+)$/, "$1");
}

// EXTERNAL MODULE: ./src/render/verdict-cells.ts
var verdict_cells = __webpack_require__(3381);
// EXTERNAL MODULE: ./src/render/what-if-line.ts
var what_if_line = __webpack_require__(185);
;// CONCATENATED MODULE: ./src/render/markdown.ts







function renderMarkdown(report, comparison, extras = {}) {
    const { verdict, budgets } = extras;
    const judged = verdict !== undefined && budgets !== undefined;
    // With nothing measured, the totals are placeholders: no chart point or equivalent is made of them.
    const none = (0,not_measured/* nothingMeasured */.uv)(report);
    const chart = !none && extras.trend && trendChart(extras.trend.points, extras.trend.title);
    // Of the steps in the table: a comment cut to fit shows only those it has room for.
    const unmeasured = comparison.steps.map((step) => step.head).filter((step) => !(0,not_measured/* isFullyMeasured */.jS)(step));
    const greener = report.what_if?.[0];
    return [
        headline(report, comparison, verdict),
        ...(extras.equivalents?.length && !none
            ? ["", `<sub>${extras.equivalents.map(render_escape/* escapeMarkdown */.FV).join(" · ")}</sub>`]
            : []),
        "",
        judged
            ? "| Step | Duration | Energy | CO2e (range) | Change | Budget | Status |"
            : "| Step | Duration | Energy | CO2e (range) | Change |",
        judged ? "| --- | ---: | ---: | ---: | ---: | --- | --- |" : "| --- | ---: | ---: | ---: | ---: |",
        ...comparison.steps.map((step) => judged
            ? `${stepRow(step)} ${(0,verdict_cells/* budgetCell */.oT)(budgets.steps[step.name])} | ${(0,verdict_cells/* statusCell */.fo)(find(verdict, step.name))} |`
            : stepRow(step)),
        ...(judged && verdict.total && budgets.total
            ? [totalRow(report, comparison, budgets, verdict.total)]
            : []),
        ...(unmeasured.length ? ["", ...unmeasured.flatMap(whyNotMeasured)] : []),
        ...(extras.notices?.length ? ["", ...extras.notices.map((n) => `> ${n}`)] : []),
        ...(greener && !none ? ["", `🌱 Greener: ${(0,what_if_line/* whatIfText */.l)(greener, (0,render_escape/* escapeMarkdown */.FV)(greener.location))}.`] : []),
        ...(chart ? ["", chart] : []),
        ...(extras.dashboard
            ? ["", `📈 [Dashboard: every run of the branch, and badges](${extras.dashboard})`]
            : []),
        ...(extras.methods === false ? [] : ["", methods(report)]),
    ].join("\n");
}
const find = (verdict, scope) => verdict.steps.find((s) => s.scope === scope);
function totalRow(report, comparison, budgets, total) {
    const t = report.totals;
    if ((0,not_measured/* nothingMeasured */.uv)(report))
        return `| **Total** | ${(0,format/* formatDuration */.a3)(t.duration_s)} | ${not_measured/* NOT_MEASURED */.pJ} | ${not_measured/* NOT_MEASURED */.pJ} | – | ${(0,verdict_cells/* budgetCell */.oT)(budgets.total)} | – |`;
    const range = (0,format/* formatMassRange */.bk)(t.co2e_g, t.co2e_low_g, t.co2e_high_g);
    const delta = comparison.total;
    const changeText = delta
        ? `${delta.deltaPct !== undefined ? `${(0,format/* formatPct */.R8)(delta.deltaPct)} ` : ""}(${(0,format/* signed */.x8)((0,format/* formatMass */.so)(delta.deltaG), delta.deltaG)})`
        : "–";
    return `| **Total** | ${(0,format/* formatDuration */.a3)(t.duration_s)} | ${(0,format/* formatEnergy */.QE)(t.energy_kwh)} | ${range} | ${changeText} | ${(0,verdict_cells/* budgetCell */.oT)(budgets.total)} | ${(0,verdict_cells/* statusCell */.fo)(total)} |`;
}
function headline(report, comparison, verdict) {
    // Budgets judged placeholders would read as a pass: the headline says what happened instead.
    if ((0,not_measured/* nothingMeasured */.uv)(report))
        return `### carbon-budget ⚠️ ${not_measured/* NOT_MEASURED */.pJ}: the commands ran, but their energy could not be measured`;
    const title = verdict ? `carbon-budget ${verdict_cells/* VERDICT_WORDS */._G[verdict.status]}` : "carbon-budget";
    return plainHeadline(report, comparison).replace(/^### carbon-budget/, `### ${title}`);
}
function plainHeadline(report, comparison) {
    const unmeasured = report.steps.filter((step) => !(0,not_measured/* isMeasured */.V2)(step)).length;
    const total = `**${(0,format/* formatMass */.so)(report.totals.co2e_g)} CO2e**, ${(0,format/* formatEnergy */.QE)(report.totals.energy_kwh)}${unmeasured ? ` (${unmeasured} of ${report.steps.length} steps ${not_measured/* NOT_MEASURED */.pJ})` : ""}`;
    const base = comparison.baseline;
    if (!base)
        return `### carbon-budget: ${total} (no baseline yet)`;
    const against = `vs ${(0,render_escape/* escapeMarkdown */.FV)(base.label)}${base.sha ? ` @${(0,format/* shortSha */.Fu)(base.sha)}` : ""}`;
    if (!comparison.comparable)
        return `### carbon-budget: ${total}; not comparable ${against} (different hardware)`;
    if (!comparison.total)
        return `### carbon-budget: ${total}; no step in common ${against}`;
    const { deltaG, deltaPct } = comparison.total;
    // Against a zero base there is no percentage, but the change in grams still belongs in the headline.
    const pct = deltaPct !== undefined ? `${(0,format/* formatPct */.R8)(deltaPct)} ` : "";
    return `### carbon-budget: ${total}; CO2e ${pct}(${(0,format/* signed */.x8)((0,format/* formatMass */.so)(deltaG), deltaG)}) ${against}`;
}
function stepRow(step) {
    const h = step.head;
    if (!(0,not_measured/* isMeasured */.V2)(h))
        return `| ${(0,render_escape/* escapeMarkdown */.FV)(h.name)}${exitNote(h.exit_code)} | ${(0,format/* formatDuration */.a3)(h.duration_s)} | ${not_measured/* NOT_MEASURED */.pJ} | ${not_measured/* NOT_MEASURED */.pJ} | – |`;
    const range = (0,format/* formatMassRange */.bk)(h.co2e_g, h.co2e_low_g, h.co2e_high_g);
    return `| ${(0,render_escape/* escapeMarkdown */.FV)(h.name)}${exitNote(h.exit_code)} | ${(0,format/* formatDuration */.a3)(h.duration_s)} | ${(0,format/* formatEnergy */.QE)(h.energy_kwh)} | ${range} | ${change(step)} |`;
}
const exitNote = (code) => (code ? ` (exit ${code})` : "");
const whyNotMeasured = (step) => (0,not_measured/* isMeasured */.V2)(step)
    ? (0,not_measured/* notMeasuredReasons */.tb)(step).map((why) => `> ⚠️ **${(0,render_escape/* escapeMarkdown */.FV)(step.name)}**: ${(0,render_escape/* escapeMarkdown */.FV)(why)}`)
    : [`> ⚠️ **${(0,render_escape/* escapeMarkdown */.FV)(step.name)}** ran but was ${not_measured/* NOT_MEASURED */.pJ}: ${(0,render_escape/* escapeMarkdown */.FV)(step.not_measured?.reason ?? "")}`];
function change(step) {
    if (step.status === "not-measured")
        return "–";
    if (step.status === "new")
        return "new";
    if (step.status === "not-comparable")
        return "not comparable (hardware)";
    if (step.deltaG === undefined)
        return "–";
    const pct = step.deltaPct !== undefined ? `${(0,format/* formatPct */.R8)(step.deltaPct)} ` : "";
    return `${pct}(${(0,format/* signed */.x8)((0,format/* formatMass */.so)(step.deltaG), step.deltaG)})`;
}
function methods(report) {
    const a = report.assumptions;
    const table = methodsTable(report);
    const lines = [
        "<details><summary>Methods and assumptions</summary>",
        "",
        // Steps that ran unmeasured have no components: no table is better than an empty one.
        ...(table.length ? [...table, ""] : []),
    ];
    lines.push(`- PUE ${a.pue}; grid intensity ${(0,format/* formatIntensity */.TA)(a.intensity_g_per_kwh)} gCO2e/kWh from ${(0,render_escape/* escapeMarkdown */.FV)(a.intensity_source)}${a.intensity_year ? ` (${a.intensity_year})` : ""}.`, ...report.steps.map((step) => !(0,not_measured/* isMeasured */.V2)(step)
        ? `- ${(0,render_escape/* escapeMarkdown */.FV)(step.name)}: ${not_measured/* NOT_MEASURED */.pJ}.`
        : `- ${(0,render_escape/* escapeMarkdown */.FV)(step.name)}: ${(0,format/* formatMass */.so)(step.co2e_g)} CO2e = operational ${(0,format/* formatMass */.so)(step.operational_g)} + embodied ${(0,format/* formatMass */.so)(step.embodied_g)}${step.sci_g_per_unit !== undefined && step.functional_unit
            ? `; ${(0,format/* formatMass */.so)(step.sci_g_per_unit)} per ${(0,render_escape/* escapeMarkdown */.FV)(step.functional_unit.name)} (SCI)`
            : ""}.`));
    const notes = report.steps.flatMap((step) => [
        ...(step.notes ?? []).map((note) => `${(0,render_escape/* escapeMarkdown */.FV)(step.name)}: ${(0,render_escape/* escapeMarkdown */.FV)(note)}`),
        ...componentNotes(step),
    ]);
    lines.push(...notes.map((note) => `- ${note}`));
    // Reports from elsewhere (an import, an older version) may not know the cost: no line beats a false 0.
    if (report.steps.some((step) => step.overhead)) {
        const overhead = report.steps.reduce((total, step) => total + (step.overhead?.cpu_s ?? 0), 0);
        lines.push(`- Measuring cost ${overhead.toFixed(2)} CPU s.`);
    }
    lines.push("", "</details>");
    return lines.join("\n");
}


/***/ }),

/***/ 3381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _G: () => (/* binding */ VERDICT_WORDS),
/* harmony export */   fo: () => (/* binding */ statusCell),
/* harmony export */   oT: () => (/* binding */ budgetCell)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6032);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1509);


const ICON = {
    pass: "✅",
    warn: "⚠️",
    fail: "❌",
    skipped: "➖",
    "not-measured": "⚠️",
};
const VERDICT_WORDS = {
    pass: "✅ within budget",
    warn: "⚠️ warning",
    fail: "❌ over budget",
    "no-baseline": "ℹ️ no baseline",
    "not-measured": "⚠️ not measured",
};
function budgetCell(limits) {
    if (!limits)
        return "–";
    const per = limits.perUnit ? ` per ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(limits.perUnit)}` : "";
    const parts = [
        limits.energyKwh !== undefined ? `≤ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatEnergy */ .QE)(limits.energyKwh)}${per}` : undefined,
        limits.co2eG !== undefined ? `≤ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMass */ .so)(limits.co2eG)}${per}` : undefined,
        limits.increasePct !== undefined ? `≤ +${limits.increasePct}%` : undefined,
    ].filter(Boolean);
    return parts.join(", ") || "–";
}
function statusCell(verdict) {
    if (!verdict)
        return "–";
    const deciding = verdict.checks.find((c) => c.status === verdict.status);
    const noise = verdict.checks.some((c) => c.reason === "within noise") ? " (within noise)" : "";
    const reason = deciding && verdict.status !== "pass" ? ` ${deciding.reason}` : "";
    const value = deciding?.status === "fail" && deciding.limit === "increase" && deciding.actual !== undefined
        ? ` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPct */ .R8)(deciding.actual)})`
        : "";
    return `${ICON[verdict.status]}${reason}${value}${noise}`;
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


/***/ }),

/***/ 1860:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"description":"Embodied emissions (SCI\'s M = TE x TiR/EL x RR/ToR): expected hardware lifetime, the spread applied to per-GPU figures from data/gpus.json, the figure for a GPU with none, and the server platform and memory figures. Every figure is kg CO2e with a low..high range; `range` says where each bound comes from, `note` marks a judgment.","lifetime":{"years":4,"source":{"title":"Cloud Carbon Footprint, Embodied Emissions methodology (EL = 4 years, after the Dell PowerEdge R740 full LCA and Teads)","url":"https://www.cloudcarbonfootprint.org/docs/embodied-emissions"},"note":"Published choices run from 3 years (EcoLogits) to 6 years (IDRIS for BLOOM, and hyperscalers\' 5-6 year server depreciation). M scales with 1/EL, so 6 years gives two thirds of the 4-year figure; callers can pass their own lifetime."},"gpu_range":{"low_factor":0.75,"high_factor":1.75,"range":"Independent estimates of the same part differ by this much: a primary-data LCA of the A100 SXM4 40GB found 127.6 kg (0.85 x the 150 kg in data/gpus.json); bottom-up LCAs of the H100 found 225 kg and 273 kg (1.66 x NVIDIA\'s 164 kg).","range_sources":[{"title":"Falk et al., More than Carbon: Cradle-to-Grave environmental impacts of GenAI training on the Nvidia A100 GPU (2025)","url":"https://arxiv.org/abs/2509.00093"},{"title":"EcoLogits LLM inference methodology (H100 273 kg CO2e, after Lees-Perasso et al. 2026 for ADEME)","url":"https://ecologits.ai/latest/methodology/llm_inference/"}],"note":"Applied to every GPU figure in data/gpus.json: 150 kg becomes 112.5..262.5 kg."},"gpu_default":{"kg":150,"low_kg":60,"high_kg":300,"source":{"title":"Cloud Carbon Footprint coefficients: 150 kg CO2e per additional GPU card (GPU_MANUFACTURING_EMISSIONS), the figure Luccioni et al. used for an A100","url":"https://github.com/cloud-carbon-footprint/cloud-carbon-coefficients"},"range":"Low: EcoInfo/CNRS ECODIAG\'s 60 kg for a \'powerful GPU\' card; high: just above NVIDIA\'s HGX B200 PCF (2,274 kg per 8 GPUs = 284 kg per GPU), the largest per-GPU figure published.","range_sources":[{"title":"EcoInfo (CNRS) ECODIAG calculator, \'powerful GPU\' 60 kg CO2e","url":"https://ecoinfo.cnrs.fr/ecodiag-calcul/"},{"title":"NVIDIA HGX B200 Product Carbon Footprint summary","url":"https://images.nvidia.com/aem-dam/Solutions/documents/HGX-B200-PCF-Summary.pdf"}],"note":"A stand-in for a GPU with no published figure: a data-centre GPU of the A100 class. Small cards (T4, L4) are likely nearer the low bound."},"server":{"kg":1000,"low_kg":850,"high_kg":2500,"source":{"title":"Teads Engineering, Building an AWS EC2 Carbon Emissions Dataset, ch. 5: 1,000 kg CO2e for a mono-socket, low-DRAM, no-local-storage rack server (also Cloud Carbon Footprint\'s BASE_MANUFACTURING_EMISSIONS)","url":"https://medium.com/teads-engineering/building-an-aws-ec2-carbon-emissions-dataset-3f0fd76c98ac"},"range":"Low: Scaleway\'s Boavizta-based 850 kg for an Elastic Metal server; high: HPE\'s ~2,500 kg production footprint for a ProLiant DL345 Gen10 Plus, memory and storage included, as used for BLOOM\'s A100 nodes.","range_sources":[{"title":"Scaleway, Bare Metal environmental footprint calculation (850 kg CO2e manufacturing, Boavizta)","url":"https://www.scaleway.com/en/docs/environmental-footprint/additional-content/bare-metal-env-footprint"},{"title":"Luccioni, Viguier, Ligozat, Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model, JMLR 24 (2023), sec. 4.1","url":"https://arxiv.org/abs/2211.02001"}],"note":"The platform without GPUs and (beyond its small base) without memory: CPU, board, chassis, power supplies, fans. A dual-socket host adds about 100 kg (Teads), inside the high bound."},"memory_per_gb":{"kg":1.388,"low_kg":0.4,"high_kg":2,"source":{"title":"Dell PowerEdge R740 full LCA as read by Teads and Cloud Carbon Footprint: 533 kg CO2e for 12 x 32 GB DIMMs (384 GB), 533 / 384 = 1.388 kg per GB","url":"https://github.com/cloud-carbon-footprint/cloud-carbon-coefficients"},"range":"Low: 0.4 kg per GB of DRAM from die-area modelling (ACT, as tabulated in LLMCarbon); high: +44% over the R740 figure, by judgment.","range_sources":[{"title":"Faiz et al., LLMCarbon: Modeling the End-to-End Carbon Footprint of Large Language Models, ICLR 2024 (DRAM 0.4 kg CO2e per GB)","url":"https://arxiv.org/abs/2309.14393"}],"note":"The high bound is a judgment: no published LCA above the R740 figure was found. Die-area models leave out DIMM boards and packaging, so the low bound is an underestimate by design."}}');

/***/ })

};
