#!/usr/bin/env bash
# The window under stress: a 1,000-connection run (src/site/scenarios/heavy.json: Undertow in the
# window's own process, a sample every 100 ms) while 12 saved results are open beside it (two more
# than the runs side by side hold, so two are set aside). The FX thread's frame gaps are recorded by
# --fx-probe, a line for each stretch of the run (ramp and warm-up, measuring, the screenshot and
# the stop); this prints them all and the worst gap while measuring:
#
#   src/site/window-stress.sh            # needs xvfb-run; builds target/wsarena.jar when missing
#   WSARENA_JAR=/tmp/old/wsarena.jar src/site/window-stress.sh   # another build (its lib/ beside it)
#   WSARENA_JFR=/tmp/stress.jfr src/site/window-stress.sh   # and a flight recording of the window
#
# A recording costs the window a little: read the gaps it explains, not its figures. Each gap over
# 50 ms is in it as a wsarena.FrameGap event (`jfr print --events wsarena.FrameGap`), to set beside
# what the threads did then (jdk.ExecutionSample, jdk.GarbageCollection, ...).
#
# Figures from a shared or busy machine are indicative only: a gap there may be the machine's.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA="${WSARENA_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
FLAGS=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -XX:+ExitOnOutOfMemoryError)
JAR="${WSARENA_JAR:-target/wsarena.jar}"
[ -f "$JAR" ] || [ -n "${WSARENA_JAR:-}" ] || mvn -q -B -DskipTests package
[ -f "$JAR" ] || { echo "window-stress: no jar at $JAR" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "== 12 saved results (one short loopback run, saved 12 times under other names)"
"$JAVA" "${FLAGS[@]}" -jar "$JAR" run --engine undertow --connections 20 --warmup 0s --duration 2s \
  --quiet --out "$work/run" > /dev/null
results=()
for i in $(seq -w 1 12); do
  cp "$work/run/result.json" "$work/result-$i.json"
  results+=("$work/result-$i.json")
done
echo "== 1,000 connections in the window, 12 results open"
# --screenshot ends the app 80 % into the measured phase, after the probe's line for the run
WINDOW_FLAGS=("${FLAGS[@]}")
[ -z "${WSARENA_JFR:-}" ] || WINDOW_FLAGS+=("-XX:StartFlightRecording=filename=$WSARENA_JFR,settings=profile")
xvfb-run -a -s "-screen 0 1920x1080x24" timeout 300 "$JAVA" "${WINDOW_FLAGS[@]}" -Dprism.order=sw \
  -Dwsarena.settings.dir="$work/settings" -jar "$JAR" --demo --fx-probe \
  --scenario src/site/scenarios/heavy.json --screenshot "$work/stress.png" "${results[@]}" > "$work/window.log" 2>&1 || true
grep -e 'fx-probe' -e 'failed' "$work/window.log" || { echo "window-stress: the window printed no probe line"; cat "$work/window.log"; exit 1; }
worst=$(grep '^fx-probe measuring' "$work/window.log" | grep -o 'max [0-9.]* ms' | head -1)
[ -n "$worst" ] || { echo "window-stress: no line for the measured phase"; exit 1; }
echo "worst FX frame gap while measuring: ${worst#max }"
