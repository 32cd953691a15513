#!/usr/bin/env bash
# The README's test command, and what CI (`.ci/run`) runs after installing what it needs: every test
# of wsarena (unit, window, integration) and the packaging check, under Xvfb (xvfb-run), with no input.
# It runs what `mvn -Dcontainer verify` runs, plus the packaging check, in three steps so that both
# cores work: `mvn verify` alone runs the same Maven tests one after the other.
set -euo pipefail
cd "$(dirname "$0")"

JDK=${WSARENA_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
if [ ! -x "$JDK/bin/java" ] || ! "$JDK/bin/java" -version 2>&1 | grep 'version "25' >/dev/null; then
  echo "The tests need a Java 25 JDK at $JDK (set WSARENA_JDK to another one)." >&2
  exit 1
fi
need_xvfb_run() {
  command -v xvfb-run >/dev/null && return
  echo "The window's tests need xvfb-run (Debian: apt-get install xvfb xauth; .ci/run installs it)." >&2
  exit 1
}
# Said before the build, unless CI is installing it beside the build.
[ -n "${WSARENA_PACKAGES_LOCK:-}" ] || need_xvfb_run

# Three steps, in the phases `mvn -Dcontainer verify` runs, the second in two lanes: the window's
# unit tests draw in one JVM that keeps about one core busy, and the other lane takes the other core.
#  1. the build: the classes, target/wsarena.jar with target/lib, the container image's tarball
#     (-Dcontainer, Jib, no Docker), the test classes;
#  2. the window's unit tests (*UiTest, Surefire, under Xvfb); beside them, in the background, the
#     packaging check, then the other unit tests (their own JVM, their own Xvfb);
#  3. the integration tests (Failsafe): those not marked @RunsAlone two JVMs at a time
#     (-Dwsarena.testForks=2: they assert counts; paired, their 400 s took 312 s here), which needs
#     Maven itself on Java 25 (JAVA_HOME), then the @RunsAlone ones alone; ContainerImageIT checks
#     the image. Then the verdict of both executions.
# The goals are named by their pom execution ids (the pom keeps their configuration); none of them
# builds anything again, so the jar the packaging check packaged is the one the tests use.
mvn_=(env JAVA_HOME="$JDK" mvn -B -ntp -Dwsarena.jdk="$JDK" -Dcontainer -Dwsarena.testForks=2)
xvfb_=(xvfb-run -a -s "-screen 0 1920x1080x24")
started=$(date +%s)
elapsed() { echo "$(($(date +%s) - started)) s"; }

# Every JVM of the build (Maven, javac, Jython's precompile, jlink) runs once and briefly: on C1
# alone it skips C2's compiling, which such short runs never earn back (under the quiet lock, a
# clean build took 51.9 s / 81 CPU-s, and 43.6 s / 53 CPU-s so; Jib's step alone was 2 s slower).
# The environment, not the pom: a -J argument in compilerArgs did not reach the forked javac.
echo "== build: mvn -Dcontainer -DskipTests package (JVMs on C1 alone)"
JAVA_TOOL_OPTIONS=-XX:TieredStopAtLevel=1 "${mvn_[@]}" -DskipTests package

# CI (.ci/run) installs the Debian packages the tests need beside the build, holding this lock.
if [ -n "${WSARENA_PACKAGES_LOCK:-}" ]; then
  echo "== waiting for the packages .ci/run installs ($(elapsed))"
  flock -s "$WSARENA_PACKAGES_LOCK" true
  cat "$WSARENA_PACKAGES_LOG"
  ! grep -q '^PACKAGES FAILED' "$WSARENA_PACKAGES_LOG" || { echo "TESTS FAILED: .ci/run could not install the packages the tests need (log above)" >&2; exit 1; }
  echo "== packages installed ($(elapsed))"
fi
need_xvfb_run

# Unit tests that draw no window but go in the window's lane all the same, to even the lanes out:
# the packaging check and the other unit tests take about as long as the window's tests (141 against
# 156 s here on 2026-12-08).
beside_the_window=ArchitectureTest,ReportMarkdownTest,ChartCommandTest,PrintedCommandsTest
window_lane="*UiTest,$beside_the_window"
other_unit_tests="*Test,!*UiTest,!${beside_the_window//,/,!}"

# The second lane, in the background: its output goes to a log, printed when it is joined.
second_lane() {
  if [ -x packaging/check.sh ]; then
    echo "== packaging check"
    WSARENA_JDK="$JDK" packaging/check.sh --skip-build || { echo "LANE FAILED: the packaging check"; return 1; }
  fi
  echo "== the other unit tests: mvn surefire:test -Dtest='$other_unit_tests' (under Xvfb)"
  "${xvfb_[@]}" "${mvn_[@]}" surefire:test -Dtest="$other_unit_tests" || { echo "LANE FAILED: the other unit tests"; return 1; }
}
lane_log=target/second-lane.log
echo "== packaging check, then the other unit tests, in the background ($lane_log) ($(elapsed))"
second_lane >"$lane_log" 2>&1 &
lane_pid=$!

echo "== the window's unit tests: mvn surefire:test -Dtest='$window_lane' (under Xvfb) ($(elapsed))"
window_rc=0
"${xvfb_[@]}" "${mvn_[@]}" surefire:test -Dtest="$window_lane" || window_rc=$?

lane_rc=0
wait "$lane_pid" || lane_rc=$?
echo "== the second lane, as it ran ($(elapsed))"
cat "$lane_log"
[ "$lane_rc" -eq 0 ] || { echo "TESTS FAILED: $(grep -m1 '^LANE FAILED' "$lane_log" || echo 'the second lane') (log above)" >&2; exit 1; }
[ "$window_rc" -eq 0 ] || { echo "TESTS FAILED: the window's unit tests (above)" >&2; exit 1; }

echo "== integration tests: mvn failsafe:integration-test, two JVMs then alone (under Xvfb) ($(elapsed))"
"${xvfb_[@]}" "${mvn_[@]}" failsafe:integration-test@together failsafe:integration-test@alone failsafe:verify@verify
echo "== all tests passed ($(elapsed))"
