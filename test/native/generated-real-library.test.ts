/**
 * Every generated declaration against Valve's libraries from the steamworks.js devDependency,
 * without calling anything: each function the JSON marks exportedByValveLinuxLib is bound by koffi
 * with its generated signature in libsteam_api.so (binding looks the symbol up; it calls nothing),
 * and each one marked exportedByValveWin64Dll is in steam_api64.dll's export table, read from the
 * PE file (nothing is loaded). Functions skipped as not bindable from flat C are checked for
 * presence too, and those neither library exports for absence.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import koffi from 'koffi';
import { abiSlices } from '../../native/generated/all';
import { bindFlatFunctions } from '../../native/flat-api';

interface JsonFunction {
  readonly name: string;
  readonly exportedByValveLinuxLib: boolean;
  readonly exportedByValveWin64Dll: boolean;
}
const abiFunctions = (name: string): readonly JsonFunction[] =>
  (JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'abi', name), 'utf8')) as { functions: readonly JsonFunction[] }).functions;
const functions = new Map([...abiFunctions('steamworks-abi-1.60.json'), ...abiFunctions('steamworks-abi-1.60-more.json')].map((fn) => [fn.name, fn] as const));

const declared = abiSlices.flatMap((slice) => slice.functions);
const skipped = abiSlices.flatMap((slice) => slice.skipped);
const flags = (name: string): JsonFunction => functions.get(name) ?? { name, exportedByValveLinuxLib: false, exportedByValveWin64Dll: false };

const distribution = path.join(__dirname, '..', '..', 'node_modules', 'steamworks.js', 'dist');
const linuxLibrary = path.join(distribution, 'linux64', 'libsteam_api.so');
const windowsLibrary = path.join(distribution, 'win64', 'steam_api64.dll');

const linuxAvailable = process.platform === 'linux' && process.arch === 'x64' && existsSync(linuxLibrary);
if (!linuxAvailable) {
  // eslint-disable-next-line no-console
  console.warn(`generated declarations not bound against ${linuxLibrary}: absent, or not linux x64`);
}

describe("Valve's libsteam_api.so 1.60", () => {
  (linuxAvailable ? it : it.skip)('binds every generated declaration it exports, with its generated signature', () => {
    const library = koffi.load(linuxLibrary);
    const exported = declared.filter((fn) => fn.exportedByValveLinuxLib);
    expect(exported.length).toBeGreaterThan(600);
    const bound = bindFlatFunctions<Record<string, unknown>>(library, exported);
    expect(bound._tag === 'Left' ? bound.left.missing : []).toEqual([]);
  });

  (linuxAvailable ? it : it.skip)('exports the skipped functions it is said to export, and not the others', () => {
    const library = koffi.load(linuxLibrary);
    const present = (name: string): boolean => {
      try {
        // Looked up only: a `void f(void)` signature is never called.
        library.func(name, 'void', []);
        return true;
      } catch {
        return false;
      }
    };
    expect(skipped.map(({ name }) => [name, present(name)])).toEqual(skipped.map(({ name }) => [name, flags(name).exportedByValveLinuxLib]));
  });
});

/** The names a PE32+ file exports (its export directory), read from the file's bytes. */
const peExportNames = (file: Buffer): Set<string> => {
  const pe = file.readUInt32LE(0x3c);
  if (file.toString('latin1', pe, pe + 4) !== 'PE\0\0') throw new Error('not a PE file');
  const sections = file.readUInt16LE(pe + 6);
  const optionalHeader = pe + 24;
  if (file.readUInt16LE(optionalHeader) !== 0x20b) throw new Error('not PE32+');
  const exportDirectory = file.readUInt32LE(optionalHeader + 112);
  const sectionTable = optionalHeader + file.readUInt16LE(pe + 20);
  const offsetOf = (rva: number): number => {
    for (let index = 0; index < sections; index += 1) {
      const section = sectionTable + index * 40;
      const virtualAddress = file.readUInt32LE(section + 12);
      const extent = Math.max(file.readUInt32LE(section + 8), file.readUInt32LE(section + 16));
      if (rva >= virtualAddress && rva < virtualAddress + extent) return rva - virtualAddress + file.readUInt32LE(section + 20);
    }
    throw new Error(`RVA ${rva} is in no section`);
  };
  const directory = offsetOf(exportDirectory);
  const count = file.readUInt32LE(directory + 24);
  const names = offsetOf(file.readUInt32LE(directory + 32));
  const exported = new Set<string>();
  for (let index = 0; index < count; index += 1) {
    const start = offsetOf(file.readUInt32LE(names + index * 4));
    exported.add(file.toString('latin1', start, file.indexOf(0, start)));
  }
  return exported;
};

const windowsAvailable = existsSync(windowsLibrary);
describe("Valve's steam_api64.dll 1.60 (its export table)", () => {
  (windowsAvailable ? it : it.skip)('exports every function the JSON says it does, and none it says it does not', () => {
    const exported = peExportNames(readFileSync(windowsLibrary));
    expect(exported.has('SteamAPI_InitFlat')).toBe(true);
    const all = [...declared.map((fn) => fn.name), ...skipped.map((fn) => fn.name)];
    expect(all.map((name) => [name, exported.has(name)])).toEqual(all.map((name) => [name, flags(name).exportedByValveWin64Dll]));
  });
});
