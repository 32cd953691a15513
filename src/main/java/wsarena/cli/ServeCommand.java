package wsarena.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import wsarena.run.ServeCommands;
import wsarena.run.StandaloneServer;
import wsarena.run.Targets;
import wsarena.scenario.IoTransport;
import wsarena.scenario.Isolation;
import wsarena.scenario.ServerDescription;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;

/**
 * Serves one engine alone, so any outside tool can load it; runs also start it as a child process
 * for targets in their own process.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve /echo and /broadcast with an embedded engine until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin EngineChoice engine;

  @Option(names = "--port", defaultValue = "8080", description = "Port; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--host", defaultValue = StandaloneServer.LOOPBACK, description = "Address to bind. Default: ${DEFAULT-VALUE}, this machine only; any other address is reachable from other machines, and serve warns so.")
  String host;

  @Mixin ServerOptions server;

  @Option(names = "--compression", description = "Accept permessage-deflate.")
  boolean compression;

  @Option(names = "--transport", description = "Netty's event loops: epoll, io_uring or nio. Default: epoll where the host has it, else nio.")
  IoTransport transport;

  @Option(names = "--parent-pid", hidden = true, defaultValue = "0", description = "Exit when this process ends (set by runs).")
  long parentPid;

  @Option(names = ServeCommands.FLAG, hidden = true, description = "Answer a run's questions on stdin (set by runs).")
  boolean commandsOnStdin;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new UserError("--port must be between 0 and 65535");
    }
    if (server.workerThreads < 0) {
      throw new UserError("--worker-threads must be 0 (engine default) or more");
    }
    Targets targets = Targets.standard();
    ServerDescription e = engine.engine(targets.catalog());
    ThreadingModel model = engine.model(e);
    // a port in use is a TargetException, printed as its sentence with exit status 1
    StandaloneServer running =
        targets.serve(
            TargetSpec.Embedded.of(e.id(), model, Isolation.PROCESS, server.workerThreads, server.tls, compression), host, port, transport);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  running.close();
                  stopped.countDown();
                },
                "wsarena-serve-stop"));
    if (parentPid > 0) {
      ProcessHandle.of(parentPid)
          .ifPresentOrElse(p -> p.onExit().thenRun(() -> System.exit(0)), () -> System.exit(0));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (!isLoopback(host)) {
      spec.commandLine().getErr().println("wsarena: warning: serving on " + host + ", reachable from other machines:"
          + " anyone who can reach this address can load this server (the default, 127.0.0.1, is this machine only)");
    }
    out.println(running.announcement().format());
    out.println(running.summary() + ". Ctrl-C stops.");
    out.flush();
    if (commandsOnStdin) {
      answerCommands(out);
    }
    stopped.await();
    return 0;
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /**
   * Reads the run's commands line by line until stdin closes, each answer on a line of its own.
   * Stdin closes when the run that started this server is gone, however it ended (even SIGKILL):
   * then this server ends too.
   */
  private static void answerCommands(PrintWriter out) {
    Thread.ofPlatform()
        .daemon()
        .name("wsarena-serve-commands")
        .start(
            () -> {
              try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                  ServeCommands.answer(line).ifPresent(answer -> {
                    synchronized (out) {
                      out.println(answer);
                      out.flush();
                    }
                  });
                }
              } catch (IOException e) {
                // stdin broke with the run: the same as its end
              }
              System.exit(0);
            });
  }
}
