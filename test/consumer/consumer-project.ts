/**
 * A throw-away consumer project: the repository packed with `npm pack` (which builds through
 * prepack), installed from the tarball beside other versions of the peer dependencies than the
 * repository's own dev copies, with the fixtures copied in. Everything lives in one temporary
 * folder that `remove()` deletes.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand, type CommandResult } from './run-command';

export const REPOSITORY_ROOT = join(__dirname, '..', '..');
export const FIXTURES = join(__dirname, 'fixtures');

/**
 * The consumer's peers: rxjs a different patch than the repository's dev copy, fp-ts and io-ts
 * the lowest versions package.json's peer ranges admit, so the ranges are tried, not assumed.
 */
export const CONSUMER_PEERS = { rxjs: '7.8.1', 'fp-ts': '2.16.0', 'io-ts': '2.2.18' } as const;

const NPM_TIMEOUT_MS = 4 * 60_000;

export interface ConsumerProject {
  readonly tarball: string;
  /** The project folder: package.json, node_modules, the fixtures. */
  readonly directory: string;
  readonly remove: () => void;
}

const installedVersion = (nodeModules: string, name: string): string =>
  (JSON.parse(readFileSync(join(nodeModules, name, 'package.json'), 'utf8')) as { version: string }).version;

export const repositoryVersionOf = (name: string): string => installedVersion(join(REPOSITORY_ROOT, 'node_modules'), name);
export const consumerVersionOf = (project: ConsumerProject, name: string): string => installedVersion(join(project.directory, 'node_modules'), name);

const succeed = (result: CommandResult): CommandResult => {
  if (result.status !== 0) throw new Error(result.transcript);
  return result;
};

const pack = async (destination: string): Promise<string> => {
  succeed(await runCommand('npm', ['pack', '--silent', '--pack-destination', destination], REPOSITORY_ROOT, NPM_TIMEOUT_MS));
  const tarballs = readdirSync(destination).filter((name) => name.endsWith('.tgz'));
  if (tarballs.length !== 1 || tarballs[0] === undefined) throw new Error(`npm pack left ${tarballs.length} tarballs in ${destination}`);
  return join(destination, tarballs[0]);
};

export const createConsumerProject = async (): Promise<ConsumerProject> => {
  const root = mkdtempSync(join(tmpdir(), 'steamworks-rx-consumer-'));
  const remove = (): void => rmSync(root, { recursive: true, force: true });
  try {
    const tarball = await pack(root);
    const directory = join(root, 'project');
    mkdirSync(directory);
    const manifest = {
      name: 'steamworks-rx-consumer',
      private: true,
      dependencies: {
        'steamworks-rx': `file:${tarball}`,
        ...CONSUMER_PEERS,
        // The repository's own version, so npm finds it in the cache that `npm ci` just filled.
        '@types/node': repositoryVersionOf('@types/node'),
      },
    };
    writeFileSync(join(directory, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    succeed(await runCommand('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], directory, NPM_TIMEOUT_MS));
    for (const fixture of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, fixture), join(directory, fixture));
    return { tarball, directory, remove };
  } catch (error) {
    remove();
    throw error;
  }
};
