/**
 * What a run is asked to do: {@link wsarena.scenario.Scenario} and its parts (target, workload,
 * load profile), checked by {@link wsarena.scenario.ScenarioValidator} into sentences a user can
 * act on, and saved as JSON by {@link wsarena.scenario.ScenarioJson}.
 *
 * <p>It also owns the words a scenario is written in: the {@link wsarena.scenario.ThreadingModel}s,
 * the {@link wsarena.scenario.TargetKind}s, and what servers exist, as plain {@link
 * wsarena.scenario.ServerDescription}s in a {@link wsarena.scenario.TargetCatalog} (built by the
 * run layer from the engines and Python servers it can start). Values only: nothing here opens a
 * socket or starts a process, so the window and the commands read it freely.
 */
package wsarena.scenario;
