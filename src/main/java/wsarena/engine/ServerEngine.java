package wsarena.engine;

import java.util.Optional;
import java.util.Set;
import wsarena.scenario.IoTransport;
import wsarena.scenario.ThreadingModel;

/**
 * A WebSocket server library embedded in wsarena.
 *
 * <p>Every engine serves {@code /echo} (each text or binary message sent back unchanged, fragmented
 * messages included) and {@code /broadcast} (each message sent to every open connection of that
 * path) on the address of its {@link EngineOptions}.
 *
 * <pre>{@code
 * try (RunningServer server = engine.start(EngineOptions.loopback(ThreadingModel.EVENT_LOOP, 0))) {
 *   URI echo = server.uri("/echo"); // ws://127.0.0.1:<port>/echo
 * }
 * }</pre>
 *
 * <p>Server threads are named with {@link #SERVER_THREAD_PREFIX} so an in-process run can tell the
 * server's CPU from the client's.
 */
public interface ServerEngine {

  /** Prefix of every thread an engine creates. */
  String SERVER_THREAD_PREFIX = "wsarena-server";

  /** The id on the command line, e.g. {@code undertow}. */
  String id();

  /** The name shown to people, with the library's version, e.g. {@code Undertow 2.4.4.Final}. */
  String displayName();

  /** The version of the library on the class path, e.g. {@code 2.4.4.Final}. */
  String libraryVersion();

  /** The threading models this engine can run in. */
  Set<ThreadingModel> models();

  /** One line on how this engine spends its threads in {@code model}. */
  String describe(ThreadingModel model);

  boolean supportsTls();

  boolean supportsCompression();

  /**
   * Refuses a model this engine does not offer, with the sentence every part of wsarena uses.
   *
   * @throws EngineException when {@code model} is not one of {@link #models()}
   */
  default void requireModel(ThreadingModel model) throws EngineException {
    if (!models().contains(model)) {
      throw new EngineException(
          ThreadingModel.notOffered(displayName(), model == null ? "" : model.cliName(), models()));
    }
  }

  /** True for an engine built on Netty, whose event loops can wait on epoll, io_uring or nio. */
  default boolean choosesTransport() {
    return false;
  }

  /**
   * Why this engine cannot serve with its event loops on {@code transport} on this host; empty
   * when it can, or when {@code transport} is null (its default). Only an engine built on Netty
   * chooses how its threads wait for the kernel; the others have their own I/O.
   */
  default Optional<String> transportProblem(IoTransport transport) {
    return transport == null || choosesTransport()
        ? Optional.empty()
        : Optional.of(displayName() + " has its own I/O: a transport (" + transport.cliName() + ") chooses the event loops of Netty");
  }

  /**
   * Starts the server and returns once it accepts connections.
   *
   * @throws EngineException with a sentence a user can act on, e.g. when the port is in use
   */
  RunningServer start(EngineOptions options) throws EngineException;
}
