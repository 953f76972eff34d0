# t quantiles for LinearTrendReferenceTest.slope_intervals_use_t_quantiles_of_r_qt.
# Run from the repository root: Rscript src/test/resources/reference/lintrend/make_qt.R
# Writes qt.csv beside this script: p, df and qt(p, df) printed with 17 significant digits.
out <- file.path("src", "test", "resources", "reference", "lintrend", "qt.csv")
grid <- expand.grid(df = c(1, 4, 26, 44), p = c(0.975, 0.95))
lines <- c("p,df,qt",
           sprintf("%s,%d,%.17g", format(grid$p), as.integer(grid$df), qt(grid$p, grid$df)))
writeLines(lines, out)
cat(R.version.string, "\n")
