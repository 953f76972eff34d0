package io.github.pollkit.io;

import io.github.pollkit.PollColumns;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Appends rows to a table in pollkit's long schema ({@link PollColumns}), plus extra columns. */
final class PollTableBuilder {
  private final IntColumn record = IntColumn.create(PollColumns.RECORD);
  private final IntColumn line = IntColumn.create(PollColumns.LINE);
  private final StringColumn[] text = new StringColumn[PollColumns.TEXT_METADATA.size()];
  private final DateColumn fieldStart = DateColumn.create(PollColumns.FIELD_START);
  private final DateColumn fieldEnd = DateColumn.create(PollColumns.FIELD_END);
  private final DoubleColumn sampleSize = DoubleColumn.create(PollColumns.SAMPLE_SIZE);
  private final StringColumn option = StringColumn.create(PollColumns.OPTION);
  private final DoubleColumn share = DoubleColumn.create(PollColumns.SHARE);
  private final DoubleColumn shareLow = DoubleColumn.create(PollColumns.SHARE_LOW);
  private final DoubleColumn shareHigh = DoubleColumn.create(PollColumns.SHARE_HIGH);
  private final StringColumn[] extras;
  private final String tableName;

  PollTableBuilder(String tableName, List<String> extraNames) {
    this.tableName = tableName;
    for (int i = 0; i < text.length; i++) {
      text[i] = StringColumn.create(PollColumns.TEXT_METADATA.get(i));
    }
    extras = new StringColumn[extraNames.size()];
    for (int i = 0; i < extras.length; i++) {
      extras[i] = StringColumn.create(extraNames.get(i));
    }
  }

  void add(
      int recordNumber,
      long lineNumber,
      PollMeta meta,
      String optionName,
      Cells.Share value,
      String[] extraValues) {
    record.append(recordNumber);
    line.append((int) Math.min(Integer.MAX_VALUE, lineNumber));
    for (int i = 0; i < text.length; i++) {
      text[i].append(meta.text[i]);
    }
    if (meta.fieldStart == null) {
      fieldStart.appendMissing();
    } else {
      fieldStart.append(meta.fieldStart);
    }
    if (meta.fieldEnd == null) {
      fieldEnd.appendMissing();
    } else {
      fieldEnd.append(meta.fieldEnd);
    }
    sampleSize.append(meta.sampleSize);
    option.append(optionName);
    share.append(value.share());
    shareLow.append(value.low());
    shareHigh.append(value.high());
    for (int i = 0; i < extras.length; i++) {
      extras[i].append(extraValues[i]);
    }
  }

  Table build() {
    List<Column<?>> columns = new ArrayList<>();
    for (String name : PollColumns.STANDARD) {
      columns.add(column(name));
    }
    columns.addAll(List.of(extras));
    return Table.create(tableName, columns);
  }

  private Column<?> column(String name) {
    switch (name) {
      case PollColumns.RECORD:
        return record;
      case PollColumns.LINE:
        return line;
      case PollColumns.FIELD_START:
        return fieldStart;
      case PollColumns.FIELD_END:
        return fieldEnd;
      case PollColumns.SAMPLE_SIZE:
        return sampleSize;
      case PollColumns.OPTION:
        return option;
      case PollColumns.SHARE:
        return share;
      case PollColumns.SHARE_LOW:
        return shareLow;
      case PollColumns.SHARE_HIGH:
        return shareHigh;
      default:
        return text[PollColumns.TEXT_METADATA.indexOf(name)];
    }
  }
}
