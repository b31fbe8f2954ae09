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

  it("shows a step name's bidi controls and line breaks as plain text: the status cannot be reordered", () => {
    // U+202E (right-to-left override) would show "over budget" where the text says otherwise.
    const spoof = report({ steps: [reportStep("train\u202Eteg\u202C\nnext", 0.25, 125)] });
    const comparison = compareReports(
      spoof,
      report({ steps: [reportStep("train", 0.2, 100)] }),
      baselineRef(),
    );
    const line = statusLine("fail", comparison, {
      status: "fail",
      steps: [{ scope: "train\u202Eteg\u202C\nnext", status: "fail", checks: [] }],
    });
    expect(line).toBe("over budget: train\uFFFDteg\uFFFD next (no baseline yet)");
  });
});
