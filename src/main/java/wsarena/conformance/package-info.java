/**
 * Conformance beside performance: the Autobahn|Testsuite, the reference test of RFC 6455, run
 * against any target a run can start (an engine in a model, a Python server, a {@code ws://} URL).
 *
 * <p>{@link wsarena.conformance.ConformanceRunner} judges a target that is up: it checks its
 * handshake (the suite itself waits forever on a refused one), runs the suite's fuzzing client in a
 * child JVM under Jython ({@link wsarena.conformance.SuiteInstallation} finds both jars beside
 * wsarena's own) and reads the suite's report into a {@link wsarena.conformance.ConformanceSummary}:
 * counts of OK, NON-STRICT, INFORMATIONAL, UNIMPLEMENTED and FAILED cases, and every case that is
 * not OK with the suite's description and finding. Every verdict is the suite's; wsarena only adds,
 * for a case its own code cannot mend, the library source that explains it ({@code LibraryCauses}).
 *
 * <p>This room starts no server: {@code wsarena.run.ConformanceCheck} starts each target as a run
 * would and hands its address here. The verdicts are plain values that a run result carries and
 * {@code wsarena.report} prints.
 */
package wsarena.conformance;
