/**
 * The server's public types, checked by the compiler (the suite's typecheck) and at run time:
 * queries return plain values, setters nothing, parameters refuse the wrong types (each
 * `@ts-expect-error` line must stay an error), and the same misuse from JavaScript throws.
 */
import type { Either } from 'fp-ts/Either';
import type { Observable } from 'rxjs';
import { ServerMode } from '../../src/enums';
import { InvalidArgument } from '../../src/errors';
import { serverInit } from '../../src/init/server-init';
import type { ServerCallError } from '../../src/server/server-calls';
import type { OutgoingPacket, PublicIp } from '../../src/server/server-connection';
import type { SteamServer } from '../../src/server/steam-server';
import type { GsReputation } from '../../streams';
import { thrownBy } from './misuse-kit';
import { BIG_STEAM_ID, nativeOptions, startServer, stopServer } from './server-native-kit';

afterEach(stopServer);

/** True only when A and B are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <A, B>(proof: Equal<A, B>): Equal<A, B> => proof;

describe('plain values', () => {
  it('queries answer booleans, bigints and plain objects; setters return void', () => {
    expect(same<ReturnType<SteamServer['loggedOn']>, boolean>(true)).toBe(true);
    expect(same<ReturnType<SteamServer['isServerSecure']>, boolean>(true)).toBe(true);
    expect(same<ReturnType<SteamServer['getSteamID']>, bigint>(true)).toBe(true);
    expect(same<ReturnType<SteamServer['getServerSteamID']>, bigint>(true)).toBe(true);
    expect(same<ReturnType<SteamServer['getPublicIP']>, PublicIp>(true)).toBe(true);
    expect(same<ReturnType<SteamServer['getNextOutgoingPacket']>, OutgoingPacket | null>(true)).toBe(true);
    expect(same<ReturnType<SteamServer['setServerName']>, void>(true)).toBe(true);
    expect(same<ReturnType<SteamServer['getServerReputation']>, Observable<Either<ServerCallError, GsReputation>>>(true)).toBe(true);
  });

  it('a plain boolean works in a condition: `if (!server.loggedOn())` runs when logged off', () => {
    const server = startServer();
    let loggedOnHere = false;
    if (!server.loggedOn()) server.logOnAnonymous();
    else loggedOnHere = true;
    expect(loggedOnHere).toBe(false);
    expect(`${server.getSteamID()}`).toMatch(/^\d+$/);
  });
});

describe('parameters refuse the wrong types; JavaScript callers get InvalidArgument', () => {
  it('Steam IDs: a name is neither a bigint nor Steam ID text', () => {
    const server = startServer();
    // @ts-expect-error 'alice' is not SteamIdInput
    thrownBy(InvalidArgument, () => server.authSession$(new Uint8Array(8), 'alice'));
    // @ts-expect-error a number is not SteamIdInput (above 2^53 it would lose bits)
    thrownBy(InvalidArgument, () => server.associateWithClan(-5));
    // @ts-expect-error 'clan' is not SteamIdInput
    thrownBy(InvalidArgument, () => server.requestUserGroupStatus(BIG_STEAM_ID, 'clan'));
    // Steam ID text compiles and is parsed.
    expect(server.updateUserData('[U:1:1]', 'Ann', 1)).toBe(false);
  });

  it('strings, numbers, booleans and bytes', () => {
    const server = startServer();
    // @ts-expect-error a port is a number
    thrownBy(InvalidArgument, () => server.setSpectatorPort('27020'));
    // @ts-expect-error a flag is a boolean, not 1
    thrownBy(InvalidArgument, () => server.setDedicatedServer(1));
    // @ts-expect-error a token is a string
    thrownBy(InvalidArgument, () => server.logOn(42));
    // @ts-expect-error packet data is a Uint8Array, not a string
    thrownBy(InvalidArgument, () => server.handleIncomingPacket('ÿÿÿÿT', '10.0.0.5', 27005));
    // @ts-expect-error a score is a number
    thrownBy(InvalidArgument, () => server.updateUserData(BIG_STEAM_ID, 'Ann', '7'));
  });

  it('serverInit takes numbers for ports and a ServerMode', () => {
    // The init's own checks throw before the backend or Steam is touched.
    // @ts-expect-error the game port is a number
    thrownBy(InvalidArgument, () => serverInit('0.0.0.0', '27015', 27016, ServerMode.SERVER_MODE_AUTHENTICATION, '1.0.0.0', nativeOptions()));
    // @ts-expect-error the mode is a ServerMode, not its name
    thrownBy(InvalidArgument, () => serverInit('0.0.0.0', 27015, 27016, 'SERVER_MODE_AUTHENTICATION', '1.0.0.0', nativeOptions()));
    // @ts-expect-error the version is a string
    thrownBy(InvalidArgument, () => serverInit('0.0.0.0', 27015, 27016, ServerMode.SERVER_MODE_AUTHENTICATION, 1, nativeOptions()));
  });
});

