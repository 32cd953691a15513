package wsarena.conformance;

/**
 * A target the suite could not judge.
 *
 * @param target the target's label
 * @param description what the target is, when it was started, else the label
 * @param failure why, as a sentence
 */
public record ConformanceFailure(String target, String description, String failure)
    implements TargetConformance {}
