#!/usr/bin/env bash
# Starts the packaged app on the current X display, times its window, screenshots it, stops it.
# check.sh runs it inside xvfb-run; alone:
#   xvfb-run -a -s "-screen 0 1920x1080x24" packaging/window-probe.sh target/jpackage/out/wsarena/bin/wsarena /tmp/probe
# Prints one line: mapped_ms (the window is on screen) painted_ms (it shows drawn content: the
# first frame, within one polling step of ~0.3 s) cpu_ms_to_paint (CPU the app used until then,
# steadier than wall time on a busy machine) alive_at_end (it did not quit by itself),
# and leaves window.png, screen.png and window-app.log in the output directory.
set -u
launcher=$1 out=$2
mkdir -p "$out"
t0=$(date +%s%N)
JAVA_TOOL_OPTIONS=-Dprism.order=sw "$launcher" >"$out/window-app.log" 2>&1 &
pid=$!
ms() { echo $((($(date +%s%N) - t0) / 1000000)); }
# GTK first creates a hidden 10x10 leader window with the same name: wait for a viewable one.
main_window() {
  local id
  for id in $(xwininfo -root -children 2>/dev/null | awk '/"wsarena/ {print $1}'); do
    xwininfo -id "$id" 2>/dev/null | grep -q 'IsViewable' && { echo "$id"; return; }
  done
}
# CPU time the app has used (user + system, all threads): on a busy machine, steadier than wall time.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$pid/stat" 2>/dev/null; }
window= mapped= painted= painted_cpu=
while [ "$(ms)" -lt 90000 ] && kill -0 "$pid" 2>/dev/null; do
  [ -n "$window" ] || window=$(main_window)
  if [ -n "$window" ]; then
    [ -n "$mapped" ] || mapped=$(ms)
    # A drawn window has text, controls and charts: many colours; an undrawn one has one or two.
    colours=$(import -silent -window "$window" miff:- 2>/dev/null | convert miff:- -scale 25% -format %k info: 2>/dev/null)
    if [ "${colours:-0}" -ge 32 ]; then painted=$(ms) painted_cpu=$(cpu_ms); break; fi
  fi
  sleep 0.05
done
if [ -n "$painted" ]; then
  sleep 3 # the first frame is enough to time; the screenshots should show the settled window
  import -silent -window root "$out/screen.png" 2>/dev/null
  import -silent -window "$window" "$out/window.png" 2>/dev/null
fi
alive=no
kill -0 "$pid" 2>/dev/null && alive=yes
kill "$pid" 2>/dev/null
for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
kill -9 "$pid" 2>/dev/null
echo "mapped_ms=${mapped:-none} painted_ms=${painted:-none} cpu_ms_to_paint=${painted_cpu:-none} alive_at_end=$alive"
