package wsarena.metrics;

/**
 * The source side of a storm's connections: how many local addresses and distinct address:port
 * pairs its sockets used. Every closed connection keeps its pair in TIME_WAIT for a minute on
 * Linux, so this says how far the storm was from running out of them.
 *
 * @param addresses local addresses that opened at least one connection
 * @param ports distinct (address, port) pairs used
 * @param addressesOffered local addresses the storm spread its sockets over
 */
public record SourcesUsed(int addresses, long ports, int addressesOffered) {}
