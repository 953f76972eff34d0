// Reading a poll file in JShell. Run: examples/jshell.sh examples/read-a-file.jsh
// Lines starting "// expect:" are what .ci/run checks the output for.
import io.github.pollkit.*
import io.github.pollkit.io.*
import io.github.pollkit.model.*
import java.nio.file.Path

// A strict read: any broken record stops it with a PollDataException naming file, line and rule.
var polls = Polls.read(Path.of("data/ukraine-nato/ukraine-nato-membership.csv"))
System.out.println(polls)
// expect: PollSet[77 polls, 1995–2024, options support/oppose/undecided/would_not_vote, 1 published range, 5 undated]

// One row per poll, one column per option, as a Tablesaw table.
var wide = polls.wide()
System.out.println("wide table: " + wide.rowCount() + " rows, " + wide.columnCount() + " columns")
// expect: wide table: 77 rows,

// Filters return new sets: the referendum question, shares of all respondents.
var referendum = polls.excludingBase("would vote").questionGroup("referendum")
System.out.println("referendum question, all respondents: " + referendum.size() + " polls")
// expect: referendum question, all respondents:

// A lenient read keeps what is valid and reports each rejected record with its reason.
var lenient = Polls.readLenient(Path.of("data/ukraine-nato/ukraine-nato-membership.csv"), ReadOptions.defaults())
System.out.println("lenient: " + lenient)
// expect: 0 of 77 records rejected
/exit
