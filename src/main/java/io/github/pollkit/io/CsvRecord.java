package io.github.pollkit.io;

/**
 * One record of a CSV text as the tokenizer found it: the physical line where it starts, its raw
 * text, and either its fields or the reason it could not be split into fields.
 */
final class CsvRecord {
  final long line;
  private final char[] text;

  /** Where the record starts in the text. */
  final int start;

  private final int end;

  /** The fields; unquoted fields are stripped of surrounding white space, quoted ones are not. */
  final String[] fields;

  /**
   * Whether each field was quoted (a quoted field is taken literally, never as a missing marker).
   */
  final boolean[] quoted;

  /** Why the record could not be tokenized, or {@code null}. */
  final String error;

  CsvRecord(
      long line, char[] text, int start, int end, String[] fields, boolean[] quoted, String error) {
    this.line = line;
    this.text = text;
    this.start = start;
    this.end = end;
    this.fields = fields;
    this.quoted = quoted;
    this.error = error;
  }

  /**
   * The same record without its fields, for keeping its line and raw text while the fields are
   * garbage.
   */
  CsvRecord withoutFields() {
    return fields == null ? this : new CsvRecord(line, text, start, end, null, null, error);
  }

  /** The record's text as in the source, without its final line break. */
  String raw() {
    return new String(text, start, end - start);
  }
}
