/**
 * The README's marble-testing snippet is type-checked by test/docs; this runs it too, so the
 * latencies it shows (ticket at 5 ms, validation at 10 ms) stay true of the simulated Steam.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

const testingSnippet = (): string => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  const snippet = blocks.find((block) => block.includes('createSimulatedSteam') && block.includes('scheduler.run'));
  if (snippet === undefined) throw new Error('README.md has no marble-testing snippet');
  return snippet;
};

describe("README's testing snippet", () => {
  it('runs, and its marble expectation holds', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'steamworks-rx-readme-'));
    try {
      const source = testingSnippet()
        .replace("from 'steamworks-rx/testing'", `from ${JSON.stringify(path.join(root, 'src', 'testing'))}`)
        .replace("from 'steamworks-rx'", `from ${JSON.stringify(path.join(root, 'src'))}`)
        .replace("throw new Error('marbles differ');", "throw new Error(`marbles differ: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`);");
      const file = path.join(folder, 'snippet.ts');
      writeFileSync(file, `${source}\nconsole.log('snippet ran');\n`);
      const child = spawnSync(process.execPath, ['-r', path.join(root, 'scripts', 'register-typescript.js'), file], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
      });
      expect(child.stderr).toBe('');
      expect(child.stdout.trim()).toBe('snippet ran');
      expect(child.status).toBe(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
