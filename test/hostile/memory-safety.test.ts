/**
 * Every buffer handed to user code is its own copy: never a view into native memory that
 * FreeLastCallback releases (the fake poisons freed payloads with 0xCD), and never a scratch
 * buffer the SDK reuses on the next call. Each test keeps the user's bytes, runs more frames or
 * calls that overwrite what the SDK used, and reads the user's bytes again.
 */
import { EResult, EVoiceResult } from '../../native/enums';
import { writeStruct } from '../../native/struct-bytes';
import { CLIENT_PIPE, SERVER_PIPE, fake, record, rightOf, startNativePair, stopNativePair, structOf } from './hostile-kit';

afterEach(stopNativePair);

const pattern = (length: number, seed: number): Uint8Array => Uint8Array.from({ length }, (_, index) => (index * 31 + seed) & 0xff);

const isPoisoned = (bytes: Uint8Array | null): boolean => bytes !== null && bytes.length > 0 && bytes.every((byte) => byte === 0xcd);

describe('callback payloads', () => {
  it('raw callbacks$ bytes and typed payload buffers survive FreeLastCallback and later frames', () => {
    const { client } = startNativePair();
    const raw = record(client.callbacks$);
    const web = record(client.getTicketForWebApi$);
    const layout = structOf('GetTicketForWebApiResponse_t');
    const ticket = pattern(300, 7);
    const payload = writeStruct(layout, { m_hAuthTicket: 5, m_eResult: EResult.OK, m_cubTicket: ticket.byteLength, m_rgubTicket: ticket });
    fake.queueCallback(CLIENT_PIPE, layout.callbackId ?? 0, payload);
    client.runCallbacks();
    // The fake freed and poisoned the native payload the SDK read.
    expect(isPoisoned(fake.lastFreedPayload())).toBe(true);
    const keptRaw = raw.values[0]?.bytes;
    const keptTicket = web.values[0]?.ticketBuffer;
    expect(keptRaw).toEqual(payload);
    expect(keptTicket).toEqual(ticket);
    // More frames, more frees: the user's copies do not change.
    for (let frame = 0; frame < 20; frame += 1) {
      fake.queueCallback(CLIENT_PIPE, layout.callbackId ?? 0, pattern(payload.byteLength, frame));
      client.runCallbacks();
    }
    expect(isPoisoned(fake.lastFreedPayload())).toBe(true);
    expect(keptRaw).toEqual(payload);
    expect(keptTicket).toEqual(ticket);
    // Copies, not views of one another: writing one leaves the other alone.
    keptRaw?.fill(0);
    expect(keptTicket).toEqual(ticket);
  });

  it('call-result bytes survive later results on the same pipe', () => {
    const { server } = startNativePair();
    const layout = structOf('GSReputation_t');
    const first = writeStruct(layout, { m_eResult: EResult.OK, m_unReputationScore: 1234, m_bBanned: false, m_unBannedIP: 0, m_usBannedPort: 0, m_ulBannedGameID: 0n, m_unBanExpires: 0 });
    const raw = record(server.callbacks$);
    fake.setReturn('SteamAPI_ISteamGameServer_GetServerReputation', 0x1_0000_0001n);
    const reputation = record(server.getServerReputation());
    fake.queueCallResult(SERVER_PIPE, 0x1_0000_0001n, layout.callbackId ?? 0, first, false);
    server.runCallbacks();
    const kept = raw.values[0]?.bytes;
    expect(kept).toEqual(first);
    expect(reputation.values).toHaveLength(1);
    for (let call = 2; call < 10; call += 1) {
      fake.queueCallResult(SERVER_PIPE, BigInt(0x1_0000_0000 + call), layout.callbackId ?? 0, pattern(first.byteLength, call), false);
      server.runCallbacks();
    }
    expect(kept).toEqual(first);
  });
});

describe('buffers from synchronous calls', () => {
  it('getAuthSessionTicket, getVoice, initiateGameConnection and getNextOutgoingPacket return copies the next call does not overwrite', () => {
    const { client, server } = startNativePair();
    const steps: Array<{ readonly symbol: Parameters<typeof fake.setOutput>[0]; readonly read: () => Uint8Array; readonly prepare?: () => void }> = [
      {
        symbol: 'SteamAPI_ISteamUser_GetAuthSessionTicket',
        prepare: () => fake.setReturn('SteamAPI_ISteamUser_GetAuthSessionTicket', 9),
        read: () => rightOf(client.getAuthSessionTicket()).buffer,
      },
      {
        symbol: 'SteamAPI_ISteamUser_GetVoice',
        prepare: () => fake.setReturn('SteamAPI_ISteamUser_GetVoice', EVoiceResult.OK),
        read: () => rightOf(client.getVoice(4096)).buffer,
      },
      {
        symbol: 'SteamAPI_ISteamUser_InitiateGameConnection_DEPRECATED',
        read: () => rightOf(client.initiateGameConnection(90071992547409920n, '10.0.0.1', 27015, true)).authBlob,
      },
      {
        symbol: 'SteamAPI_ISteamGameServer_GetNextOutgoingPacket',
        read: () => {
          const packet = server.getNextOutgoingPacket();
          if (packet === null) throw new Error('no packet');
          return packet.data;
        },
      },
    ];
    for (const step of steps) {
      step.prepare?.();
      const firstBytes = pattern(120, 1);
      fake.setOutput(step.symbol, firstBytes);
      const first = step.read();
      expect(first).toEqual(firstBytes);
      fake.setOutput(step.symbol, pattern(120, 2));
      const second = step.read();
      expect(second).toEqual(pattern(120, 2));
      expect(first).toEqual(firstBytes);
      expect(first.buffer).not.toBe(second.buffer);
    }
  });

  it('voice$ frames are copies of the read buffer it reuses', () => {
    const { client } = startNativePair();
    fake.setReturn('SteamAPI_ISteamUser_GetVoice', EVoiceResult.OK);
    const frames = record(client.voice$());
    fake.setOutput('SteamAPI_ISteamUser_GetVoice', pattern(80, 3));
    client.runCallbacks();
    fake.setOutput('SteamAPI_ISteamUser_GetVoice', pattern(80, 4));
    client.runCallbacks();
    const [first, second] = frames.values.map(rightOf);
    expect([first, second]).toEqual([pattern(80, 3), pattern(80, 4)]);
    expect(first?.buffer).not.toBe(second?.buffer);
    frames.unsubscribe();
  });
});
