/**
 * examples/electron-bridge/steam-library.ts: the path given to steamInit({ libraryPath }) in
 * development and once packaged, for each platform Valve ships a library for.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { libraryFileName, redistributableFolder, steamLibraryPath } from '../../examples/electron-bridge/steam-library';

const where = { resourcesPath: '/opt/Game/resources', projectRoot: '/home/dev/game' };

describe('steamLibraryPath', () => {
  it.each([
    ['win32', 'x64', 'win64', 'steam_api64.dll'],
    ['linux', 'x64', 'linux64', 'libsteam_api.so'],
    ['darwin', 'arm64', 'osx', 'libsteam_api.dylib'],
    ['darwin', 'x64', 'osx', 'libsteam_api.dylib'],
  ])('on %s %s: %s/%s', (platform, arch, folder, file) => {
    expect(steamLibraryPath({ ...where, packaged: false, platform, arch })).toBe(path.join('/home/dev/game', 'steam', folder, file));
    expect(steamLibraryPath({ ...where, packaged: true, platform, arch })).toBe(path.join('/opt/Game/resources', 'steam', file));
  });

  it('has no library for a platform the SDK does not ship one for', () => {
    expect(redistributableFolder('win32', 'ia32')).toBeUndefined();
    expect(steamLibraryPath({ ...where, packaged: true, platform: 'linux', arch: 'arm64' })).toBeUndefined();
  });

  it("names the files as Valve's redistributables are named (the copies in the steamworks.js dev dependency)", () => {
    const redistributables = path.resolve(__dirname, '../../node_modules/steamworks.js/dist');
    for (const folder of ['win64', 'linux64', 'osx'] as const) {
      expect(existsSync(path.join(redistributables, folder, libraryFileName(folder)))).toBe(true);
    }
  });
});
