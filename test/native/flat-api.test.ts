import { readFileSync } from 'node:fs';
import path from 'node:path';
import koffi from 'koffi';
import { isRight } from 'fp-ts/Either';
import { bindFlatApi, flatApiDeclaration, flatApiSymbols, toBigInt, type FlatSymbol } from '../../native/flat-api';
import { outputPath as fakeLibraryPath } from '../fake/build';

interface AbiFunction {
  readonly name: string;
  readonly exportedByValveLinuxLib: boolean;
  readonly returnsCanonical: string;
  readonly paramsCanonical: readonly string[];
}
// The first ABI file holds exactly the interfaces the SDK binds (core, User, GameServer, the Utils it calls).
const abi = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'abi', 'steamworks-abi-1.60.json'), 'utf8')) as { functions: readonly AbiFunction[] };
const exported = abi.functions.filter((declared) => declared.exportedByValveLinuxLib);

/** Size in bytes a canonical C type occupies as an argument or result (x86-64). */
const canonicalSize = (type: string): number => {
  if (type === 'void') return 0;
  if (type.endsWith('*') || type.startsWith('char (*)')) return 8;
  if (type === 'bool') return 1;
  if (type === 'unsigned short') return 2;
  if (type === 'unsigned long long') return 8;
  if (type === 'SteamIPAddress_t') return 20;
  return 4; // int, unsigned int, enums
};

describe('flat API declarations', () => {
  it('declare exactly the functions the 1.60 Linux library exports', () => {
    expect([...flatApiSymbols].sort()).toEqual(exported.map((declared) => declared.name).sort());
    expect(flatApiSymbols).toHaveLength(103);
  });

  it.each(exported.map((declared) => [declared.name, declared] as const))('%s matches the ABI arity and widths', (name, declared) => {
    const { result, parameters } = flatApiDeclaration(name as FlatSymbol);
    expect(parameters).toHaveLength(declared.paramsCanonical.length);
    expect(declared.returnsCanonical === 'void' ? 0 : koffi.sizeof(result)).toBe(canonicalSize(declared.returnsCanonical));
    parameters.forEach((parameter, index) => {
      const canonical = declared.paramsCanonical[index] ?? '';
      expect([name, index, koffi.sizeof(parameter)]).toEqual([name, index, canonicalSize(canonical)]);
      if (canonical === 'bool') expect(koffi.type(parameter).primitive).toBe('Bool');
      if (canonical === 'unsigned long long') expect(koffi.type(parameter).primitive).toBe('UInt64');
    });
    if (declared.returnsCanonical === 'unsigned long long') expect(koffi.type(result).primitive).toBe('UInt64');
  });

  it('C bool is one byte in koffi', () => {
    expect(koffi.sizeof('bool')).toBe(1);
  });

  it('binds every declared function of the fake library', () => {
    const bound = bindFlatApi(koffi.load(fakeLibraryPath));
    expect(isRight(bound)).toBe(true);
  });

  it('toBigInt keeps koffi numbers and bigints exact', () => {
    expect(toBigInt(2 ** 53)).toBe(9007199254740992n);
    expect(toBigInt(76561198265685624n)).toBe(76561198265685624n);
    expect(toBigInt(0)).toBe(0n);
  });
});
