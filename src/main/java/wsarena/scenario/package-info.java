/**
 * What a run is asked to do: {@link wsarena.scenario.Scenario} and its parts (target, workload,
 * load profile), checked by {@link wsarena.scenario.ScenarioValidator} into sentences a user can
 * act on, and saved as JSON by {@link wsarena.scenario.ScenarioJson}. Values only: nothing here
 * opens a socket.
 */
package wsarena.scenario;
