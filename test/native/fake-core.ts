/** Test helper: the native core over the fake library, reset to a clean state. */
import { isLeft } from 'fp-ts/Either';
import { loadNativeCore, type NativeSteamCore } from '../../native/native-core';
import { loadFakeSteam, type FakeSteam } from '../fake/fake-steam';
import type { ClientSession, ServerInitArguments, ServerSession } from '../../native/steam-core';

export interface FakeCore {
  readonly core: NativeSteamCore;
  readonly fake: FakeSteam;
}

let cached: FakeCore | undefined;

/** The core and the driver over the same fake .so; shuts both sessions and resets the fake. */
export const freshFakeCore = (): FakeCore => {
  if (cached === undefined) {
    const fake = loadFakeSteam();
    const loaded = loadNativeCore({ libraryPath: fake.libraryPath });
    if (isLeft(loaded)) throw new Error(loaded.left.message);
    cached = { core: loaded.right, fake };
  }
  cached.core.shutdownClient();
  cached.core.shutdownServer();
  cached.fake.reset();
  return cached;
};

export const serverArguments: ServerInitArguments = {
  ip: 0x7f000001,
  gamePort: 27015,
  queryPort: 27016,
  serverMode: 3,
  versionString: '1.0.0.0',
};

/** initClient that must succeed. */
export const liveClient = (core: NativeSteamCore): ClientSession => {
  const session = core.initClient();
  if (isLeft(session)) throw new Error(`initClient failed: ${session.left.message}`);
  return session.right;
};

/** initServer that must succeed. */
export const liveServer = (core: NativeSteamCore, args: ServerInitArguments = serverArguments): ServerSession => {
  const session = core.initServer(args);
  if (isLeft(session)) throw new Error(`initServer failed: ${session.left.message}`);
  return session.right;
};
