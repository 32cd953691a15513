package wsarena.kube;

import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraintBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Indexed Job of a run split into {@code segments} load machines: {@code completions} =
 * {@code parallelism} = segments, so every segment runs at once in its own pod; the pod of index
 * {@code k} (its {@code JOB_COMPLETION_INDEX}) runs segment {@code k+1/N} of the scenario through
 * {@code wsarena run --job-segments N}, all from the same {@code --start-at}, and prints its result
 * files into its log for {@link JobRun} to read back. Pods are spread over the nodes where the
 * cluster can (one load machine each); a pod that fails is not started again, because a second try
 * would start after the others.
 *
 * @param name the Job's name, also the pods' label {@value #JOB_LABEL}
 * @param image wsarena's container image (see packaging/kubernetes/README.md)
 * @param runArgs the scenario's flags for {@code wsarena run}: the target URL and the load
 * @param deadline how long the Job may run in all before Kubernetes stops it
 */
public record SegmentJob(
    String name, String image, int segments, Instant startAt, List<String> runArgs, Duration deadline) {
  /** Every pod of the Job carries this label, with the Job's name. */
  public static final String JOB_LABEL = "wsarena.io/job";
  /** Where the Job controller writes a pod's index. */
  public static final String INDEX_ANNOTATION = "batch.kubernetes.io/job-completion-index";
  /** The folder each pod writes its result into (an emptyDir), before printing it. */
  public static final String RESULTS = "/results";
  /**
   * The only other folder a pod writes in, its root filesystem being read-only: where the JVM, JNA
   * (OSHI) and Netty unpack their native code (an emptyDir too).
   */
  public static final String TMP = "/tmp";
  /** The user and group the image runs as (packaging/image.sh, the pom's Jib settings). */
  public static final long IMAGE_USER = 65532;

  public SegmentJob {
    if (segments < 1) {
      throw new IllegalArgumentException("--segments must be at least 1, not " + segments);
    }
    runArgs = List.copyOf(runArgs);
  }

  /** The command line of every pod, after the image's entrypoint. */
  public List<String> podArgs() {
    List<String> args = new ArrayList<>();
    args.add("run");
    args.add("--job-segments");
    args.add(Integer.toString(segments));
    args.add("--start-at");
    args.add(startAt.toString());
    args.add("--out");
    args.add(RESULTS);
    args.add("--log-result");
    args.addAll(runArgs);
    return args;
  }

  public Job job() {
    Map<String, String> labels = Map.of("app.kubernetes.io/name", "wsarena", JOB_LABEL, name);
    return new JobBuilder()
        .withNewMetadata()
        .withName(name)
        .withLabels(labels)
        .endMetadata()
        .withNewSpec()
        .withCompletionMode("Indexed")
        .withCompletions(segments)
        .withParallelism(segments)
        .withBackoffLimit(0)
        .withActiveDeadlineSeconds(Math.max(1, deadline.toSeconds()))
        .withNewTemplate()
        .withNewMetadata()
        .withLabels(labels)
        .endMetadata()
        .withNewSpec()
        .withRestartPolicy("Never")
        // what a namespace enforcing the "restricted" Pod Security Standard demands, and the image's own user
        .withNewSecurityContext()
        .withRunAsNonRoot(true)
        .withRunAsUser(IMAGE_USER)
        .withRunAsGroup(IMAGE_USER)
        .withNewSeccompProfile()
        .withType("RuntimeDefault")
        .endSeccompProfile()
        .endSecurityContext()
        .withTopologySpreadConstraints(
            new TopologySpreadConstraintBuilder()
                .withMaxSkew(1)
                .withTopologyKey("kubernetes.io/hostname")
                .withWhenUnsatisfiable("ScheduleAnyway")
                .withLabelSelector(new LabelSelectorBuilder().withMatchLabels(Map.of(JOB_LABEL, name)).build())
                .build())
        .addNewContainer()
        .withName("wsarena")
        .withImage(image)
        .withArgs(podArgs())
        .withNewSecurityContext()
        .withRunAsNonRoot(true)
        .withAllowPrivilegeEscalation(false)
        .withReadOnlyRootFilesystem(true)
        .withNewCapabilities()
        .withDrop("ALL")
        .endCapabilities()
        .endSecurityContext()
        .addNewVolumeMount()
        .withName("results")
        .withMountPath(RESULTS)
        .endVolumeMount()
        .addNewVolumeMount()
        .withName("tmp")
        .withMountPath(TMP)
        .endVolumeMount()
        .endContainer()
        .addNewVolume()
        .withName("results")
        .withNewEmptyDir()
        .endEmptyDir()
        .endVolume()
        .addNewVolume()
        .withName("tmp")
        .withNewEmptyDir()
        .endEmptyDir()
        .endVolume()
        .endSpec()
        .endTemplate()
        .endSpec()
        .build();
  }

  /** The Job as YAML, for {@code kubectl apply -f -}. */
  public String yaml() {
    return new KubernetesSerialization().asYaml(job());
  }
}
