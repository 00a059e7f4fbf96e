/**
 * Every flat function and enum of BOTH ABI files against what native/generated/ declares: each
 * function is declared or skipped with a reason, exactly once; a declared one has the JSON's
 * arity, export flags and, for every parameter and the result, a koffi type of the canonical C
 * type's size and kind (on x86-64, where linux64 and win64 agree: the generator refuses types
 * that do not); each enum is generated once with the JSON's values.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import koffi from 'koffi';
import type { AbiFunction } from '../../native/generated/abi-types';
import { abiSlices } from '../../native/generated/all';

interface JsonFunction {
  readonly name: string;
  readonly exportedByValveLinuxLib: boolean;
  readonly exportedByValveWin64Dll: boolean;
  readonly returnsCanonical: string;
  readonly paramsCanonical: readonly string[];
  readonly paramsCanonicalWin64?: readonly string[];
}
interface JsonAbi {
  readonly functions: readonly JsonFunction[];
  readonly enums: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly structs: readonly { readonly name: string; readonly linux64: { readonly size: number } }[];
}

const abiFile = (name: string): JsonAbi => JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'abi', name), 'utf8')) as JsonAbi;
const files = [abiFile('steamworks-abi-1.60.json'), abiFile('steamworks-abi-1.60-more.json')];
// The files share 8 ISteamUtils functions (same records): one entry per name.
const functions = new Map(files.flatMap((file) => file.functions.map((fn) => [fn.name, fn] as const)));
const enumNames = new Set(files.flatMap((file) => Object.keys(file.enums)));
const structSizes = new Map(files.flatMap((file) => file.structs.map((struct) => [struct.name, struct.linux64.size] as const)));

const declared: readonly AbiFunction[] = abiSlices.flatMap((slice) => slice.functions);
const skipped = abiSlices.flatMap((slice) => slice.skipped);

/** Size and koffi primitive kind a canonical C type has as an argument or result on x86-64. */
const canonicalShape = (type: string): { readonly size: number; readonly primitive: readonly string[] } => {
  if (type === 'const char *') return { size: 8, primitive: ['String', 'Pointer'] };
  if (type.endsWith('*') || type.endsWith('&') || type.includes('(*)') || type.includes('(&)')) return { size: 8, primitive: ['Pointer'] };
  if (enumNames.has(type)) return { size: 4, primitive: ['Int32'] };
  const struct = structSizes.get(type);
  if (struct !== undefined) return { size: struct, primitive: ['Record'] };
  const scalars: Readonly<Record<string, { readonly size: number; readonly primitive: readonly string[] }>> = {
    void: { size: 0, primitive: ['Void'] },
    bool: { size: 1, primitive: ['Bool'] },
    char: { size: 1, primitive: ['Int8'] },
    'unsigned char': { size: 1, primitive: ['UInt8'] },
    short: { size: 2, primitive: ['Int16'] },
    'unsigned short': { size: 2, primitive: ['UInt16'] },
    int: { size: 4, primitive: ['Int32'] },
    'unsigned int': { size: 4, primitive: ['UInt32'] },
    // linux64's `long` parameters are win64's `long long` (paramsCanonicalWin64): 8 bytes on both.
    long: { size: 8, primitive: ['Int64'] },
    'long long': { size: 8, primitive: ['Int64'] },
    'unsigned long long': { size: 8, primitive: ['UInt64'] },
    float: { size: 4, primitive: ['Float32'] },
    double: { size: 8, primitive: ['Float64'] },
  };
  const scalar = scalars[type];
  if (scalar === undefined) throw new Error(`no shape for canonical type ${type}`);
  return scalar;
};

/** The koffi type object of a declared type; a struct result is checked by its size alone. */
const shapeOf = (spec: AbiFunction['result']): { readonly size: number; readonly primitive: string } =>
  typeof spec === 'string'
    ? { size: spec === 'void' ? 0 : koffi.sizeof(spec), primitive: koffi.type(spec).primitive }
    : { size: structSizes.get(spec.struct) ?? -1, primitive: 'Record' };

describe('flat functions', () => {
  it('every function of both files is declared or skipped, exactly once', () => {
    const names = [...declared.map((fn) => fn.name), ...skipped.map((fn) => fn.name)];
    expect(new Set(names).size).toBe(names.length);
    expect(names.sort()).toEqual([...functions.keys()].sort());
  });

  it('declares every function one of Valve\'s libraries exports unless it cannot be bound from flat C, and says why', () => {
    for (const { name, reason } of skipped) {
      expect({ name, reason: reason.length > 10 }).toEqual({ name, reason: true });
      const fn = functions.get(name);
      if (fn !== undefined && (fn.exportedByValveLinuxLib || fn.exportedByValveWin64Dll)) {
        expect({ name, reason }).toEqual({ name, reason: expect.stringMatching(/function pointer|C\+\+ object|C\+\+ response object|by value/) });
      }
    }
    // What neither library exports (the header-only inlines) is skipped, never declared.
    const exportedByNeither = [...functions.values()].filter((fn) => !fn.exportedByValveLinuxLib && !fn.exportedByValveWin64Dll).map((fn) => fn.name);
    expect(exportedByNeither.length).toBeGreaterThan(0);
    expect(declared.filter((fn) => exportedByNeither.includes(fn.name))).toEqual([]);
  });

  it.each(declared.map((fn) => [fn.name, fn] as const))('%s: arity, export flags and every type as the JSON has it', (name, fn) => {
    const json = functions.get(name);
    if (json === undefined) throw new Error(`${name} is not in the JSON`);
    expect([fn.exportedByValveLinuxLib, fn.exportedByValveWin64Dll]).toEqual([json.exportedByValveLinuxLib, json.exportedByValveWin64Dll]);
    expect(fn.parameters).toHaveLength(json.paramsCanonical.length);
    const expectShape = (where: string, actual: { readonly size: number; readonly primitive: string }, canonical: string): void => {
      const wanted = canonicalShape(canonical);
      expect({ where, size: actual.size, primitive: wanted.primitive.includes(actual.primitive) }).toEqual({ where, size: wanted.size, primitive: true });
    };
    expectShape('result', shapeOf(fn.result), json.returnsCanonical);
    fn.parameters.forEach((parameter, index) => {
      const linux = json.paramsCanonical[index] ?? '';
      expectShape(`parameter ${index}`, shapeOf(parameter), linux);
      const windows = json.paramsCanonicalWin64?.[index];
      if (windows !== undefined && windows !== linux) expectShape(`parameter ${index} (win64)`, shapeOf(parameter), windows);
    });
  });

  it.each(abiSlices.map((slice) => [slice.file, slice] as const))('%s: the typed interface has a method per declaration and no other', (file, slice) => {
    const source = readFileSync(path.join(__dirname, '..', '..', 'native', 'generated', `${file}.ts`), 'utf8');
    const body = /export interface \w+FlatApi \{\n([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
    const methods = [...body.matchAll(/^ {2}(\w+)\(/gm)].map((match) => match[1]);
    expect(methods).toEqual(slice.functions.map((fn) => fn.name));
  });
});

describe('enums', () => {
  const generated = abiSlices.flatMap((slice) => Object.entries(slice.enums));

  it('every enum of both files is generated once', () => {
    expect(generated.map(([name]) => name).sort()).toEqual([...enumNames].sort());
  });

  it.each(generated)('%s has the JSON\'s values (a value above 2^31 - 1 as the int32 the ABI passes), under identifier keys', (name, values) => {
    const json = files.map((file) => file.enums[name]).filter((members) => members !== undefined);
    // The later file's list is the fuller one where both have the enum.
    const members = json[json.length - 1] ?? {};
    const asInt32 = (value: number): number => (value > 2 ** 31 - 1 ? value - 2 ** 32 : value);
    expect(Object.values(values)).toEqual(Object.values(members).map(asInt32));
    for (const key of Object.keys(values)) expect(key).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
    for (const earlier of json) for (const [member, value] of Object.entries(earlier)) expect([member, members[member]]).toEqual([member, value]);
  });
});
