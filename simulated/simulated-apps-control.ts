/**
 * What a test does to a user's games from outside, for ISteamApps: launch them again with new
 * parameters (NewUrlLaunchParameters_t), move a timed trial on (TimedTrialStatus_t), register a
 * file for GetFileDetails. Each callback arrives after the simulated Steam's latency.
 */
import { appsMachineOf, type SimulatedFileDetails } from './apps-model';
import type { ClientEndpoint } from './client-endpoint';
import type { Universe } from './universe';

/** New launch parameters, as a steam://run link gives them. */
export interface SimulatedLaunchParameters {
  /** Query parameters (GetLaunchQueryParam). Default: unchanged. */
  readonly queryParams?: Readonly<Record<string, string>>;
  /** The command line (GetLaunchCommandLine). Default: unchanged. */
  readonly commandLine?: string;
}

/** A timed trial's new state, as TimedTrialStatus_t reports it. */
export interface SimulatedTimedTrialStatus {
  /** Seconds the trial allows. */
  readonly secondsAllowed: number;
  /** Seconds played so far. */
  readonly secondsPlayed: number;
  /** The trial is counted offline (m_bIsOffline). Default false. */
  readonly isOffline?: boolean;
}

/** The ISteamApps controls of a simulated Steam (`steam.apps`). */
export interface SimulatedAppsControl {
  /** The user's running games get new launch parameters, then NewUrlLaunchParameters_t (1014). Throws for an unknown user. */
  launchWith(user: bigint, parameters: SimulatedLaunchParameters): void;
  /** The user's timed trial changes: BIsTimedTrial answers it, then TimedTrialStatus_t (1030). Throws for an unknown user. */
  timedTrialStatus(user: bigint, trial: SimulatedTimedTrialStatus): void;
  /** Registers a file GetFileDetails answers for on the user's machines (games running now). Throws for an unknown user. */
  registerFile(user: bigint, fileName: string, details: SimulatedFileDetails): void;
}

export const createSimulatedAppsControl = (universe: Universe): SimulatedAppsControl => {
  const clientsOf = (user: bigint): ClientEndpoint[] => universe.liveClientsOf(user);
  return {
    launchWith: (user, parameters) => {
      for (const client of clientsOf(user)) {
        const machine = appsMachineOf(client.process);
        if (parameters.queryParams !== undefined) machine.launchQueryParams = new Map(Object.entries(parameters.queryParams));
        if (parameters.commandLine !== undefined) machine.launchCommandLine = parameters.commandLine;
        client.postLater('NewUrlLaunchParameters_t', () => ({}));
      }
    },
    timedTrialStatus: (user, trial) => {
      for (const client of clientsOf(user)) {
        appsMachineOf(client.process).timedTrial = { secondsAllowed: trial.secondsAllowed, secondsPlayed: trial.secondsPlayed };
        client.postLater('TimedTrialStatus_t', () => ({
          m_unAppID: client.process.appId,
          m_bIsOffline: trial.isOffline ?? false,
          m_unSecondsAllowed: trial.secondsAllowed,
          m_unSecondsPlayed: trial.secondsPlayed,
        }));
      }
    },
    registerFile: (user, fileName, details) => {
      for (const client of clientsOf(user)) appsMachineOf(client.process).files.set(fileName, details);
    },
  };
};
