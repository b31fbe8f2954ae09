import { describe, expect, it } from "vitest";
import { compareReports } from "../../src/compare/compare.js";
import { escapeMarkdown } from "../../src/render/escape.js";
import {
  formatDuration,
  formatEnergy,
  formatMass,
  formatPct,
  formatPower,
  shortSha,
  signed,
} from "../../src/render/format.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { renderTerminal } from "../../src/render/terminal.js";
import { baselineRef, EPYC, report, reportComponent, reportStep } from "../helpers/reports.js";

const HEAD_SHA = "9f8e7d6c5b4a39281706f5e4d3c2b1a098765432";
const ZWSP = "\u200b";

describe("format", () => {
  it("keeps three significant figures in a unit that fits", () => {
    expect(formatEnergy(0.3)).toBe("300 Wh");
    expect(formatEnergy(1.5)).toBe("1.50 kWh");
    expect(formatEnergy(2500)).toBe("2.50 MWh");
    expect(formatEnergy(5e-7)).toBe("0.500 mWh");
    expect(formatMass(112)).toBe("112 g");
    expect(formatMass(12)).toBe("12.0 g");
    expect(formatMass(1234)).toBe("1.23 kg");
    expect(formatMass(0.0123)).toBe("12.3 mg");
    expect(formatMass(2.5e6)).toBe("2.50 t");
    expect(formatMass(-12)).toBe("-12.0 g");
    expect(formatPower(241.26)).toBe("241 W");
  });

  it("moves to the next unit when rounding reaches 1000", () => {
    // 999.7 g rounds to 1000 g at 3 figures: 1.00 kg
    expect(formatMass(999.7)).toBe("1.00 kg");
    expect(formatMass(999.4)).toBe("999 g");
    // 0.99996 kWh rounds to 1.00 kWh, not 1000 Wh or 1.000 kWh
    expect(formatEnergy(0.99996)).toBe("1.00 kWh");
    expect(formatMass(-999.9)).toBe("-1.00 kg");
  });

  it("writes zero in the base unit", () => {
    expect(formatEnergy(0)).toBe("0 kWh");
    expect(formatMass(0)).toBe("0 g");
  });

  it("signs changes, with ± for none", () => {
    expect(formatPct(12)).toBe("+12%");
    expect(formatPct(-3.456)).toBe("-3.5%");
    expect(formatPct(0)).toBe("±0%");
    expect(signed(formatMass(41), 41)).toBe("+41.0 g");
    expect(signed(formatMass(-41), -41)).toBe("-41.0 g");
  });

  it("writes durations as seconds, minutes or hours", () => {
    expect(formatDuration(42.5)).toBe("42.5 s");
    // 59.97 s would read "60.0 s": it is a minute
    expect(formatDuration(59.97)).toBe("1m 00s");
    // 125 s = 2 min 5 s
    expect(formatDuration(125)).toBe("2m 05s");
    // 3725 s = 1 h 2 min 5 s, shown to the minute
    expect(formatDuration(3725)).toBe("1h 02m");
  });

  it("shortens a SHA to 7 characters", () => {
    expect(shortSha(HEAD_SHA)).toBe("9f8e7d6");
    expect(shortSha(undefined)).toBe("?");
  });
});

describe("escapeMarkdown", () => {
  it("turns table pipes, HTML and link syntax into entities", () => {
    expect(escapeMarkdown("a|b")).toBe("a&#124;b");
    expect(escapeMarkdown("<script>alert(1)</script>")).toBe(
      "&#60;script&#62;alert&#40;1&#41;&#60;/script&#62;",
    );
    expect(escapeMarkdown("[x](https://evil.example)")).toBe(
      `&#91;x&#93;&#40;https:${ZWSP}//evil.example&#41;`,
    );
    expect(escapeMarkdown("**bold** _it_ `code` ![img](x)")).not.toMatch(/[*_`![\]()]/);
  });

  it("escapes an entity someone typed, so it shows as typed", () => {
    expect(escapeMarkdown("&lt;b&gt;")).toBe("&#38;lt;b&#38;gt;");
  });

  it("breaks @mentions with a zero-width space", () => {
    expect(escapeMarkdown("ping @octocat and @org/team")).toBe(`ping @${ZWSP}octocat and @${ZWSP}org/team`);
  });

  it("keeps everything on one line", () => {
    expect(escapeMarkdown("train\nrow | two\r\n\r\nthree\rfour")).toBe("train row &#124; two three four");
  });
});

// 0.28 kWh facility (280 Wh), 0.28 / 1.2 = 0.2333 kWh IT on the GPU over 1 h (233 W);
// 112 g, range 112 x 0.9 = 100.8 (101 g) .. 112 x 1.1 = 123.2 (123 g)
const HEAD_TRAIN = reportStep("train", 0.28, 112);

describe("renderMarkdown", () => {
  const base = report({ id: "base-run", sha: baselineRef().sha, steps: [reportStep("train", 0.25, 100)] });

  // base: train 100 g, 0.25 kWh
  it("renders a run with no baseline", () => {
    const head = report({ sha: HEAD_SHA, steps: [HEAD_TRAIN] });
    expect(renderMarkdown(head, compareReports(head, undefined))).toMatchInlineSnapshot(`
      "### carbon-budget: **112 g CO2e**, 280 Wh (no baseline yet)

      | Step | Duration | Energy | CO2e (range) | Change |
      | --- | ---: | ---: | ---: | ---: |
      | train | 1h 00m | 280 Wh | 112 g (101 g–123 g) | new |

      <details><summary>Methods and assumptions</summary>

      | Step | Component | Method | Source | Energy | Avg power |
      | --- | --- | --- | --- | ---: | ---: |
      | train | GPU 0 NVIDIA A100-SXM4-80GB | measured | nvml | 233 Wh | 233 W |

      - PUE 1.2; grid intensity 400 gCO2e/kWh from given.
      - train: 112 g CO2e = operational 112 g + embodied 0 g.

      </details>"
    `);
  });

  it("renders a +12% change", () => {
    // 112 g vs 100 g: +12 g, 12 / 100 = +12%
    const head = report({ sha: HEAD_SHA, steps: [HEAD_TRAIN] });
    expect(renderMarkdown(head, compareReports(head, base, baselineRef()))).toMatchInlineSnapshot(`
      "### carbon-budget: **112 g CO2e**, 280 Wh; CO2e +12% (+12.0 g) vs merge-base with main @abc1234

      | Step | Duration | Energy | CO2e (range) | Change |
      | --- | ---: | ---: | ---: | ---: |
      | train | 1h 00m | 280 Wh | 112 g (101 g–123 g) | +12% (+12.0 g) |

      <details><summary>Methods and assumptions</summary>

      | Step | Component | Method | Source | Energy | Avg power |
      | --- | --- | --- | --- | ---: | ---: |
      | train | GPU 0 NVIDIA A100-SXM4-80GB | measured | nvml | 233 Wh | 233 W |

      - PUE 1.2; grid intensity 400 gCO2e/kWh from given.
      - train: 112 g CO2e = operational 112 g + embodied 0 g.

      </details>"
    `);
  });

  it("renders runs on different hardware as not comparable", () => {
    const head = report({ sha: HEAD_SHA, fingerprint: "hw-h100x8", steps: [HEAD_TRAIN] });
    expect(renderMarkdown(head, compareReports(head, base, baselineRef()))).toMatchInlineSnapshot(`
      "### carbon-budget: **112 g CO2e**, 280 Wh; not comparable vs merge-base with main @abc1234 (different hardware)

      | Step | Duration | Energy | CO2e (range) | Change |
      | --- | ---: | ---: | ---: | ---: |
      | train | 1h 00m | 280 Wh | 112 g (101 g–123 g) | not comparable (hardware) |

      <details><summary>Methods and assumptions</summary>

      | Step | Component | Method | Source | Energy | Avg power |
      | --- | --- | --- | --- | ---: | ---: |
      | train | GPU 0 NVIDIA A100-SXM4-80GB | measured | nvml | 233 Wh | 233 W |

      - PUE 1.2; grid intensity 400 gCO2e/kWh from given.
      - train: 112 g CO2e = operational 112 g + embodied 0 g.

      </details>"
    `);
  });

  it("renders a failing step with its exit code, next to a new step", () => {
    const head = report({
      sha: HEAD_SHA,
      steps: [reportStep("train", 0.2, 80, { exit_code: 1 }), reportStep("eval", 0.01, 4, { exit_code: 0 })],
    });
    // total 80 g + 4 g = 84 g, 200 Wh + 10 Wh = 210 Wh; change over train only: 80 - 100 = -20 g, -20%;
    // exit 0 is not worth a note
    expect(renderMarkdown(head, compareReports(head, base, baselineRef()))).toMatchInlineSnapshot(`
      "### carbon-budget: **84.0 g CO2e**, 210 Wh; CO2e -20% (-20.0 g) vs merge-base with main @abc1234

      | Step | Duration | Energy | CO2e (range) | Change |
      | --- | ---: | ---: | ---: | ---: |
      | train (exit 1) | 1h 00m | 200 Wh | 80.0 g (72.0 g–88.0 g) | -20% (-20.0 g) |
      | eval | 1h 00m | 10.0 Wh | 4.00 g (3.60 g–4.40 g) | new |

      <details><summary>Methods and assumptions</summary>

      | Step | Component | Method | Source | Energy | Avg power |
      | --- | --- | --- | --- | ---: | ---: |
      | train | GPU 0 NVIDIA A100-SXM4-80GB | measured | nvml | 167 Wh | 167 W |
      | eval | GPU 0 NVIDIA A100-SXM4-80GB | measured | nvml | 8.33 Wh | 8.33 W |

      - PUE 1.2; grid intensity 400 gCO2e/kWh from given.
      - train: 80.0 g CO2e = operational 80.0 g + embodied 0 g.
      - eval: 4.00 g CO2e = operational 4.00 g + embodied 0 g.

      </details>"
    `);
  });

  it("renders notes, several components and the measuring cost", () => {
    const step = reportStep("train", 0.3, 102.6, {
      components: [
        reportComponent({ energy_kwh: 0.2, avg_power_w: 480, samples: 1500, notes: ["2 gaps over 1500 ms"] }),
        reportComponent({
          kind: "cpu",
          device: "package-0",
          model: EPYC,
          method: "estimated",
          source: "cpu-utilisation-model",
          energy_kwh: 0.05,
        }),
      ],
      notes: ["no RAM source: RAPL dram domain not present"],
      overhead: { cpu_s: 0.4213 },
    });
    const head = report({
      sha: HEAD_SHA,
      steps: [step],
      assumptions: {
        intensity_g_per_kwh: 342,
        intensity_source: "Electricity Maps (DE)",
        intensity_year: 2025,
      },
    });
    // 102.6 g reads 103 g; range 102.6 x 0.9 = 92.34 (92.3 g) .. 102.6 x 1.1 = 112.86 (113 g); 0.4213 CPU s reads 0.42
    expect(renderMarkdown(head, compareReports(head, undefined))).toMatchInlineSnapshot(`
      "### carbon-budget: **103 g CO2e**, 300 Wh (no baseline yet)

      | Step | Duration | Energy | CO2e (range) | Change |
      | --- | ---: | ---: | ---: | ---: |
      | train | 1h 00m | 300 Wh | 103 g (92.3 g–113 g) | new |

      <details><summary>Methods and assumptions</summary>

      | Step | Component | Method | Source | Energy | Avg power |
      | --- | --- | --- | --- | ---: | ---: |
      | train | GPU 0 NVIDIA A100-SXM4-80GB | measured | nvml | 200 Wh | 480 W |
      | train | CPU package-0 AMD EPYC 7763 64-Core Processor | estimated | cpu-utilisation-model | 50.0 Wh | – |

      - PUE 1.2; grid intensity 342 gCO2e/kWh from Electricity Maps &#40;DE&#41; (2025).
      - train: 103 g CO2e = operational 103 g + embodied 0 g.
      - train: no RAM source: RAPL dram domain not present
      - train gpu: 2 gaps over 1500 ms
      - Measuring cost 0.42 CPU s.

      </details>"
    `);
  });

  it("still shows the change in grams when the baseline was zero", () => {
    const zero = report({ steps: [reportStep("train", 0.25, 0)] });
    const head = report({ steps: [reportStep("train", 0.25, 30)] });
    const headline = renderMarkdown(head, compareReports(head, zero, baselineRef())).split("\n")[0];
    // 30 g - 0 g = +30.0 g, and no percentage of zero
    expect(headline).toBe(
      "### carbon-budget: **30.0 g CO2e**, 250 Wh; CO2e (+30.0 g) vs merge-base with main @abc1234",
    );
  });

  it("keeps a hostile step name inside its table cell, as text", () => {
    const name = "evil | <script>alert(1)</script>\n[click](https://evil.example) @octocat";
    const head = report({
      steps: [reportStep(name, 0.3, 120, { notes: ["see <img src=x onerror=alert(1)>"] })],
    });
    const markdown = renderMarkdown(head, compareReports(head, undefined));
    const rows = markdown.split("\n").filter((line) => line.startsWith("| evil"));
    // one row in the step table, one in the components table: each still one line with its own cells
    expect(rows).toHaveLength(2);
    expect(rows[0]?.split("|")).toHaveLength(5 + 2);
    expect(rows[1]?.split("|")).toHaveLength(6 + 2);
    expect(markdown).not.toMatch(/<script|<img|\]\(|@octocat/);
    expect(markdown).toContain(`@${ZWSP}octocat`);
  });
});

describe("renderTerminal", () => {
  const base = report({ id: "base-run", sha: baselineRef().sha, steps: [reportStep("train", 0.25, 100)] });

  it("prints the components, the emissions and the change", () => {
    const step = reportStep("train", 0.28, 112, {
      components: [
        reportComponent({ energy_kwh: 0.2, avg_power_w: 480 }),
        reportComponent({
          kind: "cpu",
          device: "package-0",
          model: EPYC,
          method: "measured",
          source: "rapl",
          energy_kwh: 0.0333,
        }),
      ],
      overhead: { cpu_s: 0.25 },
    });
    const head = report({ sha: HEAD_SHA, steps: [step] });
    // 0.0333 kWh = 33.3 Wh; 112 g vs 100 g = +12 g, +12%
    expect(renderTerminal(head, compareReports(head, base, baselineRef()))).toMatchInlineSnapshot(`
      "carbon-budget · train · 1h 00m
        GPU 0 NVIDIA A100-SXM4-80GB                    measured (nvml)   200 Wh  480 W
        CPU package-0 AMD EPYC 7763 64-Core Processor  measured (rapl)  33.3 Wh
        280 Wh (PUE 1.2) → 112 g CO2e (101 g–123 g)
          operational 112 g at 400 g/kWh, given
        vs merge-base with main @abc1234 (2025-02-28 09:00 UTC, run base-run): CO2e +12% (+12.0 g)
        measuring cost 0.25 CPU s
      "
    `);
  });

  it("says when there is nothing to compare with, or the hardware differs", () => {
    const head = report({
      sha: HEAD_SHA,
      fingerprint: "hw-h100x8",
      steps: [
        reportStep("train", 0.28, 112, { exit_code: 137, notes: ["killed by SIGKILL"] }),
        reportStep("eval", 0.01, 4),
      ],
    });
    expect(renderTerminal(head, compareReports(head, base, baselineRef()))).toMatchInlineSnapshot(`
      "carbon-budget · train · 1h 00m · exit 137
        GPU 0 NVIDIA A100-SXM4-80GB  measured (nvml)  233 Wh  233 W
        note: killed by SIGKILL
        280 Wh (PUE 1.2) → 112 g CO2e (101 g–123 g)
          operational 112 g at 400 g/kWh, given
        not comparable with merge-base with main @abc1234 (2025-02-28 09:00 UTC, run base-run): different hardware
      carbon-budget · eval · 1h 00m
        GPU 0 NVIDIA A100-SXM4-80GB  measured (nvml)  8.33 Wh  8.33 W
        10.0 Wh (PUE 1.2) → 4.00 g CO2e (3.60 g–4.40 g)
          operational 4.00 g at 400 g/kWh, given
        no earlier run of this step to compare with
      "
    `);
  });
});
