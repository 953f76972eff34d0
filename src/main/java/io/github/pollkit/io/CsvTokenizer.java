package io.github.pollkit.io;

import java.util.ArrayList;
import java.util.List;

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

  /** Fields of the record being read, reused from record to record. */
  private final List<String> fields = new ArrayList<>();

  private final List<Boolean> quoted = new ArrayList<>();

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
    fields.clear();
    quoted.clear();
    String error = null;
    while (true) {
      if (pos < length && text[pos] == '"') {
        long quoteLine = line;
        if (!readQuotedField()) {
          error = "has a quoted field opened on line " + quoteLine + " that is never closed";
          break;
        }
        fields.add(quotedField.toString());
        quoted.add(Boolean.TRUE);
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
                + fields.size()
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
      fields.add(pos == fieldStart ? "" : new String(text, fieldStart, pos - fieldStart).strip());
      quoted.add(Boolean.FALSE);
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
    boolean[] quotedFlags = new boolean[quoted.size()];
    for (int i = 0; i < quotedFlags.length; i++) {
      quotedFlags[i] = quoted.get(i);
    }
    return new CsvRecord(
        startLine, text, start, end, fields.toArray(new String[0]), quotedFlags, null);
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
