package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.model.DatePlacement;
import io.github.pollkit.model.Poll;
import io.github.pollkit.trend.JointAverageFit;
import io.github.pollkit.trend.JointPolls;
import io.github.pollkit.trend.TrendBand;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The joint average through the facade, on the Ukraine NATO polls. */
class JointAverageTest {

  private static PollSet referendum() {
    return Polls.read(Path.of("data/ukraine-nato/ukraine-nato-membership.csv"))
        .excludingBase("would vote")
        .questionGroup("referendum", "summary")
        .placedAt(DatePlacement.END)
        .option("support", "oppose")
        .where(p -> p.shares().values().stream().noneMatch(s -> s.isRange()));
  }

  @Test
  void the_polls_of_a_set_keep_each_poll_with_its_shares_size_and_pollster() {
    PollSet set = referendum();
    JointPolls polls = JointAverage.polls(set, "support", "oppose");
    long dated = set.polls().stream().filter(Poll::isDated).count();
    assertEquals(dated, polls.size());
    assertEquals(List.of("support", "oppose"), polls.options());
    assertThrows(IllegalArgumentException.class, () -> JointAverage.polls(set));
    assertThrows(NullPointerException.class, () -> JointAverage.polls(null, "support"));
  }

  /** One option through the facade: the same line as Smoothers.average() (both at field end). */
  @Test
  void one_option_gives_the_line_of_smoothers_average() {
    PollSet set = referendum();
    TrendBand single = set.smooth(Smoothers.average()).get("support").band();
    JointAverageFit joint = JointAverage.fit(set, List.of(), "support");
    assertEquals(single.dates(), joint.dates());
    double[] a = single.estimate();
    double[] b = joint.estimate("support");
    double[] sa = single.standardError();
    double[] sb = joint.standardError("support");
    for (int t = 0; t < a.length; t++) {
      assertEquals(a[t], b[t], 1e-5, "day " + t);
      assertEquals(sa[t], sb[t], 1e-5, "day " + t);
    }
  }

  @Test
  void two_options_and_the_rest_add_up_to_100() {
    JointAverageFit fit = JointAverage.fit(referendum(), List.of(), "support", "oppose");
    double[] s = fit.estimate("support");
    double[] o = fit.estimate("oppose");
    double[] rest = fit.others();
    for (int t = 0; t < s.length; t++) {
      assertEquals(100, s[t] + o[t] + rest[t], 1e-9);
      assertTrue(rest[t] > 0, "rest " + rest[t]);
    }
  }
}
