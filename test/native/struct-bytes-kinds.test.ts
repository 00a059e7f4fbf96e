/**
 * struct-bytes reads and writes every scalar kind of the generated structs (floats, signed and
 * 64-bit integers, CGameID), and keeps nested structs and scalar arrays as bytes that say what
 * they hold: the later slices (Friends, UserStats, Networking) decode such members.
 */
import { readElements, readStruct, writeStruct, isShortBuffer, type FieldValue, type RawStruct } from '../../native/struct-bytes';
import { decoderLayoutsFor, type StructLayout } from '../../native/struct-layouts';
import type { AbiStruct } from '../../native/generated/abi-types';
import { coreStructs } from '../../native/generated/core';
import { friendsStructs } from '../../native/generated/friends';
import { userStatsStructs } from '../../native/generated/user-stats';
import { networkingTypesStructs } from '../../native/generated/networking-types';
import { networkingSocketsStructs } from '../../native/generated/networking-sockets';
import { networkingMessagesStructs } from '../../native/generated/networking-messages';
import { networkingUtilsStructs } from '../../native/generated/networking-utils';
import { inputStructs } from '../../native/generated/input';
import { utilsStructs } from '../../native/generated/utils';

const allStructs: readonly AbiStruct[] = [
  ...coreStructs, ...utilsStructs, ...friendsStructs, ...userStatsStructs, ...networkingTypesStructs,
  ...networkingSocketsStructs, ...networkingMessagesStructs, ...networkingUtilsStructs, ...inputStructs,
];

const sample = (layout: StructLayout): Record<string, FieldValue> => {
  const values: Record<string, FieldValue> = {};
  layout.fields.forEach((member, index) => {
    switch (member.kind) {
      case 'bool':
        values[member.name] = index % 2 === 0;
        break;
      case 'int8':
      case 'int16':
      case 'int32':
        values[member.name] = -(index + 1);
        break;
      case 'float':
        values[member.name] = index + 0.5;
        break;
      case 'double':
        values[member.name] = -(index + 0.25);
        break;
      case 'int64':
        values[member.name] = -(2n ** 40n) - BigInt(index);
        break;
      case 'uint64':
      case 'steamId':
      case 'gameId':
      case 'pointer':
        values[member.name] = 2n ** 63n + BigInt(index);
        break;
      case 'chars':
        values[member.name] = member.size > 1 ? 'x' : '';
        break;
      case 'bytes':
        values[member.name] = new Uint8Array(member.size).fill((index % 200) + 1);
        break;
      default:
        values[member.name] = index + 1;
    }
  });
  return values;
};

describe('every generated struct round-trips through writeStruct and readStruct', () => {
  for (const platform of ['linux64', 'win64'] as const) {
    const layoutOf = decoderLayoutsFor(allStructs, platform);
    const decodable = allStructs.filter((struct) => !struct.fields.some((field) => field.kind === 'struct' && field.length !== undefined));
    it(`on ${platform} (${decodable.length} structs)`, () => {
      for (const struct of decodable) {
        const layout = layoutOf(struct.name);
        const values = sample(layout);
        const read = readStruct(layout, writeStruct(layout, values));
        if (isShortBuffer(read)) throw new Error(`${struct.name} read short`);
        expect([struct.name, read]).toEqual([struct.name, values as RawStruct]);
      }
    });
  }
});

describe('scalar kinds are read from the bytes a C compiler writes', () => {
  const layout = decoderLayoutsFor(allStructs, 'linux64');
  it('float and int32 (InputAnalogActionData_t is pack 1: eMode, x, y, bActive)', () => {
    const analog = layout('InputAnalogActionData_t');
    const bytes = new Uint8Array(analog.size);
    const view = new DataView(bytes.buffer);
    view.setInt32(analog.field['eMode']?.offset ?? -1, -2, true);
    view.setFloat32(analog.field['x']?.offset ?? -1, 0.75, true);
    view.setFloat32(analog.field['y']?.offset ?? -1, -1.5, true);
    bytes[analog.field['bActive']?.offset ?? -1] = 1;
    expect(readStruct(analog, bytes)).toEqual({ eMode: -2, x: 0.75, y: -1.5, bActive: true });
  });

  it('an int64 member is read signed', () => {
    const withInt64 = allStructs.find((struct) => struct.fields.some((field) => field.kind === 'int64' && field.length === undefined));
    if (withInt64 === undefined) throw new Error('no generated struct with an int64 member');
    const int64Layout = layout(withInt64.name);
    const member = int64Layout.fields.find((field) => field.kind === 'int64');
    if (member === undefined) throw new Error('no int64 field');
    const bytes = new Uint8Array(int64Layout.size);
    new DataView(bytes.buffer).setBigInt64(member.offset, -5n, true);
    const read = readStruct(int64Layout, bytes) as RawStruct;
    expect(read[member.name]).toBe(-5n);
  });
});

describe('nested structs and scalar arrays stay bytes that say what they hold', () => {
  const layout = decoderLayoutsFor(allStructs, 'linux64');
  it('SteamNetConnectionStatusChangedCallback_t keeps its SteamNetConnectionInfo_t as bytes readable by that layout', () => {
    const changed = layout('SteamNetConnectionStatusChangedCallback_t');
    const info = changed.fields.find((field) => field.struct === 'SteamNetConnectionInfo_t');
    expect(info?.kind).toBe('bytes');
    expect(info?.size).toBe(layout('SteamNetConnectionInfo_t').size);
  });

  it('a CSteamID array (FriendsEnumerateFollowingList_t.m_rgSteamID) reads as its elements', () => {
    const following = layout('FriendsEnumerateFollowingList_t');
    const ids = following.field['m_rgSteamID'];
    expect(ids?.elements).toEqual({ kind: 'steamId', count: 50 });
    const bytes = new Uint8Array(following.size);
    const view = new DataView(bytes.buffer);
    view.setBigUint64((ids?.offset ?? 0) + 8, 76561197960287930n, true);
    const read = readStruct(following, bytes) as RawStruct;
    const elements = readElements(read['m_rgSteamID'] as Uint8Array, { kind: 'steamId', count: 50 });
    expect(elements).toHaveLength(50);
    expect(elements[1]).toBe(76561197960287930n);
  });

  it('readElements never reads past the bytes it is given', () => {
    expect(readElements(new Uint8Array(10), { kind: 'int32', count: 50 })).toEqual([0, 0]);
  });
});
