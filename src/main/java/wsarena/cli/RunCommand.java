package wsarena.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import wsarena.conformance.ConformanceException;
import wsarena.host.HostProbe;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.report.HistogramLogSink;
import wsarena.report.ResultFiles;
import wsarena.report.ResultInLog;
import wsarena.text.Units;
import wsarena.run.Run;
import wsarena.run.QuickChecks;
import wsarena.run.RunEvent;
import wsarena.run.TargetChecks;
import wsarena.run.Targets;
import wsarena.scenario.InvalidScenarioException;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Payload;
import wsarena.scenario.Scenario;
import wsarena.scenario.ScenarioJson;
import wsarena.scenario.Segment;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.Workload;

/** Runs one scenario: a progress line per interval, a summary at the end, files with --out. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Run one scenario against an embedded engine, a Python server or a ws:// URL.",
    footer = {
      "",
      "Examples:",
      "  wsarena run --engine undertow --model reactor-workers --isolation process",
      "  wsarena run --peer tornado --connections 100 --duration 10s",
      "  wsarena run --url ws://127.0.0.1:8888/echo --rate 10000 --out results/ext",
      "  wsarena run --engine netty --isolation process --workload storm --handshakes-in-flight 200",
      "  wsarena run --url ws://127.0.0.1:8080/echo --rate 40000 --connections 4000 \\",
      "      --segment 2/4 --start-at 2026-12-01T12:00:00Z --out results/segment-2",
      "  wsarena run --engine netty --model event-loop --conformance --out results/netty"
    })
final class RunCommand implements Callable<Integer> {
  /** How long Ctrl-C waits for the stopped run to drain and write its files. */
  private static final Duration SAVE_GRACE = Duration.ofSeconds(10);

  /** The folder under --out for the suite's own reports. */
  static final String SUITE_FOLDER = "conformance";


  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--scenario", description = "Read the scenario from a JSON file; flags given as well override it.")
  Path scenarioFile;

  @Mixin TargetFlags target;

  @Mixin ScenarioFlags flags;

  @Mixin LoadFlags load;

  @Mixin ConnectionFlags connectionFlags;

  @Mixin RateFlags rate;

  @Option(names = "--conformance", description = "Before the load, check the target it measures: the feature probe and the Autobahn|Testsuite's quick set (every case but group 9, under a minute); both land in the result. With --out the suite's reports go to DIR/conformance.")
  boolean conformance;

  @Mixin OutputFolder out;

  @Option(names = "--quiet", description = "No progress lines, only the summary.")
  boolean quiet;

  @Option(
      names = "--segment",
      paramLabel = "i/N",
      description = "Run segment i of N of the scenario, on one of N load machines: its share of the connections and of --rate; 'wsarena merge' joins the N results.")
  String segment;

  @Option(
      names = "--job-segments",
      paramLabel = "N",
      description = "In a Kubernetes Indexed Job: run segment JOB_COMPLETION_INDEX+1 of N (what 'wsarena kube' asks of each pod).")
  Integer jobSegments;

  @Option(
      names = "--start-at",
      paramLabel = "INSTANT",
      description = "Start the ramp, the schedule and every interval at this instant (ISO, e.g. 2026-12-01T12:00:00Z), the same on every load machine.")
  Instant startAt;

  @Option(names = "--log-result", description = "After the summary, print the files of --out into the output (gzip, base64), for collectors that read only a log.")
  boolean logResult;

  /** Whether this run made its --out folder, so that a refused run takes it away again. */
  private boolean madeFolder;

  @Override
  public Integer call() throws IOException {
    Scenario scenario = scenario();
    Segment share = segment();
    if (share != null && share.count() > 1 && Segment.whyNotSplit(scenario.workload()) != null) {
      throw new UserError(Segment.whyNotSplit(scenario.workload()));
    }
    if (share != null && share.share(scenario.load().connections()) == 0) {
      throw new UserError(
          "segment " + share + " of " + Units.plural(scenario.load().connections(), "connection") + " has none: run fewer segments than connections");
    }
    if (conformance && share != null) {
      throw new UserError("--conformance checks a target once, not once per load machine: run it without --segment");
    }
    if (logResult && out.dir().isEmpty()) {
      throw new UserError("--log-result prints the files --out writes: give --out DIR as well");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    List<RunEvent.Listener> listeners = new ArrayList<>();
    if (!quiet) {
      listeners.add(new ProgressPrinter(stdout));
      listeners.add(new SuiteProgress(stdout));
    }
    HistogramLogSink hlog = null;
    if (out.dir().isPresent()) {
      madeFolder = !Files.isDirectory(out.dir().get());
      hlog = new HistogramLogSink(OutputFolder.create(out.dir().get()).resolve(ResultFiles.HLOG));
      listeners.add(hlog);
    }
    QuickChecks quick = null;
    try {
      TargetChecks checks = TargetChecks.NONE;
      if (conformance) {
        quick = QuickChecks.open(out.dir().map(d -> d.resolve(SUITE_FOLDER)));
        checks = quick.checks();
      }
      return measure(scenario, share, listeners, checks, hlog, stdout);
    } catch (ConformanceException e) {
      spec.commandLine().getErr().println("wsarena: " + e.getMessage());
      return Main.EXIT_FAILED;
    } finally {
      if (hlog != null) {
        hlog.close(); // again, harmless, for a run that never started
      }
      if (quick != null) {
        quick.close();
      }
    }
  }

  private int measure(
      Scenario scenario, Segment share, List<RunEvent.Listener> listeners, TargetChecks checks, HistogramLogSink hlog, PrintWriter stdout)
      throws IOException {
    Run run;
    try {
      run = new Run(scenario, share, startAt, Targets.standard(), HostProbe.detect(), listeners, checks);
    } catch (InvalidScenarioException e) {
      writeNothing(hlog);
      throw new UserError(e.getMessage().replace("\n", "; "));
    }
    // Ctrl-C or a kill ends the JVM once the hooks return: this one holds it until the run's data is written
    CountDownLatch saved = new CountDownLatch(1);
    Thread stopOnCtrlC = new Thread(() -> stopAndAwait(run, saved), "wsarena-ctrl-c");
    Runtime.getRuntime().addShutdownHook(stopOnCtrlC);
    RunResult result;
    try {
      try {
        result = run.execute();
      } finally {
        if (hlog != null) {
          hlog.close(); // complete before --log-result prints it
        }
      }
      // a run that failed before anything got through has no figures: a table of zeros would read as
      // measured, and files of them as a result; it is told in one sentence and leaves nothing. A
      // segment keeps its failed result all the same: the merge reads every segment's file and names
      // the one that failed (a late one, say), where a missing file could only say it is missing
      boolean refused = result.outcome() == Outcome.FAILED && !result.anythingHappened() && share == null;
      if (refused) {
        writeNothing(hlog);
      } else {
        if (out.dir().isPresent()) {
          ResultFiles.writeAll(result, out.dir().get());
        }
        // nor does a failed one that measured nothing (every connection opened, then failed on a bad frame)
        if (result.outcome() != Outcome.FAILED || measuredAnything(result)) {
          ResultPrinter.print(result, stdout);
        }
        out.dir().ifPresent(dir -> OutputFolder.announce(dir, stdout));
      }
      if (logResult && !refused) {
        ResultInLog.print(out.dir().get(), stdout);
      }
      stdout.flush();
    } finally {
      saved.countDown();
      removeHook(stopOnCtrlC);
    }
    if (result.outcome() == Outcome.FAILED) {
      spec.commandLine().getErr().println("wsarena: " + result.failure());
      return Main.EXIT_FAILED;
    }
    if (result.outcome() == Outcome.STALLED) {
      spec.commandLine().getErr().println("wsarena: " + ResultPrinter.stalled(result));
      return Main.EXIT_STALLED;
    }
    return 0;
  }

  /** True when a measured interval received anything or completed a handshake: the table has a figure to show. */
  private static boolean measuredAnything(RunResult result) {
    return result.samples().stream().anyMatch(s -> s.phase().measured()
        && (s.counts().received() > 0 || s.connections().handshakes() > 0));
  }

  /**
   * A refused run (its scenario, or a target that let nothing through) leaves no file and, when it
   * made the --out folder, no folder: an empty interval log would read as a run that took place.
   */
  private void writeNothing(HistogramLogSink hlog) {
    if (hlog == null || out.dir().isEmpty()) {
      return;
    }
    hlog.close();
    Path dir = out.dir().get();
    try {
      Files.deleteIfExists(dir.resolve(ResultFiles.HLOG));
      if (madeFolder) {
        try (var left = Files.list(dir)) {
          if (left.findAny().isEmpty()) {
            Files.delete(dir);
          }
        }
      }
    } catch (IOException e) {
      // left as it is: the run's sentence says what happened, and nothing in there reads as a result
    }
  }

  private static void stopAndAwait(Run run, CountDownLatch saved) {
    run.stop();
    try {
      saved.await(SAVE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The segment asked for with --segment or, in a pod of an Indexed Job, --job-segments; null for the whole. */
  private Segment segment() {
    if (segment != null && jobSegments != null) {
      throw new UserError("choose either --segment i/N or --job-segments N, not both");
    }
    try {
      if (segment != null) {
        return Segment.parse(segment);
      }
      if (jobSegments == null) {
        return null;
      }
      String index = System.getenv("JOB_COMPLETION_INDEX");
      if (index == null || !index.strip().matches("\\d{1,6}")) {
        throw new UserError(
            "--job-segments reads the segment from JOB_COMPLETION_INDEX, which Kubernetes sets in the pods of an Indexed Job"
                + (index == null ? "" : " (here it is '" + index + "')") + "; elsewhere use --segment i/N");
      }
      return new Segment(Integer.parseInt(index.strip()) + 1, jobSegments);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // shutting down already (Ctrl-C): the hook has run
    }
  }

  /**
   * The scenario {@code wsarena run ARGS} would run, without running it: other commands that pass
   * the scenario's flags on ({@code kube}) check them here, with run's own messages.
   */
  static Scenario scenarioOf(List<String> args) throws IOException {
    RunCommand run = new RunCommand();
    CommandLine cl = new CommandLine(run);
    Converters.register(cl);
    cl.setDefaultValueProvider(new Defaults());
    try {
      cl.parseArgs(args.toArray(String[]::new));
    } catch (CommandLine.ParameterException e) {
      throw new UserError(e.getMessage());
    }
    return run.scenario();
  }

  private Scenario scenario() throws IOException {
    if (scenarioFile == null) {
      return fromFlags(Scenario.defaults());
    }
    if (!Files.isReadable(scenarioFile) || Files.isDirectory(scenarioFile)) {
      throw new UserError("cannot read the scenario file " + scenarioFile);
    }
    if (Files.size(scenarioFile) == 0) {
      throw new UserError("the scenario file " + scenarioFile + " is empty");
    }
    Scenario read;
    try {
      read = ScenarioJson.read(scenarioFile);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      // Jackson says "end-of-input" inside a value and between two entries alike: the file stops early
      if (String.valueOf(e.getOriginalMessage()).contains("end-of-input") && e.getLocation() != null) {
        throw new UserError("the scenario file " + scenarioFile + " is damaged: its JSON breaks off at line "
            + e.getLocation().getLineNr() + " (cut short?)");
      }
      throw new UserError("the scenario file " + scenarioFile + " is not a wsarena scenario: " + e.getOriginalMessage());
    }
    // Jackson leaves absent parts null: JSON of another kind maps to an empty scenario
    String missing =
        read == null ? "anything" : read.target() == null ? "target" : read.load() == null ? "load"
            : read.workload() == null ? "workload" : read.interval() == null ? "interval" : null;
    if (missing != null) {
      throw new UserError("the scenario file " + scenarioFile + " is not a wsarena scenario: it has no " + missing);
    }
    return overrideGiven(read);
  }

  private Scenario fromFlags(Scenario base) {
    target.refuseEngineFlags(spec.commandLine().getParseResult(), flags.isolation);
    TargetSpec measured = target.spec(flags.isolation, load.compression);
    flags.warmUpJit(List.of(measured), spec.commandLine().getParseResult());
    return load.scenario(measured, flags, rate, connectionFlags);
  }

  /** A scenario file, with the flags the user typed as well laid over it. */
  private Scenario overrideGiven(Scenario file) {
    CommandLine.ParseResult given = spec.commandLine().getParseResult();
    Scenario typed = fromFlags(file);
    boolean targetGiven =
        given.hasMatchedOption("--url") || given.hasMatchedOption("--peer") || given.hasMatchedOption("--target-pid") || given.hasMatchedOption("--engine") || given.hasMatchedOption("--model")
            || given.hasMatchedOption("--isolation") || given.hasMatchedOption("--tls")
            || given.hasMatchedOption("--worker-threads");
    LoadProfile f = file.load();
    LoadProfile l =
        new LoadProfile(
            given.hasMatchedOption("--connections") ? flags.connections : f.connections(),
            given.hasMatchedOption("--ramp") ? load.ramp : f.rampPerSecond(),
            given.hasMatchedOption("--rate") || given.hasMatchedOption("--closed-loop")
                    || given.hasMatchedOption("--think-time")
                ? typed.load().rate()
                : f.rate(),
            given.hasMatchedOption("--payload") || given.hasMatchedOption("--kind")
                ? new Payload(
                    given.hasMatchedOption("--payload") ? flags.payloadBytes : f.payload().sizeBytes(),
                    given.hasMatchedOption("--kind") ? load.kind : f.payload().kind())
                : f.payload(),
            given.hasMatchedOption("--duration") ? flags.duration : f.duration(),
            given.hasMatchedOption("--warmup") ? flags.warmup : f.warmup(),
            given.hasMatchedOption("--threads") ? flags.threads : f.threads(),
            given.hasMatchedOption("--compression") ? load.compression : f.compression(),
            given.hasMatchedOption("--publishers") ? load.publishers : f.publishers(),
            given.hasMatchedOption("--max-in-flight") ? flags.maxInFlight : f.maxInFlight(),
            given.hasMatchedOption("--timeout") ? flags.timeout : f.timeout(),
            connectionFlags.over(f.connectionLoad(), given),
            given.hasMatchedOption("--transport") ? flags.transport : f.transport());
    return new Scenario(
        targetGiven ? typed.target() : file.target(),
        given.hasMatchedOption("--workload") ? load.workload : file.workload(),
        l,
        given.hasMatchedOption("--interval") ? load.interval : file.interval());
  }

}
