/**
 * The feature probe: which WebSocket features a server has, found by trying each one on its own
 * connection with a short timeout (TLS, permessage-deflate, subprotocol selection, the largest
 * message echoed, a fragmented message, ping/pong, the close handshake).
 *
 * <p>{@link wsarena.probe.FeatureProbe} probes a URL, {@link wsarena.probe.EngineProbe} an embedded
 * engine; both return a {@link wsarena.probe.FeatureReport}, shown by {@link
 * wsarena.probe.FeatureTable} and saved by {@link wsarena.probe.FeatureReportJson}. The client is
 * Netty's WebSocket codec: the probe sends real frames (continuations, pings, close codes) and reads
 * the server's raw handshake answer, so a verdict is what the server did, never what a library
 * assumed. Verdicts are yes, no, or unknown when the feature could not be tried; the detail says
 * what was seen.
 */
package wsarena.probe;
