/**
 * Reading and writing poll files.
 *
 * <p>{@link io.github.pollkit.io.PollReader} reads a CSV poll file, wide (one record per poll,
 * a column per answer option) or long (one record per poll and option), into a Tablesaw table in
 * pollkit's long schema ({@link io.github.pollkit.PollColumns}); {@link
 * io.github.pollkit.io.ReadOptions} says how to read it; {@link io.github.pollkit.io.PollWriter}
 * writes such a table back as a long CSV file that reads back equal.
 *
 * <pre>{@code
 * Table polls = PollReader.read(Path.of("data/ukraine-nato/ukraine-nato-membership.csv"));
 * ReadResult result = PollReader.readLenient(Path.of("messy.csv"), ReadOptions.defaults());
 * PollWriter.write(polls, Path.of("polls-long.csv"));
 * }</pre>
 *
 * <p>The reader parses every cell itself (its own RFC 4180 tokenizer; no Tablesaw type inference,
 * which turns {@code 45%} into 0.45 and {@code 45,5} into 455). The file format, the rules and the
 * difference between strict and lenient reading are documented on {@link
 * io.github.pollkit.io.PollReader}.
 */
package io.github.pollkit.io;
