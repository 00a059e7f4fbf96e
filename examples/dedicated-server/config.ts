/**
 * The dedicated server's settings, from environment variables (what a container is given) and
 * flags. Everything has a default but the login token: without one the server logs on
 * anonymously. A bad value is a Left naming the variable, read before anything starts.
 */
import { isLeft, left, right, type Either } from '../../src';

/** The TCP port players connect to, and the game port Steam advertises. */
export const DEFAULT_GAME_PORT = 27015;
/** The UDP port Steam answers server-browser queries on. */
export const DEFAULT_QUERY_PORT = 27016;
/** Every interface: a server bound to 127.0.0.1 never receives Steam's validation answers. */
export const DEFAULT_BIND_IP = '0.0.0.0';
/** The version string Steam shows when STEAM_SERVER_VERSION is not set. */
export const DEFAULT_VERSION = '1.0.0.0';
/** How long Steam may take to accept the logon when STEAM_LOG_ON_TIMEOUT_MS is not set. */
export const DEFAULT_LOG_ON_TIMEOUT_MS = 30_000;

/** Everything the dedicated server is configured with. */
export interface ServerConfig {
  /** Valve's library (the default) or the simulated Steam (`--simulated`: no Steam needed). */
  readonly backend: 'native' | 'simulated';
  /** STEAM_BIND_IP: the address Steam and the player listener bind. */
  readonly bindIp: string;
  /** STEAM_GAME_PORT: players connect here over TCP; 0 picks a free port (tests). */
  readonly gamePort: number;
  /** STEAM_QUERY_PORT: Steam's own UDP socket for server-browser queries. */
  readonly queryPort: number;
  /** STEAM_GSLT: a game server login token; absent, the server logs on anonymously. */
  readonly loginToken: string | undefined;
  /** STEAM_SERVER_VERSION: the version Steam shows, e.g. '1.0.0.0'. */
  readonly version: string;
  /** STEAM_LOG_ON_TIMEOUT_MS: how long Steam may take to accept the logon. */
  readonly logOnTimeoutMs: number;
}

/** Environment variables, as `process.env` holds them. */
export type Environment = Readonly<Record<string, string | undefined>>;

const FLAGS = ['--simulated'] as const;

const integerIn = (name: string, text: string | undefined, fallback: number, min: number, max: number): Either<string, number> => {
  if (text === undefined || text === '') return right(fallback);
  const value = Number(text);
  return /^\d+$/.test(text) && value >= min && value <= max ? right(value) : left(`${name} must be a whole number from ${min} to ${max}, not ${JSON.stringify(text)}`);
};

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/** Reads the configuration; the Left says which setting is wrong and why. */
export const readConfig = (env: Environment, argv: readonly string[]): Either<string, ServerConfig> => {
  const unknown = argv.filter((argument) => !(FLAGS as readonly string[]).includes(argument));
  if (unknown.length > 0) return left(`unknown flag ${unknown.join(', ')} (known: ${FLAGS.join(', ')})`);
  const bindIp = env['STEAM_BIND_IP'] || DEFAULT_BIND_IP;
  if (!IPV4.test(bindIp)) return left(`STEAM_BIND_IP must be an IPv4 address, not ${JSON.stringify(bindIp)}`);
  const gamePort = integerIn('STEAM_GAME_PORT', env['STEAM_GAME_PORT'], DEFAULT_GAME_PORT, 0, 65535);
  if (isLeft(gamePort)) return gamePort;
  const queryPort = integerIn('STEAM_QUERY_PORT', env['STEAM_QUERY_PORT'], DEFAULT_QUERY_PORT, 1, 65534);
  if (isLeft(queryPort)) return queryPort;
  const logOnTimeoutMs = integerIn('STEAM_LOG_ON_TIMEOUT_MS', env['STEAM_LOG_ON_TIMEOUT_MS'], DEFAULT_LOG_ON_TIMEOUT_MS, 1, 600_000);
  if (isLeft(logOnTimeoutMs)) return logOnTimeoutMs;
  const token = env['STEAM_GSLT'];
  return right({
    backend: argv.includes('--simulated') ? 'simulated' : 'native',
    bindIp,
    gamePort: gamePort.right,
    queryPort: queryPort.right,
    loginToken: token === undefined || token === '' ? undefined : token,
    version: env['STEAM_SERVER_VERSION'] || DEFAULT_VERSION,
    logOnTimeoutMs: logOnTimeoutMs.right,
  });
};
