// pollkit in JShell: open it with examples/jshell.sh from the repository root.
import io.github.pollkit.*
import io.github.pollkit.io.*
import io.github.pollkit.model.*
import io.github.pollkit.stats.*
import io.github.pollkit.trend.*
import io.github.pollkit.chart.*
import io.github.pollkit.weighting.*
import java.nio.file.Path
import java.time.LocalDate

// The flagship data: Ukrainian opinion on joining NATO, every row sourced.
var polls = Polls.read(Path.of("data/ukraine-nato/ukraine-nato-membership.csv"))

// Comparable series: the referendum question, shares of all respondents, plus the 1990s range.
var referendum = polls.excludingBase("would vote").questionGroup("referendum", "summary").placedAt(DatePlacement.MIDPOINT)

// Support rises by a few points a year; the result says which polls it used and left out.
var trend = referendum.questionGroup("referendum").option("support").linearTrend()

// The margin of the 24-point lead in June 2019 (53 for, 29 against, n = 2,400).
var leadMargin = Proportions.leadMargin(53, 29, 2400, 0.95)

// Kalman averages of support and opposition, and of the lead between them; each line is a band.
var lines = referendum.option("support", "oppose").smooth(Smoothers.kalman())
var lead = lines.lead("support", "oppose")
var band = lines.get("support").band()

// The chart, written to charts/ukraine-nato-jshell.png.
var png = referendum.chart().options("support", "oppose").smooth(Smoothers.kalman()).event(LocalDate.of(2014, 3, 18), "Crimea annexed").event(LocalDate.of(2022, 2, 24), "Full-scale invasion").title("Should Ukraine join NATO?").source("Rating, KIIS, Razumkov, DIF, IRI, SOCIS and others (data/ukraine-nato)").yRange(0, 100).savePng(Path.of("charts/ukraine-nato-jshell.png"))

System.out.println(polls + "\n" + trend + "\n" + lines + "\n" + lead + "\nlead margin ±" + leadMargin + "\nwrote " + png + "\nTry: referendum.wide(), lines.table(), band.at(LocalDate.of(2024, 2, 19)), Smoothers.kalman().confidence(0.90), Proportions.interval(34, 1000, 0.95, IntervalMethod.WILSON)")
