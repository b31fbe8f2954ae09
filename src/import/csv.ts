/**
 * A small RFC 4180 CSV reader (pure): quoted fields with embedded commas, doubled quotes and line breaks,
 * CRLF or LF, a leading BOM. Each record carries the line it starts on, so an importer can point at
 * `FILE:LINE` even after a quoted field spanned several lines.
 *
 * Where RFC 4180 calls input invalid, this reads it the way Python's `csv` module does (CodeCarbon writes
 * its files with Python): a quote inside an unquoted field is kept as text, and text after a closing quote
 * is appended to the field. Only a quoted field still open at the end of the text is an error.
 */

export interface CsvRecord {
  /** 1-based line the record starts on, counting every line break (CRLF, LF or a lone CR) before it. */
  line: number;
  fields: string[];
  /** Set when the record could not be read whole (an unterminated quoted field). */
  error?: string;
}

/** Blank lines are not records: they carry no fields, and files often end with one or two. */
export function parseCsv(text: string): CsvRecord[] {
  const input = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 1;
  // True once the current record has any content, so an empty line is not mistaken for a record.
  let started = false;

  const endRecord = () => {
    fields.push(field);
    if (started) records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    started = false;
  };

  for (let i = 0; i < input.length; i++) {
    const char = input[i];
    if (quoted) {
      if (char === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        if (char === "\n" || (char === "\r" && input[i + 1] !== "\n")) line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && field === "") {
      quoted = true;
      quoteLine = line;
      started = true;
    } else if (char === ",") {
      fields.push(field);
      field = "";
      started = true;
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && input[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += char;
      started = true;
    }
  }
  if (quoted) {
    fields.push(field);
    records.push({
      line: recordLine,
      fields,
      error: `a quoted field opened on line ${quoteLine} is never closed`,
    });
  } else if (started) {
    endRecord();
  }
  return records;
}
