import { describe, expect, it } from "vitest";
import { compareReports } from "../../src/compare/compare.js";
import { statusLine } from "../../src/render/status-line.js";
import { baselineRef, report, reportStep } from "../helpers/reports.js";

describe("the commit status line", () => {
  // 0.2 kWh at 500 g = 100 g on the base; 0.25 kWh at 500 g = 125 g on the head: +25 g, +25%.
  const base = report({ steps: [reportStep("train", 0.2, 100)] });
  const head = report({ steps: [reportStep("train", 0.25, 125)] });

  it("names the base by its ref and short commit", () => {
    const comparison = compareReports(head, base, baselineRef());
    expect(statusLine("pass", comparison, undefined)).toContain("vs main@abc1234");
  });

  it("names a base that has no commit by its ref alone, never with a placeholder", () => {
    const { sha: _, ...withoutSha } = baselineRef();
    const comparison = compareReports(head, base, withoutSha);
    const line = statusLine("pass", comparison, undefined);
    expect(line).toContain("vs main");
    expect(line).not.toContain("@");
  });
});
