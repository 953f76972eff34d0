/**
 * Not API: code that several pollkit packages share and users should not call. It may change in any
 * release without notice.
 *
 * <p>{@link io.github.pollkit.internal.Checks} writes each argument rule of the house once (see
 * CONTRIBUTING.md, "Errors"). The package sits at the bottom of the package graph: it uses nothing
 * of pollkit, so the model, {@code io}, {@code chart} and the math packages can all call it without
 * a cycle.
 */
package io.github.pollkit.internal;
