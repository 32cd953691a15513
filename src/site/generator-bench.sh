#!/usr/bin/env bash
# The load generator's own benchmark: what the generator costs on this machine, against the
# reference it can run itself, Netty's event loop in its own process (`wsarena serve`).
#
#   closed loop   100 connections, 64 B text echo: msgs/s and the generator's CPU per message
#   open loop     10,000 / 40,000 / 80,000 msgs/s over 100 connections: CPU per message and the
#                 generator thread's busy share (it should grow with the rate, never to a core)
#   storm         at most 100 handshakes in flight: handshakes/s and CPU per handshake
#   node          the Node `ws` client's closed loop on the same server (src/site/ws-client.js), when
#                 `node` is installed and NODE_PATH finds `ws` (npm install ws); left out otherwise
#   c-closed      the lean C client's closed loop, open loop and storm on the same server
#   c-open-RATE   (src/site/reference/ws-load.c, built here when `cc` is there): the machine's own
#   c-storm       cost of the same load, so the generator's share can be told from it;
#                 c-open-RATE-qMICROS paces it with another quantum
#
# Every case runs REPEATS times, interleaved (case after case, then again), because on shared
# cores one run says little; compare CPU per message before msgs/s.
#
# Usage: src/site/generator-bench.sh [JAR]          (default: target/wsarena.jar)
# Environment:
#   REPEATS=2 DURATION=8s WARMUP=2s (whole seconds) PORT=18080 NICE=0
#   TRANSPORT=epoll|io_uring|nio   the generator's transport (--transport); unset: its default
#   SERVER_TRANSPORT=...           the Netty engine's transport (serve --transport); unset: its default
#   CASES="closed open-10000 open-40000 open-80000 storm node c-closed c-open-10000 c-open-40000 c-open-80000 c-storm"
#                                  open-RATE-qMICROS: open loop with another pacing quantum
#                                  (-Dwsarena.pacingQuantumMicros on the generator), e.g.
#                                  CASES="open-10000-q100 open-10000-q250 open-10000-q500 open-10000-q1000"
#   OUT=DIR                        keep every run's result.json under DIR (default: a temporary folder)
set -euo pipefail

JAR=${1:-target/wsarena.jar}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
REPEATS=${REPEATS:-2}
DURATION=${DURATION:-8s}
WARMUP=${WARMUP:-2s}
PORT=${PORT:-18080}
CASES=${CASES:-closed open-10000 open-40000 open-80000 storm node c-closed c-open-10000 c-open-40000 c-open-80000 c-storm}
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-$(mktemp -d /tmp/generator-bench.XXXXXX)}
mkdir -p "$OUT"

if [[ ! -f $JAR ]]; then
  echo "No $JAR: build it first (mvn -DskipTests package) or give the jar's path." >&2
  exit 2
fi
# NICE=-10 (root only) lifts the server and the generator above other work on a shared machine
JVM=(nice -n "${NICE:-0}" "$JAVA" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)
JAVA_CMD=("${JVM[@]}" -jar "$JAR")

server_flags=(--engine netty --model event-loop --port "$PORT")
[[ -n ${SERVER_TRANSPORT:-} ]] && server_flags+=(--transport "$SERVER_TRANSPORT")
client_flags=()
[[ -n ${TRANSPORT:-} ]] && client_flags+=(--transport "$TRANSPORT")

# started directly (not through a function) so that $! is the server's own pid, measured by --target-pid
"${JAVA_CMD[@]}" serve "${server_flags[@]}" >"$OUT/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  grep -q "listening" "$OUT/serve.log" 2>/dev/null && break
  kill -0 $server 2>/dev/null || { echo "The server did not start:" >&2; cat "$OUT/serve.log" >&2; exit 1; }
  sleep 0.2
done
head -2 "$OUT/serve.log" | tail -1

run_case() { # case repeat
  local name=$1 dir="$OUT/$1-$2" flags=() jvm_flags=()
  if [[ $name == node ]]; then
    if ! node -e "require('ws')" 2>/dev/null; then
      echo "node: left out (no node, or NODE_PATH does not find ws: npm install ws)" >"$dir.log"
      return 0
    fi
    mkdir -p "$dir"
    nice -n "${NICE:-0}" node "$HERE/ws-client.js" "ws://127.0.0.1:$PORT/echo" 100 "${WARMUP%s}" "${DURATION%s}" \
      >"$dir/node.json" 2>"$dir.log" || true
    return 0
  fi
  if [[ $name == c-* ]]; then
    if ! command -v cc >/dev/null; then
      echo "$name: left out (no C compiler: apt-get install gcc)" >"$dir.log"
      return 0
    fi
    if [[ ! -x $OUT/ws-load ]] && ! cc -O2 -o "$OUT/ws-load" "$HERE/reference/ws-load.c" 2>"$dir.log"; then
      return 0 # the table says "left out"; the compiler's words are in $dir.log
    fi
    local rate=0 quantum=250 rest=${name#c-open-}
    if [[ $name == c-storm ]]; then
      rate=storm
    elif [[ $name != c-closed ]]; then
      rate=${rest%%-q*}
      [[ $rest == *-q* ]] && quantum=${rest##*-q}
    fi
    mkdir -p "$dir"
    WS_LOAD_TARGET_PID=$server nice -n "${NICE:-0}" "$OUT/ws-load" 127.0.0.1 "$PORT" 100 "$rate" "${WARMUP%s}" \
      "${DURATION%s}" "$quantum" >"$dir/c.json" 2>"$dir.log" || true
    return 0
  fi
  case $name in
    closed) flags=(--closed-loop) ;;
    open-*-q*)
      local rest=${name#open-}
      flags=(--rate "${rest%%-q*}")
      jvm_flags=(-Dwsarena.pacingQuantumMicros="${rest##*-q}") ;;
    open-*) flags=(--rate "${name#open-}") ;;
    storm) flags=(--workload storm --handshakes-in-flight 100) ;;
    *) echo "unknown case $name" >&2; return 1 ;;
  esac
  rm -rf "$dir"
  "${JVM[@]}" "${jvm_flags[@]}" -jar "$JAR" run --url "ws://127.0.0.1:$PORT/echo" --target-pid $server --connections 100 --payload 64 \
    --duration "$DURATION" --warmup "$WARMUP" --quiet --out "$dir" "${flags[@]}" "${client_flags[@]}" >"$dir.log" 2>&1 || true
}

for r in $(seq "$REPEATS"); do
  for c in $CASES; do
    run_case "$c" "$r"
  done
done

python3 - "$OUT" $CASES <<'EOF'
import json, os, statistics, sys

out, cases = sys.argv[1], sys.argv[2:]

def find(node, key):
    """A figure by its name wherever the result keeps it (totals may be grouped)."""
    if isinstance(node, dict):
        if key in node:
            return node[key]
        for v in node.values():
            found = find(v, key)
            if found is not None:
                return found
    return None

print(f"{'case':<15} {'run':>3} {'rate':>10} {'client µs':>10} {'target µs':>10} {'busy %':>7} {'cs/msg':>6} {'p50 ms':>7} {'p99 ms':>8}"
      f" {'lag p50 µs':>10} {'lag p99 µs':>10} {'machine µs':>10}  warnings")
for case in cases:
    # CASE-RUN only: open-10000-1, not open-10000-q500-1
    runs = sorted(d for d in os.listdir(out)
                  if d.startswith(case + "-") and d[len(case) + 1:].isdigit() and os.path.isdir(os.path.join(out, d)))
    if case == "node":
        for d in runs:
            try:
                n = json.load(open(os.path.join(out, d, "node.json")))
                print(f"{'node ws':<15} {d.rsplit('-', 1)[1]:>3} {n['msgsPerSecond']:>10,.0f} {n['cpuMicrosPerMessage']:>10.1f}"
                      f" {'':>10} {'':>7} {'':>6} {'':>7} {'':>8} {'':>10} {'':>10} {'':>10}  the Node ws client, closed loop")
            except (OSError, ValueError, KeyError):
                print(f"{'node ws':<15} {d.rsplit('-', 1)[1]:>3}  no figure: see {os.path.join(out, d)}.log")
        if not runs:
            print(f"{'node ws':<15}       left out: no node, or NODE_PATH does not find ws (npm install ws)")
        continue
    if case.startswith("c-"):
        for d in runs:
            try:
                c = json.load(open(os.path.join(out, d, "c.json")))
                per = "Handshake" if case == "c-storm" else "Message"
                target = c["targetCpuMicrosPer" + per]
                latency = "" if case == "c-storm" else f" {c['p50Millis']:>7.3f} {c['p99Millis']:>8.2f}"
                lost = c.get("failed") or c.get("notSent")
                print(f"{case:<15} {d.rsplit('-', 1)[1]:>3} {c['handshakesPerSecond' if per == 'Handshake' else 'msgsPerSecond']:>10,.0f}"
                      f" {c['cpuMicrosPer' + per]:>10.1f} {target if target >= 0 else float('nan'):>10.1f} {'':>7}"
                      f" {c['voluntarySwitchesPer' + per] + c['involuntarySwitchesPer' + per]:>6.2f}{latency or ' ' * 17}"
                      f" {'':>10} {'':>10} {'':>10}  the lean C client"
                      f"{(', failed ' if per == 'Handshake' else ', not sent ') + str(lost) if lost else ''}")
            except (OSError, ValueError, KeyError):
                print(f"{case:<15} {d.rsplit('-', 1)[1]:>3}  no figure: see {os.path.join(out, d)}.log")
        if not runs:
            print(f"{case:<15}       left out: no C compiler, or it failed: see {os.path.join(out, case)}-1.log")
        continue
    for d in runs:
        path = os.path.join(out, d, "result.json")
        if not os.path.exists(path):
            print(f"{case:<15} {d.rsplit('-', 1)[1]:>3}  no result: see {os.path.join(out, d)}.log")
            continue
        res = json.load(open(path))
        t = res["totals"]
        storm = case == "storm"
        rate = find(t, "handshakesPerSecond") if storm else find(t, "answeredPerSecond")
        cpu = find(t, "clientCpuMicrosPerHandshake") if storm else find(t, "clientCpuMicrosPerMessage")
        # the target's CPU is a share of every hardware thread (as metrics.TargetCost reads it)
        per_second = find(t, "handshakesPerSecond") if storm else find(t, "receivedPerSecond")
        share = find(t, "targetCpuPercent")
        target = (share / 100 * res["host"]["logicalThreads"] * 1e6 / per_second
                  if per_second and share is not None and share >= 0 else float("nan"))
        measured = [s for s in res["samples"] if s.get("phase") == "MEASURING"]
        busy = statistics.mean(find(s, "busyPercent") or 0 for s in measured) if measured else float("nan")
        lag = find(find(t, "sendLag") or {}, "p99Micros") or 0
        lag50 = find(find(t, "sendLag") or {}, "p50Micros") or 0
        switches = float("nan") if storm else find(t, "clientContextSwitchesPerMessage")
        switches = switches if isinstance(switches, (int, float)) and switches >= 0 else float("nan")
        # the most the machine (a wait for a core, a stopped virtual CPU, a late timer) added to an interval's send lag p99
        waiting = max((find(s, "sendLagWaitingMicros") or 0 for s in measured), default=0)
        lat = (find(t, "handshakeLatency") if storm else find(t, "latency")) or {}
        p50 = (lat.get("p50Micros") or 0) / 1000
        p99 = (lat.get("p99Micros") or 0) / 1000
        # each warning by its name (its words before the first colon): the whole sentences are in result.json
        warnings = "; ".join((w if isinstance(w, str) else json.dumps(w)).split(":")[0] for w in (res.get("warnings") or []))
        unit = "hs/s" if storm else "msg/s"
        print(f"{case:<15} {d.rsplit('-', 1)[1]:>3} {rate:>10,.0f} {cpu:>10.1f} {target:>10.1f} {busy:>7.0f} {switches:>6.2f} {p50:>7.3f}"
              f" {p99:>8.2f} {lag50:>10} {lag:>10} {waiting:>10}  "
              f"{res.get('outcome')}{' · ' + warnings[:160] if warnings else ''}")
print(f"({out}: each run's result.json; rate in msgs/s, storm in handshakes/s and CPU µs per handshake;"
      " busy % = the busiest generator thread's mean share of a core, running or waiting for one;"
      " cs/msg = the generator's context switches per message;"
      " machine µs = the most the machine added to an interval's send lag p99, holding the thread off its core)")
EOF
