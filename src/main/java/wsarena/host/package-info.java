/**
 * The machine a result was measured on (CPU model, cores, threads, RAM, OS, JVM and flags), read
 * once through OSHI and attached to every result; reports write it as their hardware block.
 */
package wsarena.host;
