package wsarena.kube;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Job's manifest, as {@code kubectl apply} gets it, against what a namespace enforcing the
 * "restricted" Pod Security Standard admits: a non-root user, no privilege escalation, every
 * capability dropped, the runtime's default seccomp profile; and a read-only root filesystem with
 * an emptyDir wherever the pod writes.
 */
class SegmentJobTest {
  private static final Job JOB = new KubernetesSerialization().unmarshal(
      new SegmentJob("wsarena-test", "registry.example/wsarena:0.1.0", 2, Instant.parse("2026-12-01T12:00:00Z"),
          List.of("--url", "ws://echo.example/ws", "--rate", "100"), Duration.ofMinutes(5)).yaml(),
      Job.class);
  private static final PodSpec POD = JOB.getSpec().getTemplate().getSpec();

  @Test
  void thePodRunsAsTheImagesNonRootUserUnderTheDefaultSeccompProfile() {
    var pod = POD.getSecurityContext();
    assertThat(pod.getRunAsNonRoot()).isTrue();
    assertThat(pod.getRunAsUser()).isEqualTo(SegmentJob.IMAGE_USER).isNotZero();
    assertThat(pod.getRunAsGroup()).isEqualTo(SegmentJob.IMAGE_USER);
    assertThat(pod.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
  }

  @Test
  void everyContainerIsRestricted() {
    assertThat(POD.getContainers()).isNotEmpty();
    assertThat(POD.getInitContainers()).isNullOrEmpty();
    for (Container c : POD.getContainers()) {
      SecurityContext sc = c.getSecurityContext();
      assertThat(sc).as(c.getName()).isNotNull();
      assertThat(sc.getAllowPrivilegeEscalation()).isFalse();
      assertThat(Boolean.TRUE.equals(sc.getPrivileged())).as("privileged").isFalse();
      assertThat(sc.getCapabilities().getDrop()).containsExactly("ALL");
      assertThat(sc.getCapabilities().getAdd()).isNullOrEmpty();
      assertThat(sc.getReadOnlyRootFilesystem()).isTrue();
      assertThat(Boolean.FALSE.equals(sc.getRunAsNonRoot())).as("runAsNonRoot: false").isFalse();
      assertThat(Long.valueOf(0).equals(sc.getRunAsUser())).as("runAsUser: 0").isFalse();
    }
  }

  @Test
  void everyFolderThePodWritesIsAnEmptyDirAndNoVolumeIsOutsideTheRestrictedKinds() {
    Map<String, Volume> volumes = POD.getVolumes().stream().collect(Collectors.toMap(Volume::getName, v -> v));
    // the restricted standard admits emptyDir, configMap, secret, projected, ...: never hostPath
    volumes.values().forEach(v -> assertThat(v.getHostPath()).as(v.getName()).isNull());
    Container c = POD.getContainers().getFirst();
    Map<String, String> mounted = c.getVolumeMounts().stream()
        .collect(Collectors.toMap(VolumeMount::getMountPath, VolumeMount::getName));
    // the run's --out and the JVM's, Netty's and JNA's temporary files
    String out = c.getArgs().get(c.getArgs().indexOf("--out") + 1);
    for (String writes : List.of(out, "/tmp")) {
      assertThat(mounted).as(writes).containsKey(writes);
      assertThat(volumes.get(mounted.get(writes)).getEmptyDir()).as(writes).isNotNull();
      assertThat(c.getVolumeMounts().stream().filter(m -> m.getMountPath().equals(writes)))
          .noneMatch(m -> Boolean.TRUE.equals(m.getReadOnly()));
    }
  }
}
