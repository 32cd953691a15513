package wsarena.run;

import wsarena.metrics.Phase;
import wsarena.testsupport.CollectingSink;

/** A target that crashes mid-run: SIGKILL to this JVM's children once answers are being measured. */
final class MidRunKill {
  private MidRunKill() {}

  /** Starts the killer; join it after the run. */
  static Thread onceMeasuring(CollectingSink sink) {
    return Thread.ofVirtual()
        .start(
            () -> {
              try {
                while (sink.samples.stream().noneMatch(x -> x.phase() == Phase.MEASURING && x.counts().received() > 0)) {
                  Thread.sleep(50);
                }
                ProcessHandle.current().children().forEach(ProcessHandle::destroyForcibly);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
  }
}
