export const id = 986;
export const ids = [986];
export const modules = {

/***/ 5986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  badgeFileName: () => (/* binding */ badgeFileName),
  dashboardFiles: () => (/* binding */ dashboardFiles)
});

// EXTERNAL MODULE: ./src/render/format.ts
var format = __webpack_require__(1509);
;// CONCATENATED MODULE: ./src/dashboard/html.ts
/** Text from reports (step names, commits, hardware, methods) into HTML and SVG: every special character escaped. */
const ESCAPES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;",
};
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

;// CONCATENATED MODULE: ./src/dashboard/badge.ts
/**
 * README badges (pure: figures -> SVG), in the flat look shields.io made familiar: a grey label, a
 * coloured value, 20 px high. Text widths are estimated per character and pinned with `textLength`, so
 * any fallback font fits the box. `<title>` and `aria-label` say the whole thing for screen readers.
 */


const BADGE_COLORS = {
    pass: "#2e7d32",
    warn: "#9a6700",
    fail: "#c62828",
    info: "#0a66c2",
    none: "#656d76",
};
/** Verdana 11px advance widths, rounded: narrow letters, wide letters, and the rest by case. */
const NARROW = new Set([..."fijlrt.,:;'|!()[] "]);
const WIDE = new Set([..."mwMW%"]);
function textWidth(text) {
    let width = 0;
    for (const char of text) {
        if (NARROW.has(char))
            width += 4.2;
        else if (WIDE.has(char))
            width += 10.5;
        else if (/[A-Z]/.test(char))
            width += 7.6;
        else if (/[0-9]/.test(char))
            width += 7;
        else
            width += 6.6;
    }
    return Math.ceil(width);
}
const PAD = 6;
function renderBadge(spec) {
    const labelText = textWidth(spec.label);
    const messageText = textWidth(spec.message);
    const labelWidth = labelText + 2 * PAD;
    const messageWidth = messageText + 2 * PAD;
    const width = labelWidth + messageWidth;
    const color = BADGE_COLORS[spec.tone];
    // Drawn at 10x and scaled down, as shields does: text positions keep a tenth of a pixel.
    const text = (value, centre, length) => {
        const x = centre * 10;
        const safe = escapeHtml(value);
        return `<text aria-hidden="true" x="${x}" y="150" fill="#010101" fill-opacity=".3" transform="scale(.1)" textLength="${length * 10}">${safe}</text><text x="${x}" y="140" transform="scale(.1)" fill="#fff" textLength="${length * 10}">${safe}</text>`;
    };
    const aria = escapeHtml(`${spec.label}: ${spec.message}`);
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${aria}"><title>${escapeHtml(spec.title)}</title><linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient><clipPath id="r"><rect width="${width}" height="20" rx="3" fill="#fff"/></clipPath><g clip-path="url(#r)"><rect width="${labelWidth}" height="20" fill="#555"/><rect x="${labelWidth}" width="${messageWidth}" height="20" fill="${color}"/><rect width="${width}" height="20" fill="url(#s)"/></g><g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" text-rendering="geometricPrecision" font-size="110">${text(spec.label, labelWidth / 2, labelText)}${text(spec.message, labelWidth + messageWidth / 2, messageText)}</g></svg>
`;
}
/**
 * The badge of one series: its newest run that did not fail (a failed run's figure is partial),
 * coloured by the budget: over it red, over its warning level amber, within it green, none set blue.
 */
function seriesBadge(series, label, where) {
    const latest = series?.points.filter((point) => !point.failed).at(-1);
    if (!series || !latest) {
        return { label, message: "no runs", tone: "none", title: `${label} on ${where}: no successful run yet` };
    }
    const { budget } = series;
    const over = (value, limit) => limit !== undefined && value > limit;
    const fail = over(latest.co2e_g, budget.co2e_g) || over(latest.energy_kwh, budget.energy_kwh);
    const warn = over(latest.co2e_g, budget.co2e_warn_g) || over(latest.energy_kwh, budget.energy_warn_kwh);
    const limits = [
        budget.co2e_g !== undefined ? `budget ${(0,format/* formatMass */.so)(budget.co2e_g)}` : "",
        budget.energy_kwh !== undefined ? `budget ${(0,format/* formatEnergy */.QE)(budget.energy_kwh)}` : "",
    ].filter(Boolean);
    const tone = fail ? "fail" : warn ? "warn" : limits.length > 0 ? "pass" : "info";
    const judged = limits.length > 0 ? `; ${limits.join(", ")}${fail ? ": over" : warn ? ": near" : ": within"}` : "";
    return {
        label,
        message: latest.text.co2e,
        tone,
        title: `${label} on ${where}: ${latest.text.co2e} (${latest.text.energy}) at ${latest.sha.slice(0, 7)}, ${latest.text.date}${judged}`,
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/dashboard/assets.ts
/**
 * The page's inlined code and style: uPlot (the chart library, MIT) and the page's own script and
 * stylesheet. Read once at load; ncc sees these `new URL(..., import.meta.url)` reads and copies each
 * file next to the bundle, so the committed dist/ needs no node_modules.
 */

const CHART_LIBRARY = {
    name: "uPlot",
    license: "MIT License, Copyright (c) 2022 Leon Sorokin",
    js: (0,external_node_fs_.readFileSync)(__webpack_require__.ab + "uPlot.iife.min.js", "utf8"),
    css: (0,external_node_fs_.readFileSync)(__webpack_require__.ab + "uPlot.min.css", "utf8"),
};
const PAGE_SCRIPT = (0,external_node_fs_.readFileSync)(__webpack_require__.ab + "dashboard-page.js", "utf8");
const PAGE_STYLE = (0,external_node_fs_.readFileSync)(__webpack_require__.ab + "dashboard-page.css", "utf8");

;// CONCATENATED MODULE: ./src/dashboard/table.ts
/**
 * A step's runs as an HTML table (pure), newest first: the chart's figures for screen readers, for
 * copying, and for readers without the script. Long histories start folded.
 */

/** Up to this many rows the table starts open. */
const OPEN_ROWS = 15;
const SHA = /^[0-9a-f]{7,64}$/;
function commitCell(point, repo) {
    const short = escapeHtml(point.sha.slice(0, 7));
    const title = ` title="${escapeHtml(point.sha)}"`;
    if (repo && SHA.test(point.sha)) {
        return `<a href="https://github.com/${escapeHtml(repo)}/commit/${point.sha}"${title}><code>${short}</code></a>`;
    }
    return `<code${title}>${short}</code>`;
}
function note(point) {
    const notes = [];
    if (point.failed)
        notes.push(`<span class="note-failed">failed: exit code ${point.exit_code}</span>`);
    if (point.not_comparable) {
        notes.push(`<span class="note-hardware">hardware changed: not comparable with the run before; now ${escapeHtml(point.hardware)}</span>`);
    }
    return notes.join("; ");
}
function row(point, repo) {
    const cells = [
        `<td>${commitCell(point, repo)}</td>`,
        `<td class="nowrap">${escapeHtml(point.text.date)}</td>`,
        `<td class="num">${escapeHtml(point.text.co2e)}</td>`,
        `<td class="num">${escapeHtml(point.text.range)}</td>`,
        `<td class="num">${escapeHtml(point.text.energy)}</td>`,
        `<td class="nowrap">${escapeHtml(point.intensity)}</td>`,
        `<td class="method">${escapeHtml(point.method)}</td>`,
        `<td class="note">${note(point)}</td>`,
    ];
    return `<tr${point.failed ? ' class="failed"' : ""}>${cells.join("")}</tr>`;
}
function renderTable(series, branch, repo) {
    const count = series.points.length;
    const rows = [...series.points].reverse().map((point) => row(point, repo));
    const caption = `${escapeHtml(series.name)} on ${escapeHtml(branch)}: ${count} run${count === 1 ? "" : "s"}, newest first`;
    const head = ["Commit", "Date", "CO2e", "Range", "Energy", "Grid intensity", "Method", "Note"]
        .map((name, index) => `<th scope="col"${index >= 2 && index <= 4 ? ' class="num"' : ""}>${name}</th>`)
        .join("");
    return `<details class="runs"${count <= OPEN_ROWS ? " open" : ""}><summary>Table: ${count} run${count === 1 ? "" : "s"}</summary>
<div class="table-wrap"><table data-series="${escapeHtml(series.id)}">
<caption>${caption}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table></div>
</details>`;
}

;// CONCATENATED MODULE: ./src/dashboard/page.ts
/**
 * The dashboard page (pure: data -> HTML). One self-contained file: the data, uPlot, the page's script
 * and style are inlined and a Content-Security-Policy allows nothing else, so it works from file:// and
 * from GitHub Pages and never loads anything. Every text from a report is escaped here; the tables are
 * plain HTML, so the figures read (and copy) without the script.
 */






/** JSON inside <script>: `<` escaped so no string in it can close the element. */
const scriptJson = (value) => JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
const hash = (text) => `'sha256-${(0,external_node_crypto_.createHash)("sha256").update(text, "utf8").digest("base64")}'`;
/** The newest run that did not fail, and the change from the comparable successful run before it. */
function latestLine(series) {
    const ok = series.points.filter((point) => !point.failed);
    const latest = ok[ok.length - 1];
    if (!latest)
        return `<p class="latest">No successful run yet.</p>`;
    const before = ok[ok.length - 2];
    const change = before && !latest.not_comparable && before.co2e_g > 0
        ? ` (${(0,format/* formatPct */.R8)(((latest.co2e_g - before.co2e_g) / before.co2e_g) * 100)} vs the run before)`
        : "";
    return `<p class="latest">Latest: <strong>${escapeHtml(latest.text.co2e)} CO2e</strong>${escapeHtml(change)}, ${escapeHtml(latest.text.energy)} · <code>${escapeHtml(latest.sha.slice(0, 7))}</code> · ${escapeHtml(latest.text.date)}</p>`;
}
function legend(series) {
    const has = (pick) => series.points.some(pick);
    const { budget } = series;
    const items = [
        ["co2e", "CO2e per run"],
        ...(has((p) => p.co2e_low_g !== undefined) ? [["band", "low – high range"]] : []),
        ["energy", "energy per run"],
        ...(budget.co2e_g !== undefined || budget.energy_kwh !== undefined
            ? [["budget", "budget"]]
            : []),
        ...(budget.co2e_warn_g !== undefined || budget.energy_warn_kwh !== undefined
            ? [["warn", "warning level"]]
            : []),
        ...(has((p) => p.failed)
            ? [["failed", "failed run (partial figure, off the line)"]]
            : []),
        ...(has((p) => p.not_comparable)
            ? [["hardware", "hardware changed: not comparable with the run before"]]
            : []),
    ];
    const entries = items.map(([kind, words]) => `<li><span class="swatch ${kind}" aria-hidden="true"></span>${escapeHtml(words)}</li>`);
    return `<ul class="legend" aria-label="Legend">${entries.join("")}</ul>`;
}
function chart(series, kind, branch) {
    const what = kind === "co2e" ? "CO2e" : "Energy";
    const label = `${what} of ${series.name} on ${branch} per run, ${series.points.length} runs, oldest first; the table below has the same figures`;
    return `<figure class="chart" data-series="${escapeHtml(series.id)}" data-kind="${kind}"><figcaption>${what}</figcaption><div class="plot" role="img" aria-label="${escapeHtml(label)}"></div></figure>`;
}
function stepSection(series, branch, repo) {
    const title = series.id.endsWith("-total") ? "Total, all steps" : series.name;
    return `<section class="step" id="${escapeHtml(series.id)}" aria-labelledby="${escapeHtml(series.id)}-title">
<div class="step-head"><h2 id="${escapeHtml(series.id)}-title">${escapeHtml(title)}</h2>${latestLine(series)}</div>
<div class="charts">${chart(series, "co2e", branch)}${chart(series, "energy", branch)}</div>
${legend(series)}
${renderTable(series, branch, repo)}
</section>`;
}
function branchSection(branch, index, repo, shown) {
    const steps = [...(branch.total ? [branch.total] : []), ...branch.steps];
    return `<section class="branch" data-branch="${index}" aria-label="Branch ${escapeHtml(branch.name)}"${shown ? "" : " hidden"}>
${steps.map((series) => stepSection(series, branch.name, repo)).join("\n")}
</section>`;
}
function branchPicker(data) {
    if (data.branches.length < 2)
        return "";
    const options = data.branches.map((branch, index) => `<option value="${index}"${index === 0 ? " selected" : ""}>${escapeHtml(branch.name)} (${branch.runs} runs)</option>`);
    return `<p class="branch-picker"><label for="branch-select">Branch </label><select id="branch-select">${options.join("")}</select></p>`;
}
function badgeHelp(data) {
    const [owner, name] = data.repo?.split("/") ?? [];
    const base = owner && name ? `https://${owner.toLowerCase()}.github.io/${name}/` : "";
    const image = `![CO2e on ${data.tracked}](${base}badge.svg)`;
    const markdown = base ? `[${image}](${base})` : image;
    return `<details><summary>Put a badge in your README</summary>
<p>Each push writes <code>badge.svg</code> (the latest run's total) and <code>badge-STEP.svg</code> (each step) beside this page. With GitHub Pages serving the data branch:</p>
<pre><code>${escapeHtml(markdown)}</code></pre>
</details>`;
}
function renderDashboardPage(data) {
    const tracked = data.branches[0];
    const runs = data.branches.reduce((total, branch) => total + branch.runs, 0);
    const steps = tracked ? tracked.steps.length : 0;
    const meta = tracked
        ? `Branch <strong>${escapeHtml(tracked.name)}</strong> · ${tracked.runs} run${tracked.runs === 1 ? "" : "s"} · ${steps} step${steps === 1 ? "" : "s"}${data.branches.length > 1 ? ` · ${runs} runs on ${data.branches.length} branches` : ""}`
        : "No runs yet";
    const body = tracked
        ? data.branches.map((branch, index) => branchSection(branch, index, data.repo, index === 0)).join("\n")
        : `<p class="empty">No runs in the history yet. Each run of <code>carbon-budget run</code> (or each push the action measures) adds one.</p>`;
    const title = data.repo ? `Emissions history · ${data.repo}` : "Emissions history";
    const csp = [
        "default-src 'none'",
        `script-src ${hash(CHART_LIBRARY.js)} ${hash(PAGE_SCRIPT)}`,
        // uPlot positions its layers through inline styles.
        "style-src 'unsafe-inline'",
        "img-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ].join("; ");
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="generator" content="carbon-budget ${escapeHtml(version/* VERSION */.x)}">
<title>${escapeHtml(title)}</title>
<style>${CHART_LIBRARY.css}</style>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header>
<h1>Emissions history${data.repo ? ` <span class="repo">${escapeHtml(data.repo)}</span>` : ""}</h1>
<p class="meta">${meta}</p>
${branchPicker(data)}
</header>
<main>
${body}
</main>
<footer>
${tracked ? badgeHelp(data) : ""}
<p>Generated ${escapeHtml(data.generated_at.slice(0, 16).replace("T", " "))} UTC by carbon-budget ${escapeHtml(version/* VERSION */.x)}. CO2e is operational (energy × PUE × grid intensity) plus embodied emissions; the band is the low..high range of each estimate. Charts: ${CHART_LIBRARY.name} (${escapeHtml(CHART_LIBRARY.license)}).</p>
</footer>
<script type="application/json" id="dashboard-data">${scriptJson(data)}</script>
<script>${CHART_LIBRARY.js}</script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

;// CONCATENATED MODULE: ./src/dashboard/series.ts

const TOTAL_NAME = "all steps";
const USUAL_DEFAULTS = ["main", "master", "trunk", "develop"];
const REPO_NAME = /^[\w.-]+\/[\w.-]+$/;
const time = (run) => {
    const value = Date.parse(run.ended_at);
    return Number.isNaN(value) ? Number.NEGATIVE_INFINITY : value;
};
const byTime = (a, b) => time(a) - time(b) || (a.run_id < b.run_id ? -1 : a.run_id > b.run_id ? 1 : 0);
/** "2025-03-01 11:00 UTC": the same for every reader, wherever the page is opened. */
function formatDate(iso) {
    const value = Date.parse(iso);
    if (Number.isNaN(value))
        return iso;
    return `${new Date(value).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
function budgetLines(limits) {
    if (!limits || limits.perUnit !== undefined)
        return {};
    const warn = limits.warn;
    return {
        ...(limits.co2eG !== undefined && { co2e_g: limits.co2eG }),
        ...(warn?.kind === "mass" && { co2e_warn_g: warn.value }),
        ...(limits.energyKwh !== undefined && { energy_kwh: limits.energyKwh }),
        ...(warn?.kind === "energy" && { energy_warn_kwh: warn.value }),
    };
}
function point(run, step, notComparable) {
    const failed = step.exit_code !== undefined && step.exit_code !== 0;
    const hasRange = step.co2e_low_g !== undefined && step.co2e_high_g !== undefined;
    return {
        sha: run.sha,
        run_id: run.run_id,
        ended_at: run.ended_at,
        co2e_g: step.co2e_g,
        ...(hasRange && { co2e_low_g: step.co2e_low_g, co2e_high_g: step.co2e_high_g }),
        energy_kwh: step.energy_kwh,
        ...(step.exit_code !== undefined && { exit_code: step.exit_code }),
        failed,
        not_comparable: notComparable,
        method: step.method ?? "not recorded (index entry only)",
        hardware: run.hardware ?? run.fingerprint,
        intensity: run.intensity ?? "not recorded",
        text: {
            co2e: (0,format/* formatMass */.so)(step.co2e_g),
            range: hasRange
                ? `${(0,format/* formatMass */.so)(step.co2e_low_g ?? 0)} – ${(0,format/* formatMass */.so)(step.co2e_high_g ?? 0)}`
                : "not recorded",
            energy: (0,format/* formatEnergy */.QE)(step.energy_kwh),
            date: formatDate(run.ended_at),
        },
    };
}
function series(id, name, runs, pick, budget) {
    const points = [];
    let fingerprint;
    for (const run of runs) {
        const step = pick(run);
        if (!step)
            continue;
        points.push(point(run, step, fingerprint !== undefined && fingerprint !== run.fingerprint));
        fingerprint = run.fingerprint;
    }
    return { id, name, budget, points };
}
function totalStep(run) {
    const failed = run.steps.find((step) => step.exit_code !== undefined && step.exit_code !== 0);
    const methods = [...new Set(run.steps.map((step) => step.method).filter(Boolean))];
    return {
        name: TOTAL_NAME,
        ...run.totals,
        ...(failed?.exit_code !== undefined && { exit_code: failed.exit_code }),
        ...(methods.length > 0 && { method: methods.join("; ") }),
    };
}
/** Newest run first, each step in the order that run lists it; steps it lacks follow in older runs' order. */
function stepNames(runs) {
    const names = [];
    for (const run of [...runs].reverse()) {
        for (const step of run.steps)
            if (!names.includes(step.name))
                names.push(step.name);
    }
    return names;
}
function chooseTracked(counts, defaultBranch) {
    for (const name of [defaultBranch, ...USUAL_DEFAULTS])
        if (name && counts.has(name))
            return name;
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? "";
}
function shapeHistory(runs, options) {
    const byBranch = new Map();
    for (const run of runs)
        byBranch.set(run.branch, [...(byBranch.get(run.branch) ?? []), run]);
    const counts = new Map([...byBranch].map(([name, list]) => [name, list.length]));
    const tracked = chooseTracked(counts, options.defaultBranch);
    const latest = (list) => Math.max(...list.map(time));
    const order = [...byBranch.keys()].sort((a, b) => a === tracked ? -1 : b === tracked ? 1 : latest(byBranch.get(b) ?? []) - latest(byBranch.get(a) ?? []));
    const budgets = options.budgets;
    const branches = order.map((name, b) => {
        const list = [...(byBranch.get(name) ?? [])].sort(byTime);
        const names = stepNames(list);
        // A total means something for runs that measured several steps together (the action's job
        // reports); the local history keeps a run per step, whose totals would alternate between steps.
        const together = list.filter((run) => run.steps.length > 1);
        return {
            name,
            runs: list.length,
            ...(together.length > 0 && {
                total: series(`b${b}-total`, TOTAL_NAME, together, totalStep, budgetLines(budgets?.total)),
            }),
            steps: names.map((step, s) => series(`b${b}-s${s}`, step, list, (run) => run.steps.find((candidate) => candidate.name === step), budgetLines(budgets?.steps[step]))),
        };
    });
    const repos = [...new Set(runs.map((run) => run.repo).filter((repo) => repo && REPO_NAME.test(repo)))];
    const repo = repos.length === 1 ? repos[0] : undefined;
    return {
        title: repo ?? "carbon-budget",
        ...(repo && { repo }),
        tracked,
        generated_at: options.generatedAt.toISOString(),
        branches,
    };
}

;// CONCATENATED MODULE: ./src/dashboard/files.ts
/**
 * Everything a dashboard publishes, from the run history (pure): `index.html`, `badge.svg` (the
 * tracked branch's latest total) and `badge-<step>.svg` per step. The CLI writes these to a folder;
 * the action writes them to the data branch.
 */



/** A file name for a step: `badge-train.svg`; names that differ only in punctuation get a number. */
function badgeFileName(step, taken) {
    const slug = step
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, "-")
        .replace(/^[-.]+|[-.]+$/g, "") || "step";
    let name = `badge-${slug}.svg`;
    for (let n = 2; taken.has(name); n++)
        name = `badge-${slug}-${n}.svg`;
    taken.add(name);
    return name;
}
function dashboardFiles(runs, options) {
    const data = shapeHistory(runs, options);
    const tracked = data.branches[0];
    const where = tracked?.name ?? "no branch";
    const files = [{ path: "index.html", content: renderDashboardPage(data) }];
    // Without runs of several steps, the main badge is the first step's (the one the newest run lists first).
    const first = tracked?.steps[0];
    const main = tracked?.total
        ? seriesBadge(tracked.total, "CO2e", where)
        : seriesBadge(first, tracked && tracked.steps.length > 1 && first ? `CO2e ${first.name}` : "CO2e", where);
    files.push({ path: "badge.svg", content: renderBadge(main) });
    const taken = new Set(["badge.svg"]);
    for (const series of tracked?.steps ?? []) {
        const badge = seriesBadge(series, `CO2e ${series.name}`, where);
        files.push({ path: badgeFileName(series.name, taken), content: renderBadge(badge) });
    }
    return files;
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


/***/ })

};
