package wsarena.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import wsarena.run.Targets;
import wsarena.scenario.ServerDescription;

/** Lists the embedded engines and their threading models, one line each. */
@Command(name = "engines", mixinStandardHelpOptions = true, description = "List the embedded engines and their threading models.")
final class EnginesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (ServerDescription e : Targets.standard().catalog().engines()) {
      String extras = (e.tls() ? " · wss" : "") + (e.compression() ? " · permessage-deflate" : "");
      out.println(e.id() + "  (" + e.displayName() + extras + ")");
      for (ServerDescription.Model m : e.models()) {
        out.printf("  %-26s %s%n", e.id() + " " + m.model().cliName(), m.description());
      }
    }
    out.flush();
    return 0;
  }
}
