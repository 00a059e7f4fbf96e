/**
 * examples/dedicated-server/Dockerfile, checked as a file (there is no Docker engine here): every
 * path it copies from the context exists and is not ignored, every stage it copies from is
 * defined, the tsconfig it compiles type-checks and emits the file its CMD runs, the ports it
 * exposes are the server's defaults, and the run-time dependencies are the lockfile's versions.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { DEFAULT_GAME_PORT, DEFAULT_QUERY_PORT } from '../../examples/dedicated-server/config';

const ROOT = path.resolve(__dirname, '../..');
const FOLDER = 'examples/dedicated-server';
const read = (relative: string): string => readFileSync(path.join(ROOT, relative), 'utf8');

interface Instruction {
  readonly keyword: string;
  readonly args: string;
}

/** The Dockerfile's instructions: comments dropped, continuation lines joined. */
const instructions = (dockerfile: string): readonly Instruction[] =>
  dockerfile
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });

const dockerfile = instructions(read(`${FOLDER}/Dockerfile`));
const all = (keyword: string): readonly string[] => dockerfile.filter((instruction) => instruction.keyword === keyword).map((instruction) => instruction.args);

/** A COPY's flags, sources and destination. */
const parseCopy = (args: string): { readonly from: string | undefined; readonly sources: readonly string[]; readonly destination: string } => {
  const words = args.split(/\s+/);
  const flags = words.filter((word) => word.startsWith('--'));
  const paths = words.filter((word) => !word.startsWith('--'));
  const from = flags.find((flag) => flag.startsWith('--from='))?.slice('--from='.length);
  return { from, sources: paths.slice(0, -1), destination: paths[paths.length - 1] ?? '' };
};

/** The ignore file's patterns, which this test understands only in two forms: `**\/name` and `name`. */
const ignored = read(`${FOLDER}/Dockerfile.dockerignore`)
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line.length > 0 && !line.startsWith('#'));

const isIgnored = (source: string): boolean => {
  const segments = source.replace(/^\.\//, '').split('/');
  return ignored.some((pattern) => (pattern.startsWith('**/') ? segments.includes(pattern.slice(3)) : segments[0] === pattern));
};

describe('the dedicated server Dockerfile', () => {
  it('understands its ignore file', () => {
    expect(ignored.every((pattern) => /^(\*\*\/)?[\w.-]+$/.test(pattern))).toBe(true);
    expect(isIgnored('node_modules/koffi')).toBe(true);
    expect(isIgnored('examples/x/node_modules')).toBe(true);
    expect(isIgnored('src')).toBe(false);
  });

  it('copies from the build context only paths that exist in the repository and are not ignored', () => {
    const fromContext = all('COPY').map(parseCopy).filter((copy) => copy.from === undefined);
    expect(fromContext.length).toBeGreaterThan(0);
    for (const copy of fromContext) {
      for (const source of copy.sources) {
        expect({ source, exists: existsSync(path.join(ROOT, source)), ignored: isIgnored(source) }).toEqual({ source, exists: true, ignored: false });
      }
    }
  });

  it('copies from stages it defines earlier', () => {
    const stages: string[] = [];
    for (const instruction of dockerfile) {
      if (instruction.keyword === 'FROM') {
        const named = /\bAS\s+(\S+)$/i.exec(instruction.args);
        if (named?.[1] !== undefined) stages.push(named[1]);
      }
      if (instruction.keyword === 'COPY') {
        const { from } = parseCopy(instruction.args);
        if (from !== undefined) expect(stages).toContain(from);
      }
    }
  });

  it('exposes the server defaults: players on the game port over TCP, Steam queries on the query port over UDP', () => {
    const exposed = all('EXPOSE').flatMap((args) => args.split(/\s+/));
    expect(exposed.sort()).toEqual([`${DEFAULT_GAME_PORT}/tcp`, `${DEFAULT_QUERY_PORT}/udp`].sort());
  });

  it('puts steamclient.so in ~/.steam/sdk64 of the user the server runs as, and names the libsteam_api.so it copies', () => {
    const user = all('USER');
    expect(user).toEqual(['node']);
    const destinations = all('COPY').map(parseCopy).map((copy) => copy.destination);
    expect(destinations).toContain('/home/node/.steam/sdk64/steamclient.so');
    const library = all('ENV').find((env) => env.startsWith('STEAM_API_LIBRARY='))?.split('=')[1];
    expect(library).toBe('/app/steam/libsteam_api.so');
    // The build stage copies it from the steamworks.js dev dependency the lockfile installs.
    const copied = all('RUN').find((run) => run.includes('libsteam_api.so'));
    const source = copied?.match(/cp (\S+) \/app\/steam\//)?.[1];
    expect(source).toBe('node_modules/steamworks.js/dist/linux64/libsteam_api.so');
    expect(existsSync(path.join(ROOT, source ?? ''))).toBe(true);
  });

  it('installs at run time the SDK dependency and peers at the lockfile versions', () => {
    const runtime = JSON.parse(read(`${FOLDER}/runtime-package.json`)) as { dependencies: Record<string, string> };
    const manifest = JSON.parse(read('package.json')) as { dependencies: Record<string, string>; peerDependencies: Record<string, string> };
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version?: string }> };
    const needed = [...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies)].sort();
    expect(Object.keys(runtime.dependencies).sort()).toEqual(needed);
    for (const name of needed) expect([name, runtime.dependencies[name]]).toEqual([name, lock.packages[`node_modules/${name}`]?.version]);
  });

  it('compiles a server that type-checks, into the file its CMD runs', () => {
    const command = JSON.parse(all('CMD')[0] ?? '[]') as string[];
    expect(command[0]).toBe('node');
    const compile = all('RUN').find((run) => run.startsWith('npx tsc -p '));
    const tsconfig = compile?.slice('npx tsc -p '.length).trim() ?? '';
    expect(tsconfig).toBe(`${FOLDER}/tsconfig.json`);

    const parsed = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, tsconfig), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => { throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')); } });
    if (parsed === undefined) throw new Error(`cannot read ${tsconfig}`);
    const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(diagnostics).toEqual([]);
    const emitted: string[] = [];
    program.emit(undefined, (fileName) => emitted.push(path.relative(ROOT, fileName)));
    // WORKDIR /app is the context's root, and the build stage's /app/build is copied to /app/build.
    expect(emitted).toContain(command[1]);
  }, 120_000);
});
