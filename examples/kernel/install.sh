#!/usr/bin/env bash
# Installs pollkit's Jupyter kernel for the current user, in one command (headless; needs a JDK 17+
# and Maven, not Jupyter):
#
#   examples/kernel/install.sh                 # into Jupyter's data directory for this user
#   examples/kernel/install.sh DATA_DIR        # into another one, e.g. "$VIRTUAL_ENV/share/jupyter"
#
# It installs pollkit into the local Maven repository (tests skipped), builds the kernel and
# writes the kernel spec "pollkit" (kernel.json and the jars), then prints where it put it.
# MVN="mvn -o" works offline once Maven has the dependencies.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
mvn=${MVN:-mvn}
$mvn -q -B -f "$here/../../pom.xml" install \
  -DskipTests -Dmaven.javadoc.skip=true -Dspotless.check.skip=true
$mvn -q -B -f "$here/pom.xml" package -DskipTests
exec java -cp "$here/target/pollkit-kernel.jar:$here/target/lib/*" \
  io.github.pollkit.kernel.KernelInstaller "$@"
