// The seed's figures in JShell. Run: examples/jshell.sh examples/figures.jsh
// Lines starting "// expect:" are what .ci/run checks the output for; the expected numbers are
// derived by hand beside each one.
import io.github.pollkit.*
import io.github.pollkit.model.*
import io.github.pollkit.stats.*
import java.nio.file.Path

var polls = Polls.read(Path.of("data/ukraine-nato/ukraine-nato-membership.csv"))
Poll poll(String id) { return polls.where(p -> p.pollId().equals(id)).polls().get(0); }

// June 2019 (Rating for IRI, n = 2,400): 53% for, 29% against.
var june2019 = poll("rating-iri-2019-06")
double support = june2019.share("support").get().value()
double oppose = june2019.share("oppose").get().value()
double n = june2019.sampleSize()
System.out.printf("June 2019: %.0f%% for, %.0f%% against, n = %,.0f%n", support, oppose, n)
// expect: June 2019: 53% for, 29% against, n = 2,400

// Margin of error of 53% at n = 2,400: 1.96 * sqrt(53 * 47 / 2400) = 1.96 * 1.0188 = 2.00 points.
System.out.printf("margin of error of the 53%%: ±%.2f points%n", Proportions.marginOfError(support, n, 0.95))
// expect: margin of error of the 53%: ±2.00 points

// Margin of the 24-point lead: 1.96 * sqrt((53 + 29 - (53 - 29)^2 / 100) / 2400)
//   = 1.96 * sqrt((82 - 5.76) / 2400) = 1.96 * 0.17823 = 3.49 points (not twice ±2.0 = 4.0).
System.out.printf("margin of the %.0f-point lead: ±%.2f points%n", support - oppose, Proportions.leadMargin(support, oppose, n, 0.95))
// expect: margin of the 24-point lead: ±3.49 points

// The change since March 2018 (same pollster, question and base, n = 2,400 each): 43% -> 53%.
// SE = sqrt(43 * 57 / 2400 + 53 * 47 / 2400) = sqrt(1.02125 + 1.03792) = 1.435; z = 10 / 1.435 = 6.97.
var march2018 = poll("rating-iri-2018-03")
var change = Proportions.change(march2018.share("support").get().value(), march2018.sampleSize(), support, n)
System.out.println("support March 2018: " + march2018.share("support").get().value() + "%; change to June 2019: " + change)
// expect: change to June 2019: +10.0 points (SE 1.43, z = 6.97,
System.out.println(change.pValue() < 0.05 ? "the change is real at the 5% level" : "the change is within sampling error")
// expect: the change is real at the 5% level
/exit
