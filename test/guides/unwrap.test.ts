/**
 * unwrapRight / unwrapLeft (steamworks-rx/testing): the expected side, or an Error that says what
 * came instead (an error by its tag and message; bigints and bytes readable, bytes never printed).
 */
import { left, NotInitialized, right } from '../../src';
import { unwrapLeft, unwrapRight } from '../../src/testing';

describe('unwrapRight', () => {
  it('gives the Right', () => {
    expect(unwrapRight(right(42n))).toBe(42n);
  });

  it('throws an Error naming a SteamworksError Left by its tag and message, and what was unwrapped', () => {
    expect(() => unwrapRight(left(new NotInitialized('SteamClient')), 'the ticket')).toThrow(
      new Error('expected Right (the ticket), got Left NotInitialized: SteamClient is not initialized: it was shut down or never started'),
    );
  });

  it('prints a plain Left as JSON, bigints with n and bytes by their length only', () => {
    expect(() => unwrapRight(left({ steamId: 76561197960266728n, ticket: new Uint8Array([1, 2, 3]) }))).toThrow(
      new Error('expected Right, got Left {"steamId":"76561197960266728n","ticket":"<3 bytes>"}'),
    );
  });

  it('keeps the message short for a huge Left, and survives a cyclic one', () => {
    const huge = (): string => unwrapRight(left('x'.repeat(10_000)));
    expect(huge).toThrow(/^expected Right, got Left "x+…$/);
    expect(() => huge()).toThrow(expect.objectContaining({ message: expect.stringMatching(/^.{1,340}$/s) }));
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    expect(() => unwrapRight(left(cyclic))).toThrow('expected Right, got Left [object Object]');
  });
});

describe('unwrapLeft', () => {
  it('gives the Left', () => {
    const error = new NotInitialized('SteamServer');
    expect(unwrapLeft(left(error))).toBe(error);
  });

  it('throws an Error naming the Right', () => {
    expect(() => unwrapLeft(right({ admitted: true }), 'a banned player')).toThrow(new Error('expected Left (a banned player), got Right {"admitted":true}'));
  });
});
