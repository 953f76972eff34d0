package io.github.pollkit;

import io.github.pollkit.model.Poll;
import io.github.pollkit.model.PollColumns;
import io.github.pollkit.model.Share;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** The wide table of {@link PollSet#wide()}: one row per poll, a column per option. */
final class WideTable {
  private WideTable() {}

  /** The wide table of the set's polls, from its long table. */
  static Table of(PollSet set) {
    List<Poll> polls = set.polls();
    Table longTable = set.table();
    Table wide = Table.create(longTable.name());
    for (String c : longTable.columnNames()) {
      if (!c.equals(PollColumns.OPTION) && !c.startsWith(PollColumns.SHARE)) {
        wide.addColumns(longTable.column(c).emptyCopy());
      }
    }
    List<DoubleColumn> optionColumns = new ArrayList<>();
    int firstRowOfPoll = 0;
    for (Poll p : polls) {
      for (var col : wide.columns()) {
        appendFrom(col, longTable, firstRowOfPoll);
      }
      firstRowOfPoll += p.shares().size();
    }
    for (String o : set.options()) {
      DoubleColumn value = DoubleColumn.create(o);
      DoubleColumn low = DoubleColumn.create(o + "_low");
      DoubleColumn high = DoubleColumn.create(o + "_high");
      for (Poll p : polls) {
        Share s = p.shares().get(o);
        value.append(s == null ? Double.NaN : s.value());
        low.append(s == null ? Double.NaN : s.low());
        high.append(s == null ? Double.NaN : s.high());
      }
      optionColumns.add(value);
      if (low.countMissing() < low.size()) {
        optionColumns.add(low);
        optionColumns.add(high);
      }
    }
    wide.addColumns(optionColumns.toArray(new DoubleColumn[0]));
    return wide;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void appendFrom(Column col, Table source, int row) {
    col.append(source.column(col.name()), row);
  }
}
