package wsarena.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import wsarena.host.HostProbe;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.metrics.SampleSink;
import wsarena.report.HistogramLogSink;
import wsarena.report.ResultFiles;
import wsarena.run.Run;
import wsarena.run.Targets;
import wsarena.scenario.InvalidScenarioException;
import wsarena.scenario.Isolation;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Payload;
import wsarena.scenario.PayloadKind;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.ScenarioJson;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.scenario.Workload;

/** Runs one scenario: a progress line per interval, a summary at the end, files with --out. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Run one scenario against an embedded engine or a ws:// URL.",
      "Example: wsarena run --engine undertow --model reactor-workers --isolation process --connections 100 --duration 10s"
    })
final class RunCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--scenario", description = "Read the scenario from a JSON file; flags given as well override it.")
  Path scenarioFile;

  @Option(names = "--engine", defaultValue = "undertow", description = "Embedded engine. Default: ${DEFAULT-VALUE}.")
  String engine;

  @Option(names = "--model", defaultValue = "event-loop", description = "Threading model: event-loop, multi-reactor, reactor-workers, virtual-threads. Default: ${DEFAULT-VALUE}.")
  ThreadingModel model;

  @Option(names = "--isolation", defaultValue = "in-process", description = "in-process (quick) or process (accurate: the target gets its own JVM). Default: ${DEFAULT-VALUE}.")
  Isolation isolation;

  @Option(names = "--worker-threads", defaultValue = "0", description = "Server worker pool for reactor-workers; 0 = twice the cores.")
  int workerThreads;

  @Option(names = "--tls", description = "Embedded target serves wss:// (self-signed, pinned by the client).")
  boolean tls;

  @Option(names = "--url", description = "Measure an external server instead, e.g. ws://127.0.0.1:8888/echo.")
  URI url;

  @Option(names = "--peer", description = "Measure one of the seed's Python servers instead: tornado or autobahn (started and stopped by the run).")
  String peer;

  @Option(names = "--insecure", description = "With a wss:// --url: trust any certificate (the result says so).")
  boolean insecure;

  @Option(names = "--target-pid", defaultValue = "0", description = "With --url: the server's process id on this machine, to measure its CPU and memory.")
  long targetPid;

  @Option(names = "--workload", defaultValue = "echo", description = "echo or broadcast. Default: ${DEFAULT-VALUE}.")
  Workload workload;

  @Option(names = "--publishers", defaultValue = "1", description = "Broadcast: connections that publish. Default: ${DEFAULT-VALUE}.")
  int publishers;

  @Option(names = "--connections", defaultValue = "100", description = "Client connections. Default: ${DEFAULT-VALUE}.")
  int connections;

  @Option(names = "--ramp", defaultValue = "0", description = "Connections opened per second; 0 = all at once. Default: ${DEFAULT-VALUE}.")
  double ramp;

  @Option(names = "--rate", description = "Open loop: total messages per second over all connections.")
  Double rate;

  @Option(names = "--closed-loop", description = "Closed loop (the default): send the next message when the answer arrived.")
  boolean closedLoop;

  @Option(names = "--think-time", defaultValue = "0ms", description = "Closed loop: pause before the next message. Default: ${DEFAULT-VALUE}.")
  Duration thinkTime;

  @Option(names = "--payload", defaultValue = "64", description = "Message size in bytes. Default: ${DEFAULT-VALUE}.")
  int payloadBytes;

  @Option(names = "--kind", defaultValue = "text", description = "text or binary. Default: ${DEFAULT-VALUE}.")
  PayloadKind kind;

  @Option(names = "--compression", description = "Offer permessage-deflate (and enable it on an embedded target).")
  boolean compression;

  @Option(names = "--duration", defaultValue = "10s", description = "Measured time. Default: ${DEFAULT-VALUE}.")
  Duration duration;

  @Option(names = "--warmup", defaultValue = "2s", description = "Load before measuring, not measured. Default: ${DEFAULT-VALUE}.")
  Duration warmup;

  @Option(names = "--interval", defaultValue = "1s", description = "Sampling interval, at least 100ms. Default: ${DEFAULT-VALUE}.")
  Duration interval;

  @Option(names = "--threads", defaultValue = "0", description = "Generator worker threads; 0 = automatic: half the cores for a target on this machine, all for a remote one.")
  int threads;

  @Option(names = "--out", description = "Write result.json, samples.csv, latency.hgrm and latency.hlog into this folder.")
  Path out;

  @Option(names = "--quiet", description = "No progress lines, only the summary.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    if (rate != null && closedLoop) {
      throw new UserError("choose either --rate (open loop) or --closed-loop, not both");
    }
    Scenario scenario = scenario();
    PrintWriter stdout = spec.commandLine().getOut();
    List<SampleSink> sinks = new ArrayList<>();
    if (!quiet) {
      sinks.add(new ProgressPrinter(stdout));
    }
    HistogramLogSink hlog = null;
    if (out != null) {
      Files.createDirectories(out);
      hlog = new HistogramLogSink(out.resolve(ResultFiles.HLOG));
      sinks.add(hlog);
    }
    Run run;
    try {
      run = new Run(scenario, Targets.standard(), HostProbe.detect(), sinks);
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
    if (out != null) {
      ResultFiles.writeAll(result, out);
    }
    ResultPrinter.print(result, stdout);
    if (out != null) {
      stdout.println("Files: " + out.toAbsolutePath());
    }
    stdout.flush();
    if (result.outcome() == Outcome.FAILED) {
      spec.commandLine().getErr().println("wsarena: " + result.failure());
      return Main.EXIT_FAILED;
    }
    return 0;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // shutting down already (Ctrl-C): the hook has run
    }
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
    if (url != null && peer != null) {
      throw new UserError("choose either --url or --peer, not both");
    }
    TargetSpec target =
        url != null
            ? new TargetSpec.External(url, insecure, targetPid)
            : peer != null
                ? new TargetSpec.Peer(peer)
                : new TargetSpec.Embedded(engine, model, isolation, workerThreads, tls, compression);
    Rate r = rate != null ? new Rate.OpenLoop(rate) : new Rate.ClosedLoop(thinkTime);
    LoadProfile load =
        new LoadProfile(
            connections, ramp, r, new Payload(payloadBytes, kind), duration, warmup, threads, compression, publishers);
    return new Scenario(target, workload, load, interval);
  }

  /** A scenario file, with the flags the user typed as well laid over it. */
  private Scenario overrideGiven(Scenario file) {
    CommandLine.ParseResult given = spec.commandLine().getParseResult();
    Scenario flags = fromFlags(file);
    boolean targetGiven =
        given.hasMatchedOption("--url") || given.hasMatchedOption("--peer") || given.hasMatchedOption("--target-pid") || given.hasMatchedOption("--engine") || given.hasMatchedOption("--model")
            || given.hasMatchedOption("--isolation") || given.hasMatchedOption("--tls")
            || given.hasMatchedOption("--worker-threads");
    LoadProfile f = file.load();
    LoadProfile l =
        new LoadProfile(
            given.hasMatchedOption("--connections") ? connections : f.connections(),
            given.hasMatchedOption("--ramp") ? ramp : f.rampPerSecond(),
            given.hasMatchedOption("--rate") || given.hasMatchedOption("--closed-loop")
                    || given.hasMatchedOption("--think-time")
                ? flags.load().rate()
                : f.rate(),
            given.hasMatchedOption("--payload") || given.hasMatchedOption("--kind")
                ? new Payload(
                    given.hasMatchedOption("--payload") ? payloadBytes : f.payload().sizeBytes(),
                    given.hasMatchedOption("--kind") ? kind : f.payload().kind())
                : f.payload(),
            given.hasMatchedOption("--duration") ? duration : f.duration(),
            given.hasMatchedOption("--warmup") ? warmup : f.warmup(),
            given.hasMatchedOption("--threads") ? threads : f.threads(),
            given.hasMatchedOption("--compression") ? compression : f.compression(),
            given.hasMatchedOption("--publishers") ? publishers : f.publishers());
    return new Scenario(
        targetGiven ? flags.target() : file.target(),
        given.hasMatchedOption("--workload") ? workload : file.workload(),
        l,
        given.hasMatchedOption("--interval") ? interval : file.interval());
  }

}
