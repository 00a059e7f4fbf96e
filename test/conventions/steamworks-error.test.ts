/**
 * Every error the SDK produces is a SteamworksError: an Error (stack, instanceof, printable) that
 * still narrows on `_tag` and carries its typed fields.
 */
import { CallResultTimeout, DecodeError } from '../../streams';
import {
  AuthSessionRejected,
  BackendUnavailable,
  CallFailed,
  InitFailed,
  InvalidArgument,
  NotInitialized,
  SteamResultError,
  SteamworksError,
  TicketUnavailable,
  Timeout,
  VoiceError,
} from '../../src';
import { InvalidSteamId } from '../../src/steam-id';

const samples: readonly SteamworksError[] = [
  new NotInitialized('SteamClient'),
  new InvalidArgument('steamId', 'is negative'),
  new InitFailed(2, 'Cannot connect to Steam', 'no client', 'Start the Steam client'),
  new BackendUnavailable('not found', ['/a', '/b']),
  new SteamResultError('requestStoreAuthURL', 2),
  new TicketUnavailable('no ticket'),
  new AuthSessionRejected(6, 'cancelled', 76561197960287930n, 76561197960287930n),
  new VoiceError(2, 'not recording', 'voice call failed: not recording'),
  new Timeout('ticket response', 10),
  new CallFailed('getEncryptedAppTicket', 'none ready'),
  new CallResultTimeout(5n, 10),
  new DecodeError('client', 143, 'ValidateAuthTicketResponse_t', 'callback', 'ShortBuffer', 'expected 20 bytes, got 3', 'too short'),
  new InvalidSteamId('alice', 'is not a Steam ID'),
];

describe('SteamworksError', () => {
  it.each(samples.map((error) => [error._tag, error] as const))('%s is an Error with a stack, a name and a printable message', (tag, error) => {
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(SteamworksError);
    expect(error.name).toBe(tag);
    expect(String(error)).toBe(`${tag}: ${error.message}`);
    expect(String(error)).not.toContain('[object Object]');
    expect(error.stack?.split('\n')[0]).toBe(`${tag}: ${error.message}`);
    // The constructors' own frames are not in the stack: it starts where the error was made.
    expect(error.stack).toContain('steamworks-error.test.ts');
  });

  it('serialises its tag, message and typed fields', () => {
    const error = new InvalidArgument('options.timeoutMs', 'expected milliseconds');
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      _tag: 'InvalidArgument',
      argument: 'options.timeoutMs',
      reason: 'expected milliseconds',
      message: 'invalid argument options.timeoutMs: expected milliseconds',
    });
  });

  it('serialises bigint fields as decimal text instead of throwing', () => {
    const error = new AuthSessionRejected(6, 'cancelled', 76561197960287930n, 76561197960287931n);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ steamId: '76561197960287930', ownerSteamId: '76561197960287931', response: 6 });
  });

  it('narrows on _tag in a union', () => {
    const describe = (error: NotInitialized | InvalidArgument): string => (error._tag === 'InvalidArgument' ? error.argument : error.what);
    expect(describe(new InvalidArgument('port', 'too big'))).toBe('port');
    expect(describe(new NotInitialized('SteamServer'))).toBe('SteamServer');
  });

  it('can be thrown and caught as itself', () => {
    const thrower = (): never => {
      throw new NotInitialized('SteamClient');
    };
    expect(thrower).toThrow(NotInitialized);
    expect(thrower).toThrow('SteamClient is not initialized');
  });

  it('InitFailed carries its hint in the message', () => {
    const error = new InitFailed(2, 'verbal', 'message', 'Start Steam');
    expect(error.message).toBe('Steam init failed (2, verbal): message. Hint: Start Steam');
    expect(new InitFailed(1, 'verbal', 'message', undefined).message).toBe('Steam init failed (1, verbal): message');
  });
});
