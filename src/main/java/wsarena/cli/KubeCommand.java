package wsarena.cli;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;
import wsarena.kube.JobRun;
import wsarena.kube.KubeException;
import wsarena.kube.SegmentJob;
import wsarena.metrics.RunResult;
import wsarena.scenario.Scenario;
import wsarena.scenario.Segment;

/** {@code wsarena kube run | manifest}: a run split into segments as a Kubernetes Indexed Job. */
@Command(
    name = "kube",
    mixinStandardHelpOptions = true,
    description = {
      "Run a scenario from several load machines at once: a Kubernetes Indexed Job, one segment per pod.",
      "After the Job's own flags come the scenario's, as 'wsarena run' takes them (--connections, --rate, --duration, ...)."
    },
    subcommands = {KubeCommand.RunJob.class, KubeCommand.Manifest.class},
    footer = {"", "See packaging/kubernetes/README.md for the image and a cluster, step by step."})
final class KubeCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** What both subcommands need to write the Job. */
  static final class JobFlags {
    @Option(names = "--segments", required = true, paramLabel = "N", description = "Load machines (pods), each running 1/N of the connections and of the rate.")
    int segments;

    @Option(names = "--image", required = true, paramLabel = "IMG", description = "wsarena's container image, as the cluster pulls it (mvn -Dcontainer package builds it).")
    String image;

    @Mixin UrlTarget target;

    @Option(names = "--name", description = "The Job's name. Default: wsarena- and the time.")
    String name;

    @Option(names = "--start-at", paramLabel = "INSTANT", description = "When every segment starts (ISO instant, e.g. 2026-12-01T12:00:00Z). Default: now plus --lead.")
    Instant startAt;

    @Option(names = "--lead", defaultValue = "60s", description = "Time for the pods to be scheduled and pull the image before the shared start. Default: ${DEFAULT-VALUE}.")
    Duration lead;

    /** The Job, the scenario's flags checked as 'wsarena run' checks them. */
    SegmentJob job(List<String> scenarioFlags) throws IOException {
      Scenario scenario = scenario(scenarioFlags);
      Instant start = startAt != null ? startAt : Instant.now().plus(lead).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
      String jobName = name != null ? name : "wsarena-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
      return new SegmentJob(jobName, image, segments, start, runArgs(scenarioFlags), timeout(scenario, start));
    }

    Scenario scenario(List<String> scenarioFlags) throws IOException {
      if (target.url == null) {
        throw new UserError("kube runs against a server the pods reach: give its --url (ws:// or wss://)");
      }
      if (segments < 1) {
        throw new UserError("--segments must be at least 1, not " + segments);
      }
      Scenario scenario = RunCommand.scenarioOf(runArgs(scenarioFlags));
      if (segments > scenario.load().connections()) {
        throw new UserError(
            segments + " segments of " + scenario.load().connections() + " connections leave some with none: run fewer segments than connections");
      }
      if (segments > 1 && Segment.whyNotSplit(scenario.workload()) != null) {
        throw new UserError(Segment.whyNotSplit(scenario.workload()));
      }
      return scenario;
    }

    private List<String> runArgs(List<String> scenarioFlags) {
      List<String> args = new ArrayList<>(List.of("--url", target.url.toString()));
      if (target.insecure) {
        args.add("--insecure");
      }
      args.addAll(scenarioFlags);
      return args;
    }

    /** Lead, ramp, warm-up, measured time and the drain, with room for slow pulls. */
    private static Duration timeout(Scenario s, Instant start) {
      Duration untilStart = Duration.between(Instant.now(), start).isNegative() ? Duration.ZERO : Duration.between(Instant.now(), start);
      double rampSeconds = s.load().rampPerSecond() > 0 ? s.load().connections() / s.load().rampPerSecond() : 0;
      return untilStart.plusSeconds((long) rampSeconds + 20).plus(s.load().warmup()).plus(s.load().duration()).plusMinutes(3);
    }
  }

  @Command(
      name = "manifest",
      mixinStandardHelpOptions = true,
      description = "Print the Indexed Job as YAML, for 'kubectl apply -f -'; collect with 'kubectl logs' and 'wsarena merge'.",
      footer = {"", "Example:", "  wsarena kube manifest --segments 4 --image registry.example/wsarena:0.1.0 \\", "      --url wss://echo.example/ws --rate 20000 --connections 2000 | kubectl apply -f -"})
  static final class Manifest implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin JobFlags flags;

    @Unmatched List<String> scenarioFlags = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      out.print(flags.job(scenarioFlags).yaml());
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description = {
        "Create the Indexed Job, follow its pods, read each segment's result from its log, merge them into --out, and delete the Job.",
        "The cluster is the current kubectl context (KUBECONFIG, ~/.kube/config) or the pod's own service account."
      },
      footer = {"", "Example:", "  wsarena kube run --segments 4 --image registry.example/wsarena:0.1.0 \\", "      --url wss://echo.example/ws --rate 20000 --connections 2000 --duration 60s --out results/k8s"})
  static final class RunJob implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin JobFlags flags;

    @Option(names = "--namespace", description = "Default: the context's namespace, else default.")
    String namespace;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The merged run's files; each segment's own under DIR/segments.")
    Path out;

    @Option(names = "--poll", defaultValue = "2s", hidden = true, description = "How often the Job is looked at.")
    Duration poll;

    @Unmatched List<String> scenarioFlags = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
      SegmentJob job = flags.job(scenarioFlags);
      PrintWriter stdout = spec.commandLine().getOut();
      try (KubernetesClient client = new KubernetesClientBuilder().build()) {
        String ns = namespace != null ? namespace : client.getNamespace() != null ? client.getNamespace() : "default";
        JobRun run = new JobRun(client, ns, stdout, poll);
        Thread deleteOnCtrlC = new Thread(run::delete, "wsarena-kube-ctrl-c");
        Runtime.getRuntime().addShutdownHook(deleteOnCtrlC);
        RunResult merged;
        try {
          merged = run.run(job, job.deadline(), OutputFolder.create(out));
        } catch (KubeException e) {
          spec.commandLine().getErr().println("wsarena: " + e.getMessage());
          return Main.EXIT_FAILED;
        } finally {
          try {
            Runtime.getRuntime().removeShutdownHook(deleteOnCtrlC);
          } catch (IllegalStateException e) {
            // shutting down already: the hook deletes the Job
          }
        }
        ResultPrinter.print(merged, stdout);
        OutputFolder.announce(out, stdout);
        stdout.flush();
      }
      return 0;
    }
  }
}
