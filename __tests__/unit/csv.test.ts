import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/import/csv.js";

const fields = (text: string) => parseCsv(text).map((r) => r.fields);
const lines = (text: string) => parseCsv(text).map((r) => r.line);

describe("parseCsv", () => {
  it("reads plain records, with or without a final line break", () => {
    expect(fields("a,b,c\n1,2,3\n")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
    expect(fields("a,b,c\n1,2,3")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
  });

  it("keeps empty fields, leading, inner and trailing", () => {
    expect(fields(",x,,\n")).toEqual([["", "x", "", ""]]);
  });

  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    const text = 'name,model\n"vit, ablation ""no-aug""","Xeon\r\nGold"\n';
    expect(fields(text)).toEqual([
      ["name", "model"],
      ['vit, ablation "no-aug"', "Xeon\r\nGold"],
    ]);
  });

  it("reads an empty quoted field as empty", () => {
    expect(fields('a,"",c\n')).toEqual([["a", "", "c"]]);
  });

  it("takes CRLF, LF and a lone CR as line breaks, and drops a BOM", () => {
    expect(fields("\uFEFFa,b\r\n1,2\r\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(fields("a,b\r1,2\r")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("numbers each record by the line it starts on, counting line breaks inside quotes", () => {
    // Line 1 header; line 2 a record whose quoted field spans lines 2-4; line 5 the next record.
    const text = 'h1,h2\nx,"one\ntwo\r\nthree"\ny,z\n';
    expect(lines(text)).toEqual([1, 2, 5]);
  });

  it("skips blank lines but counts them", () => {
    // Windows' csv module without newline='' writes \r\r\n: a blank line after every row.
    expect(parseCsv("h\r\r\na\r\r\n\nb\n")).toEqual([
      { line: 1, fields: ["h"] },
      { line: 3, fields: ["a"] },
      { line: 6, fields: ["b"] },
    ]);
  });

  it("reads stray quotes the way Python's csv module does", () => {
    // A quote inside an unquoted field is text; text after a closing quote joins the field.
    expect(fields('ab"c,"d"e\n')).toEqual([['ab"c', "de"]]);
  });

  it("reports a quoted field that is never closed, at the record's first line", () => {
    const records = parseCsv('h1,h2\nok,1\nbad,"never\nclosed\n');
    expect(records[1]).toEqual({ line: 2, fields: ["ok", "1"] });
    expect(records[2]).toEqual({
      line: 3,
      fields: ["bad", "never\nclosed\n"],
      error: "a quoted field opened on line 3 is never closed",
    });
  });

  it("reads nothing from an empty text or a BOM alone", () => {
    expect(parseCsv("")).toEqual([]);
    expect(parseCsv("\uFEFF")).toEqual([]);
    expect(parseCsv("\n\r\n")).toEqual([]);
  });
});
