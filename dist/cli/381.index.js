export const id = 381;
export const ids = [381];
export const modules = {

/***/ 3756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sQ: () => (/* binding */ judgeWithConfig)
});

// UNUSED EXPORTS: budgetsFromConfig, hasBudgets

;// CONCATENATED MODULE: ./src/compare/noise.ts
/**
 * Noise-aware deltas (pure). Two runs of the same training step never use exactly the same energy, so
 * a change is "within noise" when it is under `min_change`, or when the new value sits inside the
 * spread of the base branch's recent runs: median ± 3 robust standard deviations (1.4826 × MAD), the
 * usual outlier fence for small samples, which one unusual run does not widen the way a plain
 * standard deviation would.
 */
/** MAD x 1.4826 estimates the standard deviation of normally distributed values. */
const MAD_TO_SIGMA = 1.4826;
/** How many robust standard deviations from the median still count as noise. */
const SPREAD_SIGMAS = 3;
/** Fewer runs than this say nothing about spread. */
const MIN_HISTORY = 3;
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
function spreadOf(values) {
    const finite = values.filter(Number.isFinite);
    if (finite.length < MIN_HISTORY)
        return undefined;
    const center = median(finite);
    const mad = median(finite.map((v) => Math.abs(v - center)));
    return { median: center, sigma: MAD_TO_SIGMA * mad, runs: finite.length };
}
/** Whether `head` differs from `base` by more than noise, given the base branch's recent values. */
function judgeNoise(head, base, history, minChangePct) {
    if (base > 0 && Math.abs(((head - base) / base) * 100) < minChangePct) {
        return { within: true, why: "min-change", minChangePct };
    }
    const spread = spreadOf(history);
    if (spread && Math.abs(head - spread.median) <= SPREAD_SIGMAS * spread.sigma) {
        return { within: true, why: "spread", spread };
    }
    return { within: false };
}

;// CONCATENATED MODULE: ./src/budget/evaluate.ts

function evaluateBudgets(input) {
    const { comparison, budgets, history, minChangePct } = input;
    const steps = [];
    for (const step of comparison.steps) {
        const limits = budgets.steps[step.name];
        if (!limits)
            continue;
        steps.push(judgeScope(step.name, limits, stepAmounts(step, history[step.name] ?? []), minChangePct));
    }
    const total = budgets.total
        ? judgeScope("total", budgets.total, totalAmounts(comparison, history.total ?? []), minChangePct)
        : undefined;
    const all = [...steps, ...(total ? [total] : [])];
    const status = all.some((s) => s.status === "fail")
        ? "fail"
        : all.some((s) => s.status === "warn")
            ? "warn"
            : comparison.baseline && comparison.comparable
                ? "pass"
                : "no-baseline";
    return { status, steps, ...(total && { total }) };
}
const unitOf = (step) => step.functional_unit && { name: step.functional_unit.name, count: step.functional_unit.count };
function stepAmounts(step, history) {
    const head = { energyKwh: step.head.energy_kwh, co2eG: step.head.co2e_g, unit: unitOf(step.head) };
    const base = step.base && {
        energyKwh: step.base.energy_kwh,
        co2eG: step.base.co2e_g,
        unit: unitOf(step.base),
    };
    return {
        head,
        ...(base && { base }),
        headComparedG: head.co2eG,
        comparable: step.status === "compared",
        history,
    };
}
function totalAmounts(comparison, history) {
    const sum = (pick) => comparison.steps.reduce((t, s) => t + pick(s), 0);
    const head = { energyKwh: sum((s) => s.head.energy_kwh), co2eG: sum((s) => s.head.co2e_g) };
    // The base total is over the steps both runs have, so a new step is not an "increase".
    const compared = comparison.steps.filter((s) => s.status === "compared" && s.base);
    const base = compared.length
        ? {
            energyKwh: compared.reduce((t, s) => t + (s.base?.energy_kwh ?? 0), 0),
            co2eG: compared.reduce((t, s) => t + (s.base?.co2e_g ?? 0), 0),
        }
        : undefined;
    return {
        head,
        ...(base && { base }),
        headComparedG: compared.reduce((t, s) => t + s.head.co2e_g, 0),
        comparable: compared.length > 0,
        history,
    };
}
function judgeScope(scope, limits, amounts, minChangePct) {
    const checks = [];
    const perUnit = limits.perUnit;
    const perHead = perUnit ? unitCount(amounts.head.unit, perUnit) : 1;
    const perBase = perUnit ? unitCount(amounts.base?.unit, perUnit) : 1;
    const headCo2 = amounts.headComparedG;
    const noise = amounts.comparable && amounts.base
        ? judgeNoise(headCo2, amounts.base.co2eG, amounts.history, minChangePct)
        : undefined;
    const absolute = (limit, max, value) => {
        if (max === undefined)
            return;
        if (perUnit && perHead === undefined) {
            checks.push({
                limit,
                status: "warn",
                limitValue: max,
                reason: `the step declares no "${perUnit}" count, so the per-${perUnit} budget cannot be judged`,
            });
            return;
        }
        const actual = value(amounts.head) / (perHead ?? 1);
        const warnAt = limits.warn && limits.warn.kind === (limit === "energy" ? "energy" : "mass")
            ? limits.warn.value
            : undefined;
        if (actual > max) {
            const base = amounts.comparable && amounts.base && perBase !== undefined
                ? value(amounts.base) / perBase
                : undefined;
            const notWorse = base !== undefined && base > max && (actual <= base || noise?.within === true);
            checks.push({
                limit,
                status: notWorse ? "warn" : "fail",
                limitValue: max,
                actual,
                reason: notWorse
                    ? "over budget, as the base branch already was; this change does not make it worse"
                    : "over budget",
            });
        }
        else if (warnAt !== undefined && actual > warnAt) {
            checks.push({ limit, status: "warn", limitValue: max, actual, reason: "above the warning level" });
        }
        else {
            checks.push({ limit, status: "pass", limitValue: max, actual, reason: "within budget" });
        }
    };
    absolute("energy", limits.energyKwh, (a) => a.energyKwh);
    absolute("co2e", limits.co2eG, (a) => a.co2eG);
    if (limits.increasePct !== undefined) {
        checks.push(relativeCheck(limits, amounts, headCo2, noise));
    }
    return { scope, status: worst(checks), checks, ...(noise && { noise }) };
}
function relativeCheck(limits, amounts, headCo2, noise) {
    const limitValue = limits.increasePct ?? 0;
    if (!amounts.base)
        return { limit: "increase", status: "skipped", limitValue, reason: "no baseline" };
    if (!amounts.comparable)
        return {
            limit: "increase",
            status: "skipped",
            limitValue,
            reason: "not comparable (different hardware)",
        };
    if (amounts.base.co2eG <= 0)
        return { limit: "increase", status: "skipped", limitValue, reason: "the baseline is zero" };
    const actual = ((headCo2 - amounts.base.co2eG) / amounts.base.co2eG) * 100;
    if (noise?.within)
        return { limit: "increase", status: "pass", limitValue, actual, reason: "within noise" };
    if (actual > limitValue)
        return { limit: "increase", status: "fail", limitValue, actual, reason: "increase over budget" };
    const warnAt = limits.warn?.kind === "percent" ? limits.warn.value : undefined;
    if (warnAt !== undefined && actual > warnAt) {
        return {
            limit: "increase",
            status: "warn",
            limitValue,
            actual,
            reason: "increase above the warning level",
        };
    }
    return { limit: "increase", status: "pass", limitValue, actual, reason: "within budget" };
}
function unitCount(unit, wanted) {
    return unit && unit.name === wanted && unit.count > 0 ? unit.count : undefined;
}
const RANK = { skipped: 0, pass: 1, warn: 2, fail: 3 };
function worst(checks) {
    return checks.reduce((w, c) => (RANK[c.status] > RANK[w] ? c.status : w), checks.length ? "skipped" : "pass");
}

;// CONCATENATED MODULE: ./src/budget/from-config.ts
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
        steps: Object.fromEntries(Object.entries(config.budgets.steps).map(([name, budget]) => [name, toLimits(budget)])),
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
        verdict: evaluateBudgets({
            comparison,
            budgets,
            history: {},
            minChangePct: config.comparison.min_change.value,
        }),
    };
}


/***/ }),

/***/ 6832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ compareReports)
/* harmony export */ });
const toBaseRun = (base) => "hardware" in base ? { fingerprint: base.hardware.fingerprint, steps: base.steps } : base;
const pct = (head, base) => (base > 0 ? ((head - base) / base) * 100 : undefined);
function compareReports(head, baseRun, ref) {
    if (!baseRun || !ref)
        return { comparable: false, steps: head.steps.map((s) => ({ name: s.name, head: s, status: "new" })) };
    const base = toBaseRun(baseRun);
    const comparable = head.hardware.fingerprint === base.fingerprint;
    let baseG = 0;
    let baseKwh = 0;
    let headG = 0;
    let headKwh = 0;
    const steps = head.steps.map((step) => {
        const baseStep = base.steps.find((s) => s.name === step.name);
        if (!baseStep)
            return { name: step.name, head: step, status: "new" };
        if (!comparable)
            return { name: step.name, head: step, base: baseStep, status: "not-comparable" };
        baseG += baseStep.co2e_g;
        baseKwh += baseStep.energy_kwh;
        headG += step.co2e_g;
        headKwh += step.energy_kwh;
        const deltaPct = pct(step.co2e_g, baseStep.co2e_g);
        return {
            name: step.name,
            head: step,
            base: baseStep,
            status: "compared",
            deltaKwh: step.energy_kwh - baseStep.energy_kwh,
            deltaG: step.co2e_g - baseStep.co2e_g,
            ...(deltaPct !== undefined && { deltaPct }),
        };
    });
    const anyCompared = steps.some((s) => s.status === "compared");
    const totalPct = pct(headG, baseG);
    return {
        baseline: ref,
        comparable,
        steps,
        ...(anyCompared && {
            total: {
                deltaG: headG - baseG,
                deltaKwh: headKwh - baseKwh,
                ...(totalPct !== undefined && { deltaPct: totalPct }),
            },
        }),
    };
}


/***/ }),

/***/ 1874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ renderMarkdown)
});

;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * Text from a report (step names, device names, notes) reaches markdown that GitHub renders: escape it
 * so it cannot close a table cell, open a link, mention someone or inject HTML.
 */
function escapeMarkdown(text) {
    return text
        .replace(/[\r\n]+/g, " ")
        .replace(/[\\`*_{}[\]()#+!|<>~&]/g, (c) => `&#${c.charCodeAt(0)};`)
        .replace(/@/g, "@\u200b");
}

// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/report/trend-chart.ts
function trendChart(points, title) {
    if (points.length < 2)
        return undefined;
    const max = Math.max(...points.map((p) => p.co2eG));
    // Mermaid axes need one unit; grams or kilograms, whichever keeps the numbers short.
    const [unit, factor] = max >= 10_000 ? ["kg", 1000] : ["g", 1];
    const labels = points.map((p) => JSON.stringify(p.label.replace(/["\\]/g, "")));
    const values = points.map((p) => Number((p.co2eG / factor).toPrecision(4)));
    return [
        "```mermaid",
        "xychart-beta",
        `  title "${title.replace(/["\\]/g, "")}"`,
        `  x-axis [${labels.join(", ")}]`,
        `  y-axis "CO2e (${unit})"`,
        `  line [${values.join(", ")}]`,
        "```",
    ].join("\n");
}

// EXTERNAL MODULE: ./src/report/verdict-cells.ts
var verdict_cells = __webpack_require__(3879);
;// CONCATENATED MODULE: ./src/report/markdown.ts




function renderMarkdown(report, comparison, extras = {}) {
    const { verdict, budgets } = extras;
    const judged = verdict !== undefined && budgets !== undefined;
    const chart = extras.trend && trendChart(extras.trend.points, extras.trend.title);
    return [
        headline(report, comparison, verdict),
        ...(extras.equivalents?.length ? ["", `<sub>${extras.equivalents.map(escapeMarkdown).join(" · ")}</sub>`] : []),
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
        ...(extras.notices?.length ? ["", ...extras.notices.map((n) => `> ${n}`)] : []),
        ...(chart ? ["", chart] : []),
        "",
        methods(report),
    ].join("\n");
}
const find = (verdict, scope) => verdict.steps.find((s) => s.scope === scope);
function totalRow(report, comparison, budgets, total) {
    const t = report.totals;
    const range = `${(0,format/* formatMass */.so)(t.co2e_g)} (${(0,format/* formatMass */.so)(t.co2e_low_g)}–${(0,format/* formatMass */.so)(t.co2e_high_g)})`;
    const delta = comparison.total;
    const changeText = delta
        ? `${delta.deltaPct !== undefined ? `${(0,format/* formatPct */.R8)(delta.deltaPct)} ` : ""}(${(0,format/* signed */.x8)((0,format/* formatMass */.so)(delta.deltaG), delta.deltaG)})`
        : "–";
    return `| **Total** | ${(0,format/* formatDuration */.a3)(t.duration_s)} | ${(0,format/* formatEnergy */.QE)(t.energy_kwh)} | ${range} | ${changeText} | ${(0,verdict_cells/* budgetCell */.oT)(budgets.total)} | ${(0,verdict_cells/* statusCell */.fo)(total)} |`;
}
function headline(report, comparison, verdict) {
    const title = verdict ? `carbon-budget ${verdict_cells/* VERDICT_WORDS */._G[verdict.status]}` : "carbon-budget";
    return plainHeadline(report, comparison).replace(/^### carbon-budget/, `### ${title}`);
}
function plainHeadline(report, comparison) {
    const total = `**${(0,format/* formatMass */.so)(report.totals.co2e_g)} CO2e**, ${(0,format/* formatEnergy */.QE)(report.totals.energy_kwh)}`;
    const base = comparison.baseline;
    if (!base)
        return `### carbon-budget: ${total} (no baseline yet)`;
    const against = `vs ${escapeMarkdown(base.label)}${base.sha ? ` @${(0,format/* shortSha */.Fu)(base.sha)}` : ""}`;
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
    const range = `${(0,format/* formatMass */.so)(h.co2e_g)} (${(0,format/* formatMass */.so)(h.co2e_low_g)}–${(0,format/* formatMass */.so)(h.co2e_high_g)})`;
    return `| ${escapeMarkdown(h.name)}${exitNote(h.exit_code)} | ${(0,format/* formatDuration */.a3)(h.duration_s)} | ${(0,format/* formatEnergy */.QE)(h.energy_kwh)} | ${range} | ${change(step)} |`;
}
const exitNote = (code) => (code ? ` (exit ${code})` : "");
function change(step) {
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
    const lines = [
        "<details><summary>Methods and assumptions</summary>",
        "",
        "| Step | Component | Method | Source | Energy | Avg power |",
        "| --- | --- | --- | --- | ---: | ---: |",
    ];
    for (const step of report.steps) {
        for (const c of step.components)
            lines.push(componentRow(step.name, c));
    }
    lines.push("", `- PUE ${a.pue}; grid intensity ${a.intensity_g_per_kwh} gCO2e/kWh from ${escapeMarkdown(a.intensity_source)}${a.intensity_year ? ` (${a.intensity_year})` : ""}.`, ...report.steps.map((step) => `- ${escapeMarkdown(step.name)}: ${(0,format/* formatMass */.so)(step.co2e_g)} CO2e = operational ${(0,format/* formatMass */.so)(step.operational_g)} + embodied ${(0,format/* formatMass */.so)(step.embodied_g)}${step.sci_g_per_unit !== undefined && step.functional_unit
        ? `; ${(0,format/* formatMass */.so)(step.sci_g_per_unit)} per ${escapeMarkdown(step.functional_unit.name)} (SCI)`
        : ""}.`));
    const notes = report.steps.flatMap((step) => [
        ...(step.notes ?? []).map((note) => `${escapeMarkdown(step.name)}: ${escapeMarkdown(note)}`),
        ...step.components.flatMap((c) => (c.notes ?? []).map((note) => `${escapeMarkdown(step.name)} ${c.kind}: ${escapeMarkdown(note)}`)),
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
function componentRow(step, c) {
    const device = [c.kind.toUpperCase(), c.device, c.model].filter(Boolean).map(String).join(" ");
    const power = c.avg_power_w !== undefined ? (0,format/* formatPower */.d5)(c.avg_power_w) : "–";
    return `| ${escapeMarkdown(step)} | ${escapeMarkdown(device)} | ${c.method} | ${escapeMarkdown(c.source)} | ${(0,format/* formatEnergy */.QE)(c.energy_kwh)} | ${power} |`;
}


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


/***/ }),

/***/ 7496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ renderTerminal)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2011);

function renderTerminal(report, comparison, options = {}) {
    const lines = [];
    const a = report.assumptions;
    for (const step of report.steps) {
        const exit = step.exit_code !== undefined ? ` · exit ${step.exit_code}` : "";
        lines.push(`carbon-budget · ${step.name} · ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(step.duration_s)}${exit}`);
        const rows = step.components.map((c) => [
            `  ${c.kind.toUpperCase()} ${[c.device, c.model].filter(Boolean).join(" ")}`.trimEnd(),
            `${c.method} (${c.source})`,
            (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatEnergy */ .QE)(c.energy_kwh),
            c.avg_power_w !== undefined ? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPower */ .d5)(c.avg_power_w) : "",
        ]);
        lines.push(...alignColumns(rows));
        for (const note of step.notes ?? [])
            lines.push(`  note: ${note}`);
        if (options.verbose) {
            for (const c of step.components)
                for (const note of c.notes ?? [])
                    lines.push(`  ${c.kind} note: ${note}`);
        }
        lines.push(`  ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatEnergy */ .QE)(step.energy_kwh)} (PUE ${a.pue}) → ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(step.co2e_g)} CO2e (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(step.co2e_low_g)}–${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(step.co2e_high_g)})`, `    operational ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(step.operational_g)} at ${a.intensity_g_per_kwh} g/kWh, ${a.intensity_source}${a.intensity_year ? ` ${a.intensity_year}` : ""}`);
        if (step.embodied_g > 0)
            lines.push(`    embodied ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(step.embodied_g)} (hardware manufacture, amortised over its life)`);
        if (step.sci_g_per_unit !== undefined && step.functional_unit) {
            lines.push(`    ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(step.sci_g_per_unit)} CO2e per ${step.functional_unit.name} (SCI, ${step.functional_unit.count} ${step.functional_unit.name})`);
        }
        const compared = comparison.steps.find((s) => s.name === step.name);
        const base = comparison.baseline;
        if (!base || !compared || compared.status === "new") {
            lines.push("  no earlier run of this step to compare with");
        }
        else if (compared.status === "not-comparable") {
            lines.push(`  not comparable with ${base.label} @${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSha */ .Fu)(base.sha)}: different hardware`);
        }
        else if (compared.deltaG !== undefined) {
            const pct = compared.deltaPct !== undefined ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPct */ .R8)(compared.deltaPct)} ` : "";
            lines.push(`  vs ${base.label} @${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSha */ .Fu)(base.sha)} (${base.endedAt}): CO2e ${pct}(${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .signed */ .x8)((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(compared.deltaG), compared.deltaG)})`);
        }
        if (step.overhead)
            lines.push(`  measuring cost ${step.overhead.cpu_s.toFixed(2)} CPU s`);
        if (!options.verbose && step.components.some((c) => c.notes?.length)) {
            lines.push("  (how each number was obtained: --verbose, or the --json / --markdown report)");
        }
    }
    return `${lines.join("\n")}\n`;
}
function alignColumns(rows) {
    const widths = rows.reduce((w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)), []);
    return rows.map((row) => row
        .map((cell, i) => (i >= 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
        .join("  ")
        .trimEnd());
}


/***/ }),

/***/ 3879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _G: () => (/* binding */ VERDICT_WORDS),
/* harmony export */   fo: () => (/* binding */ statusCell),
/* harmony export */   oT: () => (/* binding */ budgetCell)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2011);

const ICON = { pass: "✅", warn: "⚠️", fail: "❌", skipped: "➖" };
const VERDICT_WORDS = {
    pass: "✅ within budget",
    warn: "⚠️ warning",
    fail: "❌ over budget",
    "no-baseline": "ℹ️ no baseline",
};
function budgetCell(limits) {
    if (!limits)
        return "–";
    const per = limits.perUnit ? ` per ${limits.perUnit}` : "";
    const parts = [
        limits.energyKwh !== undefined ? `≤ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatEnergy */ .QE)(limits.energyKwh)}${per}` : undefined,
        limits.co2eG !== undefined ? `≤ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(limits.co2eG)}${per}` : undefined,
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
        ? ` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPct */ .R8)(deciding.actual)})`
        : "";
    return `${ICON[verdict.status]}${reason}${value}${noise}`;
}


/***/ })

};
