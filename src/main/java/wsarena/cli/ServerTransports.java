package wsarena.cli;

import java.util.List;
import java.util.Optional;
import wsarena.run.TargetException;
import wsarena.run.Targets;
import wsarena.scenario.TargetSpec;

/**
 * Refuses, before anything starts, an engine target whose event loops are asked to run on a
 * transport they cannot use here: an engine not built on Netty (it has its own I/O), or io_uring
 * on a kernel without it. One sentence names the target and the reason, so a shootout or a bench
 * never runs half its list and fails on the rest.
 */
final class ServerTransports {
  private ServerTransports() {}

  /** @param option the flag that asked, e.g. {@code --server-transport} or {@code --targets} */
  static void require(Targets targets, List<TargetSpec> chosen, String option) {
    for (TargetSpec t : chosen) {
      if (t instanceof TargetSpec.Embedded e && e.transport() != null) {
        Optional<String> problem;
        try {
          problem = targets.transportProblem(e);
        } catch (TargetException unknown) {
          throw new UserError(option + ": " + unknown.getMessage());
        }
        if (problem.isPresent()) {
          throw new UserError(option + ": " + e.label() + " cannot run: " + problem.get());
        }
      }
    }
  }
}
