import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { checkInputFile, inputExists, readInputText } from "../../src/input-file.js";

const dir = mkdtempSync(join(tmpdir(), "carbon-budget-input-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string) => ({
  input: "--base",
  shown: name,
  path: join(dir, name),
  expected: "a report",
});

describe("readInputText", () => {
  it("reads UTF-8 text and drops a byte-order mark", () => {
    writeFileSync(join(dir, "bom.json"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("{}")]));
    expect(readInputText(file("bom.json"))).toBe("{}");
    writeFileSync(join(dir, "accent.txt"), "café\n");
    expect(readInputText(file("accent.txt"))).toBe("café\n");
  });

  it("holds a file to the input's size limit, before reading it", () => {
    writeFileSync(join(dir, "big.json"), "x".repeat(2000));
    expect(() => readInputText(file("big.json"), 1000)).toThrow(
      new InputError(
        "--base",
        "big.json",
        "the file is 2,000 bytes, over the 1,000 this input may be; give a report",
      ),
    );
    expect(checkInputFile(file("big.json"), 2000)).toBe(2000);
  });

  it("names a missing file plainly", () => {
    expect(() => readInputText(file("absent.json"))).toThrow(
      new InputError("--base", "absent.json", "no such file"),
    );
  });
});

describe("inputExists", () => {
  it("is false only when nothing is there", () => {
    expect(inputExists(join(dir, "absent.json"))).toBe(false);
    expect(inputExists(join(dir, "absent", "deeper.json"))).toBe(false);
    expect(inputExists(dir)).toBe(true);
  });
});
