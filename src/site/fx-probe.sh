#!/usr/bin/env bash
# Measures how the window's FX thread keeps up during a heavy run: 1000 connections on Undertow's
# event loop in the window's own process (server, load generator and window share one JVM), a
# sample every 100 ms (the charts' highest refresh rate), 20 s measured. Prints the frame-gap line
# of --fx-probe: gaps between frames (a gap is time the window could not respond) and the CPU the
# FX and render threads used. For comparison it then measures the idle window beside the same
# load run from the command line in another process: gaps there come from the machine, not the UI.
#
#   src/site/fx-probe.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA="${WSARENA_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
[ -f target/wsarena.jar ] || mvn -q -B -DskipTests package
settings=$(mktemp -d)
shot=$(mktemp --suffix=.png)
echo "== heavy run in the window"
xvfb-run -a -s "-screen 0 1920x1080x24" "$JAVA" --enable-native-access=ALL-UNNAMED -XX:+ExitOnOutOfMemoryError -Dprism.order=sw \
  -Dwsarena.settings.dir="$settings" -jar target/wsarena.jar \
  --scenario src/site/scenarios/heavy.json --screenshot "$shot" --fx-probe 2>&1 | grep -e '^fx-probe ' -e 'failed'
echo "== idle window beside the same load from the command line (baseline)"
xvfb-run -a -s "-screen 0 1920x1080x24" bash -c "
  \"$JAVA\" --enable-native-access=ALL-UNNAMED -XX:+ExitOnOutOfMemoryError -Dprism.order=sw -Dwsarena.settings.dir=\"$settings\" \
    -jar target/wsarena.jar --fx-probe > \"$settings/idle.log\" 2>&1 &
  pid=\$!
  sleep 8
  \"$JAVA\" --enable-native-access=ALL-UNNAMED -XX:+ExitOnOutOfMemoryError -jar target/wsarena.jar run --scenario src/site/scenarios/heavy.json > /dev/null 2>&1
  kill \$pid; sleep 2"
grep 'fx-probe' "$settings/idle.log"
rm -rf "$settings" "$shot"
