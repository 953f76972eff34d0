#!/usr/bin/env bash
# Runs every examples/*.jsh script in batch JShell (headless) and checks its output: each line the
# script marks with "// expect: TEXT" must appear in the output, and no JShell error or exception
# may. Used by .ci/run; run it from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
for script in examples/*.jsh; do
  [ "$script" = examples/pollkit.jsh ] && continue  # the interactive session's startup file
  out="$(POLLKIT_HEADLESS=true examples/jshell.sh "$script" 2>&1)" || true
  failed=""
  while IFS= read -r expected; do
    grep -qF -- "$expected" <<<"$out" || failed+=$'\n'"  missing: $expected"
  done < <(sed -n 's|^// expect: ||p' "$script")
  if grep -qE '^(\|  )?(Error:|Exception )|Exception in thread' <<<"$out"; then
    failed+=$'\n'"  JShell reported an error"
  fi
  if [ -n "$failed" ]; then
    echo "FAIL $script$failed"
    echo "$out" | sed 's/^/    /'
    status=1
  else
    echo "ok   $script ($(grep -c '^// expect: ' "$script") expected lines found)"
  fi
done
exit $status
