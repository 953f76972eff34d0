package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.pollkit.io.PollWriter;
import io.github.pollkit.io.ReadOptions;
import io.github.pollkit.model.PollColumns;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Writing a long table and reading it back gives an equal table apart from {@code line}. */
class PollWriterTest {
  @TempDir Path dir;

  static void assertEqualApartFromLine(Table expected, Table actual) {
    assertEquals(expected.columnNames(), actual.columnNames());
    assertEquals(expected.rowCount(), actual.rowCount());
    for (Column<?> column : expected.columns()) {
      if (column.name().equals(PollColumns.LINE)) {
        continue;
      }
      assertEquals(column.type(), actual.column(column.name()).type(), column.name());
      assertEquals(column.asList(), actual.column(column.name()).asList(), column.name());
    }
  }

  Table roundTrip(Table polls) {
    Path file = dir.resolve("written.csv");
    PollWriter.write(polls, file);
    return Polls.read(file).table();
  }

  @Test
  void ukraine_file_round_trips() {
    Table polls = Polls.read(PollReaderRealDataTest.UKRAINE).table();
    assertEqualApartFromLine(polls, roundTrip(polls));
  }

  @Test
  void approval_list_with_extra_columns_round_trips() {
    Table polls =
        Polls.read(
                PollReaderRealDataTest.APPROVAL,
                ReadOptions.builder()
                    .datePattern("M/d/yyyy")
                    .options("approve", "disapprove")
                    .build())
            .table();
    assertEqualApartFromLine(polls, roundTrip(polls));
  }

  @Test
  void awkward_text_and_numbers_round_trip() {
    String csv =
        "record,poll_id,note,support,oppose,oppose_low,oppose_high,remark\n"
            + "3,\"a,b\",\"say \"\"hi\"\"\nsecond line\",33.333333333333336,,10,12.5,\" padded \"\n"
            + "8,\"NA\",\"-\",0.1,99.9,99.9,99.9,\"n/a\"\n";
    Table polls =
        Polls.read(
                new StringReader(csv), ReadOptions.builder().options("support", "oppose").build())
            .table();
    assertEquals("NA", polls.stringColumn(PollColumns.POLL_ID).get(2));
    assertEquals(" padded ", polls.stringColumn("remark").get(0));
    Table back = roundTrip(polls);
    assertEqualApartFromLine(polls, back);
    assertEquals(8, back.intColumn(PollColumns.RECORD).get(2));
  }

  @Test
  void written_file_is_long_csv_with_record_and_without_line() throws Exception {
    Table polls =
        Polls.read(
                new StringReader(
                    "poll_id,field_end,n,support,support_low,support_high\np1,2024-01-31,\"2,400\",,20,25\n"),
                ReadOptions.defaults())
            .table();
    Path file = dir.resolve("small.csv");
    PollWriter.write(polls, file);
    assertEquals(
        "record,poll_id,pollster,sponsor,field_start,field_end,date_precision,population,base,"
            + "sample_size,mode,question,question_group,option,share,share_low,share_high,"
            + "source_url,note\n"
            + "1,p1,,,,2024-01-31,,,,2400,,,,support,22.5,20,25,,\n",
        Files.readString(file));
  }

  @Test
  void empty_table_round_trips() {
    Table polls =
        Polls.read(
                new StringReader("poll_id,yes,no,extra\n"),
                ReadOptions.builder().options("yes", "no").build())
            .table();
    StringWriter out = new StringWriter();
    PollWriter.write(polls, out);
    Table back = Polls.read(new StringReader(out.toString()), ReadOptions.defaults()).table();
    assertEqualApartFromLine(polls, back);
  }

  @Test
  void table_outside_the_schema_is_rejected_with_the_column_named() {
    Table notPolls = Table.create("x", StringColumn.create("poll_id"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> PollWriter.write(notPolls, new StringWriter()));
    assertEquals(
        "polls must have the column 'record' of pollkit's long schema "
            + PollColumns.STANDARD
            + ", has [poll_id]",
        e.getMessage());

    Table polls = Polls.read(PollReaderRealDataTest.UKRAINE).table();
    polls.replaceColumn(
        PollColumns.SHARE, StringColumn.create(PollColumns.SHARE, polls.rowCount()));
    e =
        assertThrows(
            IllegalArgumentException.class, () -> PollWriter.write(polls, new StringWriter()));
    assertEquals("polls column 'share' must be of type DOUBLE, was STRING", e.getMessage());

    Table withNumbers = Polls.read(PollReaderRealDataTest.UKRAINE).table();
    withNumbers.addColumns(DoubleColumn.create("weight", withNumbers.rowCount()));
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PollWriter.write(withNumbers, new StringWriter()));
    assertEquals("polls extra column 'weight' must be of type STRING, was DOUBLE", e.getMessage());
    assertThrows(NullPointerException.class, () -> PollWriter.write(null, dir.resolve("x")));
  }
}
