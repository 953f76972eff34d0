package io.github.pollkit.io;

import java.util.Arrays;

/**
 * A small RFC 4180 tokenizer: comma-separated fields, records ended by CRLF, LF or CR, fields
 * quoted with {@code "} that may hold commas, line breaks and doubled quotes {@code ""}. A UTF-8
 * byte order mark at the start is skipped, blank lines are skipped, and each record remembers the
 * physical line where it starts. A quote inside an unquoted field is kept as a literal character.
 *
 * <p>It never throws on malformed text: a record whose quotes are broken carries an error message
 * instead of fields (an unclosed quote ends the record at the end of the text; a character after a
 * closing quote ends it at the end of that physical line).
 */
final class CsvTokenizer {
  private final char[] text;
  private final int length;
  private int pos;
  private long line = 1;
  private final StringBuilder quotedField = new StringBuilder();

  /** Fields of the record being read (the first {@code count}), reused from record to record. */
  private String[] fields = new String[16];

  private boolean[] quoted = new boolean[16];
  private int count;

  /** The fields of the record returned last (never changed: records share their strings). */
  private String[] previous = new String[0];

  /** Tokenizes {@code text[0..length)}; the array is read, never changed. */
  CsvTokenizer(char[] text, int length) {
    this.text = text;
    this.length = length;
    this.pos = length > 0 && text[0] == '\uFEFF' ? 1 : 0;
  }

  /** The next record, or {@code null} at the end of the text. */
  CsvRecord next() {
    skipBlankLines();
    if (pos >= length) {
      return null;
    }
    int start = pos;
    long startLine = line;
    count = 0;
    String error = null;
    while (true) {
      if (pos < length && text[pos] == '"') {
        long quoteLine = line;
        if (!readQuotedField()) {
          error = "has a quoted field opened on line " + quoteLine + " that is never closed";
          break;
        }
        add(quotedField.toString(), true);
        if (pos >= length || isLineBreak(text[pos])) {
          break;
        }
        if (text[pos] == ',') {
          pos++;
          continue;
        }
        error =
            "has the character '"
                + text[pos]
                + "' right after the closing quote of field "
                + count
                + ": a closing quote must be followed by a comma or the end of the line";
        while (pos < length && !isLineBreak(text[pos])) {
          pos++;
        }
        break;
      }
      int fieldStart = pos;
      while (pos < length) {
        char c = text[pos];
        if (c == ',' || isLineBreak(c)) {
          break;
        }
        pos++;
      }
      add(unquoted(fieldStart, pos), false);
      if (pos < length && text[pos] == ',') {
        pos++;
        continue;
      }
      break;
    }
    int end = pos;
    skipOneLineBreak();
    if (error != null) {
      return new CsvRecord(startLine, text, start, end, null, null, error);
    }
    previous = Arrays.copyOf(fields, count);
    return new CsvRecord(startLine, text, start, end, previous, Arrays.copyOf(quoted, count), null);
  }

  private void add(String field, boolean isQuoted) {
    if (count == fields.length) {
      fields = Arrays.copyOf(fields, 2 * count);
      quoted = Arrays.copyOf(quoted, 2 * count);
    }
    fields[count] = field;
    quoted[count] = isQuoted;
    count++;
  }

  /**
   * An unquoted field, {@code text[from..to)} stripped of surrounding white space. A field equal to
   * the same field of the record before is that record's string: the rows of a long file repeat
   * their poll's metadata, and the copies would only be garbage.
   */
  private String unquoted(int from, int to) {
    if (from == to) {
      return "";
    }
    if (Character.isWhitespace(text[from]) || Character.isWhitespace(text[to - 1])) {
      return new String(text, from, to - from).strip();
    }
    String before = count < previous.length ? previous[count] : null;
    if (before != null && before.length() == to - from) {
      int k = 0;
      while (k < before.length() && before.charAt(k) == text[from + k]) {
        k++;
      }
      if (k == before.length()) {
        return before;
      }
    }
    return new String(text, from, to - from);
  }

  /**
   * Reads a record again, with its fields: the record of this text that starts at offset {@code
   * start} on line {@code line} (a record's {@link CsvRecord#start} and {@link CsvRecord#line}).
   */
  CsvRecord reread(long line, int start) {
    CsvTokenizer again = new CsvTokenizer(text, length);
    again.pos = start;
    again.line = line;
    return again.next();
  }

  /** Reads a quoted field starting at the opening quote; false if it is never closed. */
  private boolean readQuotedField() {
    quotedField.setLength(0);
    pos++;
    while (pos < length) {
      char c = text[pos];
      if (c == '"') {
        if (pos + 1 < length && text[pos + 1] == '"') {
          quotedField.append('"');
          pos += 2;
          continue;
        }
        pos++;
        return true;
      }
      if (c == '\n' || (c == '\r' && !(pos + 1 < length && text[pos + 1] == '\n'))) {
        line++;
      }
      quotedField.append(c);
      pos++;
    }
    return false;
  }

  private void skipBlankLines() {
    while (pos < length && isLineBreak(text[pos])) {
      skipOneLineBreak();
    }
  }

  private void skipOneLineBreak() {
    if (pos >= length) {
      return;
    }
    char c = text[pos];
    if (c == '\r') {
      pos++;
      if (pos < length && text[pos] == '\n') {
        pos++;
      }
      line++;
    } else if (c == '\n') {
      pos++;
      line++;
    }
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }
}
