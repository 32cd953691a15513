package wsarena.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import wsarena.engine.EngineCatalog;
import wsarena.engine.ServerEngine;
import wsarena.scenario.ThreadingModel;

/** Lists the embedded engines and their threading models, one line each. */
@Command(name = "engines", mixinStandardHelpOptions = true, description = "List the embedded engines and their threading models.")
final class EnginesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (ServerEngine e : EngineCatalog.standard().engines()) {
      String extras = (e.supportsTls() ? " · wss" : "") + (e.supportsCompression() ? " · permessage-deflate" : "");
      out.println(e.id() + "  (" + e.displayName() + extras + ")");
      for (ThreadingModel m : ThreadingModel.values()) {
        if (e.models().contains(m)) {
          out.printf("  %-26s %s%n", e.id() + " " + m.cliName(), e.describe(m));
        }
      }
    }
    out.flush();
    return 0;
  }
}
