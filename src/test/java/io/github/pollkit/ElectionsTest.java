package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.model.ElectionResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElectionsTest {

  @Test
  void reads_the_swedish_results_as_published() {
    List<ElectionResult> all = Elections.read(Path.of("data/swedish-polls/elections.csv"));
    assertEquals(5, all.size());
    ElectionResult e2018 = all.get(4);
    assertEquals(LocalDate.of(2018, 9, 9), e2018.date());
    assertEquals(
        List.of("M", "L", "C", "KD", "S", "V", "MP", "SD"), List.copyOf(e2018.shares().keySet()));
    assertEquals(17.53, e2018.share("SD"));
    assertEquals(1.44, all.get(0).share("SD"));
  }

  @Test
  void na_leaves_an_option_out_and_rows_come_in_date_order(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("e.csv");
    Files.writeString(file, "election_date,A,B\n2010-09-19,40,NA\n2006-09-17,30,20\n");
    List<ElectionResult> all = Elections.read(file);
    assertEquals(LocalDate.of(2006, 9, 17), all.get(0).date());
    assertFalse(all.get(1).has("B"));
    assertTrue(all.get(1).has("A"));
    assertThrows(IllegalArgumentException.class, () -> all.get(1).share("B"));
  }

  @Test
  void bad_cells_are_poll_data_exceptions_that_name_the_cell(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("e.csv");
    Files.writeString(file, "election_date,A,B\n2010-09-19,40,x\n");
    PollDataException e = assertThrows(PollDataException.class, () -> Elections.read(file));
    assertTrue(e.getMessage().contains("B") && e.getMessage().contains("x"), e.getMessage());
    Files.writeString(file, "election_date,A,B\n19.9.2010,40,20\n");
    assertThrows(PollDataException.class, () -> Elections.read(file));
    Files.writeString(file, "election_date,A,B\n2010-09-19,70,40\n");
    assertThrows(PollDataException.class, () -> Elections.read(file));
  }

  @Test
  void an_election_result_checks_its_shares() {
    LocalDate d = LocalDate.of(2018, 9, 9);
    assertThrows(NullPointerException.class, () -> new ElectionResult(null, Map.of("A", 1.0)));
    assertThrows(IllegalArgumentException.class, () -> new ElectionResult(d, Map.of()));
    assertThrows(IllegalArgumentException.class, () -> new ElectionResult(d, Map.of("A", 101.0)));
    assertThrows(
        IllegalArgumentException.class, () -> new ElectionResult(d, Map.of("A", 60.0, "B", 50.0)));
  }
}
