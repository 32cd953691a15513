package wsarena.metrics;

import java.net.URI;

/**
 * What was actually measured, as found at run time.
 *
 * @param label short name for titles and file names, e.g. {@code undertow-event-loop}
 * @param description e.g. {@code Undertow 2.4.4 · Single event loop · own process}
 * @param uri the URI the generator connected to
 * @param negotiatedExtensions the {@code Sec-WebSocket-Extensions} the server accepted, or empty
 */
public record TargetInfo(String label, String description, URI uri, String negotiatedExtensions) {}
