import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The score table of {@code VALIDATION.md}: every average on FiveThirtyEight's three Trump approval
 * lists ("All polls", "Voters", "Adults"), each scored against 538's published average (see {@link
 * ApprovalAverages}). The same settings, unchanged, on every list.
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
    methods.forEach(m -> rows.add(new StringBuilder("| " + m.name() + " |")));
    for (String list : ApprovalAverages.LISTS) {
      var polls = ApprovalAverages.polls(list);
      Map<LocalDate, Double> published = ApprovalAverages.published(list);
      var fallback = ApprovalAverages.FOURTEEN_DAY_MEAN.average().apply(polls);
      for (int i = 0; i < methods.size(); i++) {
        ApprovalAverages.Score s =
            ApprovalAverages.score(methods.get(i).average().apply(polls), fallback, published);
        rows.get(i)
            .append(String.format(Locale.ROOT, " %.2f", s.meanAbsoluteDifference()))
            .append(s.fallbackDays() == 0 ? "" : " (" + s.fallbackDays() + " days 14-day mean)")
            .append(" |");
      }
      System.err.println(list + ": " + polls.size() + " polls, " + published.size() + " days");
    }
    System.out.println(header);
    System.out.println(rule);
    rows.forEach(System.out::println);
  }
}
