#!/usr/bin/env bash
# Four segment processes against one target in its own process, merged, beside the same scenario
# run whole in one process; then what the merge cost. Loopback only; every process stops by itself.
#
#   packaging/kubernetes/segments-bench.sh                       # 20 s measured, 250 ms intervals
#   DURATION=600s INTERVAL=100ms RATE=2000 WHOLE=no packaging/kubernetes/segments-bench.sh
#                                                                # the merge of a 10-minute, 100 ms run
#
# Needs target/wsarena.jar (mvn -o -q package -DskipTests) and JAVA (default: the JDK 25 here).
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
SEGMENTS=${SEGMENTS:-4}
CONNECTIONS=${CONNECTIONS:-200}
RATE=${RATE:-20000}
DURATION=${DURATION:-20s}
INTERVAL=${INTERVAL:-250ms}
ENGINE=${ENGINE:-netty}
WHOLE=${WHOLE:-yes}
OUT=${OUT:-$(mktemp -d /tmp/wsarena-segments.XXXXXX)}
mkdir -p "$OUT"
wsarena() { "$JAVA" --enable-native-access=ALL-UNNAMED -jar target/wsarena.jar "$@"; }

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# java itself in the background (not the function's subshell): its pid is the target's, for --target-pid
"$JAVA" --enable-native-access=ALL-UNNAMED -jar target/wsarena.jar serve --engine "$ENGINE" --port "$PORT" \
  >"$OUT/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
  sleep 0.2
done
URL=ws://127.0.0.1:$PORT/echo
FLAGS=(--url "$URL" --connections "$CONNECTIONS" --rate "$RATE" --duration "$DURATION" --interval "$INTERVAL"
  --target-pid "$SERVER" --warmup 2s --ramp 1000 --quiet)
echo "target: $ENGINE in its own process (pid $SERVER) at $URL; results in $OUT"

# Each segment is a JVM of its own: give them LEAD seconds to start before the shared instant.
START_AT=$(date -u -d "+${LEAD:-45} seconds" +%Y-%m-%dT%H:%M:%SZ)
PIDS=()
for i in $(seq "$SEGMENTS"); do
  /usr/bin/time -f "segment $i/$SEGMENTS: %e s wall, %U s user, %S s system, %M KiB max RSS" \
    "$JAVA" --enable-native-access=ALL-UNNAMED -jar target/wsarena.jar run "${FLAGS[@]}" \
    --segment "$i/$SEGMENTS" --start-at "$START_AT" --out "$OUT/segment-$i" >"$OUT/segment-$i.log" 2>&1 &
  PIDS+=($!)
done
for p in "${PIDS[@]}"; do wait "$p" || true; done
tail -n 1 "$OUT"/segment-*.log

SEGMENT_DIRS=()
for i in $(seq "$SEGMENTS"); do SEGMENT_DIRS+=("$OUT/segment-$i"); done
/usr/bin/time -f "merge: %e s wall, %U s user, %S s system, %M KiB max RSS" \
  "$JAVA" -Xmx512m --enable-native-access=ALL-UNNAMED -jar target/wsarena.jar merge "${SEGMENT_DIRS[@]}" \
  --out "$OUT/merged" >"$OUT/merge.log" 2>&1 || { cat "$OUT/merge.log"; exit 1; }
tail -n 1 "$OUT/merge.log"
python3 - "$OUT" "$SEGMENTS" <<'EOF'
import json, sys
out, n = sys.argv[1], int(sys.argv[2])
parts = [json.load(open(f"{out}/segment-{i}/result.json"))["totals"] for i in range(1, n + 1)]
merged = json.load(open(f"{out}/merged/result.json"))
t = merged["totals"]
for k in ("sent", "received", "errors"):
    print(f"{k}: merged {t[k]} = sum of segments {sum(p[k] for p in parts)}: {t[k] == sum(p[k] for p in parts)}")
print(f"samples: {len(merged['samples'])}, hosts: {len(merged['segments'])}")
EOF

if [ "$WHOLE" = yes ]; then
  /usr/bin/time -f "whole: %e s wall, %U s user, %S s system, %M KiB max RSS" \
    "$JAVA" --enable-native-access=ALL-UNNAMED -jar target/wsarena.jar run "${FLAGS[@]}" \
    --out "$OUT/whole" >"$OUT/whole.log" 2>&1
  tail -n 1 "$OUT/whole.log"
  wsarena compare "$OUT/whole/result.json" "$OUT/merged/result.json"
fi
