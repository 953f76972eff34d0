// A trend chart in JShell. Run: examples/jshell.sh examples/trend-chart.jsh
// Lines starting "// expect:" are what .ci/run checks the output for.
import io.github.pollkit.*
import io.github.pollkit.model.*
import io.github.pollkit.trend.*
import java.nio.file.Files
import java.nio.file.Path
import java.time.LocalDate

var polls = Polls.read(Path.of("data/ukraine-nato/ukraine-nato-membership.csv"))
var referendum = polls.excludingBase("would vote").questionGroup("referendum", "summary").placedAt(DatePlacement.MIDPOINT)

// The poll average, free to jump at the two breaks, with its 95% band.
var average = Smoothers.average(PollAverage.builder().breaks(LocalDate.of(2014, 2, 20), LocalDate.of(2022, 2, 24)).build())
var lines = referendum.option("support", "oppose").smooth(average)
System.out.println(lines.get("support"))
// expect: support, poll average

var chart = referendum.chart().options("support", "oppose").smooth(average).event(LocalDate.of(2014, 3, 18), "Crimea annexed").event(LocalDate.of(2022, 2, 24), "Full-scale invasion").title("Should Ukraine join NATO?").source("Rating, KIIS, Razumkov, DIF, IRI, SOCIS and others (data/ukraine-nato)").yRange(0, 100)
var png = chart.savePng(Path.of("target/jshell-trend.png"))
System.out.println("wrote " + png + " (" + (Files.size(png) > 10_000 ? "a chart" : "too small to be a chart") + ")")
// expect: wrote target/jshell-trend.png (a chart)

// On a desktop (examples/jshell.sh --display) this opens a window: chart.show()
/exit
