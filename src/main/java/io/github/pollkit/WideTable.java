package io.github.pollkit;

import io.github.pollkit.internal.Tables;
import io.github.pollkit.model.Poll;
import io.github.pollkit.model.PollColumns;
import io.github.pollkit.model.Share;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
    List<Column<?>> metadata = new ArrayList<>();
    List<Column<?>> sources = new ArrayList<>();
    for (Column<?> c : longTable.columns()) {
      if (!c.name().equals(PollColumns.OPTION) && !c.name().startsWith(PollColumns.SHARE)) {
        metadata.add(c.emptyCopy());
        sources.add(c);
      }
    }
    int firstRowOfPoll = 0;
    for (Poll p : polls) {
      for (int c = 0; c < metadata.size(); c++) {
        appendFrom(metadata.get(c), sources.get(c), firstRowOfPoll);
      }
      firstRowOfPoll += p.shares().size();
    }
    Set<String> taken = new HashSet<>();
    for (Column<?> c : metadata) {
      taken.add(key(c.name()));
    }
    List<Column<?>> columns = new ArrayList<>(metadata);
    for (String o : set.options()) {
      DoubleColumn value = DoubleColumn.create(unique(o, taken));
      boolean ranged = false;
      for (Poll p : polls) {
        Share s = p.shares().get(o);
        value.append(s == null ? Double.NaN : s.value());
        ranged |= s != null && s.isRange();
      }
      columns.add(value);
      if (ranged) {
        DoubleColumn low = DoubleColumn.create(unique(value.name() + "_low", taken));
        DoubleColumn high = DoubleColumn.create(unique(value.name() + "_high", taken));
        for (Poll p : polls) {
          Share s = p.shares().get(o);
          low.append(s == null ? Double.NaN : s.low());
          high.append(s == null ? Double.NaN : s.high());
        }
        columns.add(low);
        columns.add(high);
      }
    }
    return Tables.of(longTable.name(), columns);
  }

  /**
   * {@code name}, or with the suffix {@code _option}, {@code _option2}, … when a column of that
   * name (ignoring case, as Tablesaw does) is already taken; the name returned is taken.
   */
  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int k = 1; !taken.add(key(candidate)); k++) {
      candidate = name + "_option" + (k == 1 ? "" : Integer.toString(k));
    }
    return candidate;
  }

  /** A column name as Tablesaw compares names: trimmed of control characters, ignoring case. */
  private static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void appendFrom(Column col, Column source, int row) {
    col.append(source, row);
  }
}
