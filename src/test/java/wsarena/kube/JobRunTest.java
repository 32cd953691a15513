package wsarena.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobConditionBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
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
import wsarena.report.ResultInLog;
import wsarena.testsupport.SavedRunFiles;
import wsarena.testsupport.SegmentRuns;

/**
 * {@code kube run} against fabric8's mock API server (CRUD, plus the pods' logs as expectations):
 * a stand-in for the Job controller makes one pod per index, each printing a segment's result
 * into its log, and marks the Job complete.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class JobRunTest {
  private static final String NS = "load";
  private static final Instant START = SegmentRuns.START_AT;

  @TempDir Path dir;
  private KubernetesMockServer server;
  private KubernetesClient client;
  private final StringWriter progress = new StringWriter();

  @BeforeEach
  void startServer() {
    Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
    server = new KubernetesMockServer(new Context(), new MockWebServer(), responses, new KubernetesMixedDispatcher(responses), false);
    server.init();
    client = server.createClient();
  }

  @AfterEach
  void stopServer() {
    client.close();
    server.destroy();
  }

  private SegmentJob job(int segments) {
    return new SegmentJob(
        "wsarena-test", "registry.example/wsarena:0.1.0", segments, START,
        List.of("--url", "wss://echo.example/ws", "--rate", "4000", "--connections", "40"), Duration.ofMinutes(5));
  }

  /** What the Job controller and kubelet would do: a pod per index, its log, the Job's status. */
  private CompletableFuture<Job> controller(int segments, List<Integer> withResult) throws Exception {
    Map<Integer, String> logs = new HashMap<>();
    for (int i = 0; i < segments; i++) {
      StringWriter log = new StringWriter();
      log.write("ramp 1.0 s: 10 open\nmeasuring ...\n");
      if (withResult.contains(i)) {
        Path folder = Files.createDirectories(dir.resolve("pod-" + i));
        SegmentRuns.write(folder, i + 1, segments);
        ResultInLog.print(folder, new PrintWriter(log));
      } else {
        log.write("wsarena: could not connect to wss://echo.example/ws: connection refused\n");
      }
      logs.put(i, log.toString());
      server.expect().get().withPath("/api/v1/namespaces/" + NS + "/pods/" + podName(i) + "/log?pretty=false")
          .andReturn(200, log.toString()).always();
    }
    return CompletableFuture.supplyAsync(() -> {
      Job created;
      while ((created = client.batch().v1().jobs().inNamespace(NS).withName("wsarena-test").get()) == null) {
        sleep();
      }
      for (int i = 0; i < segments; i++) {
        Pod pod = new PodBuilder()
            .withNewMetadata().withName(podName(i)).withNamespace(NS)
            .addToLabels(created.getSpec().getTemplate().getMetadata().getLabels())
            .addToAnnotations(SegmentJob.INDEX_ANNOTATION, Integer.toString(i)).endMetadata()
            .withSpec(created.getSpec().getTemplate().getSpec())
            .editSpec().withNodeName("node-" + (char) ('a' + i)).endSpec()
            .withNewStatus().withPhase(withResult.contains(i) ? "Succeeded" : "Failed").endStatus()
            .build();
        client.pods().inNamespace(NS).resource(pod).create();
      }
      sleep();
      created.setStatus(new JobStatusBuilder().withSucceeded(withResult.size()).withFailed(segments - withResult.size())
          .withConditions(new JobConditionBuilder().withType(withResult.size() == segments ? "Complete" : "Failed").withStatus("True").build())
          .build());
      client.batch().v1().jobs().inNamespace(NS).resource(created).updateStatus();
      return created;
    });
  }

  private static String podName(int index) {
    return "wsarena-test-" + index + "-x7k2p";
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
      assertThat(c.getVolumeMounts()).singleElement().satisfies(m -> assertThat(m.getMountPath()).isEqualTo("/results"));
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
    assertThat(merged.totals().sent()).isEqualTo(parts.stream().mapToLong(r -> r.totals().sent()).sum());
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

  private static void sleep() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
