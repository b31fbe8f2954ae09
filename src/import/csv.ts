/**
 * A small RFC 4180 CSV reader (pure): quoted fields with embedded commas, doubled quotes and line breaks,
 * CRLF or LF, a leading BOM. Each record carries the line it starts on, so an importer can point at
 * `FILE:LINE` even after a quoted field spanned several lines.
 *
 * Where RFC 4180 calls input invalid, this reads it the way Python's `csv` module does (CodeCarbon writes
 * its files with Python): a quote inside an unquoted field is kept as text, and text after a closing quote
 * is appended to the field. Only a quoted field still open at the end of the text is an error.
 *
 * The text may come in chunks of any size (a file read as a stream): records come out as soon as they
 * are complete, and the reader keeps only the record in progress.
 */

export interface CsvRecord {
  /** 1-based line the record starts on, counting every line break (CRLF, LF or a lone CR) before it. */
  line: number;
  fields: string[];
  /** Set when the record could not be read whole (an unterminated quoted field). */
  error?: string;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
/** Where an unquoted field's text ends. */
const FIELD_END = /[,\r\n]/g;

export class CsvReader {
  /** The end of the last chunk, when reading it needs the next one (a CR before a possible LF, a quote). */
  private rest = "";
  private atStart = true;
  private fields: string[] = [];
  private field = "";
  private line = 1;
  private recordLine = 1;
  private quoted = false;
  private quoteLine = 1;
  /** True once the current record has any content, so an empty line is not mistaken for a record. */
  private started = false;
  private records: CsvRecord[] = [];

  /** Reads a chunk of the text; returns the records it completed. */
  push(chunk: string): CsvRecord[] {
    this.read(this.rest + chunk, false);
    return this.take();
  }

  /** The end of the text: returns the last record, if the text did not end with a line break. */
  end(): CsvRecord[] {
    this.read(this.rest, true);
    if (this.quoted) {
      this.fields.push(this.field);
      this.records.push({
        line: this.recordLine,
        fields: this.fields,
        error: `a quoted field opened on line ${this.quoteLine} is never closed`,
      });
    } else if (this.started) {
      this.endRecord();
    }
    return this.take();
  }

  private take(): CsvRecord[] {
    const records = this.records;
    this.records = [];
    return records;
  }

  private endRecord(): void {
    this.fields.push(this.field);
    if (this.started) this.records.push({ line: this.recordLine, fields: this.fields });
    this.fields = [];
    this.field = "";
    this.started = false;
  }

  private read(text: string, last: boolean): void {
    let input = text;
    if (this.atStart && input.length > 0) {
      if (input.charCodeAt(0) === 0xfeff) input = input.slice(1);
      this.atStart = false;
    }
    const n = input.length;
    let i = 0;
    while (i < n) {
      if (this.quoted) {
        const close = input.indexOf('"', i);
        // Without the closing quote here, take what there is; a final CR waits for a possible LF.
        const end = close >= 0 ? close : !last && input.charCodeAt(n - 1) === CR ? n - 1 : n;
        this.quotedText(input.slice(i, end));
        i = end;
        if (close < 0) break;
        // Whether this quote closes the field or is the first of a doubled one depends on the next character.
        if (close + 1 === n && !last) break;
        if (input.charCodeAt(close + 1) === QUOTE) {
          this.field += '"';
          i = close + 2;
        } else {
          this.quoted = false;
          i = close + 1;
        }
        continue;
      }
      const char = input.charCodeAt(i);
      if (char === QUOTE && this.field === "") {
        this.quoted = true;
        this.quoteLine = this.line;
        this.started = true;
        i++;
      } else if (char === COMMA) {
        this.fields.push(this.field);
        this.field = "";
        this.started = true;
        i++;
      } else if (char === LF || char === CR) {
        if (char === CR) {
          if (i + 1 === n && !last) break;
          if (input.charCodeAt(i + 1) === LF) i++;
        }
        this.endRecord();
        this.line++;
        this.recordLine = this.line;
        i++;
      } else {
        FIELD_END.lastIndex = i;
        const end = FIELD_END.exec(input)?.index ?? n;
        this.field += input.slice(i, end);
        this.started = true;
        i = end;
      }
    }
    this.rest = input.slice(i);
  }

  /** Text inside quotes, up to a quote or the end of the chunk; its line breaks still count. */
  private quotedText(text: string): void {
    this.field += text;
    for (let j = text.indexOf("\n"); j >= 0; j = text.indexOf("\n", j + 1)) this.line++;
    for (let j = text.indexOf("\r"); j >= 0; j = text.indexOf("\r", j + 1)) {
      if (text.charCodeAt(j + 1) !== LF) this.line++;
    }
  }
}

/** The whole text at once. Blank lines are not records: they carry no fields, and files often end with one or two. */
export function parseCsv(text: string): CsvRecord[] {
  const reader = new CsvReader();
  return [...reader.push(text), ...reader.end()];
}
