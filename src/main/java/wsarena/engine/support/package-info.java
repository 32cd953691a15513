/**
 * What the engine packages share without importing each other: the message size limit, the
 * sentences for failed starts, and the probe tests use to see which threads handle messages.
 */
package wsarena.engine.support;
