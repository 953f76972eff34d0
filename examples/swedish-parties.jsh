// Eight Swedish parties at once in JShell. Run: examples/jshell.sh examples/swedish-parties.jsh
// Lines starting "// expect:" are what .ci/run checks the output for.
import io.github.pollkit.*
import io.github.pollkit.io.*
import java.nio.file.Path
import java.time.LocalDate
import java.util.Locale

// The SwedishPolls file as published: Swedish month names, NA for "not asked", the firm's latest
// name as pollster, the publication month only for polls without field dates.
var options = ReadOptions.builder().options("M", "L", "C", "KD", "S", "V", "MP", "SD", "FI").column("house", "pollster").column("collectPeriodFrom", "field_start").column("collectPeriodTo", "field_end").column("PublYearMonth", ReadOptions.FIELD_DATES_IF_MISSING).locale(Locale.forLanguageTag("sv")).build()
var polls = Polls.read(Path.of("data/swedish-polls/Polls.csv"), options)
var elections = Elections.read(Path.of("data/swedish-polls/elections.csv"))
System.out.println(polls)
// expect: PollSet[2636 polls

// The joint average of the eight parties since 2018, with house effects per pollster and party.
var recent = polls.between(LocalDate.of(2018, 9, 10), LocalDate.of(2026, 12, 31))
var fit = JointAverage.fit(recent, elections, "M", "L", "C", "KD", "S", "V", "MP", "SD")
var last = fit.on(fit.dates().get(fit.dates().size() - 1))
System.out.printf("on %s: L %.1f%% (se %.1f), P(L >= 4%%) = %.2f; S %.1f%%, SD %.1f%%, P(S leads SD) = %.3f; others %.1f%%%n", last.date(), last.estimate("L"), last.standardError("L"), last.probabilityAtLeast("L", 4), last.estimate("S"), last.estimate("SD"), last.probabilityLeads("S", "SD"), last.others())
// expect: P(L >= 4%) =
/exit
