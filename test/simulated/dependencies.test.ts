/**
 * The simulated Steam may import the port and struct layouts beside it (native/), rxjs and Node's
 * own modules, nothing else (ARCHITECTURE.md): it is the model every other layer is tested on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = join(__dirname, '../../native/simulated');

/** Every module specifier a source file imports or re-exports from. */
const importsOf = (source: string): string[] => [...source.matchAll(/\bfrom\s+'([^']+)'/g)].map((match) => match[1] ?? '');

const allowed = (specifier: string): boolean =>
  specifier.startsWith('./') || specifier.startsWith('../') || specifier === 'rxjs' || specifier.startsWith('node:');

describe('native/simulated dependencies', () => {
  const files = readdirSync(folder).filter((name) => name.endsWith('.ts'));

  it('finds the sources', () => {
    expect(files).toContain('create-simulated-steam.ts');
  });

  it.each(files)('%s imports only native/, rxjs and node: modules', (name) => {
    const outside = importsOf(readFileSync(join(folder, name), 'utf8')).filter((specifier) => !allowed(specifier));
    expect(outside).toEqual([]);
  });

  it('imports from .. stay inside native/', () => {
    const escaping = files.flatMap((name) =>
      importsOf(readFileSync(join(folder, name), 'utf8'))
        .filter((specifier) => specifier.startsWith('../../'))
        .map((specifier) => `${name}: ${specifier}`),
    );
    expect(escaping).toEqual([]);
  });
});
