/**
 * The simulated Steam (top-level simulated/) may import the port types, struct layouts and helpers
 * of native/, rxjs and Node's own modules, nothing else (ARCHITECTURE.md): it is the model every
 * other layer is tested on, and it touches no native code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = join(__dirname, '../../simulated');

/** Every module specifier a source file imports or re-exports from. */
const importsOf = (source: string): string[] => [...source.matchAll(/\bfrom\s+'([^']+)'/g)].map((match) => match[1] ?? '');

const allowed = (specifier: string): boolean =>
  specifier.startsWith('./') || specifier.startsWith('../native/') || specifier === 'rxjs' || specifier.startsWith('node:');

/** Modules of native/ that load koffi or Valve's library: the simulated Steam must never reach them. */
const nativeCode = ['../native/flat-api', '../native/native-core', '../native/library-loader', '../native/koffi-struct-type', '../native/manual-dispatch', '../native/native-memory'];

describe('simulated dependencies', () => {
  const files = readdirSync(folder).filter((name) => name.endsWith('.ts'));

  it('finds the sources', () => {
    expect(files).toContain('create-simulated-steam.ts');
  });

  it.each(files)('%s imports only native/, rxjs and node: modules', (name) => {
    const outside = importsOf(readFileSync(join(folder, name), 'utf8')).filter((specifier) => !allowed(specifier));
    expect(outside).toEqual([]);
  });

  it('imports no native code: only port types, layouts and helpers from native/', () => {
    const native = files.flatMap((name) =>
      importsOf(readFileSync(join(folder, name), 'utf8'))
        .filter((specifier) => nativeCode.some((module) => specifier === module || specifier.startsWith(`${module}/`)))
        .map((specifier) => `${name}: ${specifier}`),
    );
    expect(native).toEqual([]);
  });
});
