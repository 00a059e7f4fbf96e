/**
 * Every struct of the ABI JSON, built through koffi for BOTH packings on this host (pack 4 for
 * linux64, pack 8 for win64), against the measured sizes, alignments and field offsets.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { layoutsFor } from '../../native/struct-layouts';
import type { Platform } from '../../native/steam-core';

interface AbiField {
  readonly name: string;
  readonly offset: number;
  readonly size: number;
}
interface AbiStruct {
  readonly name: string;
  readonly callbackId?: number;
  readonly linux64: { readonly size: number; readonly align: number; readonly fields: readonly AbiField[] };
  readonly win64: { readonly size: number; readonly align: number; readonly fields: readonly AbiField[] };
}

// The decoders' table is the first ABI file's structs plus the callback structs of the slices
// that decode theirs (ISteamUtils, ISteamApps, ISteamFriends but its clan chat and chat message
// callbacks (out of scope), ISteamUserStats with LeaderboardEntry_t, ISteamGameServerStats and the
// three networking interfaces, measured in the second file) and the networking structs those nest,
// less PS3TrophiesInstalled_t (it shares 1112 with GlobalStatsReceived_t and never reaches a PC, so
// the table leaves it out); test/native/generated-structs.test.ts checks every struct of both files.
const readAbi = (file: string): { structs: readonly (AbiStruct & { readonly header?: string })[] } =>
  JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'abi', file), 'utf8')) as { structs: readonly (AbiStruct & { readonly header?: string })[] };
const first = readAbi('steamworks-abi-1.60.json');
const sliceHeaders = new Set(['isteamutils.h', 'isteamapps.h', 'isteamfriends.h', 'isteamuserstats.h', 'isteamgameserverstats.h', 'isteamnetworkingmessages.h', 'isteamnetworkingsockets.h', 'isteamnetworkingutils.h']);
const leftOut = new Set([
  // Friends: clan chat rooms and chat messages are out of scope.
  'GameConnectedClanChatMsg_t',
  'GameConnectedChatJoin_t',
  'GameConnectedChatLeave_t',
  'JoinClanChatRoomCompletionResult_t',
  'GameConnectedFriendChatMsg_t',
  'PS3TrophiesInstalled_t',
]);
const nestedNetworkingStructs = new Set(['SteamNetworkingIPAddr', 'SteamNetConnectionInfo_t']);
const firstNames = new Set(first.structs.map((struct) => struct.name));
const abi = {
  structs: [
    ...first.structs,
    ...readAbi('steamworks-abi-1.60-more.json').structs.filter(
      (struct) => (sliceHeaders.has(struct.header ?? '') || nestedNetworkingStructs.has(struct.name)) && !firstNames.has(struct.name) && !leftOut.has(struct.name),
    ),
  ],
};

const UNION_MEMBER = ' (union member)';

describe.each<Platform>(['linux64', 'win64'])('struct layouts on %s', (platform) => {
  const table = layoutsFor(platform);

  it('declares exactly the structs of the ABI JSON', () => {
    expect(Object.keys(table.byName).sort()).toEqual(abi.structs.map((struct) => struct.name).sort());
  });

  it.each(abi.structs.map((struct) => [struct.name, struct] as const))('%s: size, alignment, callback id and every field offset', (_name, struct) => {
    const measured = struct[platform];
    const layout = table.byName[struct.name];
    expect(layout).toBeDefined();
    if (layout === undefined) return;
    expect(layout.size).toBe(measured.size);
    expect(layout.align).toBe(measured.align);
    expect(layout.callbackId).toBe(struct.callbackId ?? undefined);
    for (const field of measured.fields) {
      const name = field.name.replace(UNION_MEMBER, '');
      const declared = layout.field[name];
      if (declared !== undefined) {
        expect({ field: name, offset: declared.offset }).toEqual({ field: name, offset: field.offset });
        continue;
      }
      // A union kept as raw bytes: the member must sit wholly inside one declared byte range.
      const container = layout.fields.find((member) => member.kind === 'bytes' && member.offset <= field.offset && field.offset + field.size <= member.offset + member.size);
      expect({ field: name, insideRawUnion: container !== undefined }).toEqual({ field: name, insideRawUnion: true });
    }
  });
});

it('the two packings really differ where the JSON says they do (pack 4 caps 8-byte members at 4)', () => {
  const linux = layoutsFor('linux64').byName;
  const windows = layoutsFor('win64').byName;
  expect(linux['GSReputation_t']?.field['m_ulBannedGameID']?.offset).toBe(20);
  expect(windows['GSReputation_t']?.field['m_ulBannedGameID']?.offset).toBe(24);
  expect(linux['CallbackMsg_t']?.size).toBe(20);
  expect(windows['CallbackMsg_t']?.size).toBe(24);
});

it('LeaderboardEntry_t and LeaderboardScoreUploaded_t move their 8-byte members between packings', () => {
  const linux = layoutsFor('linux64').byName;
  const windows = layoutsFor('win64').byName;
  expect([linux['LeaderboardEntry_t']?.size, linux['LeaderboardEntry_t']?.field['m_hUGC']?.offset]).toEqual([28, 20]);
  expect([windows['LeaderboardEntry_t']?.size, windows['LeaderboardEntry_t']?.field['m_hUGC']?.offset]).toEqual([32, 24]);
  expect(linux['LeaderboardScoreUploaded_t']?.field['m_nGlobalRankPrevious']?.offset).toBe(24);
  expect(windows['LeaderboardScoreUploaded_t']?.field['m_nGlobalRankPrevious']?.offset).toBe(28);
});
