package io.github.pollkit.io;

/**
 * One record of a CSV text as the tokenizer found it: the physical line where it starts, its raw
 * text, and either its fields or the reason it could not be split into fields.
 */
final class CsvRecord {
  final long line;
  final String raw;
  /** The fields; unquoted fields are stripped of surrounding white space, quoted ones are not. */
  final String[] fields;
  /** Whether each field was quoted (a quoted field is taken literally, never as a missing marker). */
  final boolean[] quoted;
  /** Why the record could not be tokenized, or {@code null}. */
  final String error;

  CsvRecord(long line, String raw, String[] fields, boolean[] quoted, String error) {
    this.line = line;
    this.raw = raw;
    this.fields = fields;
    this.quoted = quoted;
    this.error = error;
  }
}
