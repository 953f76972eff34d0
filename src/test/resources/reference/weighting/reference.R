# Reference values for io.github.pollkit.weighting, computed with R's survey package.
# Run from the repository root:
#   Rscript src/test/resources/reference/weighting/reference.R
# Reads (next to this script): synthetic.csv (made by make_synthetic.R), synthetic_targets.csv
# (raking targets: variable, level, share; in raking order) and synthetic_cells.csv
# (post-stratification cells: sex, age, share); the Java tests read the same two files.
# Writes (next to this script):
#   synthetic_weights.csv   final weights (scaled to mean 1) per respondent and scenario
#   synthetic_toplines.csv  weighted shares and standard errors per scenario/question/option
#   synthetic_crosstab.csv  weighted crosstab q1 x age, scenario A
#   nonvoters_targets.csv   raking targets derived from Ipsos's weights
#   nonvoters_weights.csv   raked weights (mean 1) of the non-voters sample
#   nonvoters_toplines.csv  weighted shares and standard errors on the non-voters sample
#   versions.txt            R and survey versions used
# Tools: R `survey` functions svydesign(ids = ~1, weights = ~w0[, fpc = ~N]),
#   rake(design, margins, population, control = list(maxit = 1000, epsilon = 1e-14)),
#   postStratify(design, ~sex + age, population), svymean(~factor, design, na.rm = TRUE),
#   calibrate(design, ~a + b + c, totals, calfun = "raking", epsilon = 1e-14, maxit = 100).
# se_rake:  svymean's SE on the raked (or post-stratified) design (linearisation with the
#           projection on the raking margins that survey stores in design$postStrata).
# se_fixed: svymean's SE on svydesign(ids = ~1, weights = ~final_weight), i.e. the final
#           weights treated as given.
# se_calibrate: the SE after calibrate(calfun = "raking") to the same margins (same weights).
suppressMessages(library(survey))
dir <- "src/test/resources/reference/weighting"
options(digits = 17)
writeLines(c(R.version.string, paste("survey", as.character(packageVersion("survey")))),
           file.path(dir, "versions.txt"))

d <- read.csv(file.path(dir, "synthetic.csv"), stringsAsFactors = FALSE)
n <- nrow(d)
d$one <- 1
d$q1 <- factor(d$q1)
d$q2 <- factor(ifelse(d$q2 == -1, NA, d$q2))
d$N <- 50000
tt <- read.csv(file.path(dir, "synthetic_targets.csv"), stringsAsFactors = FALSE)
targets <- lapply(split(tt, factor(tt$variable, levels = unique(tt$variable))),
                  function(t) setNames(t$share, t$level))
pop <- lapply(names(targets), function(v) {
  df <- data.frame(names(targets[[v]]), n * unname(targets[[v]]))
  names(df) <- c(v, "Freq")
  df
})
# calibrate() totals: the intercept and every level but the first in R's (alphabetical) order.
totals <- c(`(Intercept)` = n)
for (v in names(targets)) {
  for (l in sort(names(targets[[v]]))[-1]) totals[paste0(v, l)] <- n * targets[[v]][[l]]
}
ctl <- list(maxit = 1000, epsilon = 1e-14)
margins <- list(~sex, ~age, ~region)

# Post-stratification cells sex x age: population shares (sum to 1).
cells <- read.csv(file.path(dir, "synthetic_cells.csv"), stringsAsFactors = FALSE)
stopifnot(abs(sum(cells$share) - 1) < 1e-15)
cellpop <- data.frame(sex = cells$sex, age = cells$age, Freq = n * cells$share)

scenarios <- list(
  A = list(des = svydesign(ids = ~1, weights = ~w0, data = d), how = "rake"),
  B = list(des = svydesign(ids = ~1, weights = ~one, data = d), how = "rake"),
  C = list(des = svydesign(ids = ~1, weights = ~w0, fpc = ~N, data = d), how = "rake"),
  D = list(des = svydesign(ids = ~1, weights = ~w0, data = d), how = "poststratify"))

wout <- data.frame(id = d$id)
rows <- list()
for (s in names(scenarios)) {
  des <- scenarios[[s]]$des
  if (scenarios[[s]]$how == "rake") {
    cal <- rake(des, margins, pop, control = ctl)
    calib <- calibrate(des, ~sex + age + region, totals, calfun = "raking",
                       epsilon = 1e-14, maxit = 100)
  } else {
    cal <- postStratify(des, ~sex + age, cellpop)
    calib <- NULL
  }
  w <- weights(cal)
  wout[[s]] <- w / mean(w)
  d$wfinal <- w
  fixed <- if (s == "C") svydesign(ids = ~1, weights = ~wfinal, fpc = ~N, data = d)
           else svydesign(ids = ~1, weights = ~wfinal, data = d)
  for (q in c("q1", "q2")) {
    f <- as.formula(paste0("~", q))
    m <- svymean(f, cal, na.rm = TRUE)
    mf <- svymean(f, fixed, na.rm = TRUE)
    mc <- if (is.null(calib)) NULL else svymean(f, calib, na.rm = TRUE)
    answered <- !is.na(d[[q]])
    kish <- sum(w[answered])^2 / sum(w[answered]^2)
    rows[[length(rows) + 1]] <- data.frame(
      scenario = s, question = q, option = levels(d[[q]]),
      share = unname(coef(m)), se_rake = unname(SE(m)), se_fixed = unname(SE(mf)),
      se_calibrate = if (is.null(mc)) NA else unname(SE(mc)),
      n_eff = kish, deff = sum(answered) / kish)
  }
  if (s == "A") {
    # Crosstab q1 x age: weighted counts and percentages; moe of the column percentage from the
    # Kish effective sample size of the column (age group), 95%: qnorm(0.975).
    tab <- svytable(~q1 + age, cal)
    colp <- prop.table(tab, 2)
    ct <- as.data.frame(tab)
    names(ct) <- c("answer", "group", "weighted_count")
    ct$row_pct <- 100 * as.data.frame(prop.table(tab, 1))$Freq
    ct$col_pct <- 100 * as.data.frame(colp)$Freq
    ct$cell_pct <- 100 * as.data.frame(prop.table(tab))$Freq
    neff <- sapply(as.character(ct$group), function(g) {
      wg <- w[d$age == g]
      sum(wg)^2 / sum(wg^2)
    })
    ct$n_eff <- unname(neff)
    ct$moe <- 100 * qnorm(0.975) * sqrt(ct$col_pct / 100 * (1 - ct$col_pct / 100) / ct$n_eff)
    write.csv(ct, file.path(dir, "synthetic_crosstab.csv"), row.names = FALSE)
  }
}
write.csv(wout, file.path(dir, "synthetic_weights.csv"), row.names = FALSE)
write.csv(do.call(rbind, rows), file.path(dir, "synthetic_toplines.csv"), row.names = FALSE)

# --- The real survey: FiveThirtyEight / Ipsos non-voters (data/non-voters/nonvoters_data.csv).
# Targets: the gender, race, education and age-group shares implied by Ipsos's `weight`.
# Age groups cut from ppage: 18-29, 30-44, 45-64, 65+ (i.e. [18,30), [30,45), [45,65), [65,Inf)).
nv <- read.csv("data/non-voters/nonvoters_data.csv", stringsAsFactors = FALSE)
nv$age_group <- as.character(cut(nv$ppage, c(-Inf, 30, 45, 65, Inf), right = FALSE,
                                 labels = c("18-29", "30-44", "45-64", "65+")))
nv$one <- 1
# Answers as factors before any design is built (a design keeps its own copy of the data).
# -1 is the survey's code for a skipped question: it is missing (NA), left out with na.rm = TRUE.
nv$voter_category <- factor(nv$voter_category)
nv$Q21 <- factor(ifelse(nv$Q21 == -1, NA, nv$Q21))
nv$Q30 <- factor(ifelse(nv$Q30 == -1, NA, nv$Q30))
vars <- c("gender", "race", "educ", "age_group")
tg <- do.call(rbind, lapply(vars, function(v) {
  s <- tapply(nv$weight, nv[[v]], sum)
  data.frame(variable = v, level = names(s), share = unname(s) / sum(nv$weight))
}))
write.csv(tg, file.path(dir, "nonvoters_targets.csv"), row.names = FALSE)
nn <- nrow(nv)
nvpop <- lapply(vars, function(v) {
  t <- tg[tg$variable == v, ]
  df <- data.frame(t$level, nn * t$share)
  names(df) <- c(v, "Freq")
  df
})
nvdes <- svydesign(ids = ~1, weights = ~one, data = nv)
nvr <- rake(nvdes, lapply(vars, function(v) as.formula(paste0("~", v))), nvpop, control = ctl)
nvw <- weights(nvr)
write.csv(data.frame(RespId = nv$RespId, weight = nvw / mean(nvw)),
          file.path(dir, "nonvoters_weights.csv"), row.names = FALSE)
mm <- model.matrix(~gender + race + educ + age_group, nv)
nvtot <- colSums(mm * 0)
for (j in colnames(mm)) {
  if (j == "(Intercept)") { nvtot[j] <- nn; next }
  v <- vars[startsWith(j, vars)]
  nvtot[j] <- nn * tg$share[tg$variable == v & tg$level == substring(j, nchar(v) + 1)]
}
nvcal <- calibrate(nvdes, ~gender + race + educ + age_group, nvtot, calfun = "raking",
                   epsilon = 1e-14, maxit = 100)
nv$wfinal <- nvw
nvfixed <- svydesign(ids = ~1, weights = ~wfinal, data = nv)
nvrows <- list()
for (q in c("voter_category", "Q21", "Q30")) {
  f <- as.formula(paste0("~", q))
  m <- svymean(f, nvr, na.rm = TRUE)
  mf <- svymean(f, nvfixed, na.rm = TRUE)
  mc <- svymean(f, nvcal, na.rm = TRUE)
  answered <- !is.na(nv[[q]])
  kish <- sum(nvw[answered])^2 / sum(nvw[answered]^2)
  nvrows[[length(nvrows) + 1]] <- data.frame(
    question = q, option = levels(nv[[q]]), share = unname(coef(m)), se_rake = unname(SE(m)),
    se_fixed = unname(SE(mf)), se_calibrate = unname(SE(mc)), n_eff = kish,
    deff = sum(answered) / kish)
}
write.csv(do.call(rbind, nvrows), file.path(dir, "nonvoters_toplines.csv"), row.names = FALSE)
