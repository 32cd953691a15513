#!/usr/bin/env bash
# The packaging check: builds what Linux users download and proves it runs, here.
#
#   packaging/check.sh               # mvn package first
#   packaging/check.sh --skip-build  # use target/wsarena.jar as it is (e.g. after mvn verify)
#
# 0. the icon files are what icons/render.sh makes of the SVGs (nobody edited a binary by hand)
# 1. the app image and the .deb (package.sh, one runtime for both): every module jdeps finds in
#    the jars is linked into the runtime
# 2. the packaged launcher, headless: `wsarena host`, and a two-second `wsarena run` in this
#    process and with the target in its own process (started from the packaged runtime), and
#    `wsarena conformance` with the suite the app image carries
# 3. the window on its own Xvfb display: it appears, a screenshot of it is not blank, and how
#    long it took (window-probe.sh)
# 4. the .deb: depends on the packages of every library the app links, installs with
#    dpkg -i with its menu entry, its launcher runs `host`, its maintainer scripts also pass where
#    no desktop menu exists, and it purges cleanly; without root, or when wsarena is already installed, it is unpacked with
#    dpkg -x instead and the machine is left alone
# 5. the container image (target/wsarena-image.tar, `mvn -Dcontainer package`; built here when
#    missing): its layers unpacked into a folder, its entrypoint started there with chroot in a
#    private mount namespace, as the image's user, must print the hardware block (`host`, the
#    image's default command). No container runtime is needed; without root this step is skipped.
# Needs Debian's xvfb, x11-utils, imagemagick, fakeroot, xdg-utils, libgtk-3-0, zip, librsvg2-bin,
# icnsutils, binutils and python3, and installs the missing ones itself when run as root. Leaves its evidence in
# target/packaging-check/ (logs, window.png). Exits non-zero with one line saying what failed.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=target/packaging-check
jdk=${WSARENA_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
app=target/jpackage/out/wsarena
launcher=$app/bin/wsarena
# The launches below are short (a second to ten) and only checked for what they print or draw: C1
# alone compiles enough for them, and the C2 compiler's work (a fifth to a third of a launch's CPU here) would
# never pay back. The window's first start (window-probe.sh) keeps the default: it times the start
# a user sees. A JVM prints the flag it picked up on its stderr, which the logs keep.
quick_jvm=-XX:TieredStopAtLevel=1
quick=(env JAVA_TOOL_OPTIONS=$quick_jvm)
started=$(date +%s)

fail() {
  echo "packaging check FAILED: $*" >&2
  exit 1
}
# Each step's line says when it started and the CPU that the check's finished processes had used
# until then (the shell's children's user + system time), so a step's cost is the difference.
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.0f", ($16 + $17) / hz }' /proc/$$/stat; }
step() { echo "== $* ($(($(date +%s) - started)) s, CPU $(cpu_s) s)"; }
# Runs a command with a time limit and its output in $out/<name>.log; fails with the log's tail.
run_logged() {
  local name=$1 limit=$2
  shift 2
  if ! timeout "$limit" "$@" >"$out/$name.log" 2>&1; then
    tail -n 15 "$out/$name.log" >&2
    fail "$name: \`$*\` failed or took over $limit s (log: $out/$name.log)"
  fi
}

skip_build=false
case "${1:-}" in
  --skip-build) skip_build=true ;;
  "") ;;
  *) fail "unknown option $1 (packaging/check.sh [--skip-build])" ;;
esac

# The Debian tools this check drives.
needed=()
for pair in Xvfb:xvfb xwininfo:x11-utils import:imagemagick fakeroot:fakeroot \
  xdg-desktop-menu:xdg-utils zip:zip dpkg-deb:dpkg rsvg-convert:librsvg2-bin png2icns:icnsutils \
  readelf:binutils python3:python3; do
  command -v "${pair%%:*}" >/dev/null || needed+=("${pair#*:}")
done
dpkg-query -W -f='${Status}' libgtk-3-0 2>/dev/null | grep -q 'ok installed' || needed+=(libgtk-3-0)
if [ ${#needed[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || fail "missing Debian packages; install them with: sudo apt-get install -y ${needed[*]}"
  step "installing ${needed[*]}"
  apt-get update -q >/dev/null || true
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${needed[@]}" >/dev/null ||
    fail "apt-get install -y ${needed[*]} failed"
fi
[ -x "$jdk/bin/jdeps" ] || fail "no JDK 25 at $jdk (set WSARENA_JDK)"
rm -rf "$out"
mkdir -p "$out"

# 0. the icons ----------------------------------------------------------------------------------
step "icons against their SVG sources"
icons/render.sh "$out/icons" >"$out/icons.log" 2>&1 || fail "icons/render.sh failed (log: $out/icons.log)"
for f in "$out"/icons/*; do
  cmp -s "$f" "icons/$(basename "$f")" ||
    fail "icons/$(basename "$f") is not what icons/render.sh makes of the SVGs: run icons/render.sh and commit the result"
done

# 1. the app image ------------------------------------------------------------------------------
# The .deb of step 4 too, in the same call: package.sh links the runtime once for both.
# No compression: this .deb only proves it builds and installs, and its jars are compressed
# already (gzip -1 made 140 MB of 234 MB, for 3.4 s of CPU to pack and 0.8 s to unpack). Releases
# keep dpkg's xz.
step "app image and .deb"
build_flag=()
[ "$skip_build" = false ] || build_flag=(--skip-build)
run_logged package 600 env DPKG_DEB_COMPRESSOR_TYPE=none \
  packaging/package.sh "${build_flag[@]}" --type all --jdk "$jdk"
[ -x "$launcher" ] || fail "package.sh made no launcher at $launcher"

step "runtime modules against jdeps"
# jdeps cannot analyse this class path as modules (some jars' module-info require names that
# others only have as automatic modules), so it reads copies without module-info.
jars=$out/jdeps-jars
mkdir -p "$jars"
cp target/wsarena.jar target/jpackage/input/lib/*.jar "$jars/"
for jar in "$jars"/*.jar; do
  zip -q -d "$jar" module-info.class 'META-INF/versions/*/module-info.class' >/dev/null 2>&1 || true
done
fx_jars=$(find target/lib -name 'javafx-*-[0-9]*-*.jar' | sort | paste -sd: -)
cp_jars=$(ls "$jars"/*.jar | paste -sd: -)
needed_modules=$("$jdk/bin/jdeps" -J$quick_jvm --multi-release 25 --ignore-missing-deps --print-module-deps \
  --module-path "$fx_jars" --class-path "$cp_jars" "$jars"/*.jar 2>"$out/jdeps.log" | tail -n 1) ||
  fail "jdeps failed (log: $out/jdeps.log)"
[ -n "$needed_modules" ] || fail "jdeps printed no modules (log: $out/jdeps.log)"
"$app/lib/runtime/bin/java" --list-modules | sed 's/@.*//' | sort >"$out/runtime-modules.txt"
missing=()
for m in ${needed_modules//,/ }; do
  grep -qx "$m" "$out/runtime-modules.txt" || missing+=("$m")
done
[ ${#missing[@]} -eq 0 ] || fail "the jars need ${missing[*]}, which the runtime lacks: add them to --add-modules in packaging/jlink.args"
echo "   jdeps needs: $needed_modules"
echo "   runtime has: $(paste -sd, "$out/runtime-modules.txt")"

# 2. the packaged launcher, headless ------------------------------------------------------------
step "wsarena host"
run_logged host 60 "${quick[@]}" "$launcher" host
grep -q 'CPU:' "$out/host.log" || fail "\`wsarena host\` printed no CPU line (log: $out/host.log)"

run_args=(run --engine undertow --model event-loop --connections 10 --duration 2s --warmup 0s)
step "wsarena ${run_args[*]}"
run_logged run-in-process 90 "${quick[@]}" "$launcher" "${run_args[@]}" --out "$out/run-in-process"
[ -s "$out/run-in-process/result.json" ] || fail "the run wrote no result.json (log: $out/run-in-process.log)"
grep -q 'outcome: completed' "$out/run-in-process.log" || fail "the run did not complete (log: $out/run-in-process.log)"
step "wsarena chart (PNG without a display, through the linked runtime's AWT and fonts)"
run_logged chart 90 "${quick[@]}" "$launcher" chart "$out/run-in-process/result.json" --out "$out/charts"
[ "$(identify -format '%wx%h' "$out/charts/distribution.png" 2>/dev/null)" = 3200x1800 ] ||
  fail "\`wsarena chart\` drew no 3200x1800 distribution.png (its default 1600x900 layout at 2x) (log: $out/chart.log)"

step "wsarena ${run_args[*]} --isolation process"
run_logged run-own-process 90 "${quick[@]}" "$launcher" "${run_args[@]}" --isolation process
grep -q 'outcome: completed' "$out/run-own-process.log" ||
  fail "the run with the target in its own process did not complete (log: $out/run-own-process.log)"

# The conformance suite from the app image's lib/app/lib/autobahn-testsuite, run by Jython on the
# packaged runtime against an engine of the packaged app: a handful of cases, seconds.
step "wsarena conformance (the suite in the app image, on the linked runtime)"
run_logged conformance 180 "${quick[@]}" "$launcher" conformance --engine undertow --model event-loop --cases "1.1.*,7.9.*" --out "$out/conformance"
grep -q '"target" : "undertow-event-loop"' "$out/conformance/conformance.json" ||
  fail "\`wsarena conformance\` wrote no verdicts for undertow-event-loop (log: $out/conformance.log)"
grep -q '"ok" : 17' "$out/conformance/conformance.json" ||
  fail "the suite did not judge all 17 cases OK from the app image (log: $out/conformance.log, reports: $out/conformance)"

# The packaged window with --screenshot $out/NAME.png and ARGS, on $display: the app writes its
# own PNG and quits. The picture must exist and not be blank, and the log must not match ERRORS.
window_screenshot() {
  local name=$1 what=$2 errors=$3
  shift 3
  run_logged "$name" 150 env DISPLAY="$display" JAVA_TOOL_OPTIONS="-Dprism.order=sw $quick_jvm" \
    "$launcher" --screenshot "$out/$name.png" "$@"
  [ -s "$out/$name.png" ] || fail "the window wrote no screenshot of $what (log: $out/$name.log)"
  ! grep -q -E "$errors" "$out/$name.log" || fail "the window logged an error during $what (log: $out/$name.log)"
  local colours
  colours=$(convert "$out/$name.png" -format %k info: 2>/dev/null || echo 0)
  [ "$colours" -ge 64 ] || fail "the screenshot of $what $out/$name.png is blank ($colours colours)"
  echo "   $out/$name.png: $(identify -format '%wx%h' "$out/$name.png"), $colours colours"
}

# 3. the window ---------------------------------------------------------------------------------
# No window manager: the window is a top-level child of the root, named by its title.
check_window() {
  # JavaFX's es2 pipeline fails under Xvfb; the software one draws the same window.
  # Xvfb picks a free display itself (-displayfd): xvfb-run -a races with other Xvfbs starting at
  # the same moment on a shared machine, and the app then fails with "Unable to open DISPLAY".
  Xvfb -displayfd 9 -screen 0 1920x1080x24 -nolisten tcp 9>"$out/xvfb.display" 2>"$out/xvfb.log" &
  xvfb_pid=$!
  trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
  for _ in $(seq 100); do [ -s "$out/xvfb.display" ] && break; sleep 0.1; done
  [ -s "$out/xvfb.display" ] || fail "Xvfb did not start (log: $out/xvfb.log)"
  display=:$(head -n 1 "$out/xvfb.display")
  DISPLAY=$display timeout 150 packaging/window-probe.sh "$launcher" "$out" >"$out/window.log" 2>&1 || true
  result=$(tail -n 1 "$out/window.log")
  case "$result" in
    *"painted_ms=none"*)
      tail -n 15 "$out/window-app.log" >&2
      fail "the window did not appear with content within 90 s ($result; app log: $out/window-app.log)" ;;
    *"alive_at_end=no"*)
      fail "the app quit by itself right after showing its window ($result; app log: $out/window-app.log)" ;;
    *painted_ms=*) ;;
    *) fail "the window probe did not finish (log: $out/window.log)" ;;
  esac
  colours=$(convert "$out/window.png" -format %k info: 2>/dev/null || echo 0)
  [ "$colours" -ge 64 ] || fail "the window screenshot $out/window.png is blank ($colours colours)"
  echo "   $result (ms from launch), $out/window.png: $(identify -format '%wx%h' "$out/window.png"), $colours colours"

  # A run in the window: the demo starts one, the app writes its own PNG of the window during it
  # (javafx.swing and ImageIO in the linked runtime), then quits. The demo runs the scenario of the
  # headless run above (10 connections, 2 s) read from a scenario file, not the form's default of
  # 2 s warm-up and 10 s measured: the picture is what is checked, and it comes 10 s sooner.
  python3 -c 'import json, sys; json.dump(json.load(open(sys.argv[1]))["scenario"], open(sys.argv[2], "w"))' \
    "$out/run-in-process/result.json" "$out/demo-scenario.json" || fail "could not read the scenario of $out/run-in-process/result.json"
  step "a demo run in the window (wsarena --scenario demo-scenario.json --screenshot)"
  window_screenshot window-run "its demo run" 'Exception|Error:' --scenario "$out/demo-scenario.json"

  # A double-click on a .wsarena file starts `wsarena FILE`: the window shows the saved run.
  cp "$out/run-in-process/result.json" "$out/saved-run.wsarena"
  step "a saved run opened by the window (wsarena saved-run.wsarena)"
  window_screenshot window-saved "the saved run" 'Exception|Error:|Could not open' "$out/saved-run.wsarena"
  kill "$xvfb_pid" 2>/dev/null || true
  trap - EXIT
}

step "window under Xvfb"
if [ "$(unzip -l target/wsarena.jar 'wsarena/ui/*' 2>/dev/null | grep -c 'wsarena/ui/')" -eq 0 ]; then
  # Until the window (package wsarena.ui) is part of the build, there is nothing to open.
  echo "   SKIPPED: this build has no window yet (no wsarena/ui/ in target/wsarena.jar)"
else
  check_window
fi

# 4. the .deb -----------------------------------------------------------------------------------
step ".deb"
deb=$(ls target/jpackage/out/*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "package.sh made no .deb in target/jpackage/out (log: $out/package.log)"
depends=" $(dpkg-deb -f "$deb" Depends | tr -d ' ' | tr ',' ' ') "
[[ "$depends" == *" libgtk-3-0 "* ]] || fail "$deb does not depend on libgtk-3-0"
# Every library that the launcher and the runtime link directly, and do not ship themselves, must
# come from a package the .deb depends on (as dpkg-shlibdeps would have it; linux.args lists them).
own_libs=$(find "$app" -name '*.so*' -printf '%f\n' | sort -u)
needed_libs=$({ find "$app" -type f \( -name '*.so*' -o -path '*/bin/*' \) -exec readelf -d {} + 2>/dev/null || true; } |
  sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort -u | comm -23 - <(echo "$own_libs"))
arch=$(dpkg --print-architecture)
# One search for every library ("LIB PACKAGE" lines): dpkg -S reads its whole database once per
# call, which took 0.4 s a library when each had its own.
owners=$({ dpkg -S $(printf '*/%s ' $needed_libs) 2>/dev/null || true; } | sed -n "s|^\([^:,]*\):$arch: .*/\([^/]*\)$|\2 \1|p")
for lib in $needed_libs; do
  package=$(awk -v lib="$lib" '$1 == lib { print $2; exit }' <<<"$owners")
  [ -n "$package" ] || fail "no installed package provides $lib, which the packaged app links"
  [[ "$depends" == *" $package "* ]] ||
    fail "the app links $lib from $package, which $deb does not depend on: add it to --linux-package-deps in packaging/linux.args"
done
echo "   Depends:$depends"
[ "$(dpkg-deb -c "$deb" | grep -c '\.desktop$')" -gt 0 ] || fail "$deb carries no desktop entry"
desktop_entry=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./opt/wsarena/lib/wsarena-wsarena.desktop)
grep -q '^Exec=.* %F$' <<<"$desktop_entry" || fail "the desktop entry in $deb does not pass the opened files (%F)"
grep -qx 'MimeType=application/vnd.wsarena.result+json' <<<"$desktop_entry" ||
  fail "the desktop entry in $deb does not open .wsarena run results"

installed_launcher=/opt/wsarena/bin/wsarena
if [ "$(id -u)" = 0 ] && ! dpkg-query -W -f='${Status}' wsarena 2>/dev/null | grep -q 'ok installed'; then
  step "dpkg -i $deb"
  # xdg-desktop-menu registers the menu entry only where a desktop made
  # /usr/share/desktop-directories; on a bare machine the check plays that desktop for a moment.
  made_menu_dir=false
  if [ ! -d /usr/share/desktop-directories ]; then
    mkdir /usr/share/desktop-directories
    made_menu_dir=true
  fi
  cleanup_install() {
    dpkg --purge wsarena >/dev/null 2>&1 || echo "packaging check: could not purge wsarena; run dpkg --purge wsarena" >&2
    [ "$made_menu_dir" = false ] || rmdir /usr/share/desktop-directories 2>/dev/null || true
  }
  trap cleanup_install EXIT
  run_logged dpkg-install 300 dpkg -i "$deb"
  entry=/usr/share/applications/wsarena-wsarena.desktop
  [ -f "$entry" ] || fail "dpkg -i registered no menu entry $entry (log: $out/dpkg-install.log)"
  grep -qx "Exec=$installed_launcher %F" "$entry" ||
    fail "the menu entry $entry does not start $installed_launcher with the files it is given (%F)"
  grep -qx "MimeType=application/vnd.wsarena.result+json" "$entry" ||
    fail "the menu entry $entry does not open .wsarena run results (packaging/file-associations.properties)"
  run_logged deb-host 60 "${quick[@]}" "$installed_launcher" host
  grep -q 'CPU:' "$out/deb-host.log" || fail "the installed launcher's \`host\` printed no CPU line"
  # Where no desktop is installed, the maintainer scripts must still succeed (packaging/linux-resources).
  mkdir -p "$out/no-desktop"
  run_logged deb-postinst-no-desktop 60 env XDG_DATA_DIRS="$out/no-desktop" sh /var/lib/dpkg/info/wsarena.postinst configure
  grep -q 'no menu entry added' "$out/deb-postinst-no-desktop.log" ||
    fail "postinst on a machine without a desktop menu did not say so (log: $out/deb-postinst-no-desktop.log)"
  run_logged deb-prerm-no-desktop 60 env XDG_DATA_DIRS="$out/no-desktop" sh /var/lib/dpkg/info/wsarena.prerm remove
  run_logged dpkg-purge 120 dpkg --purge wsarena
  [ ! -e /opt/wsarena ] || fail "dpkg --purge left /opt/wsarena behind"
  [ ! -e "$entry" ] || fail "dpkg --purge left the menu entry $entry behind"
  trap - EXIT
  [ "$made_menu_dir" = false ] || rmdir /usr/share/desktop-directories
  echo "   installed (menu entry $entry), ran \`host\` from $installed_launcher, maintainer scripts pass without a desktop menu, purged"
else
  step "dpkg -x $deb (not root, or wsarena already installed: the machine is left alone)"
  scratch=$out/deb-root
  dpkg -x "$deb" "$scratch"
  run_logged deb-host 60 "${quick[@]}" "$scratch$installed_launcher" host
  grep -q 'CPU:' "$out/deb-host.log" || fail "the unpacked launcher's \`host\` printed no CPU line"
  echo "   unpacked into $scratch and ran \`host\`"
fi

# 5. the container image -------------------------------------------------------------------------
step "container image"
image_tar=target/wsarena-image.tar
if [ ! -s "$image_tar" ]; then
  run_logged image-build 600 mvn -B -ntp -q -Dcontainer -DskipTests -Dwsarena.jdk="$jdk" package
fi
[ -s "$image_tar" ] || fail "mvn -Dcontainer package made no $image_tar"
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null && command -v python3 >/dev/null; then
  rootfs=$out/image-root
  mkdir -p "$rootfs"
  # The OCI layout's manifest names the layers in order; each is a gzipped tar over the last.
  python3 - "$image_tar" "$rootfs" "$out/image-entrypoint" <<'PY' || fail "could not unpack $image_tar"
import json, sys, tarfile
image, root, entry = sys.argv[1:]
with tarfile.open(image) as t:
    blob = lambda d: t.extractfile("blobs/sha256/" + d.split(":")[1])
    manifest = json.load(blob(json.load(t.extractfile("index.json"))["manifests"][0]["digest"]))
    config = json.load(blob(manifest["config"]["digest"]))["config"]
    for layer in manifest["layers"]:
        with tarfile.open(fileobj=blob(layer["digest"]), mode="r:gz") as l:
            l.extractall(root, filter="fully_trusted")
with open(entry, "w") as f:
    f.write("\0".join(config["Entrypoint"] + config["Cmd"]) + "\0")
    print(config["User"], file=open(entry + ".user", "w"))
PY
  mkdir -p "$rootfs/proc" "$rootfs/sys" "$rootfs/dev"
  user=$(cat "$out/image-entrypoint.user")
  abs_root=$(cd "$rootfs" && pwd)
  run_logged image-host 60 unshare --mount --pid --fork sh -c \
    "mount -t proc proc '$abs_root/proc' && mount --rbind /sys '$abs_root/sys' && mount --rbind /dev '$abs_root/dev' &&
     xargs -0 chroot --userspec='$user' '$abs_root' <'$out/image-entrypoint'"
  grep -q 'CPU:' "$out/image-host.log" || fail "the image's entrypoint printed no hardware block (log: $out/image-host.log)"
  grep -q 'OS: wsarena container' "$out/image-host.log" || fail "the image's entrypoint did not run on the image's files (log: $out/image-host.log)"
  echo "   $image_tar ($(du -h "$image_tar" | cut -f1)): its entrypoint ran \`host\` in its own files as user $user"
else
  echo "   SKIPPED running the entrypoint (needs root, unshare and python3); ContainerImageIT checked its layers"
fi

step "sizes"
echo "   app image: $(du -sh "$app" | cut -f1) (runtime $(du -sh "$app/lib/runtime" | cut -f1), conformance suite $(du -sh "$app/lib/app/lib/autobahn-testsuite" | cut -f1))"
echo "   .deb: $(du -h "$deb" | cut -f1) (uncompressed here; Installed-Size $(($(dpkg-deb -f "$deb" Installed-Size) / 1024)) MiB)"
echo "packaging check passed in $(($(date +%s) - started)) s, CPU $(cpu_s) s"
