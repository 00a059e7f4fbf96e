/** One range rule for every Steam ID helper: a bigint in 0..2^64-1. */
import { InvalidArgument } from '../../src/errors';
import {
  formatSteam2,
  formatSteam3,
  formatSteam64,
  getAccountId,
  getStaticAccountKey,
  isIndividual,
  isValid,
  toSteamId,
  toSteamIdParts,
} from '../../src/steam-id';

const player = 76561197960287930n;

describe('Steam ID helpers beyond 64 bits', () => {
  it.each([2n ** 70n + player, 2n ** 64n, -1n, -player])('%p: predicates say false, formatters Left, getters throw, as toSteamId refuses it', (value) => {
    expect(toSteamId(value)._tag).toBe('Left');
    expect(isValid(value)).toBe(false);
    expect(isIndividual(value)).toBe(false);
    expect(formatSteam2(value)._tag).toBe('Left');
    expect(formatSteam3(value)._tag).toBe('Left');
    expect(() => formatSteam64(value)).toThrow(InvalidArgument);
    expect(() => getAccountId(value)).toThrow(InvalidArgument);
    expect(() => toSteamIdParts(value)).toThrow(InvalidArgument);
    expect(() => getStaticAccountKey(value)).toThrow(InvalidArgument);
  });

  it('the same helpers still work at both ends of the range', () => {
    expect(isValid(player)).toBe(true);
    expect(formatSteam64(0xffff_ffff_ffff_ffffn)).toBe('18446744073709551615');
    expect(getAccountId(player)).toBe(22202);
    expect(formatSteam3(player)).toEqual({ _tag: 'Right', right: '[U:1:22202]' });
  });
});
