/**
 * A run split into segments on a Kubernetes cluster: one Indexed Job whose pods each run one
 * segment of the scenario from wsarena's container image ({@link SegmentJob}), followed until it
 * ends, each pod's result read back from its log, merged into one result, and the Job removed
 * ({@link JobRun}). Only this package speaks to Kubernetes (fabric8's client).
 */
package wsarena.kube;
