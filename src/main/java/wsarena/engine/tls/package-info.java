/**
 * TLS for embedded targets without files: {@link wsarena.engine.tls.SelfSignedCertificate} is made
 * in memory when a server starts, and a client trusts exactly that certificate through {@link
 * wsarena.client.CertificatePin}, by its SHA-256 fingerprint, also across processes.
 */
package wsarena.engine.tls;
