/**
 * Runs in a child process (see process-lifetime.test.ts): a client and a game server on the fake
 * library with the automatic pump on the default asyncScheduler, then one scenario. It prints what
 * happened as `RESULT {json}` lines and, on exit, `EXIT {json}`; whether the process exits on its
 * own at all is what the test looks at.
 *
 * Scenarios (argv[2]); argv[3] is the fake library's path, argv[4] the response delay in ms:
 * - `shutdown`: shuts both down.
 * - `idle`: shuts nothing down, with a stream subscribed and nothing awaited.
 * - `ticket`: an authTicket$ whose response the fake posts the delay after the request; takes the
 *   ticket (then lets it go) and shuts nothing down.
 * - `call`: a call result the fake delivers the delay after the call, with no call-result timeout
 *   (`callResultTimeoutMs: Infinity`), so nothing but the pump's hold can keep the process up.
 */
import { isRight } from 'fp-ts/Either';
import { take } from 'rxjs';
import { EServerMode } from '../../native/enums';
import type { FlatSymbol } from '../../native/flat-api';
import { hostPlatform, layoutOf, layoutsFor } from '../../native/struct-layouts';
import { writeStruct } from '../../native/struct-bytes';
import { serverInit } from '../../src/init/server-init';
import { steamInit } from '../../src/init/steam-init';
import { loadFakeSteam } from '../fake/fake-steam';

const scenario = process.argv[2] ?? '';
const libraryPath = process.argv[3] ?? '';
const DELAY_MS = Number(process.argv[4] ?? '0');
const started = performance.now();
const elapsed = (): number => Math.round(performance.now() - started);
const report = (tag: 'RESULT' | 'EXIT', value: Record<string, unknown>): void => {
  process.stdout.write(`${tag} ${JSON.stringify({ ...value, atMs: elapsed() })}\n`);
};
const fake = loadFakeSteam(libraryPath);
fake.reset();
const GET_TICKET = 'SteamAPI_ISteamUser_GetAuthSessionTicket' as FlatSymbol;
const ENCRYPTED_TICKET = 'SteamAPI_ISteamUser_RequestEncryptedAppTicket' as FlatSymbol;
const CLIENT_PIPE = 1;

const options = { backend: 'native' as const, libraryPath, ...(scenario === 'call' ? { callResultTimeoutMs: Infinity } : {}) };
const client = steamInit(options);
const server = serverInit('0.0.0.0', 27015, 27016, EServerMode.AuthenticationAndSecure, '1.0.0.0', options);
if (!isRight(client) || !isRight(server)) {
  report('RESULT', { failed: 'init' });
  process.exit(2);
}
const steam = client.right;
const gameServer = server.right;
process.on('exit', (code) => report('EXIT', { code, awaiting: steam.pump.awaiting }));
report('RESULT', { initialised: true, pump: steam.pump.mode, sharedPump: steam.pump === gameServer.pump });

switch (scenario) {
  case 'shutdown':
    gameServer.serverShutdown();
    steam.shutdown();
    report('RESULT', { shutDown: true });
    break;
  case 'idle':
    steam.validateAuthTicketResponse$.subscribe();
    gameServer.validateAuthTicketResponse$.subscribe();
    report('RESULT', { awaiting: steam.pump.awaiting });
    break;
  case 'ticket': {
    fake.setOutput(GET_TICKET, Uint8Array.of(1, 2, 3, 4));
    fake.setReturn(GET_TICKET, 77);
    fake.setTicketResponseDelay(DELAY_MS);
    steam
      .authTicket$()
      .pipe(take(1))
      .subscribe((ticket) => report('RESULT', { ticket: isRight(ticket) ? ticket.right.id : ticket.left._tag, awaiting: steam.pump.awaiting }));
    report('RESULT', { awaiting: steam.pump.awaiting });
    break;
  }
  case 'call': {
    const apiCall = 0x42n;
    const layout = layoutOf(layoutsFor(hostPlatform()), 'EncryptedAppTicketResponse_t');
    fake.setReturn(ENCRYPTED_TICKET, apiCall);
    fake.queueCallResultAfter(CLIENT_PIPE, apiCall, layout.callbackId ?? 0, writeStruct(layout, { m_eResult: 1 }), false, DELAY_MS);
    steam.requestEncryptedAppTicket('x').subscribe((answer) => report('RESULT', { answered: isRight(answer), awaiting: steam.pump.awaiting }));
    report('RESULT', { awaiting: steam.pump.awaiting });
    break;
  }
  default:
    report('RESULT', { failed: `unknown scenario ${scenario}` });
    process.exitCode = 2;
}
