/**
 * The timer pump over the fake library under rxjs's deprecated synchronous error mode, where a
 * subscriber's error is rethrown out of the frame: the pump must keep running (the next frame
 * delivers what the failed one left queued), and the error must be reported, not swallowed.
 */
import { config, VirtualTimeScheduler } from 'rxjs';
import { leasePump } from '../../native/pump';
import { freshFakeCore, liveClient } from './fake-core';

const clientPipe = 1;

/** Runs `body` in deprecated synchronous error mode with errors reported into a list; restores both settings. */
const withSynchronousErrors = async (body: (reported: unknown[]) => void | Promise<void>): Promise<void> => {
  const previousMode = config.useDeprecatedSynchronousErrorHandling;
  const previousHandler = config.onUnhandledError;
  const reported: unknown[] = [];
  config.useDeprecatedSynchronousErrorHandling = true;
  config.onUnhandledError = (error) => reported.push(error);
  try {
    await body(reported);
  } finally {
    config.useDeprecatedSynchronousErrorHandling = previousMode;
    config.onUnhandledError = previousHandler;
  }
};

/** rxjs reports unhandled errors on a later macrotask. */
const nextMacrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('the native timer pump after a subscriber throws (deprecated synchronous error mode)', () => {
  it('re-arms: later frames run and deliver the callbacks the failed frame left queued; the error is reported once', async () => {
    await withSynchronousErrors(async (reported) => {
      const { core, fake } = freshFakeCore();
      liveClient(core);
      const scheduler = new VirtualTimeScheduler();
      const lease = leasePump(core, { scheduler, intervalMs: 10 });
      const received: number[] = [];
      const bug = new Error('subscriber bug');
      const subscription = core.callbacks$.subscribe((message) => {
        received.push(message.callbackId);
        if (message.callbackId === 101) throw bug;
      });
      try {
        fake.queueCallback(clientPipe, 101, Uint8Array.of(1));
        fake.queueCallback(clientPipe, 102, Uint8Array.of(2));
        scheduler.maxFrames = 55;
        expect(() => scheduler.flush()).not.toThrow();
        expect(fake.callCount('SteamAPI_ManualDispatch_RunFrame')).toBe(5);
        expect(received).toEqual([101, 102]);
        expect(lease.pump.running).toBe(true);
        // Still alive much later.
        fake.queueCallback(clientPipe, 103, Uint8Array.of(3));
        scheduler.maxFrames = 105;
        scheduler.flush();
        expect(received).toEqual([101, 102, 103]);
        expect(fake.callCount('SteamAPI_ManualDispatch_RunFrame')).toBe(10);
        expect(fake.callCount('SteamAPI_ManualDispatch_FreeLastCallback')).toBe(3);
        expect(fake.protocolErrors()).toBe(0);
        await nextMacrotask();
        expect(reported).toEqual([bug]);
      } finally {
        subscription.unsubscribe();
        lease.release();
      }
    });
  });

  it('a subscriber that throws on every frame does not stop the pump either', async () => {
    await withSynchronousErrors(async (reported) => {
      const { core, fake } = freshFakeCore();
      liveClient(core);
      const scheduler = new VirtualTimeScheduler();
      const lease = leasePump(core, { scheduler, intervalMs: 10 });
      const subscription = core.callbacks$.subscribe(() => {
        throw new Error('always');
      });
      try {
        for (let index = 0; index < 3; index += 1) fake.queueCallback(clientPipe, 101 + index, Uint8Array.of(index));
        scheduler.maxFrames = 45;
        scheduler.flush();
        // One message per frame (each frame stops at its throwing delivery), then an idle frame.
        expect(fake.callCount('SteamAPI_ManualDispatch_FreeLastCallback')).toBe(3);
        expect(fake.callCount('SteamAPI_ManualDispatch_RunFrame')).toBe(4);
        await nextMacrotask();
        expect(reported).toHaveLength(3);
      } finally {
        subscription.unsubscribe();
        lease.release();
      }
    });
  });

  it('in manual mode the game’s own runCallbacks() call gets the error, as rxjs’s synchronous mode promises', async () => {
    await withSynchronousErrors(async (reported) => {
      const { core, fake } = freshFakeCore();
      liveClient(core);
      const lease = leasePump(core, { mode: 'manual' });
      const subscription = core.callbacks$.subscribe(() => {
        throw new Error('subscriber bug');
      });
      try {
        fake.queueCallback(clientPipe, 101, Uint8Array.of(1));
        expect(() => lease.pump.runCallbacks()).toThrow('subscriber bug');
        expect(lease.pump.running).toBe(true);
        await nextMacrotask();
        expect(reported).toEqual([]);
      } finally {
        subscription.unsubscribe();
        lease.release();
      }
    });
  });
});
