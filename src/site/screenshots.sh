#!/usr/bin/env bash
# Regenerates the window's pictures in src/site/images from the real app during a real run:
# "Compare models" on the default scenario (Undertow, echo, 100 connections), captured 80 % into
# the last model's measured phase, in the dark and the light theme, and once in presentation mode.
#
#   src/site/screenshots.sh            # builds the jar first when it is missing
#
# Needs Java 25 (see pom.xml), xvfb-run and libgtk-3-0 (Debian: xvfb libgtk-3-0). Each picture
# takes one comparison (about 45 s). Run it on a quiet machine: the figures on screen are real.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA="${WSARENA_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
[ -f target/wsarena.jar ] || mvn -q -B -DskipTests package
out=src/site/images
mkdir -p "$out"

shoot() { # file, then window options
  local file=$1; shift
  local settings
  settings=$(mktemp -d)   # a fresh settings folder: the default scenario, nothing remembered
  xvfb-run -a -s "-screen 0 1920x1080x24" "$JAVA" --enable-native-access=ALL-UNNAMED -XX:+ExitOnOutOfMemoryError -Dprism.order=sw \
    -Dwsarena.settings.dir="$settings" -jar target/wsarena.jar --compare --screenshot "$out/$file" "$@" \
    2>&1 | grep -v -e 'Unsupported JavaFX configuration' -e 'PlatformImpl startup' || true
  rm -rf "$settings"
  [ -s "$out/$file" ] || { echo "no picture written to $out/$file" >&2; exit 1; }
}

shoot window-dark.png --theme dark
shoot window-light.png --theme light
shoot window-presentation.png --theme dark --presentation
echo "pictures in $out:"; ls -l "$out"
