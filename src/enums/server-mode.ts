import { EServerMode } from '../../native/enums';
import { describeEnumValue, descriptionTable } from './describe-enum-value';

/** Authentication mode a game server is initialised with (serverInit's server_mode). */
export const ServerMode = {
  /** Invalid server mode; do not use. */
  SERVER_MODE_INVALID: EServerMode.Invalid,
  /** Don't authenticate user logins; the server does not appear in the server list. */
  SERVER_MODE_NO_AUTHENTICATION: EServerMode.NoAuthentication,
  /** Authenticate users, list the server in the server list, do not run VAC. */
  SERVER_MODE_AUTHENTICATION: EServerMode.Authentication,
  /** Authenticate users, list the server in the server list and run VAC on clients. */
  SERVER_MODE_AUTHENTICATION_AND_SECURE: EServerMode.AuthenticationAndSecure,
} as const;
export type ServerMode = (typeof ServerMode)[keyof typeof ServerMode];

const descriptions = descriptionTable<ServerMode>(() => ({
  [ServerMode.SERVER_MODE_INVALID]: 'Invalid server mode; do not use.',
  [ServerMode.SERVER_MODE_NO_AUTHENTICATION]: "Don't authenticate user logins; the server does not appear in the server list.",
  [ServerMode.SERVER_MODE_AUTHENTICATION]: 'Authenticate users, list the server in the server list, do not run VAC.',
  [ServerMode.SERVER_MODE_AUTHENTICATION_AND_SECURE]: 'Authenticate users, list the server in the server list and run VAC on clients.',
}));

/** The readable description of one ServerMode value; a value that is not a member gives `unknown ServerMode value <value>`. */
export const describeServerMode = (value: number): string => describeEnumValue('ServerMode', descriptions, value);
