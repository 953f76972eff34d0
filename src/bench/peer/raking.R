# Peer timing for BENCHMARKS.md "## Raking": R survey::rake on the same 1,000,000 respondents
# that RakingBenchmark writes to target/bench/raking-1m.csv (run the JMH benchmark first).
# Run from the repository root:  Rscript src/bench/peer/raking.R [repetitions]
# Convergence: epsilon = 1e-8 (R compares the cross-classified weighted table between sweeps,
# scaled by the total weight: 1e-8 × 1e6 = 0.01); pollkit stops at a margin gap of 1e-8.
suppressMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
reps <- if (length(args) > 0) as.integer(args[1]) else 5
d <- read.csv("target/bench/raking-1m.csv", stringsAsFactors = FALSE)
stopifnot(nrow(d) == 1e6)
n <- nrow(d)
pop <- list(data.frame(region = c("N", "E", "S", "W"), Freq = n * c(0.17, 0.21, 0.38, 0.24)),
            data.frame(age = c("18-34", "35-49", "50-64", "65+"), Freq = n * c(0.28, 0.25, 0.25, 0.22)),
            data.frame(sex = c("F", "M"), Freq = n * c(0.51, 0.49)))
des <- svydesign(ids = ~1, weights = rep(1, n), data = d)
cat(R.version.string, "| survey", as.character(packageVersion("survey")), "\n")
times <- numeric(reps)
invisible(gc())
for (r in seq_len(reps)) {
  t <- system.time(raked <- rake(des, list(~region, ~age, ~sex), pop,
                                 control = list(maxit = 100, epsilon = 1e-8)))
  times[r] <- t[["elapsed"]]
  cat(sprintf("run %d: %.3f s elapsed\n", r, times[r]))
}
w <- weights(raked)
cat(sprintf("R survey::rake, %d respondents, 3 margins: median %.3f s, min %.3f s over %d runs\n",
            n, median(times), min(times), reps))
cat(sprintf("check: region N share %.10f (target 0.17), sex F share %.10f (target 0.51)\n",
            sum(w[d$region == "N"]) / sum(w), sum(w[d$sex == "F"]) / sum(w)))
