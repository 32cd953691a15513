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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import wsarena.host.HostProbe;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.metrics.SampleSink;
import wsarena.report.HistogramLogSink;
import wsarena.report.ResultFiles;
import wsarena.report.ResultInLog;
import wsarena.report.Units;
import wsarena.run.Run;
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
      "      --segment 2/4 --start-at 2026-12-01T12:00:00Z --out results/segment-2"
    })
final class RunCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--scenario", description = "Read the scenario from a JSON file; flags given as well override it.")
  Path scenarioFile;

  @Mixin TargetFlags target;

  @Mixin ScenarioFlags flags;

  @Mixin LoadFlags load;

  @Mixin ConnectionFlags connectionFlags;

  @Mixin RateFlags rate;

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
    if (logResult && out.dir().isEmpty()) {
      throw new UserError("--log-result prints the files --out writes: give --out DIR as well");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    List<SampleSink> sinks = new ArrayList<>();
    if (!quiet) {
      sinks.add(new ProgressPrinter(stdout));
    }
    HistogramLogSink hlog = null;
    if (out.dir().isPresent()) {
      hlog = new HistogramLogSink(OutputFolder.create(out.dir().get()).resolve(ResultFiles.HLOG));
      sinks.add(hlog);
    }
    Run run;
    try {
      run = new Run(scenario, share, startAt, Targets.standard(), HostProbe.detect(), sinks);
    } catch (InvalidScenarioException e) {
      throw new UserError(e.getMessage().replace("\n", "; "));
    }
    Thread stopOnCtrlC = new Thread(run::stop, "wsarena-ctrl-c");
    Runtime.getRuntime().addShutdownHook(stopOnCtrlC);
    RunResult result;
    try {
      result = run.execute();
    } finally {
      if (hlog != null) {
        hlog.close();
      }
      removeHook(stopOnCtrlC);
    }
    if (out.dir().isPresent()) {
      ResultFiles.writeAll(result, out.dir().get());
    }
    ResultPrinter.print(result, stdout);
    out.dir().ifPresent(dir -> OutputFolder.announce(dir, stdout));
    if (logResult) {
      ResultInLog.print(out.dir().get(), stdout);
    }
    stdout.flush();
    if (result.outcome() == Outcome.FAILED) {
      spec.commandLine().getErr().println("wsarena: " + result.failure());
      return Main.EXIT_FAILED;
    }
    return 0;
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
    if (!Files.isReadable(scenarioFile)) {
      throw new UserError("cannot read the scenario file " + scenarioFile);
    }
    try {
      return overrideGiven(ScenarioJson.read(scenarioFile));
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new UserError("the scenario file " + scenarioFile + " is not a wsarena scenario: " + e.getOriginalMessage());
    }
  }

  private Scenario fromFlags(Scenario base) {
    target.refuseEngineFlags(spec.commandLine().getParseResult(), flags.isolation);
    return load.scenario(target.spec(flags.isolation, load.compression), flags, rate, connectionFlags);
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
            connectionFlags.over(f.connectionLoad(), given));
    return new Scenario(
        targetGiven ? typed.target() : file.target(),
        given.hasMatchedOption("--workload") ? load.workload : file.workload(),
        l,
        given.hasMatchedOption("--interval") ? load.interval : file.interval());
  }

}
