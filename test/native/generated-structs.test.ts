/**
 * Every struct of BOTH ABI files, laid out by koffi from the generated declarations for BOTH
 * packings on this host (pack 4 for linux64 callback structs, pack 8 for win64, pack(1) types,
 * natural alignment), against the measured sizes, alignments and member offsets in the JSON; and
 * the generated data itself against the same numbers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AbiStruct } from '../../native/generated/abi-types';
import { abiSlices } from '../../native/generated/all';
import { abiLayoutsFor } from '../../native/struct-layouts';
import type { Platform } from '../../native/steam-core';

interface JsonField {
  readonly name: string;
  readonly offset: number;
  readonly size: number;
}
interface JsonLayout {
  readonly size: number;
  readonly align: number;
  readonly fields: readonly JsonField[];
}
interface JsonStruct {
  readonly name: string;
  readonly callbackId: number | null;
  readonly linux64: JsonLayout;
  readonly win64: JsonLayout;
}

const abiFile = (name: string): { readonly structs: readonly JsonStruct[] } =>
  JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'abi', name), 'utf8')) as { structs: readonly JsonStruct[] };
const measured = [...abiFile('steamworks-abi-1.60.json').structs, ...abiFile('steamworks-abi-1.60-more.json').structs];
const generated: readonly AbiStruct[] = abiSlices.flatMap((slice) => slice.structs);
const generatedByName = new Map(generated.map((struct) => [struct.name, struct] as const));

/** "m_val.m_int32 (union member)" → "m_int32" (and its union "m_val"). */
const UNION_MEMBER = / \(union member\)$/;
const memberName = (name: string): string => name.replace(UNION_MEMBER, '').replace(/^.*\./, '');

it('generates every struct of both files, each once', () => {
  expect(new Set(generated.map((struct) => struct.name)).size).toBe(generated.length);
  expect([...generatedByName.keys()].sort()).toEqual([...new Set(measured.map((struct) => struct.name))].sort());
});

describe.each<Platform>(['linux64', 'win64'])('on %s', (platform) => {
  const layoutOf = abiLayoutsFor(generated, platform);

  // The two files both measure SteamAPICallCompleted_t and SteamNetworkingIdentity: both records are checked.
  it.each(measured.map((struct, index) => [`${struct.name}#${index}`, struct] as const))(
    '%s: koffi lays it out as measured (size, alignment, callback id, every member)',
    (_name, struct) => {
      const numbers = struct[platform];
      const layout = layoutOf(struct.name);
      expect({ size: layout.size, align: layout.align }).toEqual({ size: numbers.size, align: numbers.align });
      expect(layout.callbackId).toBe(struct.callbackId ?? undefined);
      for (const field of numbers.fields) {
        const name = field.name.replace(UNION_MEMBER, '');
        const declared = layout.field[name];
        if (declared !== undefined && !UNION_MEMBER.test(field.name)) {
          expect({ field: name, offset: declared.offset, size: declared.size }).toEqual({ field: name, offset: field.offset, size: field.size });
          continue;
        }
        // A union member (or the first file's "(in anonymous union)" members): it lies wholly
        // inside the union's bytes, and the generated union lists it with its measured size.
        const union = layout.fields.find((member) => member.kind === 'bytes' && member.offset <= field.offset && field.offset + field.size <= member.offset + member.size);
        expect({ field: name, insideUnionBytes: union !== undefined }).toEqual({ field: name, insideUnionBytes: true });
        const viewed = generatedByName.get(struct.name)?.fields.find((member) => member.name === union?.name)?.union?.find((member) => member.name === memberName(field.name));
        expect({ field: name, size: viewed?.size }).toEqual({ field: name, size: field.size });
      }
    },
  );

  it.each(generated.map((struct) => [struct.name, struct] as const))('%s: the generated numbers are koffi\'s', (_name, struct) => {
    const layout = layoutOf(struct.name);
    expect({ size: layout.size, align: layout.align }).toEqual({ size: struct[platform].size, align: struct[platform].align });
    expect(layout.fields.map((field) => [field.name, field.offset, field.size])).toEqual(
      struct.fields.map((field) => [field.name, field[platform].offset, field[platform].size]),
    );
  });
});

it('the packings differ where the JSON says (pack 4 caps 8-byte members at 4; pack 8 does not)', () => {
  const linux = abiLayoutsFor(generated, 'linux64');
  const windows = abiLayoutsFor(generated, 'win64');
  // The header's own packing check: 24 bytes under pack 4, 32 under pack 8.
  expect([linux('ValvePackingSentinel_t').size, windows('ValvePackingSentinel_t').size]).toEqual([24, 32]);
  expect([linux('SteamUGCDetails_t').size, windows('SteamUGCDetails_t').size]).toEqual([9772, 9784]);
  expect([linux('LeaderboardEntry_t').size, windows('LeaderboardEntry_t').size]).toEqual([28, 32]);
  // A nested struct follows its own packing: SteamNetConnectionInfo_t inside the status callback.
  expect([linux('SteamNetConnectionStatusChangedCallback_t').field['m_info']?.offset, windows('SteamNetConnectionStatusChangedCallback_t').field['m_info']?.offset]).toEqual([4, 8]);
});
