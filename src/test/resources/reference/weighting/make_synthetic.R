# Generates synthetic.csv: a SYNTHETIC respondent file (no real people) with a skewed sample,
# unequal base weights and a question with skipped answers coded -1.
# Run from the repository root:
#   Rscript src/test/resources/reference/weighting/make_synthetic.R
set.seed(20240917)
n <- 2000
out <- "src/test/resources/reference/weighting/synthetic.csv"
# Sample shares deliberately far from the population targets used in reference.R.
sex <- sample(c("F", "M"), n, replace = TRUE, prob = c(0.36, 0.64))
age <- sample(c("18-34", "35-49", "50-64", "65+"), n, replace = TRUE,
              prob = c(0.12, 0.20, 0.30, 0.38))
region <- sample(c("N", "E", "S", "W"), n, replace = TRUE, prob = c(0.30, 0.30, 0.20, 0.20))
# Base weights from a design variable that is not raked: phone interviews were sampled at a
# lower rate (weight 1.6) than web interviews (weight 1), so base weights are unequal.
mode <- sample(c("web", "phone"), n, replace = TRUE, prob = c(0.7, 0.3))
w0 <- ifelse(mode == "phone", 1.6, 1)
# Answers depend on sex and age, so raking moves the toplines.
p_yes <- 0.25 + 0.15 * (sex == "F") + 0.10 * (age == "18-34") - 0.05 * (age == "65+")
p_no <- 0.45 - 0.10 * (sex == "F")
u <- runif(n)
q1 <- ifelse(u < p_yes, "yes", ifelse(u < p_yes + p_no, "no", "unsure"))
# Q2: integer codes 1..4 with about 6% skipped (-1).
q2 <- sample(1:4, n, replace = TRUE, prob = c(0.4, 0.3, 0.2, 0.1))
q2 <- ifelse(age == "18-34" & runif(n) < 0.3, 1L, q2)
q2[runif(n) < 0.06] <- -1L
d <- data.frame(id = seq_len(n), sex, age, region, mode, w0, q1, q2)
write.csv(d, out, row.names = FALSE, quote = FALSE)
