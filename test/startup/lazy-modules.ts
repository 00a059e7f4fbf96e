/**
 * The modules a native client start must not load (test/startup/lazy-loading.test.ts checks the
 * sources, test/startup/bundle.test.ts the bundle): one list for both, so a module made lazy is
 * named once.
 */

/** Modules of the interfaces a native client loads only when it first reads their namespace. */
export const lazyInterfaceModules: readonly string[] = [
  'src/apps/apps-functions.ts',
  'src/utils/utils-functions.ts',
  'src/friends/friends-functions.ts',
  'src/friends/friends-reactive.ts',
  'src/user-stats/user-stats-functions.ts',
  'src/game-server-stats/game-server-stats-functions.ts',
  'src/networking-messages/networking-messages-functions.ts',
  'src/networking-sockets/networking-sockets-functions.ts',
  'src/networking-sockets/connection-flows.ts',
  'src/networking-utils/networking-utils-functions.ts',
  'native/native-apps-port.ts',
  'native/native-friends-port.ts',
  'native/native-user-stats-port.ts',
  'native/native-game-server-stats-port.ts',
  'native/native-networking-messages-port.ts',
  'native/native-networking-sockets-port.ts',
  'native/native-networking-utils-port.ts',
];

/**
 * Modules a native client loads only when it first reads one of their functions (the function
 * groups of src/session/function-groups.ts: auth, web API, account, game connection, user calls,
 * voice) or starts a game server, with what only they import (ticket flows, the microphone, the
 * signal tables of the other interfaces).
 */
export const lazyClientModules: readonly string[] = [
  'src/user/account.ts',
  'src/user/game-connection.ts',
  'src/auth/auth-functions.ts',
  'src/auth/auth-ticket.ts',
  'src/auth/held-ticket.ts',
  'src/auth/owned-ticket.ts',
  'src/auth/auth-session.ts',
  'src/auth/auth-session-flow.ts',
  'src/auth/web-api-functions.ts',
  'src/auth/web-api-ticket.ts',
  'src/session/keyed-listeners.ts',
  'src/session/timeout-queue.ts',
  'src/user/user-calls.ts',
  'src/session/steam-call.ts',
  'streams/signal-decoders.ts',
  'streams/server-signals.ts',
  'streams/friends-signals.ts',
  'streams/user-stats-signals.ts',
  'src/voice/voice-functions.ts',
  'src/voice/microphone.ts',
  'src/voice/voice-stream.ts',
  'src/voice/decompress.ts',
  'src/server/steam-server.ts',
  'src/server/server-calls.ts',
  'src/server/server-connection.ts',
  'streams/server-streams.ts',
  // Result's descriptions wait for the first describeResult.
  'src/enums/result-descriptions.ts',
  // The game server's port and interface-version list wait for serverInit, the networking
  // identity for the first ticket bound to a peer (or a networking call).
  'native/native-game-server-port.ts',
  'native/game-server-interface-versions.ts',
  'native/networking-identity.ts',
  // The generated declarations a start does not run: User's and Utils' functions bind on their
  // first call, every slice's structs wait for the first layout built from them.
  'native/generated/user-functions.ts',
  'native/generated/utils-functions.ts',
  'native/generated/core-structs.ts',
  'native/generated/user-structs.ts',
  'native/generated/utils-structs.ts',
  // Koffi struct types and layouts wait for the first layout built (a drained callback, GetPublicIP).
  'native/struct-layout-builder.ts',
  // The native core's game-server side waits for the first initServer, its other ports' wiring for
  // a session's first read of one.
  'native/native-core-server.ts',
  'native/native-core-ports.ts',
  // The User and Utils ports wait for the first function group (or Utils call) that reads them.
  'native/native-user-port.ts',
  'native/native-auth-port.ts',
  'native/native-utils-port.ts',
  // The pump's other frame sources: the simulated Steam's wake-ups, and the timer on a scheduler
  // other than asyncScheduler (marble tests).
  'native/wakeup-frames.ts',
  'native/armed-action.ts',
  'native/frame-timer.ts',
  // The client's signal streams wait for the first read of a signal (or of a function group whose
  // flows read one): their table, router, decoders and decode errors with them.
  'streams/user-streams.ts',
  'streams/user-signals.ts',
  'streams/lazy-signal.ts',
  'streams/signal-router.ts',
  'streams/signal-decoder.ts',
  // Struct reads and writes by layout wait for the first decoder or port that needs them (the
  // drain reads CallbackMsg_t's integers with native/scalar-bytes.ts).
  'native/struct-bytes.ts',
];

/**
 * Modules that wait for their first use in the bundle only: from the sources, src/index.ts loads
 * them at require (its exports are not lazy there).
 */
export const bundleOnlyLazyModules: readonly string[] = [
  // The networking types for the first networking call, the Steam ID parsers for the first Steam
  // ID argument that is not a bigint (or SteamId's first use).
  'native/generated/networking-types-enums.ts',
  'src/steam-id/to-steam-id.ts',
  'src/steam-id/parse-steam-id.ts',
  'src/steam-id/steam2.ts',
  'src/steam-id/steam3.ts',
  'src/steam-id/steam64.ts',
  // Result's enum and describer wait for the first SteamResultError (or Result's first use).
  'src/enums/result.ts',
  // Core's enums but ESteamAPIInitResult (each in its own module) wait for their first user.
  'native/generated/core-enums.ts',
  'native/generated/core-enum-EResult.ts',
  // DecodeError (a public export) waits for the first signal read, with the signal streams.
  'streams/decode-error.ts',
  // The errors only later calls raise (src/init-errors.ts holds a start's own) wait for the first.
  'src/errors.ts',
];
