package io.github.pollkit.io;

import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Getting the text of a poll source, once for every reader: a file's bytes decoded as strict UTF-8,
 * or a reader's characters, with the name that its problems give; a problem of the whole text (not
 * UTF-8) becomes the result's file problem, and a source that cannot be read at all an {@link
 * UncheckedIOException}.
 */
final class SourceText {
  private SourceText() {}

  /** A reader's parse step: text {@code [0, length)} of a source named {@code source}. */
  @FunctionalInterface
  interface Parser {
    ReadResult parse(char[] text, int length, String source);
  }

  /**
   * Reads a file and parses its text.
   *
   * @param what what the file is, for the I/O error ("poll file", "copied table")
   */
  static ReadResult read(Path file, String sourceName, String what, Parser parser) {
    String source = sourceName != null ? sourceName : nameOf(file);
    try {
      CharBuffer text = readFile(file, source, what);
      return parser.parse(text.array(), text.limit(), source);
    } catch (Rejection e) {
      return ReadResult.failed(source, e.problem);
    }
  }

  /**
   * Reads everything from a reader (not closed) and parses it.
   *
   * @param what what the text is, for the I/O error ("poll data", "copied table")
   */
  static ReadResult read(Reader reader, String sourceName, String what, Parser parser) {
    CharArrayWriter text = new CharArrayWriter();
    try {
      reader.transferTo(text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + what + ": " + e.getMessage(), e);
    }
    String source = sourceName != null ? sourceName : "<reader>";
    char[] chars = text.toCharArray();
    try {
      return parser.parse(chars, chars.length, source);
    } catch (Rejection e) {
      return ReadResult.failed(source, e.problem);
    }
  }

  /**
   * A file's text, decoded as strict UTF-8; the file's bytes are garbage once this returns. The
   * text is {@code array()[0..limit())} of the returned buffer.
   *
   * @throws UncheckedIOException naming the file if it cannot be read
   * @throws Rejection if the bytes are not UTF-8
   */
  static CharBuffer readFile(Path file, String source, String what) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException | RuntimeException e) {
      throw new UncheckedIOException(
          "cannot read " + what + " " + file + ": " + e,
          e instanceof IOException ? (IOException) e : new IOException(e));
    }
    return decode(bytes, source);
  }

  private static String nameOf(Path file) {
    Path fileName = file.getFileName();
    return fileName == null ? file.toString() : fileName.toString();
  }

  /**
   * Decodes UTF-8 strictly: a byte that is not UTF-8 is bad data, not a replacement character. The
   * text is {@code array()[0..limit())} of the returned buffer.
   */
  private static CharBuffer decode(byte[] bytes, String source) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      long line = 1;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new Rejection(
          source,
          line,
          null,
          null,
          String.format(
              "is not UTF-8 text: the byte at offset %d (0x%02X) is not valid UTF-8; save the file as UTF-8",
              offset, bytes[offset] & 0xFF));
    }
    out.flip();
    return out;
  }
}
