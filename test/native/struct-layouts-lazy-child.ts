/**
 * Runs in a fresh child process (see struct-layouts-lazy.test.ts): asks the layout table for what
 * a client start asks (a User callback layout, GetPublicIP's SteamIPAddress_t, callback ids and
 * names of every slice), then for one Friends layout, and prints which generated modules were
 * loaded after each step, as one JSON line on stdout.
 */
import { relative, sep } from 'node:path';

const root = relative('.', `${__dirname}${sep}..${sep}..`) || '.';
const generatedModules = (): string[] =>
  Object.keys(require.cache)
    .map((path) => relative(root, path).split(sep).join('/'))
    .filter((path) => path.startsWith('native/generated/'))
    .sort();

const { layoutOf, layoutsFor } = require('../../native/struct-layouts') as typeof import('../../native/struct-layouts');
const afterRequire = generatedModules();
const table = layoutsFor('linux64');
const user = layoutOf(table, 'GetTicketForWebApiResponse_t');
const byId = table.callbackLayout(101);
const ipAddress = layoutOf(table, 'SteamIPAddress_t');
// Names and ids of other slices' structs are read without building (or requiring) anything.
const names = {
  friends: table.hasStruct('PersonaStateChange_t'),
  userStatsUnloaded: table.structCallbackId('UserStatsUnloaded_t'),
  ps3Trophies: table.hasStruct('PS3TrophiesInstalled_t'),
  chatMessage: table.hasStruct('GameConnectedFriendChatMsg_t'),
  networking: table.structCallbackId('SteamNetConnectionStatusChangedCallback_t'),
};
const afterUser = generatedModules();
const friends = layoutOf(table, 'PersonaStateChange_t');
const afterFriends = generatedModules();

process.stdout.write(
  `RESULT ${JSON.stringify({
    built: [user.name, byId?.name, ipAddress.name, friends.name],
    names,
    afterRequire,
    afterUser,
    afterFriends,
  })}\n`,
);
