/**
 * What wsarena's WebSocket clients share, the load generator's and the feature probe's: which
 * server certificates they trust ({@link wsarena.client.TlsTrust}), the one SHA-256 pin check
 * ({@link wsarena.client.CertificatePin}), the client side of TLS ({@link
 * wsarena.client.ClientTls}), and the sentence for a connection that failed ({@link
 * wsarena.client.ConnectFailures}). The engines fingerprint their own certificate with the same
 * {@link wsarena.client.CertificatePin#sha256Of}, so server and client name it alike.
 */
package wsarena.client;
