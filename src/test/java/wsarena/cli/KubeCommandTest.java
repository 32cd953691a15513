package wsarena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import wsarena.report.ResultFiles;
import wsarena.testsupport.FakeCluster;
import wsarena.testsupport.SavedRunFiles;

/** `wsarena kube manifest | run`: the Job from the command line, and a whole run against a mock API server. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class KubeCommandTest {
  @TempDir Path dir;

  @Test
  void theManifestIsTheIndexedJobWithTheScenariosFlagsPassedOnToEveryPod() {
    CliResult r = CliResult.of(
        "kube", "manifest", "--segments", "3", "--image", "registry.example/wsarena:0.1.0", "--url", "wss://echo.example/ws",
        "--insecure", "--name", "bench-1", "--start-at", "2026-12-01T12:00:00Z", "--rate", "9000", "--connections", "300");
    assertThat(r.err()).isEmpty();
    Job job = new KubernetesSerialization().unmarshal(r.out(), Job.class);
    assertThat(job.getMetadata().getName()).isEqualTo("bench-1");
    assertThat(job.getSpec().getCompletionMode()).isEqualTo("Indexed");
    assertThat(job.getSpec().getCompletions()).isEqualTo(3);
    assertThat(job.getSpec().getParallelism()).isEqualTo(3);
    assertThat(job.getSpec().getTemplate().getSpec().getContainers().getFirst().getArgs()).containsExactly(
        "run", "--job-segments", "3", "--start-at", "2026-12-01T12:00:00Z", "--out", "/results", "--log-result",
        "--url", "wss://echo.example/ws", "--insecure", "--rate", "9000", "--connections", "300");
  }

  @Test
  void flagsThatMakeNoSegmentedRunAreOneSentenceBeforeAnythingIsCreated() {
    String[] job = {"kube", "manifest", "--segments", "2", "--image", "img"};
    assertThat(CliResult.of(concat(job, "--rate", "10")).err()).contains("kube runs against a server the pods reach: give its --url");
    assertThat(CliResult.of(concat(job, "--url", "ws://a.example/", "--peer", "tornado")).err())
        .contains("choose either --url or --peer, not both");
    assertThat(CliResult.of(concat(job, "--url", "ws://a.example/", "--workload", "broadcast")).err())
        .contains("a broadcast run cannot be split into segments yet");
    assertThat(CliResult.of(concat(job, "--url", "ws://a.example/", "--workload", "idle")).err())
        .contains("cannot be split into segments: its memory per connection is the target's under the whole load");
    CliResult typo = CliResult.of(concat(job, "--url", "ws://a.example/", "--conections", "3"));
    assertThat(typo.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(typo.err()).contains("--conections");
  }

  @Test
  void kubeRunCreatesTheJobCollectsEveryPodsResultMergesThemAndDeletesTheJob() throws Exception {
    try (FakeCluster cluster = new FakeCluster()) {
      var played = cluster.play("load", "wsarena-cli", 2, List.of(0, 1), dir);
      Map<String, String> config = Map.of(
          "kubernetes.master", cluster.url(), "kubernetes.namespace", "load", "kubernetes.auth.tryKubeConfig", "false",
          "kubernetes.auth.tryServiceAccount", "false");
      config.forEach(System::setProperty);
      try {
        Path out = dir.resolve("out");
        CliResult r = CliResult.of(
            "kube", "run", "--segments", "2", "--image", "registry.example/wsarena:0.1.0", "--url", "wss://echo.example/ws",
            "--name", "wsarena-cli", "--start-at", "2026-12-01T12:00:00Z", "--out", out.toString(), "--poll", "50ms",
            "--rate", "4000", "--connections", "40");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(played.get(10, TimeUnit.SECONDS).getSpec().getCompletions()).isEqualTo(2);
        assertThat(r.out()).contains("Job wsarena-cli created in namespace load", "Job wsarena-cli deleted, with its pods", "host: 2 load machines");
        assertThat(SavedRunFiles.read(out.resolve(ResultFiles.JSON)).segments()).hasSize(2);
        assertThat(out.resolve(ResultFiles.HLOG)).exists();
        assertThat(cluster.client().batch().v1().jobs().inNamespace("load").withName("wsarena-cli").get()).isNull();
      } finally {
        config.keySet().forEach(System::clearProperty);
      }
    }
  }

  private static String[] concat(String[] head, String... tail) {
    String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }
}
