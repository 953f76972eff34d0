import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The score table of {@code VALIDATION.md}: every average on FiveThirtyEight's three Trump approval
 * lists ("All polls", "Voters", "Adults"), each scored against 538's published average (see {@link
 * ApprovalAverages}), and the share of days on which 538's line lies inside each average's 95%
 * band. The same settings, unchanged, on every list.
 *
 * <p>Run from the repository root: {@code mvn -q test-compile exec:java@approval-validation}.
 */
public final class ApprovalValidation {

  public static void main(String[] args) {
    List<ApprovalAverages.Method> methods = ApprovalAverages.methods();
    StringBuilder header = new StringBuilder("| average |");
    StringBuilder rule = new StringBuilder("|---|");
    for (String list : ApprovalAverages.LISTS) {
      header.append(' ').append(list).append(" |");
      rule.append("---:|");
    }
    List<StringBuilder> rows = new ArrayList<>();
    List<StringBuilder> bands = new ArrayList<>();
    methods.forEach(m -> rows.add(new StringBuilder("| " + m.name() + " |")));
    methods.forEach(m -> bands.add(new StringBuilder("| " + m.name() + " |")));
    java.util.Set<String> fallbacks = new java.util.LinkedHashSet<>();
    for (String list : ApprovalAverages.LISTS) {
      var polls = ApprovalAverages.polls(list);
      Map<LocalDate, Double> published = ApprovalAverages.published(list);
      var fallback = ApprovalAverages.FOURTEEN_DAY_MEAN.average().apply(polls);
      for (int i = 0; i < methods.size(); i++) {
        ApprovalAverages.Score s =
            ApprovalAverages.score(methods.get(i).average().apply(polls), fallback, published);
        rows.get(i)
            .append(String.format(Locale.ROOT, " %.2f", s.meanAbsoluteDifference()))
            .append(s.fallbackDays() == 0 ? "" : "¹")
            .append(" |");
        if (s.fallbackDays() > 0) {
          fallbacks.add(list + ": " + s.fallbackDays());
        }
        bands.get(i).append(String.format(Locale.ROOT, " %.0f%% |", 100 * s.inBand()));
      }
      System.err.println(list + ": " + polls.size() + " polls, " + published.size() + " days");
    }
    System.out.println(header);
    System.out.println(rule);
    rows.forEach(System.out::println);
    if (!fallbacks.isEmpty()) {
      System.out.println();
      System.out.println(
          "¹ days before the average's first estimate, given the trailing 14-day mean ("
              + String.join(", ", fallbacks)
              + " days)");
    }
    System.out.println();
    System.out.println("Days on which 538's published line lies inside the average's 95% band:");
    System.out.println();
    System.out.println(header);
    System.out.println(rule);
    bands.forEach(System.out::println);
    System.out.println();
    System.out.println("Sample accounting: rows each rule touched.");
    System.out.println();
    System.out.println(
        "| list | rules | polls | tracking releases | counted for new field days only | left out"
            + " | versions sharing a sample | published n | effective n |");
    System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|");
    for (String list : ApprovalAverages.LISTS) {
      var polls = ApprovalAverages.polls(list);
      for (var rules :
          List.of(
              io.github.pollkit.SampleAccounting.standard(),
              io.github.pollkit.SampleAccounting.fromFieldDates())) {
        var a = rules.apply(polls);
        System.out.printf(
            Locale.ROOT,
            "| %s | %s | %d | %d | %d | %d | %d | %,.0f | %,.0f |%n",
            list,
            rules.equals(io.github.pollkit.SampleAccounting.standard())
                ? "538's tracking flag"
                : "field dates alone",
            polls.size(),
            a.trackingReleases(),
            a.reducedReleases(),
            a.leftOut().size(),
            a.versionRows(),
            a.publishedRespondents(),
            a.effectiveRespondents());
      }
    }
  }
}
