import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import * as t from 'io-ts';
import { isLeft, isRight, type Either } from 'fp-ts/Either';
import { AccountType, ChatSteamIdInstanceFlags, Universe } from '../../src/enums';
import {
  SteamId,
  SteamIdFromString,
  formatSteam2,
  formatSteam3,
  formatSteam64,
  getAccountId,
  getAccountType,
  getInstance,
  getStaticAccountKey,
  getUniverse,
  isAnonGameServer,
  isAnonUser,
  isAnonymous,
  isBlankAnonAccount,
  isChat,
  isClan,
  isConsoleUser,
  isContentServer,
  isGameServer,
  isIndividual,
  isLobby,
  isPersistentGameServer,
  isValid,
  largestSteamId,
  parseSteam2,
  parseSteam3,
  parseSteam64,
  parseSteamId,
  steamIdFromParts,
  steamIdLanModeGameServer,
  steamIdNil,
  steamIdNonSteamGameServer,
  steamIdNotInitYetGameServer,
  steamIdOutOfDateGameServer,
  toSteamId,
  toSteamIdParts,
  type InvalidSteamId,
} from '../../src/steam-id';

interface SteamIdField {
  name: 'accountId' | 'instance' | 'accountType' | 'universe';
  bitOffset: number;
  bitWidth: number;
  mask: string;
}
interface AbiSteamId {
  fields: SteamIdField[];
  examples: Record<string, string | { accountId: number; instance: number; type: number; universe: number }>;
  specialIds: Record<string, string>;
  individualUserDefaultInstance: number;
}
// CI runs from a clean clone with ../shared beside the repository.
const abi = JSON.parse(readFileSync(join(__dirname, '../../../shared/steamworks-abi-1.60.json'), 'utf8')) as { steamId: AbiSteamId };

const rightOf = <A>(either: Either<InvalidSteamId, A>): A => {
  if (isLeft(either)) throw new Error(`expected Right, got Left: ${either.left.message}`);
  return either.right;
};
const leftOf = <A>(either: Either<InvalidSteamId, A>): InvalidSteamId => {
  if (isRight(either)) throw new Error(`expected Left, got Right: ${String(either.right)}`);
  return either.left;
};

const compose = (accountId: number, instance: number, accountType: number, universe: number): bigint =>
  (BigInt(universe) << 56n) | (BigInt(accountType) << 52n) | (BigInt(instance) << 32n) | BigInt(accountId);

const accountTypeByName: Record<string, number> = {
  Individual: AccountType.ACCOUNT_TYPE_INDIVIDUAL,
  Chat: AccountType.ACCOUNT_TYPE_CHAT,
  GameServer: AccountType.ACCOUNT_TYPE_GAME_SERVER,
  Clan: AccountType.ACCOUNT_TYPE_CLAN,
};
const universeByName: Record<string, number> = { Public: Universe.UNIVERSE_PUBLIC, Dev: Universe.UNIVERSE_DEV, Beta: Universe.UNIVERSE_BETA };

describe('Steam ID layout from the ABI JSON', () => {
  const getters = { accountId: getAccountId, instance: getInstance, accountType: getAccountType, universe: getUniverse };

  it.each(abi.steamId.fields.map((field) => [field.name, field] as const))('%s sits at its documented bits', (_name, field) => {
    const mask = Number(field.mask);
    expect(mask).toBe(2 ** field.bitWidth - 1);
    const onlyThisField = BigInt(mask) << BigInt(field.bitOffset);
    for (const [name, getter] of Object.entries(getters)) expect(getter(onlyThisField)).toBe(name === field.name ? mask : 0);
  });

  it('runs every example of the JSON', () => {
    const examples = Object.entries(abi.steamId.examples);
    expect(examples.length).toBeGreaterThan(0);
    for (const [description, expected] of examples) {
      const fromParts = /^accountId=(0x[0-9A-Fa-f]+|\d+), instance=(0x[0-9A-Fa-f]+|\d+), (\w+), (\w+)$/.exec(description);
      const parse = /^parse (\d+)$/.exec(description);
      const base = /^baseForIndividualPublic \(accountId 0\)$/.exec(description);
      if (fromParts !== null && typeof expected === 'string') {
        const [, accountId = '', instance = '', typeName = '', universeName = ''] = fromParts;
        const accountType = accountTypeByName[typeName];
        const universe = universeByName[universeName];
        if (accountType === undefined || universe === undefined) throw new Error(`example names an unmapped type or universe: ${description}`);
        const parts = { accountId: Number(accountId), instance: Number(instance), accountType, universe };
        const steamId = rightOf(steamIdFromParts(parts));
        expect(formatSteam64(steamId)).toBe(expected);
        expect(toSteamIdParts(rightOf(parseSteam64(expected)))).toEqual(parts);
      } else if (parse !== null && typeof expected === 'object') {
        const steamId = rightOf(parseSteamId(parse[1] ?? ''));
        expect(toSteamIdParts(steamId)).toEqual({
          accountId: expected.accountId,
          instance: expected.instance,
          accountType: expected.type,
          universe: expected.universe,
        });
      } else if (base !== null && typeof expected === 'string') {
        const steamId = rightOf(
          steamIdFromParts({ accountId: 0, accountType: AccountType.ACCOUNT_TYPE_INDIVIDUAL, universe: Universe.UNIVERSE_PUBLIC }),
        );
        expect(steamId).toBe(BigInt(expected));
      } else {
        throw new Error(`example the test does not know how to run: ${description}`);
      }
    }
  });

  it('exports every special ID of the JSON with its value', () => {
    const exported: Record<string, bigint> = {
      k_steamIDNil: steamIdNil,
      k_steamIDOutofDateGS: steamIdOutOfDateGameServer,
      k_steamIDLanModeGS: steamIdLanModeGameServer,
      k_steamIDNotInitYetGS: steamIdNotInitYetGameServer,
      k_steamIDNonSteamGS: steamIdNonSteamGameServer,
    };
    expect(Object.keys(exported).sort()).toEqual(Object.keys(abi.steamId.specialIds).sort());
    for (const [name, value] of Object.entries(abi.steamId.specialIds)) expect(exported[name]).toBe(BigInt(value));
    for (const special of Object.values(exported)) expect(isValid(special)).toBe(false);
  });
});

describe('text forms', () => {
  const gabe = 76561197960287930n; // accountId 22202 = 11101 * 2 + 0

  it.each([
    ['76561197960287930', gabe],
    ['STEAM_1:0:11101', gabe],
    ['STEAM_0:0:11101', gabe], // universe 0 is read as Public, as Valve does
    ['steam_1:0:11101', gabe],
    ['[U:1:22202]', gabe],
    ['[U:1:22202:1]', gabe],
    ['STEAM_1:1:11101', compose(22203, 1, 1, 1)],
    ['[U:1:456:2]', compose(456, 2, AccountType.ACCOUNT_TYPE_INDIVIDUAL, 1)],
    ['[g:1:4]', 103582791429521412n],
    ['[G:1:123]', compose(123, 0, AccountType.ACCOUNT_TYPE_GAME_SERVER, 1)],
    ['[A:1:456:789]', compose(456, 789, AccountType.ACCOUNT_TYPE_ANON_GAME_SERVER, 1)],
    ['[A:1:456]', compose(456, 0, AccountType.ACCOUNT_TYPE_ANON_GAME_SERVER, 1)],
    ['[M:1:7:3]', compose(7, 3, AccountType.ACCOUNT_TYPE_MULTISEAT, 1)],
    ['[I:0:0]', 0n],
    ['[i:1:5]', compose(5, 0, AccountType.ACCOUNT_TYPE_INVALID, 1)],
    ['[P:1:1]', compose(1, 0, AccountType.ACCOUNT_TYPE_PENDING, 1)],
    ['[C:1:2]', compose(2, 0, AccountType.ACCOUNT_TYPE_CONTENT_SERVER, 1)],
    ['[a:1:9]', compose(9, 0, AccountType.ACCOUNT_TYPE_ANON_USER, 1)],
    ['[T:1:5]', compose(5, 0, AccountType.ACCOUNT_TYPE_CHAT, 1)],
    ['[c:1:99]', compose(99, ChatSteamIdInstanceFlags.CHAT_INSTANCE_FLAG_CLAN, AccountType.ACCOUNT_TYPE_CHAT, 1)],
    ['[L:1:123]', compose(123, ChatSteamIdInstanceFlags.CHAT_INSTANCE_FLAG_LOBBY, AccountType.ACCOUNT_TYPE_CHAT, 1)],
    [
      '[L:1:123:131072]',
      compose(123, ChatSteamIdInstanceFlags.CHAT_INSTANCE_FLAG_LOBBY | ChatSteamIdInstanceFlags.CHAT_INSTANCE_FLAG_MMS_LOBBY, 8, 1),
    ],
    ['[U:4:1]', compose(1, 1, AccountType.ACCOUNT_TYPE_INDIVIDUAL, Universe.UNIVERSE_DEV)],
    ['18446744073709551615', largestSteamId],
    ['0', 0n],
  ])('parses %s', (text, expected) => {
    expect(rightOf(parseSteamId(text))).toBe(expected);
    expect(rightOf(toSteamId(text))).toBe(expected);
  });

  it.each([
    [gabe, '[U:1:22202]', 'STEAM_1:0:11101'],
    [compose(22203, 1, 1, 1), '[U:1:22203]', 'STEAM_1:1:11101'],
    [compose(456, 2, 1, 1), '[U:1:456:2]', undefined],
    [103582791429521412n, '[g:1:4]', undefined],
    [compose(123, 0, 3, 1), '[G:1:123]', undefined],
    [compose(123, 7, 3, 1), '[G:1:123:7]', undefined],
    [compose(456, 789, 4, 1), '[A:1:456:789]', undefined],
    [compose(456, 0, 4, 1), '[A:1:456:0]', undefined],
    [compose(7, 3, 2, 1), '[M:1:7:3]', undefined],
    [0n, '[I:0:0]', undefined],
    [compose(5, 0, 8, 1), '[T:1:5]', undefined],
    [compose(99, ChatSteamIdInstanceFlags.CHAT_INSTANCE_FLAG_CLAN, 8, 1), '[c:1:99]', undefined],
    [compose(123, ChatSteamIdInstanceFlags.CHAT_INSTANCE_FLAG_LOBBY, 8, 1), '[L:1:123]', undefined],
    [compose(123, ChatSteamIdInstanceFlags.CHAT_INSTANCE_FLAG_LOBBY | 5, 8, 1), '[L:1:123:5]', undefined],
    [compose(9, 0, 10, 1), '[a:1:9]', undefined],
  ])('formats %s as %s', (steamId, steam3, steam2) => {
    expect(rightOf(formatSteam3(steamId))).toBe(steam3);
    if (steam2 === undefined) expect(isLeft(formatSteam2(steamId))).toBe(true);
    else expect(rightOf(formatSteam2(steamId))).toBe(steam2);
  });

  it('prints the Public universe as STEAM_0 on request', () => {
    expect(rightOf(formatSteam2(gabe, { publicUniverseAsZero: true }))).toBe('STEAM_0:0:11101');
    expect(rightOf(formatSteam2(compose(2, 1, 1, Universe.UNIVERSE_BETA), { publicUniverseAsZero: true }))).toBe('STEAM_2:0:1');
  });

  it('refuses text forms that could not be read back to the same ID', () => {
    expect(leftOf(formatSteam2(compose(2, 0, 1, 1))).reason).toMatch(/instance 0/);
    expect(leftOf(formatSteam2(compose(2, 1, 1, 0))).reason).toMatch(/universe 0/);
    expect(leftOf(formatSteam2(compose(2, 0, 3, 1))).reason).toMatch(/only individual accounts/);
    expect(leftOf(formatSteam3(compose(2, 0, AccountType.ACCOUNT_TYPE_CONSOLE_USER, 1))).reason).toMatch(/account type 9 has no Steam3 letter/);
    expect(leftOf(formatSteam3(compose(2, 0, 12, 1))).reason).toMatch(/account type 12/);
    expect(leftOf(formatSteam3(compose(2, 1, 1, 5))).reason).toMatch(/universe 5/);
  });

  const steam3Types = [0, 1, 2, 3, 4, 5, 6, 7, 8, 10];
  const anyPartsOf = (types: number[], universes: fc.Arbitrary<number>) =>
    fc.record({
      accountId: fc.bigInt({ min: 0n, max: 0xffff_ffffn }).map(Number),
      instance: fc.oneof(fc.constantFrom(0, 1, 2, 0xf_ffff, 0x4_0000, 0x6_0000, 0x8_0000), fc.integer({ min: 0, max: 0xf_ffff })),
      accountType: fc.constantFrom(...types),
      universe: universes,
    });

  it('round trips Steam64 text for every 64-bit value', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: largestSteamId }), (steamId) => {
        expect(rightOf(parseSteam64(formatSteam64(steamId)))).toBe(steamId);
        expect(rightOf(SteamIdFromString.decode(SteamIdFromString.encode(steamId)) as Either<never, bigint>)).toBe(steamId);
      }),
    );
  });

  it('round trips Steam3 text for every type with a letter and every known universe', () => {
    fc.assert(
      fc.property(anyPartsOf(steam3Types, fc.integer({ min: 0, max: 4 })), (parts) => {
        const steamId = compose(parts.accountId, parts.instance, parts.accountType, parts.universe);
        const text = rightOf(formatSteam3(steamId));
        expect(rightOf(parseSteam3(text))).toBe(steamId);
        expect(rightOf(parseSteamId(text))).toBe(steamId);
      }),
    );
  });

  it('round trips Steam2 text for every individual user in every real universe', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 0xffff_ffffn }).map(Number), fc.integer({ min: 1, max: 4 }), fc.boolean(), (accountId, universe, zero) => {
        const steamId = compose(accountId, 1, AccountType.ACCOUNT_TYPE_INDIVIDUAL, universe);
        const text = rightOf(formatSteam2(steamId, { publicUniverseAsZero: zero }));
        expect(rightOf(parseSteam2(text))).toBe(steamId);
        expect(rightOf(toSteamId(text))).toBe(steamId);
      }),
    );
  });

  it('never throws on arbitrary text and answers with a reason', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseSteamId(text);
        if (isLeft(parsed)) expect(parsed.left.reason.length).toBeGreaterThan(0);
        else expect(parsed.right >= 0n && parsed.right <= largestSteamId).toBe(true);
      }),
    );
  });
});

describe('toSteamId', () => {
  it('returns a bigint in range unchanged', () => {
    expect(rightOf(toSteamId(76561197960287930n))).toBe(76561197960287930n);
    expect(rightOf(toSteamId(0n))).toBe(0n);
    expect(rightOf(toSteamId(largestSteamId))).toBe(largestSteamId);
  });

  it('accepts safe integer numbers', () => {
    expect(rightOf(toSteamId(22202))).toBe(22202n);
    expect(rightOf(toSteamId(Number.MAX_SAFE_INTEGER))).toBe(BigInt(Number.MAX_SAFE_INTEGER));
    expect(rightOf(toSteamId(-0))).toBe(0n);
  });

  const longText = '7'.repeat(500);

  it.each<[string, unknown, RegExp, string]>([
    ['negative bigint', -1n, /is negative/, '-1'],
    ['bigint over 64 bits', 2n ** 64n, /larger than 64 bits/, '18446744073709551616'],
    ['negative number', -5, /is negative/, '-5'],
    ['fractional number', 1.5, /not a whole number/, '1.5'],
    ['NaN', Number.NaN, /NaN/, 'NaN'],
    ['Infinity', Number.POSITIVE_INFINITY, /not finite/, 'Infinity'],
    ['unsafe number', 2 ** 53, /MAX_SAFE_INTEGER/, '9007199254740992'],
    ['huge negative number', -(2 ** 60), /is negative/, String(-(2 ** 60))],
    ['empty string', '', /is empty/, ''],
    ['padded decimal', ' 76561197960287930', /whitespace/, ' 76561197960287930'],
    ['negative decimal', '-76561197960287930', /is negative/, '-76561197960287930'],
    ['decimal over 64 bits', '18446744073709551616', /larger than 64 bits/, '18446744073709551616'],
    ['21 digits', '123456789012345678901', /more than 20 digits/, '123456789012345678901'],
    ['exponent notation', '7.6e16', /not a whole decimal number/, '7.6e16'],
    ['fractional decimal', '12.5', /not a whole decimal number/, '12.5'],
    ['hex', '0x1100001', /not a Steam64 decimal number, a Steam2 ID/, '0x1100001'],
    ['words', 'gaben', /not a Steam64 decimal number/, 'gaben'],
    ['Steam2 middle part 2', 'STEAM_1:2:5', /middle part must be 0 or 1, got 2/, 'STEAM_1:2:5'],
    ['Steam2 unknown universe', 'STEAM_5:0:1', /universe 5 is not a known universe/, 'STEAM_5:0:1'],
    ['Steam2 account too large', 'STEAM_1:1:2147483648', /does not fit in 32 bits/, 'STEAM_1:1:2147483648'],
    ['Steam2 missing part', 'STEAM_1:0', /not Steam2 text/, 'STEAM_1:0'],
    ['Steam2 negative part', 'STEAM_1:0:-3', /not Steam2 text/, 'STEAM_1:0:-3'],
    ['Steam3 unknown letter', '[X:1:2]', /unknown Steam3 account type letter 'X'/, '[X:1:2]'],
    ['Steam3 unknown universe', '[U:9:2]', /universe 9 is not a known universe/, '[U:9:2]'],
    ['Steam3 account too large', '[U:1:4294967296]', /account ID 4294967296 does not fit in 32 bits/, '[U:1:4294967296]'],
    ['Steam3 instance too large', '[U:1:2:1048576]', /instance 1048576 does not fit in 20 bits/, '[U:1:2:1048576]'],
    ['Steam3 unclosed', '[U:1:2', /not Steam3 text/, '[U:1:2'],
    ['Steam3 negative account', '[U:1:-2]', /not Steam3 text/, '[U:1:-2]'],
    ['Steam3 without brackets', 'U:1:2', /not a Steam64 decimal number/, 'U:1:2'],
    ['null', null, /got null/, 'null'],
    ['undefined', undefined, /got undefined/, 'undefined'],
    ['object', { steamId: 1 }, /got an object/, 'an object'],
    ['array', [1], /got an array/, 'an array'],
    ['boolean', true, /got true/, 'true'],
    ['very long text', longText, /more than 20 digits/, `${'7'.repeat(100)}…`],
  ])('%s is a Left with a readable reason', (_case, input, reason, shownInput) => {
    const error = leftOf(toSteamId(input));
    expect(error._tag).toBe('InvalidSteamId');
    expect(error.reason).toMatch(reason);
    expect(error.input).toBe(shownInput);
    expect(error.message).toBe(`Invalid Steam ID ${JSON.stringify(shownInput)}: ${error.reason}`);
  });
});

describe('steamIdFromParts', () => {
  it('defaults the instance as CSteamID::Set does', () => {
    const instanceOf = (accountType: number): number =>
      getInstance(rightOf(steamIdFromParts({ accountId: 5, accountType, universe: Universe.UNIVERSE_PUBLIC })));
    expect(instanceOf(AccountType.ACCOUNT_TYPE_INDIVIDUAL)).toBe(abi.steamId.individualUserDefaultInstance);
    expect(instanceOf(AccountType.ACCOUNT_TYPE_CLAN)).toBe(0);
    expect(instanceOf(AccountType.ACCOUNT_TYPE_GAME_SERVER)).toBe(0);
    expect(instanceOf(AccountType.ACCOUNT_TYPE_CHAT)).toBe(1);
  });

  it('keeps an explicit instance', () => {
    const steamId = rightOf(steamIdFromParts({ accountId: 5, instance: 0, accountType: AccountType.ACCOUNT_TYPE_INDIVIDUAL, universe: 1 }));
    expect(toSteamIdParts(steamId)).toEqual({ accountId: 5, instance: 0, accountType: 1, universe: 1 });
  });

  it.each<[string, { accountId: number; instance?: number; accountType: number; universe: number }, RegExp]>([
    ['negative account', { accountId: -1, accountType: 1, universe: 1 }, /accountId must be an integer from 0 to 4294967295, got -1/],
    ['account over 32 bits', { accountId: 2 ** 32, accountType: 1, universe: 1 }, /accountId must be/],
    ['fractional account', { accountId: 1.5, accountType: 1, universe: 1 }, /accountId must be/],
    ['NaN account', { accountId: Number.NaN, accountType: 1, universe: 1 }, /got NaN/],
    ['instance over 20 bits', { accountId: 1, instance: 2 ** 20, accountType: 1, universe: 1 }, /instance must be an integer from 0 to 1048575/],
    ['negative instance', { accountId: 1, instance: -1, accountType: 1, universe: 1 }, /instance must be/],
    ['account type Max', { accountId: 1, accountType: AccountType.ACCOUNT_TYPE_MAX, universe: 1 }, /accountType must be a known account type/],
    ['account type 15', { accountId: 1, accountType: 15, universe: 1 }, /got 15/],
    ['universe Max', { accountId: 1, accountType: 1, universe: Universe.UNIVERSE_MAX }, /universe must be a known universe from 0 to 4, got 5/],
  ])('%s is a Left', (_case, parts, reason) => {
    const error = leftOf(steamIdFromParts(parts));
    expect(error._tag).toBe('InvalidSteamId');
    expect(error.reason).toMatch(reason);
    expect(error.message).toContain(error.reason);
  });
});

describe('predicates', () => {
  const individual = compose(22202, 1, AccountType.ACCOUNT_TYPE_INDIVIDUAL, 1);

  it.each([
    ['individual', individual, true],
    ['individual with account 0', compose(0, 1, 1, 1), false],
    ['individual with instance 2', compose(5, 2, 1, 1), false],
    ['individual with instance 0', compose(5, 0, 1, 1), false],
    ['clan', compose(4, 0, AccountType.ACCOUNT_TYPE_CLAN, 1), true],
    ['clan with an instance', compose(4, 1, AccountType.ACCOUNT_TYPE_CLAN, 1), false],
    ['clan with account 0', compose(0, 0, AccountType.ACCOUNT_TYPE_CLAN, 1), false],
    ['persistent game server', compose(9, 3, AccountType.ACCOUNT_TYPE_GAME_SERVER, 1), true],
    ['persistent game server with account 0', compose(0, 0, AccountType.ACCOUNT_TYPE_GAME_SERVER, 1), false],
    ['blank anonymous game server', compose(0, 0, AccountType.ACCOUNT_TYPE_ANON_GAME_SERVER, 1), true],
    ['lobby', compose(7, ChatSteamIdInstanceFlags.CHAT_INSTANCE_FLAG_LOBBY, AccountType.ACCOUNT_TYPE_CHAT, 1), true],
    ['invalid account type', compose(5, 1, AccountType.ACCOUNT_TYPE_INVALID, 1), false],
    ['account type Max', compose(5, 1, AccountType.ACCOUNT_TYPE_MAX, 1), false],
    ['account type 15', compose(5, 0, 15, 1), false],
    ['invalid universe', compose(5, 1, 1, Universe.UNIVERSE_INVALID), false],
    ['universe Max', compose(5, 1, 1, Universe.UNIVERSE_MAX), false],
    ['dev universe', compose(5, 1, 1, Universe.UNIVERSE_DEV), true],
  ])('isValid(%s) for %s is %s', (_case, steamId, expected) => {
    expect(isValid(steamId)).toBe(expected);
  });

  it('classifies account types as CSteamID does', () => {
    const ofType = (accountType: number, instance = 0, accountId = 3): bigint => compose(accountId, instance, accountType, 1);
    expect(isIndividual(individual)).toBe(true);
    expect(isIndividual(ofType(AccountType.ACCOUNT_TYPE_CONSOLE_USER))).toBe(true);
    expect(isIndividual(ofType(AccountType.ACCOUNT_TYPE_GAME_SERVER))).toBe(false);
    expect(isGameServer(ofType(AccountType.ACCOUNT_TYPE_GAME_SERVER))).toBe(true);
    expect(isGameServer(ofType(AccountType.ACCOUNT_TYPE_ANON_GAME_SERVER))).toBe(true);
    expect(isGameServer(individual)).toBe(false);
    expect(isPersistentGameServer(ofType(AccountType.ACCOUNT_TYPE_GAME_SERVER))).toBe(true);
    expect(isPersistentGameServer(ofType(AccountType.ACCOUNT_TYPE_ANON_GAME_SERVER))).toBe(false);
    expect(isAnonGameServer(ofType(AccountType.ACCOUNT_TYPE_ANON_GAME_SERVER))).toBe(true);
    expect(isAnonGameServer(ofType(AccountType.ACCOUNT_TYPE_GAME_SERVER))).toBe(false);
    expect(isAnonymous(ofType(AccountType.ACCOUNT_TYPE_ANON_USER))).toBe(true);
    expect(isAnonymous(ofType(AccountType.ACCOUNT_TYPE_ANON_GAME_SERVER))).toBe(true);
    expect(isAnonymous(individual)).toBe(false);
    expect(isAnonUser(ofType(AccountType.ACCOUNT_TYPE_ANON_USER))).toBe(true);
    expect(isAnonUser(ofType(AccountType.ACCOUNT_TYPE_ANON_GAME_SERVER))).toBe(false);
    expect(isBlankAnonAccount(ofType(AccountType.ACCOUNT_TYPE_ANON_GAME_SERVER, 0, 0))).toBe(true);
    expect(isBlankAnonAccount(ofType(AccountType.ACCOUNT_TYPE_ANON_GAME_SERVER, 1, 0))).toBe(false);
    expect(isBlankAnonAccount(ofType(AccountType.ACCOUNT_TYPE_ANON_GAME_SERVER, 0, 1))).toBe(false);
    expect(isConsoleUser(ofType(AccountType.ACCOUNT_TYPE_CONSOLE_USER))).toBe(true);
    expect(isContentServer(ofType(AccountType.ACCOUNT_TYPE_CONTENT_SERVER))).toBe(true);
    expect(isClan(ofType(AccountType.ACCOUNT_TYPE_CLAN))).toBe(true);
    expect(isClan(ofType(AccountType.ACCOUNT_TYPE_CHAT, ChatSteamIdInstanceFlags.CHAT_INSTANCE_FLAG_CLAN))).toBe(false);
    expect(isChat(ofType(AccountType.ACCOUNT_TYPE_CHAT))).toBe(true);
    expect(isLobby(ofType(AccountType.ACCOUNT_TYPE_CHAT, ChatSteamIdInstanceFlags.CHAT_INSTANCE_FLAG_LOBBY))).toBe(true);
    expect(isLobby(ofType(AccountType.ACCOUNT_TYPE_CHAT, ChatSteamIdInstanceFlags.CHAT_INSTANCE_FLAG_CLAN))).toBe(false);
    expect(isLobby(ofType(AccountType.ACCOUNT_TYPE_CLAN, ChatSteamIdInstanceFlags.CHAT_INSTANCE_FLAG_LOBBY))).toBe(false);
  });

  it('drops only the instance for the static account key', () => {
    const seat = compose(77, 3, AccountType.ACCOUNT_TYPE_MULTISEAT, 1);
    expect(getStaticAccountKey(seat)).toBe(compose(77, 0, AccountType.ACCOUNT_TYPE_MULTISEAT, 1));
    expect(getStaticAccountKey(largestSteamId)).toBe(largestSteamId - (0xf_ffffn << 32n));
  });
});

describe('io-ts codecs', () => {
  it('SteamId accepts bigints in range only', () => {
    expect(SteamId.decode(76561197960287930n)).toEqual({ _tag: 'Right', right: 76561197960287930n });
    expect(SteamId.is(largestSteamId)).toBe(true);
    expect(SteamId.is(largestSteamId + 1n)).toBe(false);
    expect(SteamId.is(-1n)).toBe(false);
    expect(SteamId.is(1)).toBe(false);
    const negative = SteamId.decode(-1n);
    if (isRight(negative)) throw new Error('negative bigint decoded');
    expect(negative.left[0]?.message).toMatch(/from 0 to 2\^64-1/);
    const text = SteamId.decode('76561197960287930');
    if (isRight(text)) throw new Error('string decoded as a bigint Steam ID');
    expect(text.left[0]?.message).toMatch(/must be a bigint/);
    expect(SteamId.encode(5n)).toBe(5n);
  });

  it('SteamIdFromString reads all three forms and encodes Steam64 text', () => {
    for (const text of ['76561197960287930', 'STEAM_0:0:11101', '[U:1:22202]']) {
      expect(SteamIdFromString.decode(text)).toEqual({ _tag: 'Right', right: 76561197960287930n });
    }
    expect(SteamIdFromString.encode(76561197960287930n)).toBe('76561197960287930');
    expect(SteamIdFromString.is(76561197960287930n)).toBe(true);
  });

  it('the codecs, built on first use, are io-ts Types in every way a consumer composes them', () => {
    expect(SteamId).toBeInstanceOf(t.Type);
    expect(SteamIdFromString).toBeInstanceOf(t.Type);
    expect(SteamId.name).toBe('SteamId');
    expect('validate' in SteamIdFromString).toBe(true);
    const player = t.type({ id: SteamIdFromString, name: t.string });
    expect(player.decode({ id: '[U:1:22202]', name: 'a' })).toEqual({ _tag: 'Right', right: { id: 76561197960287930n, name: 'a' } });
    expect(isLeft(player.decode({ id: 'nope', name: 'a' }))).toBe(true);
    expect(player.encode({ id: 76561197960287930n, name: 'a' })).toEqual({ id: '76561197960287930', name: 'a' });
    const nonZero = SteamId.pipe(new t.Type<bigint, bigint, bigint>('NonZero', (value): value is bigint => value === 0n ? false : typeof value === 'bigint', (value, context) => (value === 0n ? t.failure(value, context) : t.success(value)), t.identity));
    expect(isRight(nonZero.decode(5n))).toBe(true);
    expect(isLeft(nonZero.decode(0n))).toBe(true);
  });

  it('SteamIdFromString fails with the parser reason', () => {
    const bad = SteamIdFromString.decode('[X:1:2]');
    if (isRight(bad)) throw new Error('bad text decoded');
    expect(bad.left[0]?.message).toMatch(/unknown Steam3 account type letter 'X'/);
    const notText = SteamIdFromString.decode(76561197960287930n);
    if (isRight(notText)) throw new Error('bigint decoded as text');
    expect(notText.left[0]?.message).toMatch(/must be a string/);
  });
});
