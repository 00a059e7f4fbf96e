/**
 * voice$ over the client's one microphone, through the fake libsteam_api: subscribers share one
 * recording (one StartVoiceRecording, one StopVoiceRecording), a microphone that does not record
 * is a Left value, and start/stop cycles between two frames cost one GetVoice at the next frame.
 */
import { left, right } from 'fp-ts/Either';
import { Subject } from 'rxjs';
import { EVoiceResult } from '../../native/enums';
import type { FlatSymbol } from '../../native/flat-api';
import { collect } from '../support/collect';
import { fake, startClient, stopClient } from './native-kit';

afterEach(stopClient);

const ISteamUser = (name: string): FlatSymbol => `SteamAPI_ISteamUser_${name}` as FlatSymbol;
const FRAME = Uint8Array.of(5, 6, 7, 8);
const count = (name: string): number => fake.callCount(ISteamUser(name));

describe('voice$: one microphone, shared', () => {
  it('any number of subscribers share one recording: started once, the same frames to each, stopped once when the last leaves', () => {
    const client = startClient();
    fake.setOutput(ISteamUser('GetVoice'), FRAME);
    const first = collect(client.voice$());
    const second = collect(client.voice$());
    const third = collect(client.voice$({ initialBufferBytes: 64 }));
    expect(count('StartVoiceRecording')).toBe(1);
    client.runCallbacks();
    // One read per frame for everyone.
    expect(count('GetVoice')).toBe(1);
    for (const subscriber of [first, second, third]) expect(subscriber.values).toEqual([right(FRAME)]);
    first.unsubscribe();
    third.unsubscribe();
    expect(count('StopVoiceRecording')).toBe(0);
    client.runCallbacks();
    expect(second.values).toEqual([right(FRAME), right(FRAME)]);
    expect(first.values).toHaveLength(1);
    second.unsubscribe();
    expect(count('StopVoiceRecording')).toBe(1);
    expect(count('StartVoiceRecording')).toBe(1);
  });

  it('a stop$ while others record completes that subscriber at once; the last one’s stop$ gets the tail, then NotRecording completes it', () => {
    const client = startClient();
    fake.setOutput(ISteamUser('GetVoice'), FRAME);
    const stopFirst = new Subject<void>();
    const stopSecond = new Subject<void>();
    const first = collect(client.voice$({ stop$: stopFirst }));
    const second = collect(client.voice$({ stop$: stopSecond }));
    client.runCallbacks();
    stopFirst.next();
    expect(first.completed()).toBe(true);
    expect(count('StopVoiceRecording')).toBe(0);
    stopSecond.next();
    expect(count('StopVoiceRecording')).toBe(1);
    expect(second.completed()).toBe(false);
    client.runCallbacks();
    fake.setReturn(ISteamUser('GetVoice'), EVoiceResult.NotRecording);
    client.runCallbacks();
    expect(first.values).toEqual([right(FRAME)]);
    expect(second.values).toEqual([right(FRAME), right(FRAME)]);
    expect(second.completed()).toBe(true);
  });

  it('a microphone that never starts (NotRecording before any stop) is a Left(VoiceError) to every subscriber, then completion: not silence, not an error', () => {
    const client = startClient();
    fake.setReturn(ISteamUser('GetVoice'), EVoiceResult.NotRecording);
    const nexts: unknown[] = [];
    // A plain subscribe(next): an error on the error channel would be rethrown by rxjs.
    client.voice$().subscribe((frame) => nexts.push(frame));
    const seen = collect(client.voice$());
    expect(() => client.runCallbacks()).not.toThrow();
    const notRecording = left(expect.objectContaining({ _tag: 'VoiceError', result: EVoiceResult.NotRecording, message: expect.stringContaining('not recording') }));
    expect(nexts).toEqual([notRecording]);
    expect(seen.values).toEqual([notRecording]);
    expect(seen.completed()).toBe(true);
    // Off: the next frame reads nothing, and a new subscriber starts a new recording.
    const reads = count('GetVoice');
    client.runCallbacks();
    expect(count('GetVoice')).toBe(reads);
    collect(client.voice$());
    expect(count('StartVoiceRecording')).toBe(2);
  });

  it('a new recording replaces the pending drain: the tail’s subscriber completes, the new one gets the frames', () => {
    const client = startClient();
    fake.setOutput(ISteamUser('GetVoice'), FRAME);
    const stop = new Subject<void>();
    const old = collect(client.voice$({ stop$: stop }));
    client.runCallbacks();
    stop.next();
    expect(old.completed()).toBe(false);
    const fresh = collect(client.voice$());
    expect(old.completed()).toBe(true);
    expect(count('StartVoiceRecording')).toBe(2);
    client.runCallbacks();
    expect(old.values).toEqual([right(FRAME)]);
    expect(fresh.values).toEqual([right(FRAME)]);
  });
});

describe('voice$: subscribe/unsubscribe cycles between two frames', () => {
  /** GetVoice calls in the frame after `cycles` subscribe/unsubscribe cycles, and in the frames after it. */
  const readsAfter = (cycles: number): { readonly next: number; readonly later: number } => {
    const client = startClient();
    fake.setReturn(ISteamUser('GetVoice'), EVoiceResult.NoData);
    for (let cycle = 0; cycle < cycles; cycle += 1) client.voice$().subscribe().unsubscribe();
    const before = count('GetVoice');
    client.runCallbacks();
    const next = count('GetVoice') - before;
    fake.setReturn(ISteamUser('GetVoice'), EVoiceResult.NotRecording);
    client.runCallbacks();
    client.runCallbacks();
    const later = count('GetVoice') - before - next;
    expect(count('StartVoiceRecording')).toBe(cycles);
    expect(count('StopVoiceRecording')).toBe(cycles);
    return { next, later };
  };

  it('cost one GetVoice at the next frame however many there were (the drains do not pile up), and none once Steam says NotRecording', () => {
    expect(readsAfter(1)).toEqual({ next: 1, later: 1 });
    expect(readsAfter(10)).toEqual({ next: 1, later: 1 });
    expect(readsAfter(5000)).toEqual({ next: 1, later: 1 });
  });
});
