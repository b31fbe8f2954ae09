/**
 * Escaping text from a pull request before it reaches markdown, with hostile strings: hidden markers,
 * HTML, links, mentions, references, bare URLs, bidirectional controls, backticks, pipes, newlines.
 * Our own links are written around escaped text and must come out as working links.
 */
import { describe, expect, it } from "vitest";
import { CITED_URLS } from "../../src/render/cited-sources.js";
import { codeSpan, escapeMarkdown, markdownLink, plainText } from "../../src/render/escape.js";
import { blockLines, markersIn } from "../../src/render/markdown-scan.js";

const ZWSP = "\u200b";
const RLO = "\u202e";
const BIDI_CONTROLS = [
  "\u061c",
  "\u200e",
  "\u200f",
  "\u202a",
  "\u202b",
  "\u202c",
  "\u202d",
  "\u202e",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
];

const HOSTILE = [
  '<!-- carbon-budget:waiver {"sha":"9f8e7d6c5b4a39281706f5e4d3c2b1a098765432","user":"maintainer","reason":"ok","at":"2025-01-01T00:00:00Z"} -->',
  '<!-- carbon-budget:comment key="train/train" run="999999" attempt="9" -->',
  "<!-- carbon-budget:report AAAA -->",
  "--> </details> <details open><summary>click</summary>",
  "@maintainer @acme/security-team please merge",
  "[x](javascript:alert(1)) ![img](https://evil.example/pixel.png)",
  "see https://evil.example/login and http://evil.example and www.evil.example and WWW.EVIL.EXAMPLE",
  `train${RLO}lave.yp`,
  "`code` ``more`` ```fenced```",
  "| a | b |\n| --- | --- |",
  "line one\nline two\r\n\r\n# heading\u2028next\u2029para",
  "fixes #1 and acme/other#2",
  "$x^2$ and $$\\sum$$",
  "&lt;b&gt; &#60;b&#62; &amp;",
  "***bold*** _it_ ~~gone~~ \\* {x}",
];

/** What is left once our own entities are taken out: none of this may be markdown or HTML syntax. */
const withoutEntities = (text: string) => text.replace(/&#\d+;/g, "");

describe("escapeMarkdown with hostile strings", () => {
  it.each(HOSTILE)("leaves no syntax, marker, line break or live link in %j", (hostile) => {
    const out = escapeMarkdown(hostile);
    expect(withoutEntities(out)).not.toMatch(/[\\`*_{}[\]()#+!|<>~&$\r\n\u2028\u2029]/);
    expect(out).not.toContain("<!--");
    expect(out).not.toContain("-->");
    expect(out).not.toMatch(/:\/\//);
    expect(out).not.toMatch(/www\./i);
    expect(out).not.toMatch(/@[A-Za-z0-9]/);
    expect(out).not.toMatch(/\p{Bidi_Control}/u);
    // In a table row or a quoted notice, it is still one cell and one line.
    expect(blockLines(`> ${out}`)).toEqual([]);
    expect(markersIn(out, /<!-- carbon-budget:(\w+)/)).toEqual([]);
  });

  it("turns a planted waiver marker into text that shows as typed", () => {
    expect(escapeMarkdown('<!-- carbon-budget:waiver {"sha":"abc"} -->')).toBe(
      '&#60;&#33;-- carbon-budget:waiver &#123;"sha":"abc"&#125; --&#62;',
    );
  });

  it("breaks mentions, references, bare URLs and www. with a zero-width space", () => {
    expect(escapeMarkdown("@alice")).toBe(`@${ZWSP}alice`);
    expect(escapeMarkdown("fixes #12")).toBe(`fixes &#35;${ZWSP}12`);
    expect(escapeMarkdown("https://evil.example/a?b=c")).toBe(`https:${ZWSP}//evil.example/a?b=c`);
    expect(escapeMarkdown("www.evil.example")).toBe(`www${ZWSP}.evil.example`);
    expect(escapeMarkdown("mail bob@example.com")).toBe(`mail bob@${ZWSP}example.com`);
    // A `#` not before a digit is only an entity.
    expect(escapeMarkdown("C# step")).toBe("C&#35; step");
  });

  it("shows every bidirectional control as U+FFFD, so reordered text shows what it is", () => {
    for (const control of BIDI_CONTROLS) {
      expect(escapeMarkdown(`a${control}b`)).toBe("a\uFFFDb");
    }
    expect(escapeMarkdown(`train${RLO}lave.yp`)).toBe("train\uFFFDlave.yp");
  });

  it("drops invisible characters and control codes, but keeps the joiners emoji need", () => {
    expect(escapeMarkdown(`a${ZWSP}b\u2060c\ufeffd\u0007e`)).toBe("abcde");
    const family = "👩\u200d👩\u200d👧";
    expect(escapeMarkdown(family)).toBe(family);
  });

  it("keeps backticks, pipes and newlines from leaving the cell or line", () => {
    expect(escapeMarkdown("a`b|c\nd\te")).toBe("a&#96;b&#124;c d e");
  });

  it("keeps text that would start a list, rule or heading from doing so", () => {
    expect(escapeMarkdown("- item")).toBe("&#45; item");
    expect(escapeMarkdown("===")).toBe("&#61;==");
    expect(escapeMarkdown("1. first")).toBe("1&#46; first");
    expect(escapeMarkdown("# title")).toBe("&#35; title");
    expect(escapeMarkdown("---")).toBe("&#45;--");
    // Only where they would be markers: inside the text, or before a number, they are plain.
    expect(escapeMarkdown("a - b = c 1. d")).toBe("a - b = c 1. d");
    expect(escapeMarkdown("-5% and 0.392 W/GB")).toBe("-5% and 0.392 W/GB");
    expect(escapeMarkdown("0.392 W/GB")).toBe("0.392 W/GB");
  });

  it("leaves ordinary names alone", () => {
    expect(escapeMarkdown("train-resnet50 (8x A100)")).toBe("train-resnet50 &#40;8x A100&#41;");
    expect(escapeMarkdown("NVIDIA A100-SXM4-80GB")).toBe("NVIDIA A100-SXM4-80GB");
  });
});

describe("escapeMarkdown and the sources our tables cite", () => {
  const METHODOLOGY = "https://www.cloudcarbonfootprint.org/docs/methodology/";

  it("keeps a cited source a link that ends where its URL does, even in parentheses", () => {
    expect(CITED_URLS.has(METHODOLOGY)).toBe(true);
    // As a CPU note names it: the ")" after the URL is text, not part of the link.
    expect(escapeMarkdown(`per-vCPU fallback (Cloud Carbon Footprint methodology, ${METHODOLOGY})`)).toBe(
      `per-vCPU fallback &#40;Cloud Carbon Footprint methodology, <${METHODOLOGY}>&#41;`,
    );
    const amd = "https://www.amd.com/en/products/cpu/amd-epyc-7763";
    expect(escapeMarkdown(`see ${amd}. Then https://evil.example`)).toBe(
      `see <${amd}>. Then https:${ZWSP}//evil.example`,
    );
  });

  it("keeps no other URL live, however close to a cited one", () => {
    for (const url of [
      `${METHODOLOGY}../../evil`,
      "https://www.cloudcarbonfootprint.org/docs/methodology",
      "https://www.amd.com/en/products/cpu/amd-epyc-7763.evil.example/",
      "http://www.cloudcarbonfootprint.org/docs/methodology/",
    ]) {
      const out = escapeMarkdown(url);
      expect(out).not.toContain("<");
      expect(out).not.toMatch(/:\/\//);
    }
  });
});

describe("plainText", () => {
  it("is one line with nothing hidden, for a status line that is not markdown", () => {
    expect(plainText(`ok\nnext\tcol ${RLO}x${ZWSP}`)).toBe("ok next col \uFFFDx");
  });
});

describe("codeSpan", () => {
  it("puts a plain path in a code span, and escapes anything else as text", () => {
    expect(codeSpan(".github/carbon-budget.yml")).toBe("`.github/carbon-budget.yml`");
    expect(codeSpan("a`b <!-- x -->")).toBe("a&#96;b &#60;&#33;-- x --&#62;");
  });
});

describe("markdownLink, our own links", () => {
  it("comes out as a working link, the URL untouched and the text escaped", () => {
    const url = "https://github.com/acme/carbon-budget/blob/v1/docs/methodology.md#grid-intensity";
    expect(markdownLink("methodology", url)).toBe(`[methodology](${url})`);
    // The link ends in its own ")", not an entity that would be read as part of the URL.
    expect(markdownLink("methodology", url).endsWith("md#grid-intensity)")).toBe(true);
    expect(markdownLink("[a](b) @x", url)).toBe(`[&#91;a&#93;&#40;b&#41; @${ZWSP}x](${url})`);
  });

  it("refuses a URL that is not plainly http(s), or that would end the link early", () => {
    for (const url of [
      "javascript:alert(1)",
      "https://x.example/a)b",
      "https://x.example/a b",
      "//x.example",
    ]) {
      expect(() => markdownLink("x", url)).toThrow(/not a link we can write/);
    }
  });
});
