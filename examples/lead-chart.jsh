// A lead chart in JShell. Run: examples/jshell.sh examples/lead-chart.jsh
// Lines starting "// expect:" are what .ci/run checks the output for.
import io.github.pollkit.*
import io.github.pollkit.model.*
import io.github.pollkit.trend.*
import java.awt.Color
import java.nio.file.Files
import java.nio.file.Path
import java.time.LocalDate

var polls = Polls.read(Path.of("data/ukraine-nato/ukraine-nato-membership.csv"))
var referendum = polls.excludingBase("would vote").questionGroup("referendum").placedAt(DatePlacement.MIDPOINT)

// The lead of support over opposition: each poll's own lead as a dot, the poll average of the
// lead with its 95% band, and an emphasised zero line.
var average = Smoothers.average(PollAverage.builder().breaks(LocalDate.of(2014, 2, 20), LocalDate.of(2022, 2, 24)).build())
var chart = referendum.leadChart("support", "oppose").smooth(average).event(LocalDate.of(2022, 2, 24), "Full-scale invasion").title("Support for joining NATO now leads by about 70 points").source("Rating, KIIS, Razumkov, DIF, IRI, SOCIS and others (data/ukraine-nato)")
System.out.println(chart)
// expect: support

var png = chart.savePng(Path.of("target/jshell-lead.png"))
System.out.println("wrote " + png + " (" + (Files.size(png) > 10_000 ? "a chart" : "too small to be a chart") + ")")
// expect: wrote target/jshell-lead.png (a chart)

// The same chart as an image for a notebook kernel, and in a window where a display exists
// (in a headless session show() says so and returns false).
var image = chart.toBufferedImage()
System.out.println("image " + image.getWidth() + " × " + image.getHeight())
// expect: image
boolean shown = chart.show()
/exit
