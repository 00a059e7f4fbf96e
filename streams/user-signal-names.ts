/**
 * The names of the client pipe's signals: user-signals.ts's table keys, for what must know them
 * without loading the table (a client has a `<name>$` member per signal from its start; the
 * table, its router and decoders load when one is first read). user-signals.ts checks at compile
 * time that the table has exactly these keys.
 */
export const userSignalNames = [
  'clientGameServerDeny',
  'durationControl',
  'encryptedAppTicketResponse',
  'gameWebCallback',
  'getAuthSessionTicketResponse',
  'getTicketForWebApi',
  'ipcFailure',
  'licensesUpdated',
  'marketEligibilityResponse',
  'microtransactionAuthResponse',
  'steamServerConnectFailed',
  'steamServerConnected',
  'steamServerDisconnected',
  'storeAuthUrlResponse',
  'validateAuthTicketResponse',
] as const;

/** A signal of the client pipe, by payload name. */
export type UserSignalName = (typeof userSignalNames)[number];
