package wsarena.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import wsarena.host.HostInfo;
import wsarena.host.HostProbe;
import wsarena.report.Machines;

/** Prints the host's hardware, the block every result carries. */
@Command(name = "host", mixinStandardHelpOptions = true, description = "Show the detected hardware: CPU, cores, threads, RAM, OS, JVM.")
final class HostCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    HostInfo h = HostProbe.detect();
    out.print(Machines.hardwareBlock(h).replace("**", ""));
    out.println("- JVM flags: " + (h.jvmFlags().isEmpty() ? "(none)" : String.join(" ", h.jvmFlags())));
    out.flush();
    return 0;
  }
}
