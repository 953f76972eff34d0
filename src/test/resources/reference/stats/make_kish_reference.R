# Reference values for io.github.pollkit.stats.DesignEffects (Kish 1965), computed with base R
# on real survey weights from the R 'survey' package's California API data (apistrat, apiclus1,
# apiclus2; Lumley 2010) plus two synthetic vectors (seeded lognormal; with zero weights).
#
# Run from the repository root:
#     Rscript src/test/resources/reference/stats/make_kish_reference.R
# Writes kish_weights.csv (one row per weight: set, weight) and kish.csv (set, n, n_eff, deff).
# Weights are written with 17 significant digits, so they round-trip exactly as doubles.
#
# Formulas (hand, base R): n_eff = sum(w)^2 / sum(w^2); deff = n * sum(w^2) / sum(w)^2, with
# deff also cross-checked as 1 + CV^2 (population variance), the form Kish (1992) gives.
suppressPackageStartupMessages(library(survey))
data(api, package = "survey")

dir <- "src/test/resources/reference/stats"
set.seed(20240601)
sets <- list(
  apistrat_pw = weights(svydesign(ids = ~1, strata = ~stype, weights = ~pw, data = apistrat)),
  apiclus1_pw = weights(svydesign(ids = ~dnum, weights = ~pw, data = apiclus1)),
  apiclus2_pw = weights(svydesign(ids = ~dnum + snum, weights = ~pw, data = apiclus2)),
  lognormal_500 = rlnorm(500, meanlog = 0, sdlog = 0.6),
  with_zeros = c(0, 1.2, 0, 0.8, 3.1, 0.4, 0, 2.5, 1, 1)
)
# Write the weights at full precision and compute from the values read back, so that Java and R
# see exactly the same doubles.
fmt <- function(x) sprintf("%.17g", x)
long <- do.call(rbind, lapply(names(sets), function(s) data.frame(set = s, weight = fmt(sets[[s]]))))
write.csv(long, file.path(dir, "kish_weights.csv"), row.names = FALSE, quote = FALSE)
back <- read.csv(file.path(dir, "kish_weights.csv"), colClasses = c("character", "numeric"))

rows <- lapply(names(sets), function(s) {
  w <- back$weight[back$set == s]
  n <- length(w)
  n_eff <- sum(w)^2 / sum(w^2)
  deff <- n * sum(w^2) / sum(w)^2
  cv2 <- mean((w - mean(w))^2) / mean(w)^2
  stopifnot(abs(deff - (1 + cv2)) < 1e-12 * deff)
  data.frame(set = s, n = n, n_eff = fmt(n_eff), deff = fmt(deff))
})
write.csv(do.call(rbind, rows), file.path(dir, "kish.csv"), row.names = FALSE, quote = FALSE)
cat(R.version.string, "; survey", as.character(packageVersion("survey")), "\n")
