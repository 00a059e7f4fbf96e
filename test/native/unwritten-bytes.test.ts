/**
 * Zero what Steam did not write: bytes of a struct Steam need not initialise (the unused part of a
 * union, padding, a string's bytes past its NUL, a counted array's bytes past its count) must
 * never reach JavaScript. The fake fills them with garbage (0xAB), as uninitialised memory would.
 */
import type { RawCallback } from '../../native/steam-core';
import { writeStruct, type FieldValue } from '../../native/struct-bytes';
import { hostPlatform, layoutsFor, type StructLayout } from '../../native/struct-layouts';
import { freshFakeCore, liveClient, liveServer } from './fake-core';

const garbage = 0xab;
const clientPipe = 1;
const layouts = layoutsFor(hostPlatform());

describe('getPublicIP', () => {
  it('IPv4: the union’s 12 unwritten bytes never come through (ipv6 is all zero)', () => {
    const { core, fake } = freshFakeCore();
    const { server } = liveServer(core);
    fake.setOutValue('SteamAPI_ISteamGameServer_GetPublicIP', 0, 0);
    fake.setOutValue('SteamAPI_ISteamGameServer_GetPublicIP', 1, 0xc0a80105);
    const ip = server.getPublicIP();
    expect(ip).toEqual({ type: 0, ipv4: 0xc0a80105, ipv6: new Uint8Array(16) });
  });

  it('IPv6: the 16 bytes, and no IPv4 read out of them', () => {
    const { core, fake } = freshFakeCore();
    const { server } = liveServer(core);
    const raw = new Uint8Array(20).map((_, index) => 0x20 + index);
    new DataView(raw.buffer).setInt32(16, 1, true);
    fake.setOutput('SteamAPI_ISteamGameServer_GetPublicIP', raw);
    expect(server.getPublicIP()).toEqual({ type: 1, ipv4: 0, ipv6: raw.slice(0, 16) });
  });

  it('an unknown ESteamIPType keeps neither address (which union member is written is unknown)', () => {
    const { core, fake } = freshFakeCore();
    const { server } = liveServer(core);
    const raw = new Uint8Array(20).fill(garbage);
    new DataView(raw.buffer).setInt32(16, 7, true);
    fake.setOutput('SteamAPI_ISteamGameServer_GetPublicIP', raw);
    expect(server.getPublicIP()).toEqual({ type: 7, ipv4: 0, ipv6: new Uint8Array(16) });
  });

  it('the decoded value is its own copy, never a view of koffi’s result', () => {
    const { core, fake } = freshFakeCore();
    const { server } = liveServer(core);
    fake.setOutValue('SteamAPI_ISteamGameServer_GetPublicIP', 1, 0x01020304);
    const first = server.getPublicIP();
    expect(first.ipv6.buffer.byteLength).toBe(16);
  });
});

/** Members worth writing: a short string, a small count, a few distinct numbers. */
const sampleValues = (layout: StructLayout): Record<string, FieldValue> => {
  const values: Record<string, FieldValue> = {};
  layout.fields.forEach((member, index) => {
    switch (member.kind) {
      case 'chars':
        values[member.name] = 'hi';
        break;
      case 'bytes':
        // A counted array holds data only up to its count (3, below).
        values[member.name] = new Uint8Array(member.countedBy === undefined ? member.size : 3).fill(0x11);
        break;
      case 'uint64':
      case 'steamId':
        values[member.name] = 76561198265685624n + BigInt(index);
        break;
      default:
        values[member.name] = index + 1;
    }
    if (member.countedBy !== undefined) values[member.countedBy] = 3;
  });
  return values;
};

/**
 * The bytes a Steam struct may really hold: the members' data as writeStruct lays it out, every
 * other byte garbage. writeStruct zeroes what it does not write, so `clean` is what must come out.
 */
const withGarbage = (layout: StructLayout, clean: Uint8Array): Uint8Array => {
  const dirty = new Uint8Array(layout.size).fill(garbage);
  for (const member of layout.fields) {
    const data = clean.subarray(member.offset, member.offset + member.size);
    let kept = member.size;
    if (member.kind === 'chars') kept = data.indexOf(0) + 1;
    const count = member.countedBy === undefined ? undefined : layout.field[member.countedBy];
    if (count !== undefined) kept = new DataView(clean.buffer).getInt32(count.offset, true);
    dirty.set(data.subarray(0, kept), member.offset);
  }
  return dirty;
};

const callbackLayouts = [...layouts.byCallbackId.values()].filter((layout) => layout.name !== 'SteamAPICallCompleted_t');
const callResultIds = new Set([154, 165, 166, 167, 209, 210, 211]);

const received = (run: () => void, subscribe: (next: (value: RawCallback) => void) => { unsubscribe(): void }): RawCallback[] => {
  const messages: RawCallback[] = [];
  const subscription = subscribe((message) => messages.push(message));
  run();
  subscription.unsubscribe();
  return messages;
};

describe('callback and call-result bytes carry only what Steam wrote as data', () => {
  it.each(callbackLayouts.map((layout) => [layout.name, layout] as const))('%s as a callback', (_name, layout) => {
    const { core, fake } = freshFakeCore();
    liveClient(core);
    const clean = writeStruct(layout, sampleValues(layout));
    fake.queueCallback(clientPipe, layout.callbackId ?? 0, withGarbage(layout, clean));
    const [message] = received(() => core.runCallbacks(), (next) => core.callbacks$.subscribe(next));
    expect(message?.bytes).toEqual(clean);
  });

  it.each(callbackLayouts.filter((layout) => callResultIds.has(layout.callbackId ?? 0)).map((layout) => [layout.name, layout] as const))(
    '%s as a call result',
    (_name, layout) => {
      const { core, fake } = freshFakeCore();
      liveClient(core);
      const clean = writeStruct(layout, sampleValues(layout));
      fake.queueCallResult(clientPipe, 9n, layout.callbackId ?? 0, withGarbage(layout, clean), false);
      const [message] = received(() => core.runCallbacks(), (next) => core.callbacks$.subscribe(next));
      expect(message?.kind).toBe('callResult');
      expect(message?.bytes).toEqual(clean);
    },
  );

  it('a counted array with a negative or oversized count: none kept, or all of it', () => {
    const { core, fake } = freshFakeCore();
    liveClient(core);
    const layout = layouts.byName['GetTicketForWebApiResponse_t'] as StructLayout;
    const ticket = new Uint8Array(2560).fill(0x22);
    fake.queueCallback(clientPipe, 168, writeStruct(layout, { m_cubTicket: -1, m_rgubTicket: ticket }));
    fake.queueCallback(clientPipe, 168, writeStruct(layout, { m_cubTicket: 99999, m_rgubTicket: ticket }));
    const [negative, oversized] = received(() => core.runCallbacks(), (next) => core.callbacks$.subscribe(next));
    const array = layout.field['m_rgubTicket'];
    expect(negative?.bytes.subarray(array?.offset).every((value) => value === 0)).toBe(true);
    expect(oversized?.bytes.subarray(array?.offset).every((value) => value === 0x22)).toBe(true);
  });

  it('a payload shorter than its struct is scrubbed as far as it goes', () => {
    const { core, fake } = freshFakeCore();
    liveClient(core);
    const layout = layouts.byName['GSClientDeny_t'] as StructLayout;
    const short = withGarbage(layout, writeStruct(layout, { m_rgchOptionalText: 'no' })).subarray(0, 20);
    fake.queueCallback(clientPipe, 202, short);
    const [message] = received(() => core.runCallbacks(), (next) => core.callbacks$.subscribe(next));
    expect(message?.bytes.byteLength).toBe(20);
    expect(Array.from(message?.bytes.subarray(12) ?? [])).toEqual([0x6e, 0x6f, 0, 0, 0, 0, 0, 0]);
  });
});

describe('a callback of a known struct that claims more bytes than the struct', () => {
  it('is copied only as far as the struct goes: what lies past it is not the callback’s', () => {
    const { core, fake } = freshFakeCore();
    liveClient(core);
    const layout = layouts.byName['ValidateAuthTicketResponse_t'] as StructLayout;
    const clean = writeStruct(layout, sampleValues(layout));
    // Steam's allocation holds the struct and then someone else's bytes; m_cubParam covers both.
    const allocation = new Uint8Array(layout.size + 44).fill(garbage);
    allocation.set(clean);
    fake.queueRawCallback(clientPipe, layout.callbackId ?? 0, allocation, allocation.byteLength, false);
    // An id with no layout is passed on as Steam sized it.
    fake.queueRawCallback(clientPipe, 4242, allocation, allocation.byteLength, false);
    const [known, unknown] = received(() => core.runCallbacks(), (next) => core.callbacks$.subscribe(next));
    expect(known?.bytes).toEqual(clean);
    expect(unknown?.bytes).toEqual(allocation);
  });
});
