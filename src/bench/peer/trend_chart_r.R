# Peer timing for the TrendChart benchmark: the same Ukraine NATO chart drawn with R base
# graphics on a 1000 x 600 px cairo PNG device (see trend_chart_matplotlib.py for the content).
# R writes to a temporary file (base graphics has no in-memory PNG device), so the timing
# includes a small file write, as TrendChart.savePng does.
#
# Run from the repository root:  Rscript src/bench/peer/trend_chart_r.R
# Prints mean and best milliseconds per chart over REPS runs after WARMUP runs.
WARMUP <- 5
REPS <- 30

polls <- data.frame(
  y = c(2006, 2008, 2012, 2015, 2016, 2016, 2018, 2018, 2018, 2018, 2019, 2019, 2019, 2020, 2020,
        2020, 2020, 2021, 2021, 2022, 2022, 2022, 2023, 2023, 2023, 2024),
  m = c(9, 4, 4, 6, 6, 9, 3, 6, 10, 12, 6, 12, 12, 1, 7, 8, 9, 3, 12, 6, 7, 10, 1, 9, 11, 2),
  d = c(17, 25, 4, 13, 14, 26, 31, 21, 14, 18, 23, 10, 17, 27, 28, 15, 28, 21, 16, 19, 20, 2, 16,
        12, 23, 21),
  support = c(21.5, 22.3, 15, 40, 39, 39, 43, 41.1, 45, 45.5, 53, 51.2, 52, 46.2, 47.7, 46.8, 52.5,
              48, 59.2, 76, 71, 83, 86, 79, 77, 77),
  oppose = c(60.2, 54.9, 62, 32, 32, 31, 33, 30.7, 31, 29.4, 29, 30.1, 30, 31.5, 32.8, 33.3, 30.5,
             28, 28.1, 10, 7, 4, 3, 5, 5, 5),
  n = c(2010, 2000, 2009, 2000, 2400, 2040, 2400, 2005, 2400, 2000, 2400, 0, 2500, 2000, 4000,
        3012, 2000, 2400, 1203, 1200, 2000, 2000, 1000, 2000, 1000, 2000))
polls$day <- as.Date(sprintf("%d-%02d-%02d", polls$y, polls$m, polls$d))
caption <- paste(
  "Question: if a referendum on joining NATO were held, how would you vote? Shares of all",
  "respondents; dots are polls (dated by end of fieldwork) with 95% margins of error where the",
  "sample size is known; lines join each year's mean on 1 July, bands span that year's polls;",
  "the box is a published summary, not a poll. Sources: Sofia, FOM-Ukraine, DIF, Razumkov,",
  "Rating, IRI, KIIS, SOCIS, SMC, Gorshenin.")
colours <- c(support = "#0072B2", oppose = "#D55E00")
alpha <- function(col, a) adjustcolor(col, alpha.f = a)

draw <- function(file) {
  png(file, width = 1000, height = 600, type = "cairo")
  par(mar = c(7, 5, 3, 9), xpd = FALSE)
  plot(NA, xlim = as.Date(c("1995-01-01", "2025-01-01")), ylim = c(0, 100), axes = FALSE,
       xlab = "", ylab = "Share of respondents (%)")
  title("Should Ukraine join NATO?", adj = 0)
  abline(h = seq(0, 100, 10), col = "#E3E3E3")
  ticks <- as.Date(sprintf("%d-01-01", seq(1996, 2024, 2)))
  axis(1, at = ticks, labels = format(ticks, "%Y"))
  axis(2, at = seq(0, 100, 10), labels = paste0(seq(0, 100, 10), "%"), las = 1)
  rect(as.Date("1995-01-01"), 20, as.Date("2004-12-31"), 25, col = alpha(colours["support"], 0.25),
       border = colours["support"])
  text(as.Date("2000-01-01"), 27, "published range, 1990s-early 2000s", cex = 0.8)
  for (option in c("support", "oppose")) {
    col <- colours[option]
    share <- polls[[option]]
    known <- polls$n > 0
    moe <- 1.959964 * sqrt(share[known] * (100 - share[known]) / polls$n[known])
    segments(polls$day[known], share[known] - moe, polls$day[known], share[known] + moe,
             col = alpha(col, 0.5))
    yearly <- aggregate(share, list(year = polls$y), function(v) c(mean(v), min(v), max(v)))
    mid <- as.Date(sprintf("%d-07-01", yearly$year))
    polygon(c(mid, rev(mid)), c(yearly$x[, 3], rev(yearly$x[, 2])), col = alpha(col, 0.18),
            border = NA)
    points(polls$day, share, pch = 19, col = alpha(col, 0.55))
    lines(mid, yearly$x[, 1], col = col, lwd = 2.5)
  }
  for (e in list(list("2014-03-18", "Crimea annexed"), list("2022-02-24", "Full-scale invasion"))) {
    abline(v = as.Date(e[[1]]), lty = 2, col = "#666666")
    text(as.Date(e[[1]]), 98, e[[2]], pos = 4, cex = 0.8)
  }
  par(xpd = TRUE)
  legend("right", inset = c(-0.14, 0), legend = names(colours), col = colours, lwd = 2.5,
         bty = "n")
  mtext(paste(strwrap(caption, 170), collapse = "\n"), side = 1, line = 5.5, adj = 0, cex = 0.7,
        col = "#555555")
  dev.off()
}

file <- tempfile(fileext = ".png")
for (i in seq_len(WARMUP)) draw(file)
times <- numeric(REPS)
for (i in seq_len(REPS)) {
  t0 <- proc.time()[["elapsed"]]
  draw(file)
  times[i] <- (proc.time()[["elapsed"]] - t0) * 1000
}
cat(R.version.string, "\n")
cat(sprintf("R base graphics trend chart png (cairo): mean %.1f ms, best %.1f ms (%d runs)\n",
            mean(times), min(times), REPS))
unlink(file)
