/**
 * steamworks-rx/testing: the simulated Steam, for examples and for marble-testing your own auth
 * and voice logic on a machine with no Steam client.
 *
 *   const steam = createSimulatedSteam({ scheduler });          // virtual time in tests
 *   const player = steam.addUser({ vacBanned: false });
 *   const client = steamInit({ backend: 'simulated', steam, user: player });
 *   const server = serverInit('0.0.0.0', 27015, 27016, ServerMode.SERVER_MODE_AUTHENTICATION, '1.0.0.0',
 *                             { backend: 'simulated', steam });
 *   steam.faults.setVacBanned(player);                          // inject what Steam would do
 *   steam.inspect.openTickets();                                // assert what was released
 *
 * With the default auto pump, the simulated Steam wakes the pump only when it has something due,
 * so `TestScheduler.flush()` returns once the simulated Steam is quiet (an open microphone keeps
 * it busy, as a real one would: stop recordings or bound the time).
 */
export * from '../native/simulated';
