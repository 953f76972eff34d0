package io.github.pollkit.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Builds Tablesaw tables in time proportional to their columns. Tablesaw checks each column added
 * against the lower-cased names of all columns before it, allocating them anew, so a table of k
 * columns takes time in k²: seconds for a poll file of a few thousand columns.
 */
public final class Tables {
  private Tables() {}

  /**
   * A table of the given columns (not copied), with Tablesaw's rule that names are unique ignoring
   * case checked once, with a hash set.
   *
   * @param name the table's name
   * @param columns the columns, all of one length
   * @return the table
   * @throws IllegalArgumentException if two columns have the same name ignoring case
   */
  public static Table of(String name, List<? extends Column<?>> columns) {
    Set<String> names = new HashSet<>();
    Table table = Table.create(name);
    for (Column<?> column : columns) {
      if (!names.add(column.name().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "Cannot add column with duplicate name " + column.name() + " to table " + name);
      }
      table.internalAddWithoutValidation(column);
    }
    return table;
  }
}
