import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as native from '../../native/enums';
import * as enums from '../../src/enums';

// CI runs from a clean clone with ../shared beside the repository.
const shared = join(__dirname, '../../../shared');
const readShared = (path: string): string => readFileSync(join(shared, path), 'utf8');
const abi = JSON.parse(readShared('steamworks-abi-1.60.json')) as { enums: Record<string, Record<string, number>> };

interface PublicEnum {
  readonly name: string;
  readonly values: Readonly<Record<string, number>>;
  /** The ABI enum it must match value for value; undefined for GameIDType, which is not in the flat ABI. */
  readonly abiName: keyof typeof native | undefined;
  /** Describes one enumerator; flag enums answer with a list. */
  readonly describe: (value: number) => string | readonly string[];
}

const publicEnums: readonly PublicEnum[] = [
  { name: 'AccountType', values: enums.AccountType, abiName: 'EAccountType', describe: enums.describeAccountType },
  { name: 'AuthSessionResponse', values: enums.AuthSessionResponse, abiName: 'EAuthSessionResponse', describe: enums.describeAuthSessionResponse },
  {
    name: 'BeginAuthSessionResult',
    values: enums.BeginAuthSessionResult,
    abiName: 'EBeginAuthSessionResult',
    describe: enums.describeBeginAuthSessionResult,
  },
  {
    name: 'ChatSteamIdInstanceFlags',
    values: enums.ChatSteamIdInstanceFlags,
    abiName: 'EChatSteamIDInstanceFlags',
    describe: enums.describeChatSteamIdInstanceFlag,
  },
  { name: 'DenyReason', values: enums.DenyReason, abiName: 'EDenyReason', describe: enums.describeDenyReason },
  {
    name: 'DurationControlNotification',
    values: enums.DurationControlNotification,
    abiName: 'EDurationControlNotification',
    describe: enums.describeDurationControlNotification,
  },
  {
    name: 'DurationControlOnlineState',
    values: enums.DurationControlOnlineState,
    abiName: 'EDurationControlOnlineState',
    describe: enums.describeDurationControlOnlineState,
  },
  {
    name: 'DurationControlProgress',
    values: enums.DurationControlProgress,
    abiName: 'EDurationControlProgress',
    describe: enums.describeDurationControlProgress,
  },
  { name: 'FailureType', values: enums.FailureType, abiName: 'EFailureType', describe: enums.describeFailureType },
  { name: 'GameIDType', values: enums.GameIDType, abiName: undefined, describe: enums.describeGameIDType },
  {
    name: 'MarketNotAllowedReasonFlags',
    values: enums.MarketNotAllowedReasonFlags,
    abiName: 'EMarketNotAllowedReasonFlags',
    describe: enums.describeMarketNotAllowedReasonFlags,
  },
  { name: 'Result', values: enums.Result, abiName: 'EResult', describe: enums.describeResult },
  { name: 'ServerMode', values: enums.ServerMode, abiName: 'EServerMode', describe: enums.describeServerMode },
  { name: 'SteamAPICallFailure', values: enums.SteamAPICallFailure, abiName: 'ESteamAPICallFailure', describe: enums.describeSteamAPICallFailure },
  { name: 'SteamAPIInitResult', values: enums.SteamAPIInitResult, abiName: 'ESteamAPIInitResult', describe: enums.describeSteamAPIInitResult },
  { name: 'Universe', values: enums.Universe, abiName: 'EUniverse', describe: enums.describeUniverse },
  {
    name: 'UserHasLicenseForAppResult',
    values: enums.UserHasLicenseForAppResult,
    abiName: 'EUserHasLicenseForAppResult',
    describe: enums.describeUserHasLicenseForAppResult,
  },
  { name: 'VoiceResult', values: enums.VoiceResult, abiName: 'EVoiceResult', describe: enums.describeVoiceResult },
];
const publicEnumNamed = (name: string): PublicEnum => {
  const found = publicEnums.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no public enum ${name}`);
  return found;
};
const sortedValues = (record: Readonly<Record<string, number>>): number[] => Object.values(record).sort((a, b) => a - b);

/** The spec's enum tables: `### Name` followed by rows whose first cell is the enumerator and a later cell the value. */
const specEnumTables = (markdown: string): Map<string, Map<string, number>> => {
  const enumsSection = markdown.slice(markdown.search(/^## .*Enums$/m));
  const tables = new Map<string, Map<string, number>>();
  for (const section of enumsSection.split(/^### /m).slice(1)) {
    const [title = '', ...lines] = section.split('\n');
    const rows = new Map<string, number>();
    for (const line of lines) {
      const cells = line.split('|').map((cell) => cell.trim());
      const enumerator = cells[0] ?? '';
      const value = cells.find((cell, index) => index > 0 && /^-?\d+$/.test(cell));
      if (/^[A-Z][A-Z0-9_]+$/.test(enumerator) && value !== undefined) rows.set(enumerator, Number(value));
    }
    tables.set(title.trim(), rows);
  }
  return tables;
};

describe('enum values', () => {
  const specTables = [...specEnumTables(readShared('spec/server.md')), ...specEnumTables(readShared('spec/user.md'))];

  it('covers every enum table of the spec', () => {
    expect(specTables.map(([name]) => name).sort()).toEqual(
      [
        'AccountType',
        'AuthSessionResponse',
        'BeginAuthSessionResult',
        'DenyReason',
        'FailureType',
        'GameIDType',
        'Result',
        'ServerMode',
        'SteamAPIInitResult',
        'Universe',
      ].sort(),
    );
  });

  it.each(specTables)("%s has every enumerator of the spec with the spec's value", (name, rows) => {
    expect(rows.size).toBeGreaterThan(0);
    const publicEnum = publicEnumNamed(name);
    for (const [enumerator, value] of rows) expect([enumerator, publicEnum.values[enumerator]]).toEqual([enumerator, value]);
  });

  it.each(publicEnums.filter((publicEnum) => publicEnum.abiName !== undefined).map((publicEnum) => [publicEnum.name, publicEnum] as const))(
    '%s has exactly the values of the ABI, once each',
    (_name, publicEnum) => {
      const abiName = publicEnum.abiName ?? '';
      const nativeEnum = native[abiName as keyof typeof native] as Readonly<Record<string, number>>;
      const jsonEnum = abi.enums[abiName];
      if (jsonEnum === undefined) throw new Error(`${abiName} missing from the ABI JSON`);
      const values = sortedValues(publicEnum.values);
      expect(new Set(values).size).toBe(values.length);
      expect(values).toEqual(sortedValues(nativeEnum));
      expect(values).toEqual(sortedValues(jsonEnum));
    },
  );

  it('names the enumerators in the spec style', () => {
    for (const publicEnum of publicEnums) {
      for (const enumerator of Object.keys(publicEnum.values)) expect(enumerator).toMatch(/^[A-Z][A-Z0-9_]*$/);
    }
  });
});

describe('descriptions', () => {
  it.each(publicEnums.map((publicEnum) => [publicEnum.name, publicEnum] as const))('every %s enumerator has its own description', (_name, publicEnum) => {
    const seen = new Set<string>();
    for (const value of Object.values(publicEnum.values)) {
      const description = publicEnum.describe(value);
      const text = typeof description === 'string' ? description : description.join(' ');
      if (typeof description === 'string') expect(description.length).toBeGreaterThan(3);
      expect(text).not.toMatch(/unknown/);
      expect(seen.has(text)).toBe(false);
      seen.add(text);
    }
  });

  it.each(publicEnums.filter((publicEnum) => publicEnum.name !== 'MarketNotAllowedReasonFlags').map((publicEnum) => [publicEnum.name, publicEnum] as const))(
    '%s describes unknown values without throwing',
    (name, publicEnum) => {
      expect(publicEnum.describe(9999)).toBe(`unknown ${name} value 9999`);
      expect(publicEnum.describe(Number.NaN)).toBe(`unknown ${name} value NaN`);
      expect(publicEnum.describe(0.5)).toBe(`unknown ${name} value 0.5`);
    },
  );

  // The tutorial's GDScript `match` blocks: the first kind answers validate_auth_ticket_response, the one
  // inside _validate_Auth_Session answers beginAuthSession.
  const tutorial = readShared('spec/tutorial-authentication.md');
  const verboseResponses = (text: string): Map<number, string> =>
    new Map([...text.matchAll(/(\d+): VERBOSE_RESPONSE = "([^"]*)"/g)].map((match) => [Number(match[1]), match[2] ?? '']));
  const beginAt = tutorial.indexOf('func _validate_Auth_Session(');

  it("describes AuthSessionResponse with the tutorial's verbose responses", () => {
    const expected = verboseResponses(tutorial.slice(0, beginAt));
    expect(expected.size).toBe(10);
    for (const [value, text] of expected) expect(enums.describeAuthSessionResponse(value)).toBe(text);
    expect(enums.describeAuthSessionResponse(0)).toBe('Steam has verified the user is online, the ticket is valid and ticket has not been reused.');
  });

  it("describes BeginAuthSessionResult with the tutorial's verbose responses", () => {
    const expected = verboseResponses(tutorial.slice(beginAt));
    expect(expected.size).toBe(6);
    for (const [value, text] of expected) expect(enums.describeBeginAuthSessionResult(value)).toBe(text);
  });

  it("describes SteamAPIInitResult with the spec's verbal strings", () => {
    const expected = [...readShared('spec/server.md').matchAll(/^\s*\* (\d+) \/ "([^"]*)"$/gm)].map((match) => [Number(match[1]), match[2]] as const);
    expect(expected).toHaveLength(4);
    for (const [value, text] of expected) expect(enums.describeSteamAPIInitResult(value)).toBe(text);
    expect(enums.describeSteamAPIInitResult(enums.SteamAPIInitResult.STEAM_API_INIT_RESULT_NO_STEAM_CLIENT)).toBe(
      "Cannot connect to Steam, client probably isn't running",
    );
  });

  it('describes Result values in words', () => {
    expect(enums.describeResult(enums.Result.RESULT_OK)).toBe('Success.');
    expect(enums.describeResult(enums.Result.RESULT_LIMIT_EXCEEDED)).toMatch(/limit was exceeded/);
    expect(enums.describeResult(4)).toBe('unknown Result value 4'); // 4 was removed from the SDK
  });

  it('lists the reasons set in MarketNotAllowedReasonFlags, lowest bit first', () => {
    const flags = enums.MarketNotAllowedReasonFlags;
    expect(enums.describeMarketNotAllowedReasonFlags(flags.MARKET_NOT_ALLOWED_REASON_NONE)).toEqual([]);
    expect(
      enums.describeMarketNotAllowedReasonFlags(flags.MARKET_NOT_ALLOWED_REASON_TRADE_BANNED | flags.MARKET_NOT_ALLOWED_REASON_TEMPORARY_FAILURE),
    ).toEqual(['A back-end call failed; it might work again on retry.', 'The account is banned from trading items.']);
    const all = Object.values(flags).reduce<number>((union, flag) => union | flag, 0);
    expect(enums.describeMarketNotAllowedReasonFlags(all)).toHaveLength(Object.keys(flags).length - 1);
  });

  it('reports unknown MarketNotAllowedReasonFlags bits and non-flag values without throwing', () => {
    const flags = enums.MarketNotAllowedReasonFlags;
    expect(enums.describeMarketNotAllowedReasonFlags(flags.MARKET_NOT_ALLOWED_REASON_ACCOUNT_LIMITED | (1 << 20) | (1 << 16))).toEqual([
      'The account is limited (no purchases).',
      `unknown MarketNotAllowedReasonFlags value ${(1 << 20) + (1 << 16)}`,
    ]);
    expect(enums.describeMarketNotAllowedReasonFlags(0x8000_0000)).toEqual(['unknown MarketNotAllowedReasonFlags value 2147483648']);
    expect(enums.describeMarketNotAllowedReasonFlags(-1)).toEqual(['unknown MarketNotAllowedReasonFlags value -1']);
    expect(enums.describeMarketNotAllowedReasonFlags(1.5)).toEqual(['unknown MarketNotAllowedReasonFlags value 1.5']);
    expect(enums.describeMarketNotAllowedReasonFlags(2 ** 32)).toEqual(['unknown MarketNotAllowedReasonFlags value 4294967296']);
  });

  it('lists the chat flags of an instance, ignoring the 12 instance bits', () => {
    const flags = enums.ChatSteamIdInstanceFlags;
    expect(enums.describeChatSteamIdInstanceFlags(flags.CHAT_INSTANCE_FLAG_LOBBY | flags.CHAT_INSTANCE_FLAG_MMS_LOBBY | 5)).toEqual([
      'Matchmaking service lobby.',
      'Lobby.',
    ]);
    expect(enums.describeChatSteamIdInstanceFlags(flags.CHAT_ACCOUNT_INSTANCE_MASK)).toEqual([]);
    expect(enums.describeChatSteamIdInstanceFlags(0x1000)).toEqual(['unknown ChatSteamIdInstanceFlags value 4096']);
    expect(enums.describeChatSteamIdInstanceFlags(-3)).toEqual(['unknown ChatSteamIdInstanceFlags value -3']);
  });

  it('describes duration control notifications for the notification_verbal field', () => {
    expect(enums.describeDurationControlNotification(enums.DurationControlNotification.DURATION_CONTROL_NOTIFICATION_NONE)).toBe(
      'Just informing you about progress, no notification to show.',
    );
    expect(enums.describeDurationControlNotification(42)).toBe('unknown DurationControlNotification value 42');
  });
});
