/**
 * Runs in a child process (see real-library.test.ts): init Valve's real libsteam_api through the
 * native core with no Steam client around, and report what happened as one JSON line on stdout.
 * A child, because Valve's init touches process-wide state (threads, signal handlers, its own
 * stdout/stderr chatter) that must not leak into the jest worker.
 */
import { isLeft } from 'fp-ts/Either';
import { loadNativeCore } from '../../native/native-core';

const libraryPath = process.argv[2] ?? '';
const loaded = loadNativeCore({ libraryPath });
if (isLeft(loaded)) {
  process.stdout.write(`RESULT ${JSON.stringify({ loaded: false, error: loaded.left })}\n`);
} else {
  const core = loaded.right;
  const client = core.initClient();
  const clientLiveAfter = core.clientLive;
  core.runCallbacks();
  core.shutdownClient();
  const server = core.initServer({ ip: 0, gamePort: 27015, queryPort: 27016, serverMode: 1, versionString: '1.0.0.0' });
  const serverLiveAfter = core.serverLive;
  core.runCallbacks();
  core.shutdownServer();
  const report = {
    loaded: true,
    client: isLeft(client) ? { failure: client.left } : { live: true },
    clientLiveAfter,
    server: isLeft(server) ? { failure: server.left } : { live: true },
    serverLiveAfter,
    carriedOn: true,
  };
  if (!isLeft(client)) core.shutdownClient();
  if (!isLeft(server)) core.shutdownServer();
  process.stdout.write(`RESULT ${JSON.stringify(report)}\n`);
}
