/**
 * action.yml is what the runner reads before any of our code runs: it must be valid YAML, point at the
 * committed bundles, and declare exactly the inputs and outputs the code reads and sets.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { Inputs, Outputs } from "../../src/action/constants.js";
import { repoRoot } from "../helpers/cli.js";

const text = readFileSync(join(repoRoot, "action.yml"), "utf8");
/** inputs, outputs and runs on their own: each test below checks its own part even if the header breaks. */
const sections = () => parseDocument(text.slice(text.indexOf("\ninputs:"))).toJS();

describe("action.yml", () => {
  it("is valid YAML (the runner refuses an action whose manifest does not parse)", () => {
    const errors = parseDocument(text).errors.map((e) => e.message.split("\n")[0]);
    expect(errors).toEqual([]);
  });

  it("runs the committed bundles on node24, post always", () => {
    const manifest = sections();
    expect(manifest.runs).toEqual({
      using: "node24",
      main: "dist/index.js",
      post: "dist/post/index.js",
      "post-if": "always()",
    });
    expect(existsSync(join(repoRoot, manifest.runs.main))).toBe(true);
    expect(existsSync(join(repoRoot, manifest.runs.post))).toBe(true);
  });

  it("declares the inputs and outputs the code uses, with the documented defaults", () => {
    const manifest = sections();
    expect(Object.keys(manifest.inputs).sort()).toEqual(Object.values(Inputs).sort());
    expect(Object.keys(manifest.outputs).sort()).toEqual(Object.values(Outputs).sort());
    // biome-ignore lint/suspicious/noTemplateCurlyInString: an Actions expression, not a template.
    expect(manifest.inputs["github-token"].default).toBe("${{ github.token }}");
    expect(manifest.inputs["fail-on-budget"].default).toBe("true");
    expect(manifest.inputs["data-branch"].default).toBe("carbon-budget-data");
    expect(manifest.inputs.mode.default).toBe("measure");
  });
});
