/**
 * The poll model: {@link io.github.pollkit.model.Poll}, {@link io.github.pollkit.model.Share},
 * {@link io.github.pollkit.model.DatePlacement}, the long-table schema ({@link
 * io.github.pollkit.model.PollColumns}, {@link io.github.pollkit.model.PollTable}) and the rules of
 * poll data. Each rule is checked in one place, the constructor of the value it is about, and a
 * broken one is a {@link io.github.pollkit.model.RuleViolation}; a reader reports it as a {@link
 * io.github.pollkit.model.Problem} that names the file, line, column and value.
 *
 * <p>This package is at the bottom of pollkit: it depends on no other pollkit package, and the
 * reader ({@code io}) and the facade (the root package) both build on it.
 */
package io.github.pollkit.model;
