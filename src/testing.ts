/**
 * steamworks-rx/testing: the simulated Steam, and helpers to marble-test a game's own auth and
 * voice logic with it on a machine with no Steam client.
 *
 *   const world = simulatedWorld(scheduler);                     // a simulated Steam on your scheduler
 *   const alice = world.addPlayer({ name: 'alice' });             // a Steam account and its client
 *   const { server, process } = world.addServer();                // a game server
 *   world.steam.faults.setVacBanned(alice.steamId);               // inject what Steam would do
 *   expect(world.openResources()).toEqual(noOpenResources);       // assert everything was released
 *   world.dispose();                                              // shut it all down
 *
 * The lower-level pieces stay available: createSimulatedSteam, steam.addUser, steam.createProcess,
 * and steamInit / serverInit with `{ backend: 'simulated', steam }`.
 *
 * With the default auto pump, the simulated Steam wakes the pump only when it has something due,
 * so `TestScheduler.flush()` returns once the simulated Steam is quiet (an open microphone keeps
 * it busy, as a real one would: stop recordings or bound the time).
 *
 * @module steamworks-rx/testing
 */
export * from '../simulated';
export { noOpenResources, type OpenResources } from './testing/open-resources';
export {
  simulatedWorld,
  type PlayerOptions,
  type ServerOptions,
  type SimulatedGameServer,
  type SimulatedPlayer,
  type SimulatedWorld,
  type SimulatedWorldOptions,
  type WorldPumpSettings,
} from './testing/simulated-world';
export { unwrapLeft, unwrapRight } from './testing/unwrap';
