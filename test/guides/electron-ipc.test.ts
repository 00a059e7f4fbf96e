/**
 * The pieces around the bridge: the in-memory IPC behaves like Electron's where the bridge relies
 * on it, the channel-limited copy for a context-isolated page lets only the bridge's channels
 * through, and the main side ignores what a renderer should not have sent.
 */
import { NEVER, of, type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { bridgeChannels } from '../../examples/electron-bridge/channels';
import { channelLimitedIpc, exposeRendererIpc } from '../../examples/electron-bridge/expose-renderer-ipc';
import { inMemoryIpc } from '../../examples/electron-bridge/in-memory-ipc';
import type { RendererIpc } from '../../examples/electron-bridge/ipc-ports';
import { serveBridge } from '../../examples/electron-bridge/main-bridge';
import { connectBridge } from '../../examples/electron-bridge/renderer-bridge';

const channels = bridgeChannels();

describe('the in-memory IPC', () => {
  it('copies arguments when sent (a function throws at once) and delivers them later', () => {
    const scheduler = new TestScheduler(() => undefined);
    const ipc = inMemoryIpc(scheduler);
    const window = ipc.openRenderer();
    const received: unknown[] = [];
    ipc.ipcMain.on('ping', (event, value) => received.push([event.sender.id, value]));
    const value = { n: 1n };
    window.ipcRenderer.send('ping', value);
    value.n = 2n;
    expect(received).toEqual([]);
    scheduler.flush();
    expect(received).toEqual([[window.webContents.id, { n: 1n }]]);
    expect(() => window.ipcRenderer.send('ping', () => undefined)).toThrow();
  });

  it('passes only the message of an error a handler throws, and stops delivering to a destroyed window', async () => {
    const ipc = inMemoryIpc();
    ipc.ipcMain.handle('boom', () => {
      throw new RangeError('too far');
    });
    const window = ipc.openRenderer();
    await expect(window.ipcRenderer.invoke('boom')).rejects.toThrow("Error invoking remote method 'boom': RangeError: too far");
    await expect(window.ipcRenderer.invoke('nothing')).rejects.toThrow("No handler registered for 'nothing'");
    let destroyedSeen = false;
    window.webContents.once('destroyed', () => {
      destroyedSeen = true;
    });
    window.destroy();
    expect(destroyedSeen).toBe(true);
    expect(window.webContents.isDestroyed()).toBe(true);
    expect(() => window.webContents.send('late')).toThrow('Object has been destroyed');
  });
});

describe('channelLimitedIpc / exposeRendererIpc', () => {
  const recording = (): { ipc: RendererIpc; sent: string[]; heard: unknown[][] } => {
    const sent: string[] = [];
    const heard: unknown[][] = [];
    const ipc: RendererIpc = {
      send: (channel) => {
        sent.push(channel);
      },
      invoke: (channel) => {
        sent.push(channel);
        return Promise.resolve(undefined);
      },
      on: (_channel, listener) => {
        listener({ sender: 'ipcRenderer itself' }, 'payload');
      },
    };
    return { ipc, sent, heard };
  };

  it("lets the bridge's channels through and refuses every other", async () => {
    const { ipc, sent } = recording();
    const limited = channelLimitedIpc(ipc);
    limited.send(channels.control, {});
    await limited.invoke(channels.call, {});
    expect(sent).toEqual([channels.control, channels.call]);
    expect(() => limited.send('app:quit')).toThrow('channel "app:quit" is not the Steam bridge\'s');
    expect(() => limited.invoke('app:quit')).toThrow('is not the Steam bridge\'s');
    expect(() => limited.on('app:quit', () => undefined)).toThrow('is not the Steam bridge\'s');
  });

  it("keeps Electron's event from the page's listeners", () => {
    const { ipc } = recording();
    const heard: unknown[][] = [];
    channelLimitedIpc(ipc).on(channels.notification, (...args) => heard.push(args));
    expect(heard).toEqual([[undefined, 'payload']]);
  });

  it('exposes the limited copy on window under the key given', () => {
    const exposed: [string, unknown][] = [];
    exposeRendererIpc({ exposeInMainWorld: (key, api) => exposed.push([key, api]) }, recording().ipc, { key: 'steam' });
    expect(exposed.map(([key]) => key)).toEqual(['steam']);
    expect(() => (exposed[0]?.[1] as RendererIpc).send('other')).toThrow('is not the Steam bridge\'s');
  });
});

describe('serveBridge against a renderer that misbehaves', () => {
  it('ignores malformed control messages, answers an unknown stream with an error, and a second subscribe with the same id once', () => {
    const scheduler = new TestScheduler(() => undefined);
    const ipc = inMemoryIpc(scheduler);
    let opened = 0;
    const main = serveBridge(ipc.ipcMain, {
      streams: {
        forever: () => {
          opened += 1;
          return NEVER;
        },
        once: () => of(1n),
      },
      calls: {},
    });
    const window = ipc.openRenderer();
    const notifications: unknown[] = [];
    window.ipcRenderer.on(channels.notification, (_event, message) => notifications.push(message));
    for (const junk of [null, 'subscribe', { op: 'subscribe', id: -1, name: 'forever', args: [] }, { op: 'subscribe', id: 1, name: 'forever' }, { op: 'drop-tables' }]) {
      window.ipcRenderer.send(channels.control, junk);
    }
    window.ipcRenderer.send(channels.control, { op: 'subscribe', id: 1, name: 'toString', args: [] });
    window.ipcRenderer.send(channels.control, { op: 'subscribe', id: 2, name: 'forever', args: [] });
    window.ipcRenderer.send(channels.control, { op: 'subscribe', id: 2, name: 'forever', args: [] });
    window.ipcRenderer.send(channels.control, { op: 'subscribe', id: 3, name: 'once', args: [] });
    scheduler.flush();
    expect(opened).toBe(1);
    expect(main.liveSubscriptions).toBe(1);
    expect(notifications).toEqual([
      { id: 1, kind: 'error', error: expect.objectContaining({ message: 'the bridge has no stream named "toString"' }) },
      { id: 3, kind: 'next', value: { '$steamworks-rx': 'bigint', text: '1' } },
      { id: 3, kind: 'complete' },
    ]);
  });

  it('a renderer bridge ignores notifications for streams it does not hold', () => {
    const scheduler = new TestScheduler(() => undefined);
    const ipc = inMemoryIpc(scheduler);
    const window = ipc.openRenderer();
    const page = connectBridge<{ streams: { once: () => Observable<bigint> }; calls: Record<string, never> }>(window.ipcRenderer);
    const values: bigint[] = [];
    page.stream('once').subscribe((value) => values.push(value));
    window.webContents.send(channels.notification, { id: 99, kind: 'next', value: 5 });
    window.webContents.send(channels.notification, 'junk');
    scheduler.flush();
    expect(values).toEqual([]);
  });
});
