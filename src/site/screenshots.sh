#!/usr/bin/env bash
# Regenerates the window's pictures in src/site/images from the real app:
#  - window-{dark,light,presentation}.png: the Run page during "Compare models" on the default
#    scenario (Undertow, echo, 100 connections), 80 % into the last model's measured phase;
#  - compare-{dark,light,presentation}.png: the Compare view of a real shootout of ten targets
#    (every engine and model and both Python servers, each in its own process, twice, interleaved),
#    measured first by 'wsarena shootout';
#  - chart-distribution.png and chart-bars.png: two of that view's charts as Export saves them
#    (16:9, 1600x900 at 2x, a title naming the runs, no controls);
#  - projector-{1280x720,1920x1080}-{dark,light}-{one,twelve,twelve-compare}.png: presentation mode
#    on a projector's screen, one saved run and twelve (the Run page, and twelve on the Compare page).
#
#   src/site/screenshots.sh            # builds the jar first when it is missing
#   src/site/screenshots.sh window     # only window-*, compare-* and chart-*
#   src/site/screenshots.sh projector  # only projector-*
#
# Needs Java 25 (see pom.xml), xvfb-run, libgtk-3-0 and the Python servers' packages (Debian: xvfb
# libgtk-3-0 python3-tornado python3-autobahn python3-twisted). The window pictures take about 45 s
# each, the shootout about 3 minutes. Run it on a quiet machine: the figures on screen are real.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA="${WSARENA_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
[ -f target/wsarena.jar ] || mvn -q -B -DskipTests package
out=src/site/images
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

window() { # file, then window options and files
  screen 1920x1080 "$@"
}

screen() { # WIDTHxHEIGHT, file, then window options and files
  local size=$1 file=$2; shift 2
  local settings
  settings=$(mktemp -d "$work/settings.XXXX")   # a fresh settings folder: the default scenario, nothing remembered
  xvfb-run -a -s "-screen 0 ${size}x24" "$JAVA" --enable-native-access=ALL-UNNAMED -XX:+ExitOnOutOfMemoryError -Dprism.order=sw \
    -Dwsarena.settings.dir="$settings" -jar target/wsarena.jar --screenshot "$out/$file" "$@" \
    2>&1 | grep -v -e 'Unsupported JavaFX configuration' -e 'PlatformImpl startup' || true
  [ -s "$out/$file" ] || { echo "no picture written to $out/$file" >&2; exit 1; }
}

which=${1:-all}
case "$which" in all|window|projector) ;; *) echo "usage: $0 [all|window|projector]" >&2; exit 2 ;; esac

if [ "$which" != projector ]; then
window window-dark.png --compare --page run --theme dark
window window-light.png --compare --page run --theme light
window window-presentation.png --compare --page run --theme dark --presentation

"$JAVA" --enable-native-access=ALL-UNNAMED -jar target/wsarena.jar shootout \
  --targets undertow,netty,jetty,tornado,autobahn --connections 100 --warmup 2s --duration 5s \
  --repeat 2 --quiet --out "$work/shootout"
window compare-dark.png --theme dark --screenshot-charts "$work" "$work/shootout/shootout.json"
cp "$work/distribution.png" "$out/chart-distribution.png"
cp "$work/bars.png" "$out/chart-bars.png"
window compare-light.png --theme light "$work/shootout/shootout.json"
window compare-presentation.png --theme dark --presentation "$work/shootout/shootout.json"
fi
[ "$which" != window ] || { echo "pictures in $out:"; ls -l "$out"; exit 0; }
# On a projector: presentation mode at 1280×720 and 1920×1080, both themes, one saved run and twelve
# (every engine in each of its models, then four of them again: twins told apart by start time)
i=0
runs=()
for t in undertow:event-loop undertow:multi-reactor undertow:reactor-workers netty:event-loop netty:multi-reactor \
    netty:reactor-workers jetty:reactor-workers jetty:virtual-threads undertow:event-loop netty:event-loop \
    jetty:reactor-workers undertow:multi-reactor; do
  i=$((i + 1))
  "$JAVA" --enable-native-access=ALL-UNNAMED -jar target/wsarena.jar run --engine "${t%%:*}" --model "${t##*:}" \
    --connections 50 --warmup 1s --duration 4s --quiet --out "$work/run-$i" > /dev/null
  runs+=("$work/run-$i/result.json")
done
for size in 1280x720 1920x1080; do
  for theme in dark light; do
    screen "$size" "projector-$size-$theme-one.png" --theme "$theme" --presentation "${runs[0]}"
    screen "$size" "projector-$size-$theme-twelve.png" --theme "$theme" --presentation "${runs[@]}"
    screen "$size" "projector-$size-$theme-twelve-compare.png" --theme "$theme" --presentation --page compare "${runs[@]}"
  done
done
echo "pictures in $out:"; ls -l "$out"
