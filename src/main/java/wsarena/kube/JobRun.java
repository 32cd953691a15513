package wsarena.kube;

import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatus;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import wsarena.metrics.RunResult;
import wsarena.metrics.SegmentMerge;
import wsarena.report.ResultInLog;
import wsarena.report.SegmentFolders;

/**
 * Runs a {@link SegmentJob} on a cluster: creates the Job, follows its pods until it ends, reads
 * each pod's result files back from its log into {@code out/segments/segment-i}, and deletes the
 * Job with its pods, whatever happened. The folders it collected are then the segments to merge;
 * a segment that left no result is named with the last line of its log. The segments are then
 * merged into the run's own files.
 */
public final class JobRun {
  /** Where under the output folder each segment's own files go. */
  public static final String SEGMENTS = "segments";

  private final KubernetesClient client;
  private final String namespace;
  private final PrintWriter progress;
  private final Duration poll;
  private volatile String created;

  /**
   * @param namespace the namespace to run in
   * @param progress one line per change of a pod
   * @param poll how often the Job and its pods are looked at
   */
  public JobRun(KubernetesClient client, String namespace, PrintWriter progress, Duration poll) {
    this.client = client;
    this.namespace = namespace;
    this.progress = progress;
    this.poll = poll;
  }

  /**
   * Creates the Job, waits for it to end (at most {@code timeout}), collects every segment's
   * files, deletes the Job, and merges the segments into {@code out} as {@code wsarena merge}
   * does.
   *
   * @return the merged result, written into {@code out}
   * @throws KubeException when the Job could not be created, a segment left no result or the
   *     segments do not merge; what was collected stays in {@code out/segments}
   */
  public RunResult run(SegmentJob job, Duration timeout, Path out) throws KubeException, IOException {
    List<Path> folders;
    create(job);
    try {
      follow(job, timeout);
      folders = collect(job, out.resolve(SEGMENTS));
    } finally {
      delete();
    }
    try {
      return SegmentFolders.merge(folders, out);
    } catch (SegmentMerge.Refused e) {
      throw new KubeException("the segments' results do not merge: " + e.getMessage());
    }
  }

  private void create(SegmentJob job) throws KubeException {
    try {
      client.batch().v1().jobs().inNamespace(namespace).resource(job.job()).create();
    } catch (KubernetesClientException e) {
      throw new KubeException("Kubernetes did not create the Job " + job.name() + " in namespace " + namespace + ": " + reason(e));
    }
    created = job.name();
    progress.printf(
        "Job %s created in namespace %s: %d segments of %s, starting at %s%n",
        job.name(), namespace, job.segments(), job.image(), job.startAt());
    progress.flush();
  }

  /** Deletes the Job and its pods, once; safe to call from a shutdown hook. */
  public void delete() {
    String name = created;
    created = null;
    if (name == null) {
      return;
    }
    try {
      client.batch().v1().jobs().inNamespace(namespace).withName(name)
          .withPropagationPolicy(DeletionPropagation.BACKGROUND).delete();
      progress.println("Job " + name + " deleted, with its pods");
    } catch (KubernetesClientException e) {
      progress.println("wsarena: could not delete the Job " + name + " (delete it with 'kubectl delete job " + name + " -n " + namespace + "'): " + reason(e));
    }
    progress.flush();
  }

  private void follow(SegmentJob job, Duration timeout) throws KubeException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<String, String> seen = new HashMap<>();
    while (true) {
      Job now;
      List<Pod> pods;
      try {
        now = client.batch().v1().jobs().inNamespace(namespace).withName(job.name()).get();
        pods = pods(job);
      } catch (KubernetesClientException e) {
        throw new KubeException("lost the Kubernetes API while following the Job " + job.name() + ": " + reason(e));
      }
      if (now == null) {
        throw new KubeException("the Job " + job.name() + " was deleted before it ended");
      }
      for (Pod p : pods) {
        String state = describe(p);
        if (!state.equals(seen.put(p.getMetadata().getName(), state))) {
          progress.println("segment " + segment(p, job.segments()) + ": pod " + p.getMetadata().getName() + " " + state);
        }
      }
      progress.flush();
      if (ended(now.getStatus(), job.segments())) {
        return;
      }
      if (System.nanoTime() > deadline) {
        progress.println("wsarena: the Job " + job.name() + " did not end within " + timeout.toSeconds() + " s: collecting what its pods left");
        return;
      }
      LockSupport.parkNanos(poll.toNanos());
    }
  }

  private static boolean ended(JobStatus s, int segments) {
    if (s == null) {
      return false;
    }
    boolean condition =
        s.getConditions() != null
            && s.getConditions().stream()
                .anyMatch(c -> ("Complete".equals(c.getType()) || "Failed".equals(c.getType())) && "True".equals(c.getStatus()));
    int done = (s.getSucceeded() == null ? 0 : s.getSucceeded()) + (s.getFailed() == null ? 0 : s.getFailed());
    return condition || done >= segments;
  }

  private List<Path> collect(SegmentJob job, Path dir) throws KubeException {
    Map<Integer, Pod> byIndex = new HashMap<>();
    for (Pod p : pods(job)) {
      index(p).ifPresent(i -> byIndex.merge(i, p, JobRun::later));
    }
    List<Path> folders = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < job.segments(); i++) {
      String segment = (i + 1) + "/" + job.segments();
      Pod pod = byIndex.get(i);
      if (pod == null) {
        problems.add("segment " + segment + " never got a pod");
        continue;
      }
      String name = pod.getMetadata().getName();
      Path folder = dir.resolve("segment-" + (i + 1));
      try {
        String log = client.pods().inNamespace(namespace).withName(name).getLog();
        if (ResultInLog.extract(log == null ? "" : log, folder).isEmpty()) {
          problems.add("segment " + segment + " (pod " + name + ", " + describe(pod) + ") left no result; its log ends: " + lastLine(log));
        } else {
          folders.add(folder);
          progress.println("segment " + segment + ": result of pod " + name + " in " + folder);
        }
      } catch (KubernetesClientException e) {
        problems.add("the log of segment " + segment + " (pod " + name + ") could not be read: " + reason(e));
      } catch (IOException e) {
        problems.add("segment " + segment + " (pod " + name + "): " + e.getMessage());
      }
    }
    progress.flush();
    if (!problems.isEmpty()) {
      throw new KubeException(String.join("; ", problems) + (folders.isEmpty() ? "" : " (the other segments' files are in " + dir + ")"));
    }
    return folders;
  }

  private List<Pod> pods(SegmentJob job) {
    return client.pods().inNamespace(namespace).withLabel(SegmentJob.JOB_LABEL, job.name()).list().getItems();
  }

  private static Optional<Integer> index(Pod p) {
    Map<String, String> a = p.getMetadata().getAnnotations();
    String v = a == null ? null : a.get(SegmentJob.INDEX_ANNOTATION);
    try {
      return v == null ? Optional.empty() : Optional.of(Integer.parseInt(v.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String segment(Pod p, int segments) {
    return index(p).map(i -> (i + 1) + "/" + segments).orElse("?/" + segments);
  }

  /** Of two pods of one index (a retried pod), the one created last. */
  private static Pod later(Pod a, Pod b) {
    String ta = a.getMetadata().getCreationTimestamp(), tb = b.getMetadata().getCreationTimestamp();
    return ta != null && tb != null && tb.compareTo(ta) > 0 ? b : a;
  }

  private static String describe(Pod p) {
    String phase = p.getStatus() == null || p.getStatus().getPhase() == null ? "Pending" : p.getStatus().getPhase();
    String node = p.getSpec() == null ? null : p.getSpec().getNodeName();
    return phase + (node == null ? "" : " on " + node);
  }

  private static String lastLine(String log) {
    if (log == null || log.isBlank()) {
      return "(empty)";
    }
    String[] lines = log.strip().split("\r?\n");
    return lines[lines.length - 1].strip();
  }

  private static String reason(KubernetesClientException e) {
    if (e.getStatus() != null && e.getStatus().getMessage() != null) {
      return e.getStatus().getMessage();
    }
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() != null ? t.getMessage() : e.getMessage();
  }
}
