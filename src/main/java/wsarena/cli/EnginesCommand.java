package wsarena.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import wsarena.run.Targets;
import wsarena.scenario.ServerDescription;
import wsarena.scenario.TargetCatalog;

/**
 * Lists what can be measured: the embedded engines in each threading model and the Python
 * servers, one line each, under the names {@code shootout --targets} and {@code bench} read.
 */
@Command(
    name = "engines",
    mixinStandardHelpOptions = true,
    description = "List the embedded engines with their threading models, and the Python servers, as shootout and bench name them.")
final class EnginesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    TargetCatalog catalog = Targets.standard().catalog();
    for (ServerDescription e : catalog.engines()) {
      String extras = (e.tls() ? " · wss" : "") + (e.compression() ? " · permessage-deflate" : "");
      out.println(e.id() + "  (" + e.displayName() + extras + ")");
      for (ServerDescription.Model m : e.models()) {
        out.printf("  %-26s %s%n", e.id() + ":" + m.model().cliName(), m.description());
      }
    }
    out.println();
    out.println("Python servers (each in its own process, started by the run; run --peer NAME, shootout --targets NAME):");
    for (ServerDescription p : catalog.pythonServers()) {
      String model = p.threadingModels().isEmpty() ? "" : p.threadingModels().getFirst().cliName();
      out.printf("  %-26s %s (%s, %s)%n", p.id(), p.describe(p.threadingModels().getFirst()), p.pythonName(), model);
    }
    out.println();
    out.println("Any other server: its URL, e.g. ws://127.0.0.1:9000/echo (run --url, shootout --targets).");
    out.flush();
    return 0;
  }
}
