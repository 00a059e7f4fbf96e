/**
 * The profile card example: runProfile on the simulated Steam (persona, friends online with rich
 * presence, the avatar preview or PNG, DLC owned), the PNG it writes decoded back to the avatar's
 * pixels, and `npm run example:profile` itself.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { isRight } from 'fp-ts/Either';
import { encodePng } from '../../examples/profile/png';
import { runProfile, terminalPreview } from '../../examples/profile/profile-card';

const root = path.join(__dirname, '..', '..');

/** Decodes the PNGs encodePng writes (RGBA, 8 bits, filter 0 rows) back to their pixels. */
const decodePng = (file: Buffer): { width: number; height: number; rgba: Uint8Array } => {
  expect([...file.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (at < file.byteLength) {
    const length = file.readUInt32BE(at);
    const type = file.toString('latin1', at + 4, at + 8);
    const data = file.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([...data.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    }
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(idat));
  const rgba = new Uint8Array(width * height * 4);
  for (let row = 0; row < height; row += 1) {
    expect(rows[row * (1 + width * 4)]).toBe(0);
    rgba.set(rows.subarray(row * (1 + width * 4) + 1, (row + 1) * (1 + width * 4)), row * width * 4);
  }
  return { width, height, rgba };
};

describe('the profile card example', () => {
  it('prints the persona, the friends online with their rich presence, an avatar preview and the DLC owned', async () => {
    const lines: string[] = [];
    const outcome = await runProfile({ log: (line) => lines.push(line) });
    expect(isRight(outcome)).toBe(true);
    expect(lines[0]).toBe('Profile card on the simulated Steam');
    expect(lines[1]).toMatch(/^You \(\d+\): Online, Steam level 12$/);
    expect(lines.slice(2, 5)).toEqual(['Friends online: 2 of 3', '  Ann: Online, playing app 480: status "In the arena", score "3 - 1"', '  Cat: Away, playing app 570']);
    expect(lines[5]).toBe('Avatar (128x128):');
    expect(lines.slice(6, 14).every((line) => /^ {2}\|.{16}\|$/.test(line))).toBe(true);
    expect(lines.at(-1)).toBe('DLC owned: Soundtrack (1001) (of 2)');
  });

  it('--png writes the avatar as a PNG that decodes to the same 128×128 pixels as the preview', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'profile-'));
    try {
      const file = path.join(folder, 'avatar.png');
      const lines: string[] = [];
      expect(isRight(await runProfile({ png: file, log: (line) => lines.push(line) }))).toBe(true);
      expect(lines).toContain(`Avatar (128x128) written to ${file}`);
      const image = decodePng(readFileSync(file));
      expect([image.width, image.height]).toEqual([128, 128]);
      const preview: string[] = [];
      await runProfile({ log: (line) => preview.push(line) });
      expect(terminalPreview(image).map((row) => `  |${row}|`)).toEqual(preview.slice(6, 14));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('encodePng round-trips any pixels and refuses a wrong byte count', () => {
    const rgba = Uint8Array.from({ length: 3 * 2 * 4 }, (_, index) => (index * 37) % 256);
    expect(decodePng(encodePng(3, 2, rgba))).toEqual({ width: 3, height: 2, rgba });
    expect(() => encodePng(3, 2, new Uint8Array(5))).toThrow(RangeError);
  });
});

describe('npm run example:profile', () => {
  it('runs the card to its last line with exit code 0; a bad argument exits 2', () => {
    const child = spawnSync('npm', ['run', '--silent', 'example:profile'], { cwd: root, encoding: 'utf8', timeout: 90_000 });
    expect({ status: child.status, signal: child.signal, stderr: child.stderr.replace(/^npm warn.*\n/gm, '') }).toEqual({ status: 0, signal: null, stderr: '' });
    const lines = child.stdout.trim().split('\n');
    expect(lines[0]).toBe('Profile card on the simulated Steam');
    expect(lines.at(-1)).toBe('DLC owned: Soundtrack (1001) (of 2)');
    const bad = spawnSync('npm', ['run', '--silent', 'example:profile', '--', '--nope'], { cwd: root, encoding: 'utf8', timeout: 90_000 });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--help');
  }, 120_000);
});
