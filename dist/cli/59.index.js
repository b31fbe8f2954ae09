export const id = 59;
export const ids = [59];
export const modules = {

/***/ 2342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ own),
/* harmony export */   n: () => (/* binding */ byName)
/* harmony export */ });
/**
 * Records keyed by names from a config or a report (step names), which may be anything a user typed:
 * `__proto__`, `constructor` or `toString` are step names like any other. A record built here has no
 * prototype, so such a name is an own key; a lookup reads own keys only, so a plain object built
 * elsewhere never answers with something it inherited.
 */
function byName(entries) {
    const record = Object.create(null);
    for (const [name, value] of entries)
        record[name] = value;
    return record;
}
const own = (record, name) => Object.hasOwn(record, name) ? record[name] : undefined;


/***/ }),

/***/ 1046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yh: () => (/* binding */ budgetUnit),
  A1: () => (/* binding */ evaluateBudgets),
  WB: () => (/* binding */ jobStatus)
});

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

// EXTERNAL MODULE: ./src/budget/by-name.ts
var by_name = __webpack_require__(2342);
;// CONCATENATED MODULE: ./src/budget/evaluate.ts


/** The unit a scope's budget is per ("epoch"), for a step's name or "total"; none when it is absolute. */
const budgetUnit = (budgets, scope) => (scope === "total" ? budgets.total : (0,by_name/* own */.Z)(budgets.steps, scope))?.perUnit;
function evaluateBudgets(input) {
    const { comparison, budgets, history, minChangePct } = input;
    const steps = [];
    for (const step of comparison.steps) {
        const limits = (0,by_name/* own */.Z)(budgets.steps, step.name);
        if (!limits)
            continue;
        steps.push(judgeScope(step.name, limits, stepAmounts(step, (0,by_name/* own */.Z)(history, step.name) ?? []), minChangePct));
    }
    const total = budgets.total
        ? judgeScope("total", budgets.total, totalAmounts(comparison, (0,by_name/* own */.Z)(history, "total") ?? []), minChangePct)
        : undefined;
    return {
        status: jobStatus(comparison, [...steps, ...(total ? [total] : [])]),
        steps,
        ...(total && { total }),
    };
}
/**
 * The job's verdict from its judged scopes (none when there are no budgets): a failure that the
 * figures prove wins; then work left unmeasured anywhere in the job, which is never a pass.
 */
function jobStatus(comparison, scopes = []) {
    if (scopes.some((s) => s.status === "fail"))
        return "fail";
    if (scopes.some((s) => s.status === "not-measured"))
        return "not-measured";
    if (comparison.steps.some((s) => s.status === "not-measured"))
        return "not-measured";
    if (scopes.some((s) => s.status === "warn"))
        return "warn";
    return comparison.baseline && comparison.comparable ? "pass" : "no-baseline";
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
        // A step measured in part keeps its base (same hardware) for the lower bound's sake.
        comparable: step.status === "compared" || (step.status === "not-measured" && base !== undefined),
        history,
        ...(step.status === "not-measured" && { unmeasured: step.head.not_measured ? "whole" : "part" }),
    };
}
function totalAmounts(comparison, history) {
    const sum = (pick) => comparison.steps.reduce((t, s) => t + pick(s), 0);
    const head = { energyKwh: sum((s) => s.head.energy_kwh), co2eG: sum((s) => s.head.co2e_g) };
    // The base total is over the steps both runs have, so a new step is not an "increase"; a step
    // unmeasured on the head counts with what was measured of it (a lower bound), never left out.
    const withBase = comparison.steps.filter((s) => s.base && (s.status === "compared" || s.status === "not-measured"));
    const base = withBase.length
        ? {
            energyKwh: withBase.reduce((t, s) => t + (s.base?.energy_kwh ?? 0), 0),
            co2eG: withBase.reduce((t, s) => t + (s.base?.co2e_g ?? 0), 0),
        }
        : undefined;
    const unmeasured = comparison.steps.some((s) => s.status === "not-measured");
    return {
        head,
        ...(base && { base }),
        headComparedG: withBase.reduce((t, s) => t + s.head.co2e_g, 0),
        comparable: withBase.length > 0,
        history,
        // Steps with no figures at all add nothing but also take nothing away: the sum is still a lower bound.
        ...(unmeasured && { unmeasured: "part" }),
    };
}
const NOT_MEASURED_WHOLE = "the step ran but was not measured: no figures to judge";
const PART = "part of the work was not measured";
function judgeScope(scope, limits, amounts, minChangePct) {
    const checks = [];
    const perUnit = limits.perUnit;
    const perHead = perUnit ? unitCount(amounts.head.unit, perUnit) : 1;
    const perBase = perUnit ? unitCount(amounts.base?.unit, perUnit) : 1;
    const headCo2 = amounts.headComparedG;
    const lowerBound = amounts.unmeasured === "part";
    // A lower bound has no place in a spread of whole runs: no change of it is "within noise".
    const noise = amounts.comparable && amounts.base && !amounts.unmeasured
        ? judgeNoise(headCo2, amounts.base.co2eG, amounts.history, minChangePct)
        : undefined;
    const absolute = (limit, max, value) => {
        if (max === undefined)
            return;
        if (amounts.unmeasured === "whole") {
            checks.push({ limit, status: "not-measured", limitValue: max, reason: NOT_MEASURED_WHOLE });
            return;
        }
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
            const baseOver = base !== undefined && base > max;
            // With a lower bound, "not worse than the base" cannot be told: the rest might make it worse.
            if (lowerBound && baseOver) {
                checks.push({
                    limit,
                    status: "not-measured",
                    limitValue: max,
                    actual,
                    reason: `over budget, as the base branch already was; ${PART}, so whether this change makes it worse cannot be told`,
                });
                return;
            }
            const notWorse = baseOver && (actual <= (base ?? 0) || noise?.within === true);
            checks.push({
                limit,
                status: notWorse ? "warn" : "fail",
                limitValue: max,
                actual,
                reason: notWorse
                    ? "over budget, as the base branch already was; this change does not make it worse"
                    : lowerBound
                        ? `over budget by the measured part alone (${PART})`
                        : "over budget",
            });
        }
        else if (lowerBound) {
            checks.push({
                limit,
                status: "not-measured",
                limitValue: max,
                actual,
                reason: `${PART}; what was measured is ${warnAt !== undefined && actual > warnAt ? "above the warning level" : "within budget"}`,
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
    if (amounts.unmeasured === "whole")
        return { limit: "increase", status: "not-measured", limitValue, reason: NOT_MEASURED_WHOLE };
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
    if (amounts.unmeasured === "part") {
        return actual > limitValue
            ? {
                limit: "increase",
                status: "fail",
                limitValue,
                actual,
                reason: `increase over budget by the measured part alone (${PART})`,
            }
            : {
                limit: "increase",
                status: "not-measured",
                limitValue,
                actual,
                reason: `${PART}, so the increase cannot be told`,
            };
    }
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
/** Unmeasured work outranks a warning: it may hide a failure. */
const RANK = { skipped: 0, pass: 1, warn: 2, "not-measured": 3, fail: 4 };
function worst(checks) {
    return checks.reduce((w, c) => (RANK[c.status] > RANK[w] ? c.status : w), checks.length ? "skipped" : "pass");
}


/***/ }),

/***/ 6832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ compareReports)
/* harmony export */ });
/* harmony import */ var _report_not_measured_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2648);
/** A run against its baseline, step by step (pure). Different hardware is "not comparable", never a delta. */

const toBaseRun = (base) => "hardware" in base ? { fingerprint: base.hardware.fingerprint, steps: base.steps } : base;
const pct = (head, base) => (base > 0 ? ((head - base) / base) * 100 : undefined);
function compareReports(head, baseRun, ref) {
    if (!baseRun || !ref) {
        const status = (s) => ((0,_report_not_measured_js__WEBPACK_IMPORTED_MODULE_0__/* .isFullyMeasured */ .jS)(s) ? "new" : "not-measured");
        return {
            comparable: false,
            steps: head.steps.map((s) => ({ name: s.name, head: s, status: status(s) })),
        };
    }
    const base = toBaseRun(baseRun);
    const comparable = head.hardware.fingerprint === base.fingerprint;
    let baseG = 0;
    let baseKwh = 0;
    let headG = 0;
    let headKwh = 0;
    const steps = head.steps.map((step) => {
        const baseStep = base.steps.find((s) => s.name === step.name);
        if (!(0,_report_not_measured_js__WEBPACK_IMPORTED_MODULE_0__/* .isFullyMeasured */ .jS)(step))
            return {
                name: step.name,
                head: step,
                ...(comparable && baseStep && { base: baseStep }),
                status: "not-measured",
            };
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

/***/ 1518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bF: () => (/* binding */ renderTerminal),
/* harmony export */   fI: () => (/* binding */ renderBudgetLines)
/* harmony export */ });
/* unused harmony export describeBaseline */
/* harmony import */ var _budget_evaluate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1046);
/* harmony import */ var _report_not_measured_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2648);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1509);
/* harmony import */ var _what_if_line_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(185);
/** The report as a few aligned lines for a terminal or a CI log (pure). */




function renderTerminal(report, comparison, options = {}) {
    const lines = [];
    const a = report.assumptions;
    for (const step of report.steps) {
        const exit = step.exit_code !== undefined ? ` · exit ${step.exit_code}` : "";
        lines.push(`carbon-budget · ${step.name} · ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(step.duration_s)}${exit}`);
        if (!(0,_report_not_measured_js__WEBPACK_IMPORTED_MODULE_1__/* .isMeasured */ .V2)(step)) {
            // No figures, not zeros: the step ran, and why it could not be measured is all there is to say.
            lines.push(`  ${_report_not_measured_js__WEBPACK_IMPORTED_MODULE_1__/* .NOT_MEASURED */ .pJ}: ${step.not_measured?.reason ?? ""}`);
            for (const note of step.notes ?? [])
                lines.push(`  note: ${note}`);
            continue;
        }
        const rows = step.components.map((c) => [
            `  ${c.kind.toUpperCase()} ${[c.device, c.model].filter(Boolean).join(" ")}`.trimEnd(),
            `${c.method} (${c.source})`,
            (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatEnergy */ .QE)(c.energy_kwh),
            c.avg_power_w !== undefined ? (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPower */ .d5)(c.avg_power_w) : "",
        ]);
        lines.push(...alignColumns(rows));
        for (const note of step.notes ?? [])
            lines.push(`  note: ${note}`);
        if (options.verbose) {
            for (const c of step.components)
                for (const note of c.notes ?? [])
                    lines.push(`  ${c.kind.toUpperCase()} note: ${note}`);
        }
        lines.push(`  ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatEnergy */ .QE)(step.energy_kwh)} (PUE ${a.pue}) → ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMassRange */ .bk)(step.co2e_g, step.co2e_low_g, step.co2e_high_g, " CO2e")}`, `    operational ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMass */ .so)(step.operational_g)} at ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatIntensity */ .TA)(a.intensity_g_per_kwh)} g/kWh, ${a.intensity_source}${a.intensity_year ? ` ${a.intensity_year}` : ""}`);
        if (step.embodied_g > 0)
            lines.push(`    embodied ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMass */ .so)(step.embodied_g)} (hardware manufacture, amortised over its life)`);
        if (step.sci_g_per_unit !== undefined && step.functional_unit) {
            lines.push(`    ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMass */ .so)(step.sci_g_per_unit)} CO2e per ${step.functional_unit.name} (SCI, ${step.functional_unit.count} ${step.functional_unit.name})`);
        }
        const compared = comparison.steps.find((s) => s.name === step.name);
        const base = comparison.baseline;
        if (!base || !compared || compared.status === "new") {
            lines.push("  no earlier run of this step to compare with");
        }
        else if (compared.status === "not-comparable") {
            lines.push(`  not comparable with ${describeBaseline(base)}: different hardware`);
        }
        else if (compared.deltaG !== undefined) {
            const pct = compared.deltaPct !== undefined ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPct */ .R8)(compared.deltaPct)} ` : "";
            lines.push(`  vs ${describeBaseline(base)}: CO2e ${pct}(${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .signed */ .x8)((0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMass */ .so)(compared.deltaG), compared.deltaG)})`);
        }
        if (step.overhead)
            lines.push(`  measuring cost ${step.overhead.cpu_s.toFixed(2)} CPU s`);
    }
    const greener = report.what_if?.[0];
    if (greener)
        lines.push(`  greener: ${(0,_what_if_line_js__WEBPACK_IMPORTED_MODULE_3__/* .whatIfText */ .l)(greener)}`);
    // Said once, last: where the rest is.
    if (!options.verbose && report.steps.some((step) => step.components.some((c) => c.notes?.length))) {
        lines.push("  (how each number was obtained: --verbose, or the --json / --markdown report)");
    }
    return `${lines.join("\n")}\n`;
}
/** Which run it was compared with: how it was found, its commit when known, when it ended, its id. */
function describeBaseline(base) {
    const sha = base.sha ? ` @${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(base.sha)}` : "";
    const failed = base.passedOver ?? 0;
    const passed = failed > 0 ? `; ${failed} later failed run${failed === 1 ? "" : "s"} passed over` : "";
    return `${base.label}${sha} (${formatWhen(base.endedAt)}, run ${base.runId}${passed})`;
}
/** `2026-12-01 12:08 UTC`; a time that does not parse is shown as it was written. */
function formatWhen(iso) {
    const time = Date.parse(iso);
    if (Number.isNaN(time))
        return iso;
    return `${new Date(time).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
const CHECK_ICON = { pass: "✅", warn: "⚠️", fail: "❌", skipped: "➖", "not-measured": "⚠️" };
/**
 * Each budget that failed or warned, and by how much, as the PR comment's table says it:
 * `❌ train: CO2e 412 g, 112 g (+37%) over its 300 g budget`. Passing limits are left out.
 */
function renderBudgetLines(verdict, budgets) {
    const scopes = [...verdict.steps, ...(verdict.total ? [verdict.total] : [])];
    return scopes.flatMap((scope) => {
        const perUnit = (0,_budget_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .budgetUnit */ .yh)(budgets, scope.scope);
        const name = scope.scope === "total" ? "all steps" : scope.scope;
        return scope.checks
            .filter((check) => check.status === "fail" || check.status === "warn" || check.status === "not-measured")
            .map((check) => `  ${CHECK_ICON[check.status]} ${name}: ${describeCheck(check, perUnit)}`);
    });
}
function describeCheck(check, perUnit) {
    const per = perUnit ? ` per ${perUnit}` : "";
    const { actual, limitValue: limit } = check;
    // "over budget" is what the figures already say; any other reason adds something (a warning level).
    const said = /^(increase )?over budget$/.test(check.reason) ? "" : `: ${check.reason}`;
    if (actual === undefined)
        return check.reason;
    if (check.limit === "increase") {
        const over = actual - limit;
        const by = over > 0 ? `, ${significantPoints(over)} over its +${limit}% budget` : ` (budget +${limit}%)`;
        return `CO2e change ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPct */ .R8)(actual)}${by}${said}`;
    }
    const format = check.limit === "energy" ? _format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatEnergy */ .QE : _format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMass */ .so;
    const what = check.limit === "energy" ? "energy" : "CO2e";
    const value = `${what} ${format(actual)}${per}`;
    if (actual <= limit)
        return `${value} (budget ${format(limit)}${per})${said}`;
    const pct = limit > 0 ? ` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPct */ .R8)(((actual - limit) / limit) * 100)})` : "";
    return `${value}, ${format(actual - limit)}${pct} over its ${format(limit)}${per} budget${said}`;
}
/** A difference of two percentages, in percentage points: `4 points`, `0.5 points`. */
const significantPoints = (points) => `${Number(points.toPrecision(2))} points`;
function alignColumns(rows) {
    const widths = rows.reduce((w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)), []);
    return rows.map((row) => row
        .map((cell, i) => (i >= 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
        .join("  ")
        .trimEnd());
}


/***/ }),

/***/ 185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ whatIfText)
/* harmony export */ });
/* unused harmony export WHAT_IF_CONDITION */
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1996);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1509);


const WHAT_IF_CONDITION = "where the same hardware is available";
/**
 * "1.2 kg CO2e (-94%) in aws:eu-north-1 at 20 gCO2e/kWh, where the same hardware is available";
 * `location` is the place as the caller shows it (escaped, in markdown).
 */
function whatIfText(best, location = best.location) {
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMass */ .so)(best.co2e_g)} CO2e (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPct */ .R8)(best.change_pct)}) in ${location} at ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .rounded */ .Wf)(best.intensity_g_per_kwh)} gCO2e/kWh, ${WHAT_IF_CONDITION}`;
}


/***/ }),

/***/ 2648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V2: () => (/* binding */ isMeasured),
/* harmony export */   jS: () => (/* binding */ isFullyMeasured),
/* harmony export */   pJ: () => (/* binding */ NOT_MEASURED),
/* harmony export */   tb: () => (/* binding */ notMeasuredReasons),
/* harmony export */   uv: () => (/* binding */ nothingMeasured)
/* harmony export */ });
/* unused harmony export unmeasuredRemote */
const NOT_MEASURED = "not measured";
const isMeasured = (step) => step.not_measured === undefined;
/** True when the report has steps and none of them could be measured. */
const nothingMeasured = (report) => report.steps.length > 0 && !report.steps.some(isMeasured);
/** The remote sources of a measured step that could not be read: its figures leave their work out. */
const unmeasuredRemote = (step) => (step.remote ?? []).filter((record) => record.status === "not-measured");
/** Measured, with every remote source read: the step's figures are whole, fit to compare and judge. */
const isFullyMeasured = (step) => isMeasured(step) && unmeasuredRemote(step).length === 0;
const SOURCE_NAMES = { prometheus: "Prometheus", slurm: "Slurm" };
/**
 * Why a step is not (wholly) measured, one sentence per cause, in plain text for a renderer to escape;
 * empty for a step measured whole.
 */
function notMeasuredReasons(step) {
    if (step.not_measured)
        return [step.not_measured.reason];
    return unmeasuredRemote(step).map((record) => `remote energy (${SOURCE_NAMES[record.source]}${record.target ? ` ${record.target}` : ""}) ${NOT_MEASURED}: ${record.reason ?? "no reason given"}; the figures leave that work out`);
}


/***/ })

};
