#!/usr/bin/env bash
# The measured report under src/site/report/: every engine in each of its threading models, Tornado
# and Autobahn|Twisted, measured on this machine, and the report a reviewer publishes of it
# (report.md, a self-contained report.html, the PNGs), with the article's claims checked.
#
#   packaging/report.sh                       # the full report: 10 s per run, 3 repeats (about 1.5 h here)
#   packaging/report.sh --duration 2s --warmup 1s --repeat 1 --out target/report-draft   # a quick draft
#
# What it measures, each step skipped with a line when this build lacks its command:
#   echo    wsarena bench --repeat N (with --conformance where bench has it: the feature probe and the
#           Autobahn|Testsuite's quick set on each target, inside its results)
#   storm   wsarena bench --workload storm --repeat N        handshakes per second
#   idle    wsarena bench --workload idle --connections C    memory per held connection
#   sweep   wsarena bench --sweep (steps of --sweep-duration, 5 s)  each target's knee and its CPU there
#   equal load  wsarena bench --rate R --repeat N: every target open loop at one rate, R half the lowest
#           knee of the sweep (or --latency-rate R): where latency is compared and its claims judged
#   instances  wsarena sweep --peer tornado --instances 1|2 --balance haproxy|reuse-port
#           the knee of one and two Tornado instances behind HAProxy and on one port: Scalability's
#           scaling factor (the Ease of use section counts src/site/minimal/ by itself)
#   features and conformance, when bench cannot check them itself:
#           wsarena features per target, wsarena conformance over every target
# then wsarena report over all of it. Run it on a quiet machine: the figures are the machine's.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=10s
# empty: each command's own default (3 s, or 10 s when a target runs on PyPy: its JIT), which an
# explicit --warmup would override for the PyPy targets too
WARMUP=""
REPEAT=3
IDLE_CONNECTIONS=2000
# a sweep step's p99 must not hang on one pause of a target's young JVM: longer steps than a run's
SWEEP_DURATION=5s
SWEEP_WARMUP=2s
LATENCY_RATE=""
OUT=src/site/report
WORK=target/report-inputs
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION="$2"; shift 2 ;;
    --repeat) REPEAT="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --idle-connections) IDLE_CONNECTIONS="$2"; shift 2 ;;
    --sweep-duration) SWEEP_DURATION="$2"; shift 2 ;;
    --sweep-warmup) SWEEP_WARMUP="$2"; shift 2 ;;
    --latency-rate) LATENCY_RATE="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --work) WORK="$2"; shift 2 ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "report.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
MEASURED_WITH="packaging/report.sh --duration $DURATION${WARMUP:+ --warmup $WARMUP} --repeat $REPEAT --idle-connections $IDLE_CONNECTIONS --sweep-duration $SWEEP_DURATION --sweep-warmup $SWEEP_WARMUP${LATENCY_RATE:+ --latency-rate $LATENCY_RATE}"

JDK="${WSARENA_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}"
[ -x "$JDK/bin/java" ] || { echo "report.sh: no Java 25 at $JDK; set WSARENA_JDK" >&2; exit 1; }
if [ ! -f target/wsarena.jar ]; then
  mvn -B -ntp -q -DskipTests package
fi
# the interpreter wsarena starts the Python servers with (Debian's python3-tornado, python3-autobahn)
PYTHON="${WSARENA_PYTHON:-/usr/bin/python3}"
W=("$JDK/bin/java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -jar target/wsarena.jar)
has() { "${W[@]}" "$1" --help 2>/dev/null | grep -- "$2" >/dev/null; }
step() { echo; echo "== $*"; }

rm -rf "$WORK"
mkdir -p "$WORK"

WARM=()
if [ -n "$WARMUP" ]; then WARM=(--warmup "$WARMUP"); fi
CHECKS=()
if has bench --conformance; then CHECKS=(--conformance); fi

step "echo: every engine in every model, Tornado, Autobahn|Twisted; $REPEAT repeats of $DURATION"
"${W[@]}" bench --repeat "$REPEAT" --duration "$DURATION" "${WARM[@]}" "${CHECKS[@]}" --out "$WORK/echo"

# the targets as bench named them, for the steps that take one target at a time
mapfile -t TARGETS < <(python3 -c 'import json,sys; [print(t["name"], t["label"]) for t in json.load(open(sys.argv[1]))["targets"]]' "$WORK/echo/shootout.json")

if has bench storm; then
  step "storm: handshakes per second"
  "${W[@]}" bench --workload storm --repeat "$REPEAT" --duration "$DURATION" "${WARM[@]}" --out "$WORK/storm"
  step "idle: $IDLE_CONNECTIONS connections held"
  "${W[@]}" bench --workload idle --connections "$IDLE_CONNECTIONS" --repeat "$REPEAT" --duration "$DURATION" "${WARM[@]}" --out "$WORK/idle"
else
  echo "(this build has no storm or idle workload: Scalability will say so)"
fi

if has bench --sweep; then
  step "sweep: every target to its knee (p99 at most 10 ms), one table of knees"
  "${W[@]}" bench --sweep --duration "$SWEEP_DURATION" --warmup "$SWEEP_WARMUP" --out "$WORK/sweep" || echo "(a sweep failed; the report says which)"
else
  echo "(this build has no bench --sweep: the report's sweep knees will say so)"
fi

if has bench --rate; then
  rate="$LATENCY_RATE"
  if [ -z "$rate" ] && [ -d "$WORK/sweep" ]; then
    # half the lowest knee among the targets: below every one's knee, where latency compares
    rate=$(find "$WORK/sweep" -name sweep.json -print0 | xargs -0 python3 -c '
import json, sys
knees = [json.load(open(f)).get("maxSustainableRate") for f in sys.argv[1:]]
knees = [k for k in knees if k]
print(int(min(knees) / 2) if knees else "")' )
  fi
  if [ -n "$rate" ]; then
    step "equal load: every target open loop at $rate msgs/s; $REPEAT repeats of $DURATION"
    "${W[@]}" bench --rate "$rate" --repeat "$REPEAT" --duration "$DURATION" "${WARM[@]}" --out "$WORK/equal-load"
  else
    echo "(no knee to take half of and no --latency-rate: the report's latency at equal load will say so)"
  fi
else
  echo "(this build has no bench --rate: the report's latency at equal load will say so)"
fi

if has sweep --instances; then
  step "instances: Tornado's knee with 1 and 2 instances behind HAProxy, and 2 sharing one port"
  for spec in "1 haproxy" "2 haproxy" "2 reuse-port"; do
    n="${spec% *}"; how="${spec#* }"
    "${W[@]}" sweep --peer tornado --instances "$n" --balance "$how" --duration "$SWEEP_DURATION" --warmup "$SWEEP_WARMUP" \
      --out "$WORK/instances/tornado-x$n-$how" || echo "(the sweep of $n instances ($how) failed; the report says which)"
  done
else
  echo "(this build has no sweep --instances: Scalability's instances will say so)"
fi

if [ ${#CHECKS[@]} -eq 0 ]; then
  step "feature probe of each target"
  mkdir -p "$WORK/features"
  # the Python servers serve wss:// with a certificate made here, so the probe can try TLS on them
  # (over a plain ws:// URL it can only say the URL is not wss://)
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 \
    -keyout "$WORK/features/peer-key.pem" -out "$WORK/features/peer-cert.pem" >/dev/null 2>&1
  for t in "${TARGETS[@]}"; do
    name="${t% *}"; label="${t#* }"
    case "$name" in
      *:*) "${W[@]}" features --engine "${name%%:*}" --model "${name#*:}" --out "$WORK/features/$label.json" >/dev/null || echo "(could not probe $label)" ;;
      *)
        log="$WORK/features/$label.log"
        "$PYTHON" "src/peers/${name}_server.py" --port 0 \
          --tls-cert "$WORK/features/peer-cert.pem" --tls-key "$WORK/features/peer-key.pem" >"$log" 2>&1 &
        pid=$!
        port=""
        for _ in $(seq 1 100); do
          port=$(sed -n 's/.*listening port=\([0-9]*\).*/\1/p' "$log" | head -1)
          [ -n "$port" ] && break
          sleep 0.1
        done
        if [ -n "$port" ]; then
          fingerprint=$(openssl x509 -in "$WORK/features/peer-cert.pem" -noout -fingerprint -sha256 | cut -d= -f2 | tr -d :)
          "${W[@]}" features --url "wss://127.0.0.1:$port/echo" --fingerprint "$fingerprint" --out "$WORK/features/$label.json" >/dev/null \
            || echo "(could not probe $label)"
        else
          echo "(could not start $label: see $log)"
        fi
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        ;;
    esac
  done
  step "conformance: the Autobahn|Testsuite over every target"
  engines=$(printf '%s\n' "${TARGETS[@]}" | awk '{print $1}' | grep : | cut -d: -f1 | sort -u | paste -sd,)
  peers=$(printf '%s\n' "${TARGETS[@]}" | awk '{print $1}' | grep -v : | paste -sd,)
  "${W[@]}" conformance --engine "$engines" ${peers:+--peer "$peers"} --out "$WORK/conformance" || echo "(the suite could not judge every target; the report says which)"
fi

step "the report"
"${W[@]}" report "$WORK" --out "$OUT" --measured-with "$MEASURED_WITH"
