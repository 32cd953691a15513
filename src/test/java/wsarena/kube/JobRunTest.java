package wsarena.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import wsarena.metrics.RunResult;
import wsarena.report.ResultFiles;
import wsarena.testsupport.FakeCluster;
import wsarena.testsupport.SavedRunFiles;
import wsarena.testsupport.SegmentRuns;

/**
 * {@code kube run} against fabric8's mock API server, with a stand-in for the Job controller
 * ({@link FakeCluster}).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class JobRunTest {
  private static final String NS = "load";
  private static final Instant START = SegmentRuns.START_AT;

  @TempDir Path dir;
  private FakeCluster cluster;
  private KubernetesClient client;
  private final StringWriter progress = new StringWriter();

  @BeforeEach
  void startServer() {
    cluster = new FakeCluster();
    client = cluster.client();
  }

  @AfterEach
  void stopServer() {
    cluster.close();
  }

  private SegmentJob job(int segments) {
    return new SegmentJob(
        "wsarena-test", "registry.example/wsarena:0.1.0", segments, START,
        List.of("--url", "wss://echo.example/ws", "--rate", "4000", "--connections", "40"), Duration.ofMinutes(5));
  }

  private CompletableFuture<Job> controller(int segments, List<Integer> withResult) throws Exception {
    return cluster.play(NS, "wsarena-test", segments, withResult, dir);
  }

  @Test
  void createsAnIndexedJobOfOnePodPerSegmentFromOneStartWithTheScenariosArguments() throws Exception {
    CompletableFuture<Job> seen = controller(4, List.of(0, 1, 2, 3));
    new JobRun(client, NS, new PrintWriter(progress), Duration.ofMillis(50)).run(job(4), Duration.ofSeconds(30), dir.resolve("out"));
    Job job = seen.get(10, TimeUnit.SECONDS);

    assertThat(job.getSpec().getCompletionMode()).isEqualTo("Indexed");
    assertThat(job.getSpec().getCompletions()).isEqualTo(4);
    assertThat(job.getSpec().getParallelism()).isEqualTo(4);
    assertThat(job.getSpec().getBackoffLimit()).isZero();
    var pod = job.getSpec().getTemplate().getSpec();
    assertThat(pod.getRestartPolicy()).isEqualTo("Never");
    assertThat(pod.getContainers()).singleElement().satisfies(c -> {
      assertThat(c.getImage()).isEqualTo("registry.example/wsarena:0.1.0");
      assertThat(c.getArgs()).containsExactly(
          "run", "--job-segments", "4", "--start-at", "2026-12-01T12:00:00Z", "--out", "/results", "--log-result",
          "--url", "wss://echo.example/ws", "--rate", "4000", "--connections", "40");
      assertThat(c.getVolumeMounts()).extracting(m -> m.getMountPath()).containsExactly("/results", "/tmp");
    });
    assertThat(pod.getTopologySpreadConstraints()).singleElement()
        .satisfies(t -> assertThat(t.getTopologyKey()).isEqualTo("kubernetes.io/hostname"));
  }

  @Test
  void collectsEachPodsResultFromItsLogMergesThemAndDeletesTheJob() throws Exception {
    controller(4, List.of(0, 1, 2, 3));
    Path out = dir.resolve("out");
    RunResult merged = new JobRun(client, NS, new PrintWriter(progress), Duration.ofMillis(50)).run(job(4), Duration.ofSeconds(30), out);

    List<RunResult> parts = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      Path segment = out.resolve(JobRun.SEGMENTS).resolve("segment-" + i);
      assertThat(Files.readString(segment.resolve(ResultFiles.HLOG))).isEqualTo(Files.readString(dir.resolve("pod-" + (i - 1)).resolve(ResultFiles.HLOG)));
      parts.add(SavedRunFiles.read(segment.resolve(ResultFiles.JSON)));
    }
    assertThat(merged.segments()).hasSize(4);
    assertThat(merged.totals().messages().sent()).isEqualTo(parts.stream().mapToLong(r -> r.totals().messages().sent()).sum());
    Histogram sum = new Histogram(3);
    parts.forEach(p -> sum.add(p.latency()));
    assertThat(merged.latency().getTotalCount()).isEqualTo(sum.getTotalCount());
    assertThat(SavedRunFiles.read(out.resolve(ResultFiles.JSON)).hosts()).hasSize(4);

    assertThat(client.batch().v1().jobs().inNamespace(NS).withName("wsarena-test").get()).as("the Job, deleted").isNull();
    assertThat(progress.toString())
        .contains("Job wsarena-test created in namespace load: 4 segments of registry.example/wsarena:0.1.0, starting at 2026-12-01T12:00:00Z")
        .contains("segment 3/4: pod wsarena-test-2-x7k2p Succeeded on node-c")
        .contains("Job wsarena-test deleted, with its pods");
  }

  @Test
  void aSegmentThatLeftNoResultIsNamedWithItsLastLogLineTheOthersKeptAndTheJobDeleted() throws Exception {
    controller(3, List.of(0, 2));
    Path out = dir.resolve("out");
    JobRun run = new JobRun(client, NS, new PrintWriter(progress), Duration.ofMillis(50));
    assertThatThrownBy(() -> run.run(job(3), Duration.ofSeconds(30), out))
        .isInstanceOf(KubeException.class)
        .hasMessage("segment 2/3 (pod wsarena-test-1-x7k2p, Failed on node-b) left no result; its log ends: "
            + "wsarena: could not connect to wss://echo.example/ws: connection refused (the other segments' files are in "
            + out.resolve(JobRun.SEGMENTS) + ")");
    assertThat(out.resolve(JobRun.SEGMENTS).resolve("segment-3").resolve(ResultFiles.JSON)).exists();
    assertThat(client.batch().v1().jobs().inNamespace(NS).withName("wsarena-test").get()).isNull();
  }

  @Test
  void aJobTheClusterRefusesIsASentenceAndNothingIsLeftBehind() {
    AtomicReference<Exception> failure = new AtomicReference<>();
    client.batch().v1().jobs().inNamespace(NS).resource(job(2).job()).create();
    JobRun run = new JobRun(client, NS, new PrintWriter(progress), Duration.ofMillis(50));
    try {
      run.run(job(2), Duration.ofSeconds(5), dir.resolve("out"));
    } catch (Exception e) {
      failure.set(e);
    }
    assertThat(failure.get()).isInstanceOf(KubeException.class)
        .hasMessageStartingWith("Kubernetes did not create the Job wsarena-test in namespace load: ");
    assertThat(progress.toString()).doesNotContain("deleted");
  }
}
