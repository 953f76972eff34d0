package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.io.ReadOptions;
import io.github.pollkit.model.Poll;
import io.github.pollkit.model.Share;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * {@code PollSet.of(table)} on tables with only the columns pollkit needs, as a user has them after
 * reading a file with Tablesaw: the first 500 rows of 538's Trump approval poll list (a real file,
 * see data/trump-approval/SOURCES.md).
 */
class PollSetOfTableTest {
  private static final Path APPROVAL =
      Path.of("src/test/resources/data/approval_polllist_first500.csv");

  /** The poll list as a user reads it with Tablesaw, typed, then keeps the columns they need. */
  private static Table approvalTable() {
    Table t =
        Table.read()
            .usingOptions(
                CsvReadOptions.builder(APPROVAL.toFile())
                    .dateFormat(java.time.format.DateTimeFormatter.ofPattern("M/d/yyyy"))
                    .columnTypes(
                        name ->
                            switch (name) {
                              case "startdate", "enddate" -> ColumnType.LOCAL_DATE;
                              case "samplesize" -> ColumnType.INTEGER;
                              case "approve", "disapprove" -> ColumnType.DOUBLE;
                              default -> ColumnType.STRING;
                            })
                    .build());
    Table slim = t.selectColumns("enddate", "pollster", "samplesize", "approve", "disapprove");
    slim.column("enddate").setName("date");
    slim.column("samplesize").setName("sample_size");
    return slim;
  }

  @Test
  void a_wide_table_with_a_date_pollster_sample_size_and_options_reads() {
    PollSet polls = PollSet.of(approvalTable());
    assertEquals(500, polls.size());
    assertEquals(List.of("approve", "disapprove"), polls.options());
    // the file's first row: Morning Consult, 1/20/2017-1/22/2017, n 1992, approve 46, disapprove 37
    Poll first = polls.polls().get(0);
    assertEquals("Morning Consult", first.pollster());
    assertEquals(LocalDate.of(2017, 1, 22), first.fieldStart()); // one date: start = end
    assertEquals(LocalDate.of(2017, 1, 22), first.fieldEnd());
    assertEquals(1992, first.sampleSize());
    assertEquals(Map.of("approve", Share.of(46), "disapprove", Share.of(37)), first.shares());
    assertEquals("", first.population()); // absent columns are missing
    assertEquals(1, first.record());
    assertEquals(500, polls.polls().get(499).record());
  }

  @Test
  void the_wide_table_agrees_with_reading_the_file_itself() {
    PollSet fromTable = PollSet.of(approvalTable());
    PollSet fromFile =
        Polls.read(
            APPROVAL,
            ReadOptions.builder().datePattern("M/d/yyyy").options("approve", "disapprove").build());
    for (int i = 0; i < 500; i++) {
      Poll a = fromTable.polls().get(i);
      Poll b = fromFile.polls().get(i);
      assertEquals(b.pollster(), a.pollster());
      assertEquals(b.fieldEnd(), a.fieldEnd());
      assertEquals(b.sampleSize(), a.sampleSize());
      assertEquals(b.shares(), a.shares());
    }
  }

  @Test
  void a_long_table_of_option_and_share_reads_grouped_by_poll_id() {
    // the first two polls of the file, as option/share rows
    Table t =
        Table.create(
            "long",
            StringColumn.create("poll_id", "49249", "49249", "49253", "49253"),
            StringColumn.create(
                "pollster", "Morning Consult", "Morning Consult", "Gallup", "Gallup"),
            StringColumn.create("option", "approve", "disapprove", "approve", "disapprove"),
            DoubleColumn.create("share", 46, 37, 45, 45));
    PollSet polls = PollSet.of(t);
    assertEquals(2, polls.size());
    assertEquals("Gallup", polls.polls().get(1).pollster());
    assertEquals(Share.of(45), polls.polls().get(1).shares().get("disapprove"));
    assertTrue(polls.polls().get(0).fieldEnd() == null); // no date column: undated, kept
  }

  @Test
  void a_long_table_without_a_key_groups_rows_by_their_metadata() {
    Table t =
        Table.create(
            "long",
            DateColumn.create(
                "date",
                LocalDate.of(2017, 1, 22),
                LocalDate.of(2017, 1, 22),
                LocalDate.of(2017, 1, 22),
                LocalDate.of(2017, 1, 22)),
            StringColumn.create(
                "pollster", "Morning Consult", "Morning Consult", "Gallup", "Gallup"),
            StringColumn.create("option", "approve", "disapprove", "approve", "disapprove"),
            IntColumn.create("share", 46, 37, 45, 45));
    assertEquals(2, PollSet.of(t).size());
  }

  @Test
  void a_missing_share_drops_only_that_option_and_bounds_make_a_range() {
    Table t =
        Table.create(
            "wide",
            DoubleColumn.create("support", 22, Double.NaN),
            DoubleColumn.create("support_low", 20, Double.NaN),
            DoubleColumn.create("support_high", 25, Double.NaN),
            DoubleColumn.create("oppose", 60, 58));
    PollSet polls = PollSet.of(t);
    assertEquals(new Share(22, 20, 25), polls.polls().get(0).shares().get("support"));
    assertEquals(Map.of("oppose", Share.of(58)), polls.polls().get(1).shares());
  }

  @Test
  void the_errors_name_what_is_missing_or_wrong() {
    assertMessage(Table.create("t", StringColumn.create("pollster", "A")), "has no answer options");
    assertMessage(
        Table.create(
            "t", StringColumn.create("option", "yes"), StringColumn.create("pollster", "A")),
        "has 'option' but no 'share' column");
    assertMessage(
        Table.create(
            "t",
            StringColumn.create("date", "1/22/2017"),
            DoubleColumn.create("approve", new double[] {46})),
        "column 'date': must be of type LOCAL_DATE (parse the dates first");
    assertMessage(
        Table.create(
            "t",
            DateColumn.create("enddate", LocalDate.of(2017, 1, 22)),
            DoubleColumn.create("approve", new double[] {46})),
        "column 'enddate': holds dates but is not a fieldwork date: name it 'date'");
    assertMessage(
        Table.create(
            "t",
            DoubleColumn.create("approve_high", new double[] {46}),
            DoubleColumn.create("x", new double[] {1})),
        "column 'approve_high': is a bound of option 'approve', which has no column");
    assertMessage(
        Table.create("t", DoubleColumn.create("approve", new double[] {104})),
        "table 't', row 1, column 'approve': value '104.0' option 'approve': share value must be"
            + " in [0, 100]");
    assertMessage(
        Table.create(
            "t",
            DoubleColumn.create("approve", new double[] {46}),
            IntColumn.create("sample_size", new int[] {0})),
        "sampleSize must be positive");
    assertThrows(NullPointerException.class, () -> PollSet.of((Table) null));
  }

  /**
   * Mutations of valid tables, one cell or one column at a time, to edge values (NaN, -1, 101,
   * infinity, missing, far dates, blank text, a column of the wrong type, a column removed): each
   * either reads or is a {@link PollDataException} naming the table, never another exception.
   */
  @Test
  void every_one_cell_or_one_column_mutation_reads_or_is_a_poll_data_exception() {
    Table wide = approvalTable().first(3);
    wide.addColumns(
        DoubleColumn.create("approve_low", 44, 42, 40),
        DoubleColumn.create("approve_high", 48, 48, 46));
    Table full = PollSet.of(approvalTable().first(3)).table();
    Table longForm =
        full.selectColumns(
            "record",
            "field_end",
            "pollster",
            "sample_size",
            "option",
            "share",
            "share_low",
            "share_high");
    int read = 0;
    int rejected = 0;
    for (Table valid : List.of(wide, full, longForm)) {
      assertEquals(3, PollSet.of(valid).size(), "the unmutated table reads");
      for (Table mutant : mutants(valid)) {
        try {
          PollSet.of(mutant);
          read++;
        } catch (PollDataException e) {
          assertTrue(e.getMessage().startsWith("table '" + valid.name() + "'"), e.getMessage());
          assertTrue(e.rule() != null && !e.rule().isBlank(), e.getMessage());
          rejected++;
        }
      }
    }
    // both outcomes occur: a share of 101 is refused, a blank pollster is read
    assertTrue(read > 0 && rejected > 0, read + " read, " + rejected + " rejected");
  }

  @Test
  void a_share_of_101_names_the_table_row_column_and_value() {
    Table t = approvalTable().first(3);
    t.doubleColumn("disapprove").set(1, 101.0);
    var e = assertThrows(PollDataException.class, () -> PollSet.of(t));
    assertEquals("disapprove", e.column());
    assertEquals("101.0", e.value());
    assertTrue(e.file().endsWith(", row 2"), e.file());
  }

  private static List<Table> mutants(Table valid) {
    List<Table> out = new ArrayList<>();
    for (int col = 0; col < valid.columnCount(); col++) {
      for (int row = 0; row < valid.rowCount(); row++) {
        for (int k = 0; ; k++) {
          Table m = valid.copy();
          if (!setEdge(m.column(col), row, k)) {
            break;
          }
          out.add(m);
        }
      }
      Table wrongType = valid.copy();
      Column<?> c = wrongType.column(col);
      wrongType.replaceColumn(
          c.name(),
          c instanceof StringColumn
              ? DoubleColumn.create(c.name(), new double[c.size()])
              : StringColumn.create(c.name(), c.asList().stream().map(String::valueOf).toList()));
      out.add(wrongType);
      out.add(valid.copy().removeColumns(col));
    }
    return out;
  }

  /** Sets edge value number {@code k} of the column's type; false when there is none left. */
  private static boolean setEdge(Column<?> c, int row, int k) {
    if (c instanceof DoubleColumn d) {
      double[] edges = {Double.NaN, -1, 101, Double.POSITIVE_INFINITY, 1e-300, 100};
      if (k < edges.length) {
        d.set(row, edges[k]);
      }
      return k < edges.length;
    }
    if (c instanceof IntColumn i) {
      int[] edges = {-1, 0, Integer.MAX_VALUE};
      if (k < edges.length) {
        i.set(row, edges[k]);
      } else if (k == edges.length) {
        i.setMissing(row);
      }
      return k <= edges.length;
    }
    if (c instanceof DateColumn d) {
      LocalDate[] edges = {LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31)};
      if (k < edges.length) {
        d.set(row, edges[k]);
      } else if (k == edges.length) {
        d.setMissing(row);
      }
      return k <= edges.length;
    }
    if (c instanceof StringColumn s) {
      String[] edges = {"", " ", "x"};
      if (k < edges.length) {
        s.set(row, edges[k]);
      }
      return k < edges.length;
    }
    return false;
  }

  private static void assertMessage(Table t, String part) {
    var e = assertThrows(PollDataException.class, () -> PollSet.of(t));
    assertTrue(e.getMessage().contains(part), e.getMessage());
  }
}
