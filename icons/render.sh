#!/usr/bin/env bash
# Regenerates every icon file from the SVG sources, so nobody edits binaries by hand:
#   wsarena-{16,24,32,48,64,128,256,512}.png  (the window loads them from the class path)
#   wsarena.ico   Windows: 16..256 in one file (jpackage --icon on Windows, the .msi, shortcuts)
#   wsarena.icns  macOS: 16..512 (jpackage --icon on macOS)
# 16, 24 and 32 px come from wsarena-small.svg (drawn on a 16 px grid), the rest from wsarena.svg.
# Needs Debian's librsvg2-bin (rsvg-convert), imagemagick (convert) and icnsutils (png2icns).
#   icons/render.sh          # rewrites the files in icons/
#   icons/render.sh DIR      # writes them to DIR instead (packaging/check.sh compares the two)
set -euo pipefail
out=$(mkdir -p "${1:-$(dirname "$0")}" && cd "${1:-$(dirname "$0")}" && pwd)
cd "$(dirname "$0")"

for tool in rsvg-convert convert png2icns; do
  if ! command -v "$tool" >/dev/null; then
    echo "render.sh: $tool is missing; install it with: apt-get install -y librsvg2-bin imagemagick icnsutils" >&2
    exit 1
  fi
done

small_sizes=(16 24 32)
large_sizes=(48 64 128 256 512)
for size in "${small_sizes[@]}"; do
  rsvg-convert --width "$size" --height "$size" wsarena-small.svg --output "$out/wsarena-$size.png"
done
for size in "${large_sizes[@]}"; do
  rsvg-convert --width "$size" --height "$size" wsarena.svg --output "$out/wsarena-$size.png"
done

# Windows picks the entry nearest the size it needs (16 in lists, 32/48 on the desktop, 256 in tiles).
cd "$out"
convert wsarena-16.png wsarena-24.png wsarena-32.png wsarena-48.png wsarena-64.png \
  wsarena-128.png wsarena-256.png wsarena.ico

# png2icns knows the classic icns slots only: 16, 32, 48, 128, 256, 512 (24 and 64 have none).
png2icns wsarena.icns wsarena-16.png wsarena-32.png wsarena-48.png wsarena-128.png \
  wsarena-256.png wsarena-512.png >/dev/null

echo "render.sh: wrote $(ls wsarena-*.png | wc -l) PNGs, wsarena.ico and wsarena.icns in $out"
