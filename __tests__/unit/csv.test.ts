import { describe, expect, it } from "vitest";
import { CsvReader, parseCsv } from "../../src/import/csv.js";

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

describe("CsvReader: the text in chunks", () => {
  // Every construct whose reading depends on the next character: CRLF, a lone CR, doubled quotes, a
  // closing quote, a quoted line break, a BOM, a stray quote, a blank line and an unclosed quote.
  const text = '\uFEFFh1,h2,h3\r\n"a,""b""",c\rd\n"x\r\ny","",z"q\r\n\r\n1,"2"3,4\n"open,\r\nnever closed\r';

  const inChunks = (sizes: (i: number) => number) => {
    const reader = new CsvReader();
    const records = [];
    for (let at = 0, i = 0; at < text.length; i++) {
      const size = sizes(i);
      records.push(...reader.push(text.slice(at, at + size)));
      at += size;
    }
    return [...records, ...reader.end()];
  };

  it("reads the same records from any split of the text as from the whole", () => {
    const whole = parseCsv(text);
    // Header on line 1; a record on 2 ending in a lone CR; d on 3; a record on 4 whose quoted CRLF
    // runs to line 5; a blank line 6; line 7; an unclosed quote from line 8.
    expect(whole.map((r) => r.line)).toEqual([1, 2, 3, 4, 7, 8]);
    expect(whole[5]?.error).toBe("a quoted field opened on line 8 is never closed");
    for (let cut = 0; cut <= text.length; cut++) {
      expect(inChunks((i) => (i === 0 ? cut : text.length))).toEqual(whole);
    }
    expect(inChunks(() => 1)).toEqual(whole);
    expect(inChunks((i) => (i % 3) + 1)).toEqual(whole);
  });

  it("gives each record as soon as its line break is read, and keeps nothing after", () => {
    const reader = new CsvReader();
    expect(reader.push("a,b\n1,")).toEqual([{ line: 1, fields: ["a", "b"] }]);
    // A CR may be the first half of a CRLF: the record waits for the next character.
    expect(reader.push("2\r")).toEqual([]);
    expect(reader.push("\n")).toEqual([{ line: 2, fields: ["1", "2"] }]);
    expect(reader.end()).toEqual([]);
  });
});
