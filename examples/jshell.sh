#!/usr/bin/env bash
# Opens pollkit in JShell with the Ukraine NATO session of examples/pollkit.jsh loaded.
#
#   examples/jshell.sh                 interactive session (windows allowed when a display exists)
#   examples/jshell.sh --headless      never open windows (charts are still saved as files)
#   examples/jshell.sh --display       allow windows even if no display was detected
#   examples/jshell.sh FILE.jsh ...    run scripts in batch instead of the Ukraine session
#
# Without an option, windows are allowed when $DISPLAY or $WAYLAND_DISPLAY is set or on macOS, and
# the session is headless otherwise (a server, CI, a container); POLLKIT_HEADLESS=true|false
# overrides the detection. In a headless session chart.show() says so instead of opening a window.
# Run from anywhere; needs a JDK 17+ and Maven.
set -euo pipefail
cd "$(dirname "$0")/.."

headless="${POLLKIT_HEADLESS:-}"
scripts=()
for arg in "$@"; do
  case "$arg" in
    --headless) headless=true ;;
    --display) headless=false ;;
    *) scripts+=("$arg") ;;
  esac
done
if [ -z "$headless" ]; then
  if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] || [ "$(uname)" = Darwin ]; then
    headless=false
  else
    headless=true
  fi
fi

log="$(mktemp)"
if ! mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >"$log" 2>&1; then
  cat "$log"
  exit 1
fi
rm -f "$log"
# slf4j-nop (test scope in pom.xml) silences Tablesaw's "No SLF4J providers" notice in the session.
classpath="target/classes:$(cat target/classpath.txt)"
if [ ${#scripts[@]} -eq 0 ]; then
  exec jshell --class-path "$classpath" -R-Djava.awt.headless="$headless" \
    --startup DEFAULT --startup examples/pollkit.jsh
fi
exec jshell --class-path "$classpath" -R-Djava.awt.headless="$headless" "${scripts[@]}"
