#!/usr/bin/env bash
# Opens pollkit in JShell with the Ukraine NATO session of examples/pollkit.jsh loaded.
# Run from anywhere: examples/jshell.sh   (needs a JDK 17+ and Maven)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec jshell --class-path "target/classes:$(cat target/classpath.txt)" \
  --startup DEFAULT --startup examples/pollkit.jsh -R-Djava.awt.headless=true "$@"
