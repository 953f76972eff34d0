/**
 * Reading and writing poll files; depends on the poll model ({@link io.github.pollkit.model}) only.
 *
 * <p>{@link io.github.pollkit.io.PollReader} reads a CSV poll file, wide (one record per poll, a
 * column per answer option) or long (one record per poll and option), into {@link
 * io.github.pollkit.model.Poll} values and reports every record that broke a rule as a {@link
 * io.github.pollkit.model.Problem}, in a {@link io.github.pollkit.io.ReadResult}; {@link
 * io.github.pollkit.io.ReadOptions} says how to read it; {@link io.github.pollkit.io.PollWriter}
 * writes a table in pollkit's long schema ({@link io.github.pollkit.model.PollColumns}) as a long
 * CSV file that reads back equal. Strict reading (the first problem as an exception) is the
 * facade's: {@code Polls.read}.
 *
 * <pre>{@code
 * ReadResult result = PollReader.read(Path.of("messy.csv"), ReadOptions.defaults());
 * PollWriter.write(result.accepted(), Path.of("polls-long.csv"));
 * }</pre>
 *
 * <p>The reader parses every cell itself (its own RFC 4180 tokenizer; no Tablesaw type inference,
 * which turns {@code 45%} into 0.45 and {@code 45,5} into 455). The file format and the rules are
 * documented on {@link io.github.pollkit.io.PollReader}.
 */
package io.github.pollkit.io;
