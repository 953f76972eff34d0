package io.github.pollkit.bench;

import io.github.pollkit.weighting.Respondents;
import io.github.pollkit.weighting.WeightingOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Raking 1,000,000 respondents to 3 margins (region: 4 levels, age: 4, sex: 2) through the public
 * API ({@code Respondents.rake}: coding the Tablesaw columns, IPF, report), tolerance 1e-8.
 *
 * <p>The sample (seeded, skewed against the targets) is also written to {@code
 * target/bench/raking-1m.csv} so that the R peer ({@code src/bench/peer/raking.R}) rakes exactly
 * the same respondents.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RakingBenchmark {
  static final int N = 1_000_000;
  static final Path CSV = Path.of("target/bench/raking-1m.csv");
  static final String[] REGIONS = {"N", "E", "S", "W"};
  static final String[] AGES = {"18-34", "35-49", "50-64", "65+"};
  static final String[] SEXES = {"F", "M"};

  Respondents sample;
  Map<String, Map<String, Double>> targets;
  WeightingOptions options;

  @Setup
  public void setUp() throws IOException {
    SplittableRandom random = new SplittableRandom(20240917);
    String[] region = new String[N];
    String[] age = new String[N];
    String[] sex = new String[N];
    for (int i = 0; i < N; i++) {
      region[i] = draw(random, REGIONS, 0.30, 0.30, 0.20, 0.20);
      age[i] = draw(random, AGES, 0.12, 0.20, 0.30, 0.38);
      sex[i] = draw(random, SEXES, 0.36, 0.64);
    }
    if (!Files.exists(CSV)) {
      Files.createDirectories(CSV.getParent());
      try (BufferedWriter out = Files.newBufferedWriter(CSV)) {
        out.write("region,age,sex\n");
        for (int i = 0; i < N; i++) {
          out.write(region[i] + "," + age[i] + "," + sex[i] + "\n");
        }
      }
    }
    sample =
        Respondents.of(
            Table.create(
                "bench",
                StringColumn.create("region", region),
                StringColumn.create("age", age),
                StringColumn.create("sex", sex)));
    targets = new LinkedHashMap<>();
    targets.put("region", shares(REGIONS, 0.17, 0.21, 0.38, 0.24));
    targets.put("age", shares(AGES, 0.28, 0.25, 0.25, 0.22));
    targets.put("sex", shares(SEXES, 0.51, 0.49));
    options = WeightingOptions.defaults().withTolerance(1e-8);
  }

  @Benchmark
  public Respondents rake1m() {
    return sample.rake(targets, options);
  }

  private static String draw(SplittableRandom random, String[] levels, double... p) {
    double u = random.nextDouble();
    double cumulative = 0;
    for (int l = 0; l < levels.length - 1; l++) {
      cumulative += p[l];
      if (u < cumulative) {
        return levels[l];
      }
    }
    return levels[levels.length - 1];
  }

  private static Map<String, Double> shares(String[] levels, double... p) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int l = 0; l < levels.length; l++) {
      m.put(levels[l], p[l]);
    }
    return m;
  }
}
