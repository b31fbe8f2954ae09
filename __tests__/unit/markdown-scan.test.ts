/** Which lines of a comment are blocks of their own: markers count there, not in quotes or code. */
import { describe, expect, it } from "vitest";
import { blockLines, markersIn } from "../../src/render/markdown-scan.js";

const MARK = "<!-- carbon-budget:comment x -->";
const found = (body: string) => markersIn(body, /<!-- carbon-budget:comment (\w+) -->/).map((m) => m[1]);

describe("markersIn", () => {
  it("finds a marker that starts a line, with up to three spaces before it", () => {
    expect(found(MARK)).toEqual(["x"]);
    expect(found(`### heading\n\n   ${MARK}\n`)).toEqual(["x"]);
    expect(found(`text\n${MARK}`)).toEqual(["x"]);
  });

  it.each([
    ["a block quote", `> ${MARK}`],
    ["a nested quote", `> > ${MARK}`],
    ["a quote's lazy continuation", `> quoted reply\n${MARK}`],
    ["a fenced code block", `\`\`\`\n${MARK}\n\`\`\``],
    ["a tilde fence with an info string", `~~~html\n${MARK}\n~~~`],
    ["an unclosed fence", `\`\`\`\n${MARK}`],
    ["a longer fence closed only by one as long", `\`\`\`\`\n\`\`\`\n${MARK}\n\`\`\`\``],
    ["an indented code block (4 spaces)", `    ${MARK}`],
    ["an indented code block (a tab)", `\t${MARK}`],
    ["an inline code span", `\`${MARK}\``],
    ["the middle of a line", `see ${MARK}`],
    ["a list item", `- ${MARK}`],
  ])("does not count a marker in %s", (_where, body) => {
    expect(found(body)).toEqual([]);
  });

  it("counts again after a quote ends with a blank line, and after a fence closes", () => {
    expect(found(`> quoted\n\n${MARK}`)).toEqual(["x"]);
    expect(found(`\`\`\`\ncode\n\`\`\`\n${MARK}`)).toEqual(["x"]);
  });
});

describe("blockLines", () => {
  it("keeps text lines and drops quotes, code and blanks", () => {
    expect(blockLines("one\n> two\nthree\n\nfour\n    five\n```\nsix\n```\nseven")).toEqual([
      "one",
      "four",
      "seven",
    ]);
  });
});
