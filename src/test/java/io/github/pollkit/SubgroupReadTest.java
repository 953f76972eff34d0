package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.io.ReadOptions;
import io.github.pollkit.model.Poll;
import io.github.pollkit.model.Share;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-group columns ({@code Rep Sample, Rep Yes, Rep No, Dem …}) read in one call, on 538's
 * impeachment poll list (data/impeachment-polls, 549 records).
 *
 * <p>Expected counts were made with pandas 1.5.3 (Debian python3-pandas), independently of pollkit:
 *
 * <pre>
 * d = pd.read_csv("data/impeachment-polls/impeachment_polls.csv", dtype=str)
 * has = d[g + " Yes"].notna() | d[g + " No"].notna()          # g in Rep, Dem, Ind
 * has.sum()                                   # Rep 520, Dem 523, Ind 456
 * (has &amp; d[g + " Sample"].isna()).sum()       # 39 each
 * d.loc[has, g + " Sample"].astype(float).sum()  # Rep 268946, Dem 313241, Ind 184199
 * </pre>
 *
 * minus the two records the reader rejects (lines 355 and 388, read by eye: Ind 40 + 63 = 103;
 * whole sample 54 + 28 + 28 = 110), whose group samples are Rep 382 and 2062, Dem 550 and 2511, Ind
 * 563 and 901.
 */
class SubgroupReadTest {
  private static final Path FILE = Path.of("data/impeachment-polls/impeachment_polls.csv");
  private static final ReadOptions OPTIONS =
      ReadOptions.builder()
          .datePattern("M/d/yyyy")
          .column("Start", "field_start")
          .column("End", "field_end")
          .options("Yes", "No", "Unsure")
          .build();

  @TempDir Path dir;

  @Test
  void the_impeachment_list_reads_into_one_set_with_a_subgroup_dimension() {
    Polls.LenientRead read = Polls.readSubgroupsLenient(FILE, OPTIONS, "Rep", "Dem", "Ind");
    assertEquals(550, read.result().recordsRead());
    assertEquals(List.of(355, 388), read.result().rejected().intColumn("line").asList());
    assertTrue(
        read.result()
            .rejected()
            .stringColumn("reason")
            .get(0)
            .contains("value '103' is the sum of the options Yes, No of subgroup Ind"));
    Map<String, PollSet> groups = read.polls().bySubgroup();
    assertEquals(List.of("all", "Rep", "Dem", "Ind"), List.copyOf(groups.keySet()));
    assertEquals(548, groups.get("all").size());
    assertEquals(520 - 2, groups.get("Rep").size());
    assertEquals(523 - 2, groups.get("Dem").size());
    assertEquals(456 - 2, groups.get("Ind").size());
    assertEquals(548 + 518 + 521 + 454, read.polls().size());
    assertEquals(268946 - 382 - 2062, sampleSum(groups.get("Rep")));
    assertEquals(313241 - 550 - 2511, sampleSum(groups.get("Dem")));
    assertEquals(184199 - 563 - 901, sampleSum(groups.get("Ind")));
    for (String g : List.of("Rep", "Dem", "Ind")) {
      // a group without its own sample size has none: never the whole sample's
      assertEquals(39, groups.get(g).polls().stream().filter(p -> !p.hasSampleSize()).count(), g);
    }
  }

  @Test
  void a_groups_poll_has_its_own_sample_and_the_polls_metadata() {
    // line 2: ABC News/Washington Post, 6/28/2019-7/1/2019, n 1008, Yes 37 No 59 Unsure 4,
    // Rep 232: 7/87, Dem 292: 61/36, Ind 373: 37/59
    PollSet polls = Polls.readSubgroupsLenient(FILE, OPTIONS, "Rep", "Dem", "Ind").polls();
    List<Poll> first = polls.polls().subList(0, 4);
    assertEquals(
        List.of(1008.0, 232.0, 292.0, 373.0), first.stream().map(Poll::sampleSize).toList());
    assertEquals(
        Map.of("Yes", Share.of(37), "No", Share.of(59), "Unsure", Share.of(4)),
        first.get(0).shares());
    assertEquals(Map.of("Yes", Share.of(61), "No", Share.of(36)), first.get(2).shares());
    for (Poll p : first) {
      assertEquals("ABC News/Washington Post", p.pollster());
      assertEquals(LocalDate.of(2019, 6, 28), p.fieldStart());
      assertEquals(LocalDate.of(2019, 7, 1), p.fieldEnd());
      assertEquals("a", p.population());
      assertEquals(2, p.line());
      assertTrue(!p.extras().containsKey("Dem Yes"), "group columns are not kept as extras");
    }
    assertEquals(List.of(1, 2, 3, 4), first.stream().map(Poll::record).toList());
    assertEquals(
        List.of("all", "Rep", "Dem", "Ind"),
        first.stream().map(p -> p.extras().get("subgroup")).toList());
    assertEquals(polls.subgroup("Dem").polls().get(0), first.get(2));
  }

  @Test
  void strict_reading_stops_at_the_first_bad_record_and_the_set_writes_back() throws Exception {
    PollDataException e =
        assertThrows(
            PollDataException.class, () -> Polls.readSubgroups(FILE, OPTIONS, "Rep", "Dem", "Ind"));
    assertTrue(e.getMessage().startsWith("impeachment_polls.csv, line 355"), e.getMessage());
    PollSet polls = Polls.readSubgroupsLenient(FILE, OPTIONS, "Rep", "Dem", "Ind").polls();
    Path out = dir.resolve("split.csv");
    polls.write(out);
    PollSet back = Polls.read(out);
    assertEquals(
        polls.polls().stream().map(Poll::withoutLines).toList(),
        back.polls().stream().map(Poll::withoutLines).toList());
    assertEquals(518, back.subgroup("Rep").size());
  }

  @Test
  void bad_group_cells_and_unknown_groups_are_reported() throws Exception {
    // constructed rows in the layout of the impeachment list
    Path file = dir.resolve("groups.csv");
    Files.writeString(
        file,
        "Pollster,SampleSize,Yes,No,Dem Sample,Dem Yes,Dem No\n"
            + "A,1000,40,50,300,104,10\n"
            + "B,1000,40,50,0,60,30\n"
            + "C,1000,40,50,,,\n");
    ReadOptions options = ReadOptions.builder().options("Yes", "No").build();
    Polls.LenientRead read = Polls.readSubgroupsLenient(file, options, "Dem");
    List<String> reasons = read.result().rejected().stringColumn("reason").asList();
    assertTrue(reasons.get(0).contains("line 2, column 'Dem Yes': value '104' is not a share"));
    assertTrue(reasons.get(1).contains("column 'Dem Sample': value '0' is not a sample size"));
    assertEquals(1, read.polls().size()); // C: no Dem shares, so no Dem poll; its whole sample kept
    PollDataException e =
        assertThrows(
            PollDataException.class, () -> Polls.readSubgroupsLenient(file, options, "Rep"));
    assertTrue(e.getMessage().contains("value 'Rep' is a subgroup without share columns"));
    PollDataException auto =
        assertThrows(
            PollDataException.class,
            () -> Polls.readSubgroups(file, ReadOptions.defaults(), "Dem"));
    assertTrue(auto.getMessage().contains("ReadOptions.builder().options("), auto.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Polls.readSubgroups(file, options));
    assertThrows(IllegalArgumentException.class, () -> Polls.readSubgroups(file, options, "all"));
    assertThrows(IllegalArgumentException.class, () -> Polls.read(file, options).bySubgroup());
    assertThrows(IllegalArgumentException.class, () -> read.polls().subgroup("Rep"));
  }

  private static double sampleSum(PollSet polls) {
    return polls.polls().stream().filter(Poll::hasSampleSize).mapToDouble(Poll::sampleSize).sum();
  }
}
