/**
 * steam.network, the test's handle on the simulated network: link properties checked and applied
 * per direction, partitions between processes healed by id or all at once, packets in flight and
 * the wire's counters, and a pipe's connections and sessions gone with its shutdown.
 */
import { TestScheduler } from 'rxjs/testing';
import { EResult } from '../../native/generated/core';
import { ESteamNetworkingConnectionState as State } from '../../native/generated/networking-types';
import { createSimulatedSteam, DEFAULT_LINK } from '../../simulated';
import { SEND_RELIABLE, SEND_UNRELIABLE } from '../../simulated/network/networking-constants';
import { unwrap } from './simulated-test-kit';

const world = () => {
  const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
  scheduler.maxFrames = Number.POSITIVE_INFINITY;
  const steam = createSimulatedSteam({ scheduler, network: { link: { latencyMs: 15 } } });
  const machine = () => {
    const user = steam.addUser();
    const process = steam.createProcess({ user });
    return { user, process, session: unwrap(process.initClient()) };
  };
  return { scheduler, steam, machine };
};

describe('steam.network', () => {
  it('sets links per direction or both ways, over the default, and refuses impossible values', () => {
    const { steam, machine } = world();
    const alice = machine();
    const bob = machine();
    expect(steam.network.link(alice.process, bob.process)).toEqual({ ...DEFAULT_LINK, latencyMs: 15 });
    steam.network.setLink(alice.process, bob.process, { loss: 0.5 });
    expect(steam.network.link(alice.process, bob.process).loss).toBe(0.5);
    expect(steam.network.link(bob.process, alice.process).loss).toBe(0);
    steam.network.setLinkBetween(alice.process, bob.process, { jitterMs: 4 });
    expect([steam.network.link(alice.process, bob.process).jitterMs, steam.network.link(bob.process, alice.process).jitterMs]).toEqual([4, 4]);
    steam.network.setDefaultLink({ latencyMs: 30 });
    const carol = machine();
    expect(steam.network.link(alice.process, carol.process).latencyMs).toBe(30);
    expect(() => steam.network.setLink(alice.process, bob.process, { loss: 1 })).toThrow(/loss must be a probability in \[0, 1\)/);
    expect(() => steam.network.setLink(alice.process, bob.process, { latencyMs: -1 })).toThrow(/latencyMs/);
    expect(() => steam.network.setDefaultLink({ bandwidthBytesPerSecond: 0 })).toThrow(/bandwidthBytesPerSecond/);
    expect(() => steam.network.partition([alice.process], [alice.process])).toThrow(/both sides/);
    const elsewhere = createSimulatedSteam();
    const stranger = elsewhere.createProcess({ user: elsewhere.addUser() });
    expect(() => steam.network.partition([alice.process], [stranger])).toThrow(/does not belong to this simulated Steam/);
    elsewhere.dispose();
    expect(() => createSimulatedSteam({ network: { timeoutConnectedMs: 0 } })).toThrow(/timeoutConnectedMs/);
  });

  it('shows packets in flight, holds reliable ones across a partition, and heals by id', () => {
    const { scheduler, steam, machine } = world();
    const alice = machine();
    const bob = machine();
    const carol = machine();
    // Everyone sends first, so the sessions open without a request.
    for (const [from, to] of [[alice, bob], [bob, alice], [alice, carol], [carol, alice]] as const) {
      expect(from.session.networkingMessages.sendMessageToUser({ steamId: to.user }, new Uint8Array(4), SEND_RELIABLE, 0)).toBe(EResult.OK);
    }
    scheduler.maxFrames = 100;
    scheduler.flush();
    expect(steam.network.sessions().map((session) => session.state)).toEqual([State.Connected, State.Connected, State.Connected, State.Connected]);
    const toBob = steam.network.partition([alice.process], [bob.process]);
    steam.network.partition([alice.process], [carol.process]);
    alice.session.networkingMessages.sendMessageToUser({ steamId: bob.user }, new Uint8Array(8), SEND_RELIABLE, 0);
    alice.session.networkingMessages.sendMessageToUser({ steamId: bob.user }, new Uint8Array(8), SEND_UNRELIABLE, 0);
    expect(steam.network.inFlight().map((packet) => [packet.from, packet.to, packet.kind, packet.reliable, packet.held])).toEqual([
      [alice.process.processId, bob.process.processId, 'data', true, false],
      [alice.process.processId, bob.process.processId, 'data', false, false],
    ]);
    scheduler.maxFrames = 200;
    scheduler.flush();
    expect(steam.network.inFlight().map((packet) => packet.held)).toEqual([true]);
    steam.network.heal(toBob);
    scheduler.maxFrames = 300;
    scheduler.flush();
    expect(steam.network.inFlight()).toEqual([]);
    expect(bob.session.networkingMessages.receiveMessagesOnChannel(0, 10).map((message) => message.data.byteLength)).toEqual([4, 8]);
    expect(steam.network.counts()).toMatchObject({ lost: 1 });
    steam.network.heal();
  });

  it('a shut-down pipe takes its connections and sessions with it', () => {
    const { scheduler, steam, machine } = world();
    const alice = machine();
    const bob = machine();
    alice.session.networkingMessages.sendMessageToUser({ steamId: bob.user }, new Uint8Array(1), SEND_RELIABLE, 0);
    bob.session.networkingMessages.sendMessageToUser({ steamId: alice.user }, new Uint8Array(1), SEND_RELIABLE, 0);
    bob.session.networkingSockets.createListenSocketP2P(0);
    alice.session.networkingSockets.connectP2P({ steamId: bob.user }, 0);
    scheduler.maxFrames = 100;
    scheduler.flush();
    expect(steam.network.connections().filter((connection) => connection.processId === alice.process.processId)).toHaveLength(2);
    alice.process.shutdownClient();
    expect(steam.network.connections().filter((connection) => connection.processId === alice.process.processId)).toEqual([]);
    expect(alice.session.networkingMessages.sendMessageToUser({ steamId: bob.user }, new Uint8Array(1), SEND_RELIABLE, 0)).toBe(EResult.NoConnection);
    expect(alice.session.networkingSockets.connectP2P({ steamId: bob.user }, 0)).toBe(0);
  });
});
