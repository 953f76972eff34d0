package io.github.pollkit.io;

import io.github.pollkit.internal.Checks;

/**
 * How to read a poll table copied from a web page (see {@link CopiedTableReader}): immutable, built
 * with {@link #builder()} or taken as {@link #defaults()}. Each setting can be given once; a
 * setting given twice is an {@link IllegalStateException}.
 *
 * <pre>{@code
 * CopiedTableOptions options = CopiedTableOptions.builder()
 *     .year(2015)                  // the year of the section heading above the table
 *     .build();
 * }</pre>
 *
 * <p>Defaults: no year (the table must then hold a year row above its first poll, or give years in
 * its dates); the source named by its file name.
 */
public final class CopiedTableOptions {
  private static final CopiedTableOptions DEFAULTS = builder().build();

  private final Integer year;
  private final String sourceName;

  private CopiedTableOptions(Builder b) {
    this.year = b.year;
    this.sourceName = b.sourceName;
  }

  /** {@return the default options, the same as {@code builder().build()} (one shared instance)} */
  public static CopiedTableOptions defaults() {
    return DEFAULTS;
  }

  /** {@return a new builder with every setting at its default} */
  public static Builder builder() {
    return new Builder();
  }

  /** The year of dates written without one before the first year row, or {@code null}. */
  Integer year() {
    return year;
  }

  /** The name used in messages, or {@code null} to use the file name. */
  String sourceName() {
    return sourceName;
  }

  @Override
  public String toString() {
    return "CopiedTableOptions[year="
        + (year == null ? "from the table" : year)
        + (sourceName == null ? "" : ", sourceName=" + sourceName)
        + "]";
  }

  /** Builds {@link CopiedTableOptions}; not thread-safe, use once. */
  public static final class Builder {
    private Integer year;
    private String sourceName;

    private Builder() {}

    /**
     * The year of the dates written without a year ({@code 26–28 Jun}), as in the section heading
     * above a copied table; a year row inside the table replaces it for the rows below that row.
     *
     * @param year the year, 1000 to 9999
     * @return this builder
     * @throws IllegalArgumentException if {@code year} is outside 1000 to 9999
     * @throws IllegalStateException if the year was already set
     */
    public Builder year(int year) {
      Checks.notSetYet(this.year != null, "year", this.year);
      this.year = Checks.inRange(year, 1000, 9999, "year");
      return this;
    }

    /**
     * The name of the source in error messages; default: the file name.
     *
     * @param name the name (stripped), not blank, e.g. {@code "Wikipedia, UK polls 2015"}
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     * @throws IllegalStateException if the source name was already set
     */
    public Builder sourceName(String name) {
      String n = Checks.notBlank(name, "name").strip();
      Checks.notSetYet(sourceName != null, "source name", "'" + sourceName + "'");
      sourceName = n;
      return this;
    }

    /** {@return the options with the settings made so far, the others at their defaults} */
    public CopiedTableOptions build() {
      return new CopiedTableOptions(this);
    }
  }
}
