// The dashboard page's charts, run in the reader's browser. Reads the data the page embeds, draws each
// step's CO2e (with its low..high band) and energy with uPlot, shows a tooltip per run, and redraws on
// resize and when the colour scheme changes. Text from reports goes into the page through textContent
// only. The tables below the charts are plain HTML and need none of this.
(() => {
  const source = document.getElementById("dashboard-data");
  if (!source || typeof uPlot !== "function") return;
  const data = JSON.parse(source.textContent || "{}");
  const seriesById = new Map();
  for (const branch of data.branches || []) {
    for (const series of [branch.total, ...branch.steps]) if (series) seriesById.set(series.id, series);
  }

  const MASS = [
    [1e6, "t"],
    [1e3, "kg"],
    [1, "g"],
    [1e-3, "mg"],
  ];
  const ENERGY = [
    [1e3, "MWh"],
    [1, "kWh"],
    [1e-3, "Wh"],
    [1e-6, "mWh"],
  ];
  const HEIGHT = 240;
  const unitFor = (max, units) => units.find(([factor]) => max >= factor) || units[units.length - 1];
  const tick = (value) => String(Number(value.toPrecision(3)));
  const built = new Map();

  function palette() {
    const style = getComputedStyle(document.documentElement);
    const read = (name) => style.getPropertyValue(`--${name}`).trim();
    const names = [
      "fg",
      "muted",
      "grid",
      "bg",
      "co2e",
      "band",
      "energy",
      "budget",
      "warn",
      "failed",
      "hardware",
    ];
    return Object.fromEntries(names.map((name) => [name, read(name)]));
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** The last point before `index` that the line passes through (failed runs are not on it). */
  function previousOnLine(values, index) {
    for (let i = index - 1; i >= 0; i--) if (values[i] !== null) return i;
    return -1;
  }

  function tooltipFor(plot, series, tooltip) {
    const index = plot.cursor.idx;
    const point = index === null || index === undefined ? undefined : series.points[index];
    if (!point) {
      tooltip.hidden = true;
      return;
    }
    tooltip.replaceChildren(
      element("div", "tip-head", `${point.sha.slice(0, 7)} · ${point.text.date}`),
      element("div", "", `CO2e ${point.text.co2e}`),
      element("div", "tip-muted", `range ${point.text.range}`),
      element("div", "", `Energy ${point.text.energy}`),
      element("div", "tip-muted", `Intensity ${point.intensity}`),
      element("div", "tip-muted", `Method ${point.method}`),
    );
    if (point.failed)
      tooltip.append(element("div", "tip-failed", `Failed run: exit code ${point.exit_code}`));
    if (point.not_comparable) {
      tooltip.append(element("div", "tip-hardware", "Hardware changed: not comparable with the run before"));
    }
    tooltip.hidden = false;
    const width = plot.over.clientWidth;
    const left = plot.cursor.left || 0;
    const box = tooltip.getBoundingClientRect();
    tooltip.style.left = `${left > width / 2 ? Math.max(0, left - box.width - 12) : left + 12}px`;
    tooltip.style.top = `${Math.max(0, Math.min((plot.cursor.top || 0) - box.height / 2, plot.over.clientHeight - box.height))}px`;
  }

  /** Text on a patch of the background, so it stays readable over grid lines and series. */
  function label(ctx, text, x, y, align, background) {
    const ratio = uPlot.pxRatio;
    const width = ctx.measureText(text).width;
    const from = align === "right" ? x - width : x;
    const color = ctx.fillStyle;
    ctx.fillStyle = background;
    ctx.fillRect(from - 2 * ratio, y - 10 * ratio, width + 4 * ratio, 13 * ratio);
    ctx.fillStyle = color;
    ctx.textAlign = align;
    ctx.fillText(text, x, y);
  }

  /** Budget lines and hardware changes, drawn over the series with their labels. */
  function drawMarkers(plot, series, lines, colors) {
    const ctx = plot.ctx;
    const ratio = uPlot.pxRatio;
    const { left, top, width, height } = plot.bbox;
    ctx.save();
    ctx.font = `${11 * ratio}px system-ui, sans-serif`;
    ctx.lineWidth = 1.5 * ratio;
    for (const line of lines) {
      const y = Math.round(plot.valToPos(line.value, "y", true));
      ctx.strokeStyle = line.color;
      ctx.fillStyle = line.color;
      ctx.setLineDash([6 * ratio, 4 * ratio]);
      ctx.beginPath();
      ctx.moveTo(left, y);
      ctx.lineTo(left + width, y);
      ctx.stroke();
      label(ctx, line.label, left + width - 4 * ratio, y - 6 * ratio, "right", colors.bg);
    }
    ctx.strokeStyle = colors.hardware;
    ctx.fillStyle = colors.hardware;
    ctx.setLineDash([2 * ratio, 3 * ratio]);
    series.points.forEach((point, index) => {
      if (!point.not_comparable || index === 0) return;
      const x = Math.round(plot.valToPos(index - 0.5, "x", true));
      ctx.beginPath();
      ctx.moveTo(x, top);
      ctx.lineTo(x, top + height);
      ctx.stroke();
      label(ctx, "hardware changed", x + 4 * ratio, top + height - 6 * ratio, "left", colors.bg);
    });
    ctx.restore();
  }

  function build(figure, colors) {
    const series = seriesById.get(figure.dataset.series);
    const holder = figure.querySelector(".plot");
    if (!series || !holder) return;
    const kind = figure.dataset.kind;
    const points = series.points;
    const value = (point) => (kind === "co2e" ? point.co2e_g : point.energy_kwh);
    const onLine = points.map((point) => (point.failed ? null : value(point)));
    const failed = points.map((point) => (point.failed ? value(point) : null));
    const budget = series.budget || {};
    const limits =
      kind === "co2e"
        ? [
            [budget.co2e_g, "budget", colors.budget],
            [budget.co2e_warn_g, "warn", colors.warn],
          ]
        : [
            [budget.energy_kwh, "budget", colors.budget],
            [budget.energy_warn_kwh, "warn", colors.warn],
          ];
    const present = limits.filter(([limit]) => typeof limit === "number");
    const band = kind === "co2e";
    const low = points.map((point) =>
      point.failed || point.co2e_low_g === undefined ? null : point.co2e_low_g,
    );
    const high = points.map((point) =>
      point.failed || point.co2e_high_g === undefined ? null : point.co2e_high_g,
    );
    const all = [...points.map(value), ...(band ? high : []), ...present.map(([limit]) => limit)];
    const max = Math.max(0, ...all.filter((v) => v !== null)) || 1;
    const [factor, unit] = unitFor(max, kind === "co2e" ? MASS : ENERGY);
    const lines = present.map(([limit, word, color]) => ({
      value: limit,
      color,
      label: `${word} ${tick(limit / factor)} ${unit}`,
    }));
    const color = kind === "co2e" ? colors.co2e : colors.energy;
    const font = "12px system-ui, sans-serif";
    const xs = points.map((_, index) => index);
    const mainIndex = band ? 3 : 1;

    // Runs on other hardware are not joined to the line: the break is where the comparison stops. A
    // failed run is off the line, which passes over it (uPlot draws gaps by clipping, so the null gaps
    // it found are dropped and only these are kept).
    const hardwareGaps = (plot, _index, idx0, idx1) => {
      const gaps = [];
      for (let i = Math.max(idx0, 1); i <= idx1; i++) {
        if (!points[i].not_comparable || onLine[i] === null) continue;
        const before = previousOnLine(onLine, i);
        if (before < 0) continue;
        gaps.push([
          Math.round(plot.valToPos(before, "x", true)) + 1,
          Math.round(plot.valToPos(i, "x", true)) - 1,
        ]);
      }
      return gaps;
    };

    const seriesOptions = [{}];
    const arrays = [xs];
    if (band) {
      seriesOptions.push(
        { label: "low", stroke: "transparent", points: { show: false }, gaps: hardwareGaps },
        { label: "high", stroke: "transparent", points: { show: false }, gaps: hardwareGaps },
      );
      arrays.push(low, high);
    }
    seriesOptions.push(
      {
        label: kind === "co2e" ? "CO2e" : "Energy",
        stroke: color,
        width: 2,
        gaps: hardwareGaps,
        points: { show: true, size: 7, fill: color, stroke: color },
      },
      {
        label: "failed run",
        stroke: colors.failed,
        paths: () => null,
        points: { show: true, size: 10, width: 2, fill: colors.bg, stroke: colors.failed },
      },
    );
    arrays.push(onLine, failed);

    const tooltip = element("div", "tooltip");
    tooltip.hidden = true;
    const axis = {
      stroke: colors.muted,
      font,
      grid: { stroke: colors.grid, width: 1 },
      ticks: { stroke: colors.grid, width: 1 },
    };
    const plot = new uPlot(
      {
        width: Math.max(280, holder.clientWidth),
        height: HEIGHT,
        legend: { show: false },
        scales: {
          x: { time: false, range: [-0.5, Math.max(points.length - 0.5, 0.5)] },
          y: { range: [0, max * 1.12] },
        },
        axes: [
          {
            ...axis,
            space: 64,
            incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000],
            values: (_plot, splits) =>
              splits.map((split) =>
                Number.isInteger(split) && points[split] ? points[split].sha.slice(0, 7) : "",
              ),
          },
          {
            ...axis,
            size: 70,
            values: (_plot, splits) => splits.map((split) => `${tick(split / factor)} ${unit}`),
          },
        ],
        series: seriesOptions,
        bands: band ? [{ series: [2, 1], fill: colors.band }] : [],
        cursor: {
          sync: { key: series.id },
          drag: { x: false, y: false, setScale: false },
          points: {
            size: (_plot, index) => (index === mainIndex || index === mainIndex + 1 ? 11 : 0),
            fill: colors.bg,
          },
        },
        hooks: {
          draw: [(self) => drawMarkers(self, series, lines, colors)],
          setCursor: [(self) => tooltipFor(self, series, tooltip)],
        },
      },
      arrays,
      holder,
    );
    plot.over.append(tooltip);
    plot.over.addEventListener("mouseleave", () => {
      tooltip.hidden = true;
    });
    figure.dataset.points = String(points.length);
    figure.dataset.failed = String(failed.filter((v) => v !== null).length);
    built.set(figure, plot);
  }

  function buildVisible() {
    const colors = palette();
    for (const figure of document.querySelectorAll(".branch:not([hidden]) figure.chart")) {
      if (!built.has(figure)) build(figure, colors);
    }
  }

  function rebuildAll() {
    for (const plot of built.values()) plot.destroy();
    built.clear();
    buildVisible();
  }

  let pending = 0;
  window.addEventListener("resize", () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => {
      for (const [figure, plot] of built) {
        const holder = figure.querySelector(".plot");
        if (holder) plot.setSize({ width: Math.max(280, holder.clientWidth), height: HEIGHT });
      }
    });
  });
  window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", rebuildAll);

  const select = document.getElementById("branch-select");
  if (select) {
    select.addEventListener("change", () => {
      for (const section of document.querySelectorAll(".branch")) {
        section.hidden = section.dataset.branch !== select.value;
      }
      buildVisible();
    });
  }

  buildVisible();
  document.documentElement.dataset.charts = "ready";
})();
