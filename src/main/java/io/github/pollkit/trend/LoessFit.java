package io.github.pollkit.trend;

/**
 * A LOESS curve with its band, from {@link Loess#fit}, and what the fit used: the span, the
 * robustness iterations, the residual standard error and residual degrees of freedom.
 *
 * <pre>{@code
 * LoessFit fit = Loess.fit(days, support, 0.5, 2, grid, 0.95);
 * fit.band().at(LocalDate.of(2024, 1, 1));
 * }</pre>
 *
 * @param band the curve on the grid with standard errors σ̂ · √(Σ_j L_ij² / w_j) (w the prior
 *     weights, all 1 without weights) and the normal band ŷ ∓ z · se, z the standard normal
 *     quantile of (1 + confidence) / 2
 * @param span the fraction of points in each neighbourhood
 * @param robustnessIterations the number of robustness iterations
 * @param residualStandardError σ̂ = √(Σ_i w_i (y_i − ŷ_i)² / residualDegreesOfFreedom)
 * @param residualDegreesOfFreedom δ₁ = n − 2·tr(L) + tr(LᵀL)
 */
public record LoessFit(
    TrendBand band,
    double span,
    int robustnessIterations,
    double residualStandardError,
    double residualDegreesOfFreedom) {}
