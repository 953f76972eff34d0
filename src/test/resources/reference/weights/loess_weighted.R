# Weighted LOESS reference for pollkit's LoessWeightsTest.
# Run from this directory:  Rscript loess_weighted.R
# Writes loess_weighted_polls.csv (the synthetic polls: day, share, weight) and
# loess_weighted.csv (fit and se on every day from the first to the last poll, and s, one.delta).
set.seed(20261128)
n <- 40
day <- sort(sample(0:399, n))                       # distinct days
share <- round(45 + 4 * sin(day / 70) + rnorm(n, 0, 1.5), 1)
weight <- round(runif(n, 0.3, 3), 2)
write.csv(data.frame(day = day, share = share, weight = weight),
          "loess_weighted_polls.csv", row.names = FALSE, quote = FALSE)
ctl <- loess.control(surface = "direct", statistics = "exact")
grid <- data.frame(day = min(day):max(day))
out <- grid
for (w in c("weighted", "unweighted")) {
  ww <- if (w == "weighted") weight else rep(1, n)
  m <- loess(share ~ day, weights = ww, span = 0.5, degree = 1, family = "gaussian",
             control = ctl)
  p <- predict(m, newdata = grid, se = TRUE)
  out[[paste0(w, "_fit")]] <- sprintf("%.15g", p$fit)
  out[[paste0(w, "_se")]] <- sprintf("%.15g", p$se.fit)
  cat(w, ": s =", sprintf("%.15g", m$s), " one.delta =", sprintf("%.15g", m$one.delta), "\n")
}
write.csv(out, "loess_weighted.csv", row.names = FALSE, quote = FALSE)
cat(R.version.string, "\n")
