package wsarena.testsupport;

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
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import wsarena.report.ResultInLog;

/**
 * fabric8's mock API server (CRUD, plus pods' logs as expectations) with a stand-in for the Job
 * controller and the kubelets: once a Job appears, one pod per index with the Job's labels and
 * index annotation, each printing a segment's result ({@link SegmentRuns}) into its log, then the
 * Job marked ended. Loopback only.
 */
public final class FakeCluster implements AutoCloseable {
  private final KubernetesMockServer server;
  private final KubernetesClient client;

  public FakeCluster() {
    Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
    server = new KubernetesMockServer(new Context(), new MockWebServer(), responses, new KubernetesMixedDispatcher(responses), false);
    server.init(java.net.InetAddress.getLoopbackAddress(), 0);
    client = server.createClient();
  }

  public KubernetesClient client() {
    return client;
  }

  /** The API server's URL, e.g. for {@code -Dkubernetes.master}. */
  public String url() {
    return client.getConfiguration().getMasterUrl();
  }

  public static String podName(String job, int index) {
    return job + "-" + index + "-x7k2p";
  }

  /**
   * Plays the Job {@code job} of {@code segments} in {@code namespace} when it is created: the
   * indices in {@code withResult} succeed with a segment's files (written under {@code dir}) in
   * their log, the others fail with a connection error.
   *
   * @return the Job as it was created
   */
  public CompletableFuture<Job> play(String namespace, String job, int segments, List<Integer> withResult, Path dir)
      throws IOException {
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
      server.expect().get().withPath("/api/v1/namespaces/" + namespace + "/pods/" + podName(job, i) + "/log?pretty=false")
          .andReturn(200, log.toString()).always();
    }
    return CompletableFuture.supplyAsync(() -> {
      Job created;
      while ((created = client.batch().v1().jobs().inNamespace(namespace).withName(job).get()) == null) {
        pause();
      }
      for (int i = 0; i < segments; i++) {
        Pod pod = new PodBuilder()
            .withNewMetadata().withName(podName(job, i)).withNamespace(namespace)
            .addToLabels(created.getSpec().getTemplate().getMetadata().getLabels())
            .addToAnnotations("batch.kubernetes.io/job-completion-index", Integer.toString(i)).endMetadata()
            .withSpec(created.getSpec().getTemplate().getSpec())
            .editSpec().withNodeName("node-" + (char) ('a' + i)).endSpec()
            .withNewStatus().withPhase(withResult.contains(i) ? "Succeeded" : "Failed").endStatus()
            .build();
        client.pods().inNamespace(namespace).resource(pod).create();
      }
      pause();
      created.setStatus(new JobStatusBuilder().withSucceeded(withResult.size()).withFailed(segments - withResult.size())
          .withConditions(new JobConditionBuilder().withType(withResult.size() == segments ? "Complete" : "Failed").withStatus("True").build())
          .build());
      client.batch().v1().jobs().inNamespace(namespace).resource(created).updateStatus();
      return created;
    });
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    client.close();
    server.destroy();
  }
}
