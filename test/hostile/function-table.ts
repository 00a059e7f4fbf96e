/**
 * Every public function of the client and the game server with its parameters (name, kind, a
 * valid value), and the bad values of each kind: shared by the bad-argument and lifecycle tests.
 */
export type Kind =
  | 'secret' | 'steamId' | 'optionalSteamId' | 'ticket' | 'ticketSize' | 'port' | 'ip' | 'sampleRate' | 'text' | 'boolean' | 'handle' | 'int32' | 'count' | 'bytes'
  | 'enum' | 'bufferSize' | 'options' | 'score' | 'gamepadOptions' | 'appId' | 'appIdOrZero'
  // The friends namespace's kinds.
  | 'friendFlags' | 'groupId' | 'avatarSize' | 'steamIds' | 'timeoutMs'
  // The stats namespaces' kinds.
  | 'statName' | 'float' | 'duration' | 'uint32' | 'leaderboard' | 'board' | 'ugc' | 'details' | 'detailsMax' | 'users' | 'range' | 'leaderboardOptions'
  | 'sortMethod' | 'displayType' | 'uploadMethod' | 'dataRequest' | 'historyDays' | 'days'
  // The networking namespaces' kinds.
  | 'identity' | 'payload' | 'sendFlags' | 'messageCount' | 'sendOptions' | 'channelOptions' | 'pingLocation' | 'configValue' | 'networkFloat' | 'debugLevel' | 'debugHandler' | 'handle32' | 'configScope' | 'listenTarget' | 'connectTarget' | 'receiveCount' | 'laneCount' | 'closeOptions' | 'connectionOptions' | 'userData' | 'outgoingMessages' | 'optionalIdentity' | 'laneValues';

export interface Param {
  readonly name: string;
  readonly kind: Kind;
  readonly valid: unknown;
  /** Has a default: undefined is a valid value. */
  readonly optional?: boolean;
}

export const STEAM_ID = 76561198265685624n;
export const TICKET = Uint8Array.from({ length: 100 }, (_, index) => index + 1);

const revokedProxy = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

/** Objects whose very inspection throws: a revoked Proxy, a Proxy whose traps throw. */
const hostileObjects: readonly unknown[] = [
  revokedProxy(),
  new Proxy({}, { getPrototypeOf: () => { throw new TypeError('getPrototypeOf trap'); }, get: () => { throw new TypeError('get trap'); } }),
];

const notAnything: readonly unknown[] = [null, {}, [], Symbol('hostile'), () => 1, new Date(0), ...hostileObjects];

/** A ticket dictionary whose members throw when read. */
const throwingDictionary = {
  get buffer(): never {
    throw new TypeError('buffer getter');
  },
  size: 4,
};

const STAT_STEAM_IDS = Array.from({ length: 101 }, () => STEAM_ID);
const choice = (valid: string): readonly unknown[] => [valid.toUpperCase(), '', 0, 1, `${valid} `, ...notAnything];

/** The bad values of the stats namespaces' kinds (NaN and Infinity floats, k_cLeaderboardDetailsMax + 1 details, …). */
const statsBadValues = {
  statName: [42, '', 'with a \0 NUL', 'with a lone \uD800 surrogate', 'x'.repeat(128), ...notAnything],
  float: [Number.NaN, Infinity, -Infinity, 3.5e38, -3.5e38, 1n, '1.5', ...notAnything],
  duration: [0, -1, Number.NaN, Infinity, '60', 60n, ...notAnything],
  uint32: [-1, 2 ** 32, 1.5, Number.NaN, Infinity, '1', ...notAnything],
  leaderboard: [0n, -1n, 2n ** 64n, 1, 1.5, '7', ...notAnything],
  board: [0n, -1n, 2n ** 64n, 1, '7', { handle: 0n }, { handle: 1 }, { get handle(): never { throw new TypeError('getter'); } }, ...notAnything],
  ugc: [-1n, 2n ** 64n, 1, '7', ...notAnything],
  details: [new Int32Array(65), Array.from({ length: 65 }, () => 0), [1.5], [2 ** 31], ['1'], [Number.NaN], new Uint8Array(4), new Float32Array(2), 'details', 42, null, {}, Symbol('hostile'), ...hostileObjects, new Proxy([1], { get: () => { throw new TypeError('get trap'); } })],
  detailsMax: [-1, 65, 1.5, Number.NaN, '3', ...notAnything],
  users: [[], STAT_STEAM_IDS, ['not a steam id'], [-1n], [STEAM_ID, 2n ** 64n], 'users', 42, ...notAnything],
  range: [
    { request: 'global', start: 0, end: 10 },
    { request: 'global', start: 10, end: 1 },
    { request: 'global', start: 1.5, end: 2 },
    { request: 'globalAroundUser', start: -1, end: Number.NaN },
    { request: 'users', users: [] },
    { request: 'users', users: STAT_STEAM_IDS },
    { request: 'everyone' },
    { get request(): never { throw new TypeError('getter'); } },
    'global',
    ...notAnything,
  ],
  leaderboardOptions: [null, 42, 'create', { createWith: null }, { createWith: { sortMethod: 'up', displayType: 'numeric' } }, { createWith: { sortMethod: 'ascending', displayType: 'none' } }, { get createWith(): never { throw new TypeError('getter'); } }, ...hostileObjects],
  sortMethod: [...choice('ascending'), 'none'],
  displayType: [...choice('numeric'), 'none'],
  uploadMethod: [...choice('keepBest'), 'none'],
  dataRequest: [...choice('global'), 'users'],
  historyDays: [-1, 61, 1.5, Number.NaN, '1', ...notAnything],
  days: [0, 61, -1, 1.5, Number.NaN, '1', ...notAnything],
} as const satisfies Partial<Record<Kind, readonly unknown[]>>;

export const badValues: Readonly<Record<Kind, readonly unknown[]>> = {
  steamId: [-1, -1n, 1.5, Number.NaN, Infinity, -Infinity, 2n ** 64n, 2 ** 64, '18446744073709551616', 'not a steam id', '', '12abc', true, ...notAnything],
  optionalSteamId: [-1, -1n, 1.5, Number.NaN, Infinity, 2n ** 64n, 2 ** 64, 'not a steam id', '12abc', true, {}, [], Symbol('hostile')],
  ticket: [new Uint8Array(0), new Uint8Array(8193), new Uint8Array(65536), 'a ticket', 42, Array.from(TICKET), TICKET.buffer, new Proxy(TICKET, {}), throwingDictionary, { buffer: revokedProxy() }, ...notAnything],
  ticketSize: [0, -1, 1.5, Number.NaN, Infinity, TICKET.byteLength + 1, 2 ** 40, '50', ...notAnything],
  port: [-1, 65536, 1.5, Number.NaN, Infinity, -Infinity, 2 ** 53, -1n, 70000n, '27015', '', ...notAnything],
  ip: ['256.0.0.1', '1.2.3', '1.2.3.4.5', 'localhost', '::1', ' 1.2.3.4', '1.2.3.4 ', '01.2.3.4x', '1.2.3.-4', -1, 2 ** 32, 1.5, Number.NaN, Infinity, -1n, 2n ** 32n, ...notAnything],
  sampleRate: [11024, 48001, 0, -1, 44100.5, Number.NaN, Infinity, -Infinity, '48000', 96000n, ...notAnything],
  text: [42, 42n, true, 'with a \0 NUL', 'with a lone \uD800 surrogate', 'x'.repeat(70_000), ...notAnything],
  boolean: ['true', 1, 0, 1n, ...notAnything],
  handle: [0, -1, 1.5, Number.NaN, Infinity, 2 ** 32, 2n ** 32n, '7', ...notAnything],
  int32: [2 ** 31, -(2 ** 31) - 1, 1.5, Number.NaN, Infinity, '1', ...notAnything],
  count: [-1, 2 ** 31, 1.5, Number.NaN, Infinity, '8', ...notAnything],
  bytes: [new Uint8Array(0), 'bytes', 42, new Proxy(TICKET, {}), new Uint16Array(4), ...notAnything],
  /** Bytes or text; empty is allowed (no data). */
  secret: [42, 42n, true, 'with a \0 NUL', 'with a lone \uDC00 surrogate', new Proxy(TICKET, {}), ...notAnything],
  enum: [99, -1, 1.5, Number.NaN, '1', ...notAnything],
  bufferSize: [-1, 1.5, Number.NaN, Infinity, 2 ** 40, '100', ...notAnything],
  options: [null, 42, 'fast', Symbol('hostile'), { timeoutMs: Number.NaN }, { timeoutMs: -1 }, { timeoutMs: '10' }, { timeoutMs: 2 ** 32 }, { get timeoutMs(): never { throw new TypeError('getter'); } }, revokedProxy()],
  score: [-1, 2 ** 32, 1.5, Number.NaN, '3', ...notAnything],
  appId: [0, -1, 0n, 2n ** 32n, 2 ** 32, 1.5, Number.NaN, Infinity, '480', ...notAnything],
  appIdOrZero: [-1, -1n, 2 ** 32, 2n ** 32n, 1.5, Number.NaN, Infinity, '0', ...notAnything],
  friendFlags: [-1, 0x10000, 1.5, Number.NaN, Infinity, '4', ...notAnything],
  groupId: [-0x8001, 0x8000, 1.5, Number.NaN, Infinity, '1', ...notAnything],
  avatarSize: ['huge', '', 'Small', 1, 0n, ...notAnything],
  steamIds: [[], [STEAM_ID, 'not a Steam ID'], Array.from({ length: 1025 }, () => STEAM_ID), STEAM_ID, 'ids', ...hostileObjects, null, {}, Symbol('hostile')],
  timeoutMs: [-1, 2 ** 31, 1.5, Number.NaN, '10', ...notAnything],
  ...statsBadValues,
  identity: [
    -1n,
    2n ** 64n,
    'not a steam id',
    { steamId: -1n },
    { steamId: 'not a steam id' },
    { steamId: STEAM_ID, genericString: 'two kinds' },
    { genericString: '' },
    { genericString: 'x'.repeat(32) },
    { genericString: 'a\0b' },
    { genericBytes: new Uint8Array(0) },
    { genericBytes: new Uint8Array(33) },
    { genericBytes: 'bytes' },
    { ip: { ipv4: 1 } },
    { ip: { ipv4: 2 ** 32, port: 1 } },
    { ip: { ipv6: new Uint8Array(15), port: 1 } },
    { ip: { ipv4: 1, ipv6: new Uint8Array(16), port: 1 } },
    { ip: revokedProxy() },
    { otherType: 1.5, bytes: new Uint8Array(1) },
    { otherType: 1, bytes: new Uint8Array(129) },
    { get steamId(): never { throw new TypeError('getter'); } },
    ...notAnything,
  ],
  payload: ['bytes', 42, new Proxy(TICKET, {}), new Uint16Array(4), new Uint8Array(524289), ...notAnything],
  sendFlags: [-1, 64, 2, 10, 1.5, Number.NaN, Infinity, '8', ...notAnything],
  messageCount: [0, -1, 1025, 1.5, Number.NaN, '8', ...notAnything],
  sendOptions: [null, 42, 'reliable', Symbol('hostile'), { channel: 2 ** 31 }, { channel: 1.5 }, { reliable: 1 }, { noNagle: 'yes' }, { noDelay: null }, { autoRestartBrokenSession: 0 }, { get reliable(): never { throw new TypeError('getter'); } }, revokedProxy()],
  channelOptions: [null, 42, 'fast', Symbol('hostile'), { batchSize: 0 }, { batchSize: 1025 }, { batchSize: 1.5 }, { batchSize: '8' }, { get batchSize(): never { throw new TypeError('getter'); } }, revokedProxy()],
  pingLocation: [new Uint8Array(0), new Uint8Array(511), new Uint8Array(513), new Uint16Array(256), 'location', 42, new Proxy(new Uint8Array(512), {}), ...notAnything],
  configValue: [0, -1, 2 ** 31, 1.5, Number.NaN, '24', ...notAnything],
  networkFloat: [Number.NaN, Infinity, -Infinity, 3.5e38, -3.5e38, '1.5', 1n, ...notAnything],
  debugLevel: [-1, 9, 1.5, Number.NaN, '5', ...notAnything],
  debugHandler: [42, 'handler', {}, [], Symbol('hostile'), true, new Date(0), ...hostileObjects],
  handle32: [-1, 2 ** 32, 2n ** 32n, 1.5, Number.NaN, Infinity, '7', ...notAnything],
  configScope: [0, 5, -1, 1.5, Number.NaN, '1', ...notAnything],
  listenTarget: [-1, 2 ** 31, 1.5, Number.NaN, '1', { ipv4: 1 }, { ipv6: new Uint8Array(3), port: 1 }, { ipv4: 1, port: 70000 }, null, {}, [], Symbol('hostile'), ...hostileObjects],
  connectTarget: [-1n, 2n ** 64n, 'not a steam id', { steamId: -1n }, { genericString: '' }, { ip: { ipv4: 1 } }, { ipv4: 1, port: -1 }, null, {}, [], Symbol('hostile'), 42, ...hostileObjects],
  receiveCount: [0, -1, 257, 1.5, Number.NaN, '8', ...notAnything],
  laneCount: [-1, 256, 1.5, Number.NaN, '1', ...notAnything],
  closeOptions: [null, 42, 'close', Symbol('hostile'), { reason: 5 }, { reason: 3000 }, { reason: 1.5 }, { debug: 'x'.repeat(128) }, { debug: 42 }, { debug: 'a\0b' }, { linger: 'yes' }, { get reason(): never { throw new TypeError('getter'); } }, revokedProxy()],
  connectionOptions: [null, 42, { reason: 5 }, { debug: 42 }, { linger: 1 }, { pollGroup: -1 }, { pollGroup: '1' }, revokedProxy()],
  userData: [1.5, '1', 2n ** 63n, -(2n ** 63n) - 1n, ...notAnything],
  outgoingMessages: ['messages', 42, null, {}, [null], [{ connection: -1, data: new Uint8Array(1) }], [{ connection: 1, data: 'x' }], [{ connection: 1, data: new Uint8Array(1), sendFlags: 2 }], [{ connection: 1, data: new Uint8Array(1), userData: 1.5 }], ...hostileObjects, new Proxy([1], { get: () => { throw new TypeError('get trap'); } })],
  optionalIdentity: [{ steamId: -1n }, { genericString: '' }, { genericBytes: new Uint8Array(33) }, {}, 42, [], Symbol('hostile'), ...hostileObjects],
  // Lengths that do not match are refused naming `weights`, so they are weights' extra values.
  laneValues: ['lanes', 42, null, {}, [1.5], ['1'], ...hostileObjects, new Proxy([1], { get: () => { throw new TypeError('get trap'); } })],
  gamepadOptions: [null, 42, 'box', Symbol('hostile'), { inputMode: 7 }, { lineInputMode: -1 }, { charMax: 0 }, { charMax: 65536 }, { charMax: 1.5 }, { description: 42 }, { description: 'a\0b' }, { existingText: 'x'.repeat(70_000) }, { get charMax(): never { throw new TypeError('getter'); } }, revokedProxy()],
};

/** Extra bad values for one parameter (e.g. the oversize limit of one text). */
const sized = (limitBytes: number): readonly unknown[] => ['x'.repeat(limitBytes)];

export interface Entry {
  readonly params: readonly Param[];
  readonly extra?: Readonly<Record<string, readonly unknown[]>>;
}

export const p = (name: string, kind: Kind, valid: unknown, optional = false): Param => ({ name, kind, valid, optional });

const authEntries: Readonly<Record<string, Entry>> = {
  getAuthSessionTicket: { params: [p('remoteSteamId', 'optionalSteamId', STEAM_ID, true)] },
  cancelAuthTicket: { params: [p('authTicket', 'handle', 7)] },
  authTicket$: { params: [p('remoteSteamId', 'optionalSteamId', STEAM_ID, true), p('options', 'options', {}, true)] },
  requestAuthTicket: { params: [p('remoteSteamId', 'optionalSteamId', STEAM_ID, true), p('options', 'options', {}, true)] },
  beginAuthSession: { params: [p('authTicket', 'ticket', TICKET), p('ticketSize', 'ticketSize', TICKET.byteLength, true), p('steamId', 'steamId', STEAM_ID)] },
  endAuthSession: { params: [p('steamId', 'steamId', STEAM_ID)] },
  authSession$: { params: [p('authTicket', 'ticket', TICKET), p('steamId', 'steamId', STEAM_ID)] },
  userHasLicenseForApp: { params: [p('steamId', 'steamId', STEAM_ID), p('appId', 'handle', 480)] },
};

export const clientTable: Readonly<Record<string, Entry>> = {
  ...authEntries,
  getGameBadgeLevel: { params: [p('series', 'int32', 1), p('foil', 'boolean', false)] },
  setDurationControlOnlineState: { params: [p('newState', 'enum', 1)] },
  advertiseGame: { params: [p('serverIp', 'ip', '10.0.0.1', true), p('serverPort', 'port', 27015, true), p('serverSteamId', 'steamId', 90071992547409920n, true)] },
  initiateGameConnection: { params: [p('serverId', 'steamId', 90071992547409920n), p('serverIp', 'ip', '10.0.0.1'), p('serverPort', 'port', 27015), p('secure', 'boolean', true)] },
  terminateGameConnection: { params: [p('serverIp', 'ip', '10.0.0.1'), p('serverPort', 'port', 27015)] },
  getAuthTicketForWebApi: { params: [p('serviceIdentity', 'text', 'service', true)], extra: { serviceIdentity: sized(256) } },
  webApiTicket$: { params: [p('serviceIdentity', 'text', 'service', true), p('options', 'options', {}, true)], extra: { serviceIdentity: sized(256) } },
  requestWebApiTicket: { params: [p('serviceIdentity', 'text', 'service', true), p('options', 'options', {}, true)], extra: { serviceIdentity: sized(256) } },
  requestEncryptedAppTicket: { params: [p('secret', 'secret', 'secret', true)], extra: { secret: [new Uint8Array(1025), 'x'.repeat(1025)] } },
  encryptedAppTicket$: { params: [p('secret', 'secret', 'secret', true)], extra: { secret: [new Uint8Array(1025), 'x'.repeat(1025)] } },
  requestStoreAuthURL: { params: [p('redirectUrl', 'text', 'https://example.com/')], extra: { redirectUrl: sized(2048) } },
  getVoice: { params: [p('bufferSizeOverride', 'bufferSize', 1024, true)] },
  decompressVoice: { params: [p('voice', 'bytes', TICKET), p('sampleRate', 'sampleRate', 48000), p('bufferSizeOverride', 'bufferSize', 20480, true)], extra: { voice: [new Uint8Array(4 * 1024 * 1024 + 1)] } },
  decompress: { params: [p('sampleRate', 'sampleRate', 48000)] },
};

export const serverTable: Readonly<Record<string, Entry>> = {
  ...authEntries,
  logOn: { params: [p('token', 'text', 'a1b2c3')], extra: { token: ['', ...sized(256)] } },
  updateUserData: { params: [p('userSteamId', 'steamId', STEAM_ID), p('playerName', 'text', 'Player'), p('score', 'score', 3)], extra: { playerName: sized(256) } },
  handleIncomingPacket: { params: [p('data', 'bytes', TICKET), p('sourceIp', 'ip', '10.0.0.1'), p('sourcePort', 'port', 27015)], extra: { data: [new Uint8Array(65536)] } },
  setProduct: { params: [p('product', 'text', 'spacewar')], extra: { product: sized(4096) } },
  setGameDescription: { params: [p('gameDescription', 'text', 'Spacewar')], extra: { gameDescription: sized(64) } },
  setModDir: { params: [p('modDir', 'text', 'spacewar')], extra: { modDir: sized(32) } },
  setDedicatedServer: { params: [p('dedicated', 'boolean', true)] },
  setMaxPlayerCount: { params: [p('playersMax', 'count', 8)] },
  setBotPlayerCount: { params: [p('botPlayers', 'count', 0)] },
  setServerName: { params: [p('serverName', 'text', 'A server')], extra: { serverName: sized(64) } },
  setMapName: { params: [p('mapName', 'text', 'dust')], extra: { mapName: sized(32) } },
  setPasswordProtected: { params: [p('passwordProtected', 'boolean', false)] },
  setSpectatorPort: { params: [p('spectatorPort', 'port', 27020)] },
  setSpectatorServerName: { params: [p('spectatorServerName', 'text', 'Spectate')], extra: { spectatorServerName: sized(64) } },
  setGameTags: { params: [p('gameTags', 'text', 'a,b')], extra: { gameTags: sized(128) } },
  setGameData: { params: [p('gameData', 'text', 'data')], extra: { gameData: sized(2048) } },
  setRegion: { params: [p('region', 'text', 'eu')], extra: { region: sized(4096) } },
  setAdvertiseServerActive: { params: [p('active', 'boolean', true)] },
  setKeyValue: { params: [p('key', 'text', 'k'), p('value', 'text', 'v')], extra: { key: sized(4096), value: sized(4096) } },
  associateWithClan: { params: [p('clanSteamId', 'steamId', 103582791429521412n)] },
  computeNewPlayerCompatibility: { params: [p('newPlayerSteamId', 'steamId', STEAM_ID)] },
  requestUserGroupStatus: { params: [p('userSteamId', 'steamId', STEAM_ID), p('groupSteamId', 'steamId', 103582791429521412n)] },
};

/** Functions that take no argument at all (extra arguments are ignored). */
export const clientWithoutArguments = [
  'runCallbacks', 'shutdown', 'loggedOn', 'getSteamID', 'getPlayerSteamLevel', 'isBehindNAT', 'isPhoneIdentifying',
  'isPhoneRequiringVerification', 'isPhoneVerified', 'isTwoFactorEnabled', 'getMarketEligibility', 'getDurationControl',
  'getEncryptedAppTicket', 'voice$', 'startVoiceRecording', 'stopVoiceRecording', 'getAvailableVoice', 'getVoiceOptimalSampleRate',
];
export const serverWithoutArguments = [
  'runCallbacks', 'serverShutdown', 'shutdown', 'isServerSecure', 'getServerSteamID', 'serverReleaseCurrentThreadMemory', 'secure',
  'getSteamID', 'loggedOn', 'wasRestartRequested', 'logOnAnonymous', 'logOff', 'getPublicIP', 'createUnauthenticatedUserConnection',
  'getNextOutgoingPacket', 'clearAllKeyValues', 'getServerReputation', 'getGameplayStats',
];


/** Valid arguments for a table entry (none for functions that take none). */
export const validArguments = (table: Readonly<Record<string, Entry>>, name: string): unknown[] =>
  (table[name]?.params ?? []).map((param) => param.valid);

/** The functions of a `utils` namespace (client.utils and server.utils alike). */
export const utilsTable: Readonly<Record<string, Entry>> = {
  getImageSize: { params: [p('image', 'int32', 1)] },
  getImageRGBA: { params: [p('image', 'int32', 1)] },
  setOverlayNotificationPosition: { params: [p('position', 'enum', 0)] },
  setOverlayNotificationInset: { params: [p('horizontalInset', 'int32', 0), p('verticalInset', 'int32', 0)] },
  setVRHeadsetStreamingEnabled: { params: [p('enabled', 'boolean', true)] },
  setGameLauncherMode: { params: [p('launcherMode', 'boolean', false)] },
  checkFileSignature: { params: [p('fileName', 'text', 'game.exe')], extra: { fileName: sized(4096) } },
  showGamepadTextInput: { params: [p('options', 'gamepadOptions', {}, true)] },
  gamepadTextInput$: { params: [p('options', 'gamepadOptions', {}, true)] },
  showFloatingGamepadTextInput: { params: [p('mode', 'enum', 0), p('x', 'int32', 0), p('y', 'int32', 0), p('width', 'int32', 10), p('height', 'int32', 10)] },
  filterText: { params: [p('context', 'enum', 2), p('sourceSteamId', 'steamId', STEAM_ID), p('input', 'text', 'hello')] },
  getIPv6ConnectivityState: { params: [p('protocol', 'enum', 1)] },
};
export const utilsWithoutArguments = [
  'getAppID', 'getIPCountry', 'getServerRealTime', 'getSecondsSinceAppActive', 'getSecondsSinceComputerActive', 'getConnectedUniverse',
  'getCurrentBatteryPower', 'getIPCCallCount', 'getSteamUILanguage', 'isOverlayEnabled', 'overlayNeedsPresent', 'isSteamRunningInVR',
  'isSteamInBigPictureMode', 'isSteamRunningOnSteamDeck', 'isSteamChinaLauncher', 'startVRDashboard', 'isVRHeadsetStreamingEnabled',
  'getEnteredGamepadTextLength', 'getEnteredGamepadTextInput', 'dismissGamepadTextInput', 'dismissFloatingGamepadTextInput', 'initFilterText',
];

/** The functions of `client.apps`. */
export const appsTable: Readonly<Record<string, Entry>> = {
  isSubscribedApp: { params: [p('appId', 'appId', 480)] },
  isDlcInstalled: { params: [p('appId', 'appId', 1001)] },
  getEarliestPurchaseUnixTime: { params: [p('appId', 'appId', 480)] },
  getDLCDataByIndex: { params: [p('index', 'count', 0)] },
  installDLC: { params: [p('appId', 'appId', 1001)] },
  uninstallDLC: { params: [p('appId', 'appId', 1001)] },
  getDlcDownloadProgress: { params: [p('appId', 'appId', 1001)] },
  isAppInstalled: { params: [p('appId', 'appId', 480)] },
  getAppInstallDir: { params: [p('appId', 'appId', 480)] },
  getNumBetas: { params: [p('appId', 'appId', 480)] },
  getBetaInfo: { params: [p('appId', 'appId', 480), p('index', 'count', 0)] },
  setActiveBeta: { params: [p('appId', 'appId', 480), p('name', 'text', 'beta')], extra: { name: sized(256) } },
  getLaunchQueryParam: { params: [p('key', 'text', 'lobby')], extra: { key: sized(1024) } },
  getInstalledDepots: { params: [p('appId', 'appId', 480)] },
  requestAppProofOfPurchaseKey: { params: [p('appId', 'appId', 480)] },
  getFileDetails: { params: [p('fileName', 'text', 'game.pak')], extra: { fileName: sized(4096) } },
  markContentCorrupt: { params: [p('missingFilesOnly', 'boolean', true)] },
  setDlcContext: { params: [p('appId', 'appIdOrZero', 0)] },
};
export const appsWithoutArguments = [
  'isSubscribed', 'isLowViolence', 'isCybercafe', 'isVACBanned', 'getCurrentGameLanguage', 'getAvailableGameLanguages', 'isSubscribedFromFreeWeekend',
  'getDLCCount', 'getAppBuildId', 'getAppOwner', 'getCurrentBetaName', 'getLaunchCommandLine', 'isSubscribedFromFamilySharing', 'isTimedTrial',
  'requestAllProofOfPurchaseKeys',
];

/** The functions of `client.friends`. */
export const friendsTable: Readonly<Record<string, Entry>> = {
  setPersonaName: { params: [p('name', 'text', 'Alyx')], extra: { name: sized(128) } },
  getFriendCount: { params: [p('friendFlags', 'friendFlags', 4)] },
  getFriendByIndex: { params: [p('index', 'count', 0), p('friendFlags', 'friendFlags', 4)] },
  getFriendRelationship: { params: [p('steamId', 'steamId', STEAM_ID)] },
  getFriendPersonaState: { params: [p('steamId', 'steamId', STEAM_ID)] },
  getFriendPersonaName: { params: [p('steamId', 'steamId', STEAM_ID)] },
  getFriendGamePlayed: { params: [p('steamId', 'steamId', STEAM_ID)] },
  getFriendPersonaNameHistory: { params: [p('steamId', 'steamId', STEAM_ID), p('index', 'count', 0)] },
  getFriendSteamLevel: { params: [p('steamId', 'steamId', STEAM_ID)] },
  getPlayerNickname: { params: [p('steamId', 'steamId', STEAM_ID)] },
  getFriendsGroupIDByIndex: { params: [p('index', 'count', 0)] },
  getFriendsGroupName: { params: [p('groupId', 'groupId', 1)] },
  getFriendsGroupMembersCount: { params: [p('groupId', 'groupId', 1)] },
  getFriendsGroupMembersList: { params: [p('groupId', 'groupId', 1)] },
  hasFriend: { params: [p('steamId', 'steamId', STEAM_ID), p('friendFlags', 'friendFlags', 4)] },
  getClanByIndex: { params: [p('index', 'count', 0)] },
  getClanName: { params: [p('clanSteamId', 'steamId', STEAM_ID)] },
  getClanTag: { params: [p('clanSteamId', 'steamId', STEAM_ID)] },
  getClanActivityCounts: { params: [p('clanSteamId', 'steamId', STEAM_ID)] },
  downloadClanActivityCounts: { params: [p('clanSteamIds', 'steamIds', [STEAM_ID])] },
  getFriendCountFromSource: { params: [p('sourceSteamId', 'steamId', STEAM_ID)] },
  getFriendFromSourceByIndex: { params: [p('sourceSteamId', 'steamId', STEAM_ID), p('index', 'count', 0)] },
  isUserInSource: { params: [p('userSteamId', 'steamId', STEAM_ID), p('sourceSteamId', 'steamId', STEAM_ID)] },
  setInGameVoiceSpeaking: { params: [p('userSteamId', 'steamId', STEAM_ID), p('speaking', 'boolean', true)] },
  activateGameOverlay: { params: [p('dialog', 'text', 'friends')], extra: { dialog: sized(4096) } },
  activateGameOverlayToUser: { params: [p('dialog', 'text', 'chat'), p('steamId', 'steamId', STEAM_ID)] },
  activateGameOverlayToWebPage: { params: [p('url', 'text', 'https://example.com'), p('mode', 'enum', 0, true)] },
  activateGameOverlayToStore: { params: [p('appId', 'appId', 480), p('flag', 'enum', 0, true)] },
  setPlayedWith: { params: [p('steamId', 'steamId', STEAM_ID)] },
  activateGameOverlayInviteDialog: { params: [p('lobbySteamId', 'steamId', STEAM_ID)] },
  getSmallFriendAvatar: { params: [p('steamId', 'steamId', STEAM_ID)] },
  getMediumFriendAvatar: { params: [p('steamId', 'steamId', STEAM_ID)] },
  getLargeFriendAvatar: { params: [p('steamId', 'steamId', STEAM_ID)] },
  requestUserInformation: { params: [p('steamId', 'steamId', STEAM_ID), p('requireNameOnly', 'boolean', false)] },
  requestClanOfficerList: { params: [p('clanSteamId', 'steamId', STEAM_ID)] },
  getClanOwner: { params: [p('clanSteamId', 'steamId', STEAM_ID)] },
  getClanOfficerCount: { params: [p('clanSteamId', 'steamId', STEAM_ID)] },
  getClanOfficerByIndex: { params: [p('clanSteamId', 'steamId', STEAM_ID), p('index', 'count', 0)] },
  setRichPresence: { params: [p('key', 'text', 'status'), p('value', 'text', 'Menu')], extra: { key: sized(4096), value: sized(4096) } },
  getFriendRichPresence: { params: [p('steamId', 'steamId', STEAM_ID), p('key', 'text', 'status')] },
  getFriendRichPresenceKeyCount: { params: [p('steamId', 'steamId', STEAM_ID)] },
  getFriendRichPresenceKeyByIndex: { params: [p('steamId', 'steamId', STEAM_ID), p('index', 'count', 0)] },
  requestFriendRichPresence: { params: [p('steamId', 'steamId', STEAM_ID)] },
  inviteUserToGame: { params: [p('steamId', 'steamId', STEAM_ID), p('connectString', 'text', '+connect 1.2.3.4')] },
  getCoplayFriend: { params: [p('index', 'count', 0)] },
  getFriendCoplayTime: { params: [p('steamId', 'steamId', STEAM_ID)] },
  getFriendCoplayGame: { params: [p('steamId', 'steamId', STEAM_ID)] },
  getFollowerCount: { params: [p('steamId', 'steamId', STEAM_ID)] },
  isFollowing: { params: [p('steamId', 'steamId', STEAM_ID)] },
  enumerateFollowingList: { params: [p('startIndex', 'uint32', 0)] },
  isClanPublic: { params: [p('clanSteamId', 'steamId', STEAM_ID)] },
  isClanOfficialGameGroup: { params: [p('clanSteamId', 'steamId', STEAM_ID)] },
  activateGameOverlayRemotePlayTogetherInviteDialog: { params: [p('lobbySteamId', 'steamId', STEAM_ID)] },
  registerProtocolInOverlayBrowser: { params: [p('protocol', 'text', 'mygame')] },
  activateGameOverlayInviteDialogConnectString: { params: [p('connectString', 'text', '+connect 1.2.3.4')] },
  requestEquippedProfileItems: { params: [p('steamId', 'steamId', STEAM_ID)] },
  hasEquippedProfileItem: { params: [p('steamId', 'steamId', STEAM_ID), p('itemType', 'enum', 0)] },
  getProfileItemPropertyString: { params: [p('steamId', 'steamId', STEAM_ID), p('itemType', 'enum', 0), p('property', 'enum', 3)] },
  getProfileItemPropertyUint: { params: [p('steamId', 'steamId', STEAM_ID), p('itemType', 'enum', 0), p('property', 'enum', 5)] },
  persona$: { params: [p('steamId', 'steamId', STEAM_ID)] },
  friends$: { params: [p('friendFlags', 'friendFlags', 4)] },
  avatar$: { params: [p('steamId', 'steamId', STEAM_ID), p('size', 'avatarSize', 'small'), p('timeoutMs', 'timeoutMs', 1000, true)] },
  richPresence$: { params: [p('steamId', 'steamId', STEAM_ID)] },
};
export const friendsWithoutArguments = [
  'getPersonaName', 'getPersonaState', 'getFriendsGroupCount', 'getClanCount', 'getUserRestrictions', 'clearRichPresence', 'getCoplayFriendCount',
  'getNumChatsWithUnreadPriorityMessages',
];

/** The functions of `client.stats`. */
export const userStatsTable: Readonly<Record<string, Entry>> = {
  getStatInt32: { params: [p('name', 'statName', 'NumGames')] },
  getStatFloat: { params: [p('name', 'statName', 'FeetTraveled')] },
  setStatInt32: { params: [p('name', 'statName', 'NumGames'), p('value', 'int32', 1)] },
  setStatFloat: { params: [p('name', 'statName', 'FeetTraveled'), p('value', 'float', 1.5)] },
  updateAvgRateStat: { params: [p('name', 'statName', 'AverageSpeed'), p('countThisSession', 'float', 1), p('sessionLength', 'duration', 60)] },
  getAchievement: { params: [p('name', 'statName', 'ACH_WIN')] },
  setAchievement: { params: [p('name', 'statName', 'ACH_WIN')] },
  clearAchievement: { params: [p('name', 'statName', 'ACH_WIN')] },
  getAchievementAndUnlockTime: { params: [p('name', 'statName', 'ACH_WIN')] },
  getAchievementIcon: { params: [p('name', 'statName', 'ACH_WIN')] },
  getAchievementDisplayAttribute: { params: [p('name', 'statName', 'ACH_WIN'), p('key', 'statName', 'name')] },
  indicateAchievementProgress: { params: [p('name', 'statName', 'ACH_WIN'), p('currentProgress', 'uint32', 1), p('maxProgress', 'uint32', 10)] },
  getAchievementName: { params: [p('index', 'uint32', 0)] },
  requestUserStats: { params: [p('steamId', 'steamId', STEAM_ID)] },
  getUserStatInt32: { params: [p('steamId', 'steamId', STEAM_ID), p('name', 'statName', 'NumGames')] },
  getUserStatFloat: { params: [p('steamId', 'steamId', STEAM_ID), p('name', 'statName', 'FeetTraveled')] },
  getUserAchievement: { params: [p('steamId', 'steamId', STEAM_ID), p('name', 'statName', 'ACH_WIN')] },
  getUserAchievementAndUnlockTime: { params: [p('steamId', 'steamId', STEAM_ID), p('name', 'statName', 'ACH_WIN')] },
  resetAllStats: { params: [p('achievementsToo', 'boolean', false)] },
  findOrCreateLeaderboard: { params: [p('name', 'statName', 'Board'), p('sortMethod', 'sortMethod', 'ascending'), p('displayType', 'displayType', 'numeric')] },
  findLeaderboard: { params: [p('name', 'statName', 'Board')] },
  getLeaderboardName: { params: [p('leaderboard', 'leaderboard', 7n)] },
  getLeaderboardEntryCount: { params: [p('leaderboard', 'leaderboard', 7n)] },
  getLeaderboardSortMethod: { params: [p('leaderboard', 'leaderboard', 7n)] },
  getLeaderboardDisplayType: { params: [p('leaderboard', 'leaderboard', 7n)] },
  downloadLeaderboardEntries: { params: [p('leaderboard', 'leaderboard', 7n), p('request', 'dataRequest', 'global'), p('rangeStart', 'int32', 1), p('rangeEnd', 'int32', 10)] },
  downloadLeaderboardEntriesForUsers: { params: [p('leaderboard', 'leaderboard', 7n), p('users', 'users', [STEAM_ID])] },
  getDownloadedLeaderboardEntry: { params: [p('entries', 'leaderboard', 8n), p('index', 'count', 0), p('detailsMax', 'detailsMax', 64, true)] },
  uploadLeaderboardScore: { params: [p('leaderboard', 'leaderboard', 7n), p('method', 'uploadMethod', 'keepBest'), p('score', 'int32', 10), p('details', 'details', [1, 2], true)] },
  attachLeaderboardUGC: { params: [p('leaderboard', 'leaderboard', 7n), p('ugc', 'ugc', 9n)] },
  getNextMostAchievedAchievementInfo: { params: [p('previous', 'count', 0)] },
  getAchievementAchievedPercent: { params: [p('name', 'statName', 'ACH_WIN')] },
  requestGlobalStats: { params: [p('historyDays', 'historyDays', 7)] },
  getGlobalStatInt64: { params: [p('name', 'statName', 'NumGames')] },
  getGlobalStatDouble: { params: [p('name', 'statName', 'FeetTraveled')] },
  getGlobalStatHistoryInt64: { params: [p('name', 'statName', 'NumGames'), p('days', 'days', 7)] },
  getGlobalStatHistoryDouble: { params: [p('name', 'statName', 'FeetTraveled'), p('days', 'days', 7)] },
  getAchievementProgressLimitsInt32: { params: [p('name', 'statName', 'ACH_WIN')] },
  getAchievementProgressLimitsFloat: { params: [p('name', 'statName', 'ACH_WIN')] },
  achievement$: { params: [p('name', 'statName', 'ACH_WIN')] },
  unlockAchievement: { params: [p('name', 'statName', 'ACH_WIN')] },
  storeStatInt32: { params: [p('name', 'statName', 'NumGames'), p('value', 'int32', 1)] },
  storeStatFloat: { params: [p('name', 'statName', 'FeetTraveled'), p('value', 'float', 1.5)] },
  leaderboard$: { params: [p('name', 'statName', 'Board'), p('options', 'leaderboardOptions', {}, true)] },
  entries$: { params: [p('leaderboard', 'board', 7n), p('range', 'range', { request: 'global', start: 1, end: 10 })] },
  uploadScore$: { params: [p('leaderboard', 'board', 7n), p('score', 'int32', 10), p('method', 'uploadMethod', 'keepBest'), p('details', 'details', [1], true)] },
  achievementIcon$: { params: [p('name', 'statName', 'ACH_WIN')] },
};
export const userStatsWithoutArguments = [
  'requestCurrentStats', 'storeStats', 'getNumAchievements', 'getNumberOfCurrentPlayers', 'requestGlobalAchievementPercentages', 'getMostAchievedAchievementInfo',
];

/** The functions of `server.stats`. */
export const gameServerStatsTable: Readonly<Record<string, Entry>> = {
  requestUserStats: { params: [p('steamId', 'steamId', STEAM_ID)] },
  getUserStatInt32: { params: [p('steamId', 'steamId', STEAM_ID), p('name', 'statName', 'Kills')] },
  getUserStatFloat: { params: [p('steamId', 'steamId', STEAM_ID), p('name', 'statName', 'Accuracy')] },
  getUserAchievement: { params: [p('steamId', 'steamId', STEAM_ID), p('name', 'statName', 'ACH_WIN')] },
  setUserStatInt32: { params: [p('steamId', 'steamId', STEAM_ID), p('name', 'statName', 'Kills'), p('value', 'int32', 1)] },
  setUserStatFloat: { params: [p('steamId', 'steamId', STEAM_ID), p('name', 'statName', 'Accuracy'), p('value', 'float', 0.5)] },
  updateUserAvgRateStat: { params: [p('steamId', 'steamId', STEAM_ID), p('name', 'statName', 'Rate'), p('countThisSession', 'float', 1), p('sessionLength', 'duration', 60)] },
  setUserAchievement: { params: [p('steamId', 'steamId', STEAM_ID), p('name', 'statName', 'ACH_WIN')] },
  clearUserAchievement: { params: [p('steamId', 'steamId', STEAM_ID), p('name', 'statName', 'ACH_WIN')] },
  storeUserStats: { params: [p('steamId', 'steamId', STEAM_ID)] },
};
export const gameServerStatsWithoutArguments: readonly string[] = [];

const PEER = { steamId: STEAM_ID };

/** The functions of a `networkingMessages` namespace (client.networkingMessages and server.networkingMessages alike). */
export const networkingMessagesTable: Readonly<Record<string, Entry>> = {
  sendMessageToUser: {
    params: [p('identityRemote', 'identity', PEER), p('data', 'payload', new Uint8Array([1])), p('sendFlags', 'sendFlags', 8), p('remoteChannel', 'int32', 0)],
  },
  receiveMessagesOnChannel: { params: [p('localChannel', 'int32', 0), p('maxMessages', 'messageCount', 16)] },
  acceptSessionWithUser: { params: [p('identityRemote', 'identity', PEER)] },
  closeSessionWithUser: { params: [p('identityRemote', 'identity', PEER)] },
  closeChannelWithUser: { params: [p('identityRemote', 'identity', PEER), p('localChannel', 'int32', 0)] },
  getSessionConnectionInfo: { params: [p('identityRemote', 'identity', PEER)] },
  send: { params: [p('identityRemote', 'identity', PEER), p('data', 'payload', new Uint8Array([1])), p('options', 'sendOptions', {}, true)] },
  channel$: { params: [p('localChannel', 'int32', 0), p('options', 'channelOptions', {}, true)] },
};
export const networkingMessagesWithoutArguments: readonly string[] = [];

const PING_LOCATION = new Uint8Array(512);

/** The functions of `client.networkingUtils`. */
export const networkingUtilsTable: Readonly<Record<string, Entry>> = {
  estimatePingTimeBetweenTwoLocations: { params: [p('location1', 'pingLocation', PING_LOCATION), p('location2', 'pingLocation', PING_LOCATION)] },
  estimatePingTimeFromLocalHost: { params: [p('remoteLocation', 'pingLocation', PING_LOCATION)] },
  convertPingLocationToString: { params: [p('location', 'pingLocation', PING_LOCATION)] },
  parsePingLocationString: { params: [p('text', 'text', 'iad=30')], extra: { text: sized(1024) } },
  checkPingDataUpToDate: { params: [p('maxAgeSeconds', 'networkFloat', 60)], extra: { maxAgeSeconds: [-1] } },
  getPingToDataCenter: { params: [p('popId', 'handle32', 0x69616400)] },
  getDirectPingToPOP: { params: [p('popId', 'handle32', 0x69616400)] },
  setGlobalConfigValueInt32: { params: [p('value', 'configValue', 24), p('data', 'int32', 10000)] },
  setGlobalConfigValueFloat: { params: [p('value', 'configValue', 2), p('data', 'networkFloat', 1.5)] },
  setGlobalConfigValueString: { params: [p('value', 'configValue', 103), p('data', 'text', 'stun.example.com')] },
  setConnectionConfigValueInt32: { params: [p('connection', 'handle32', 1), p('value', 'configValue', 24), p('data', 'int32', 10000)] },
  setConnectionConfigValueFloat: { params: [p('connection', 'handle32', 1), p('value', 'configValue', 2), p('data', 'networkFloat', 1.5)] },
  setConnectionConfigValueString: { params: [p('connection', 'handle32', 1), p('value', 'configValue', 103), p('data', 'text', 'x')] },
  getConfigValue: { params: [p('value', 'configValue', 24), p('scopeType', 'configScope', 1, true), p('scopeObject', 'handle32', 0, true)] },
  getConfigValueInfo: { params: [p('value', 'configValue', 24)] },
  iterateGenericEditableConfigValues: { params: [p('current', 'count', 0), p('enumerateDevVars', 'boolean', false)] },
  setDebugOutputFunction: { params: [p('detailLevel', 'debugLevel', 0), p('handler', 'debugHandler', null)] },
};
export const networkingUtilsWithoutArguments = [
  'initRelayNetworkAccess', 'getRelayNetworkStatus', 'getLocalPingLocation', 'getPOPCount', 'getPOPList', 'getLocalTimestamp',
];

/** The functions of a `networkingSockets` namespace (client.networkingSockets and server.networkingSockets alike). */
export const networkingSocketsTable: Readonly<Record<string, Entry>> = {
  listen$: { params: [p('target', 'listenTarget', 7)] },
  connect$: { params: [p('target', 'connectTarget', STEAM_ID), p('virtualPort', 'count', 7, true), p('options', 'connectionOptions', {}, true)] },
  pollGroupMessages$: { params: [p('pollGroup', 'handle32', 1)] },
  createListenSocketIP: { params: [p('localAddress', 'listenTarget', { ipv4: 0, port: 27020 })], extra: { localAddress: [7] } },
  connectByIPAddress: { params: [p('address', 'listenTarget', { ipv4: 0x7f000001, port: 27020 })], extra: { address: [7] } },
  createListenSocketP2P: { params: [p('localVirtualPort', 'count', 7)] },
  connectP2P: { params: [p('identityRemote', 'connectTarget', PEER), p('remoteVirtualPort', 'count', 7)] },
  acceptConnection: { params: [p('connection', 'handle32', 1)] },
  closeConnection: { params: [p('connection', 'handle32', 1), p('options', 'closeOptions', {}, true)] },
  closeListenSocket: { params: [p('socket', 'handle32', 1)] },
  setConnectionUserData: { params: [p('connection', 'handle32', 1), p('userData', 'userData', 5n)] },
  getConnectionUserData: { params: [p('connection', 'handle32', 1)] },
  setConnectionName: { params: [p('connection', 'handle32', 1), p('name', 'text', 'player 1')], extra: { name: sized(128) } },
  getConnectionName: { params: [p('connection', 'handle32', 1)] },
  sendMessageToConnection: { params: [p('connection', 'handle32', 1), p('data', 'payload', new Uint8Array([1])), p('sendFlags', 'sendFlags', 8, true)], extra: { sendFlags: [2] } },
  sendMessages: { params: [p('messages', 'outgoingMessages', [{ connection: 1, data: new Uint8Array([1]) }])] },
  flushMessagesOnConnection: { params: [p('connection', 'handle32', 1)] },
  receiveMessagesOnConnection: { params: [p('connection', 'handle32', 1), p('maxMessages', 'receiveCount', 16, true)] },
  getConnectionInfo: { params: [p('connection', 'handle32', 1)] },
  getConnectionRealTimeStatus: { params: [p('connection', 'handle32', 1), p('lanes', 'laneCount', 0, true)] },
  getDetailedConnectionStatus: { params: [p('connection', 'handle32', 1)] },
  getListenSocketAddress: { params: [p('socket', 'handle32', 1)] },
  createSocketPair: { params: [p('useNetworkLoopback', 'boolean', false), p('identity1', 'optionalIdentity', null, true), p('identity2', 'optionalIdentity', null, true)] },
  configureConnectionLanes: { params: [p('connection', 'handle32', 1), p('priorities', 'laneValues', [0]), p('weights', 'laneValues', [1])], extra: { weights: [[], [1, 2]] } },
  destroyPollGroup: { params: [p('pollGroup', 'handle32', 1)] },
  setConnectionPollGroup: { params: [p('connection', 'handle32', 1), p('pollGroup', 'handle32', 1)] },
  receiveMessagesOnPollGroup: { params: [p('pollGroup', 'handle32', 1), p('maxMessages', 'receiveCount', 16, true)] },
};
export const networkingSocketsWithoutArguments = ['pollGroup$', 'getIdentity', 'initAuthentication', 'getAuthenticationStatus', 'createPollGroup'];
