/**
 * The function groups spread at the top of a client or server value (account, auth, voice, …),
 * built on first read: each group's names are listed here, apart from its module, so the value
 * can carry every name from the start while the module (and what it imports: ticket flows, the
 * microphone, the signal tables) is required only when one of its functions is first read.
 * Each list is typed against its interface, so a function added to one without the other fails
 * to compile.
 */
import type { AuthFunctions } from '../auth/auth-functions';
import type { WebApiFunctions } from '../auth/web-api-functions';
import type { ServerCalls } from '../server/server-calls';
import type { AccountFunctions } from '../user/account';
import type { GameConnectionFunctions } from '../user/game-connection';
import type { UserCallFunctions } from '../user/user-calls';
import type { VoiceFunctions } from '../voice/voice-functions';

/** Every name of a group, exactly: an object literal so a missing or extra name is a compile error. */
export type GroupNames<Group> = { readonly [K in keyof Group]-?: true };

/** One builder per member of a group, for native/lazy-properties.ts `withLazyMembers`. */
export type GroupBuilders<Group> = { readonly [K in keyof Group]-?: () => Group[K] };

/**
 * Builders of a group's functions: the first read of any of them builds the whole group (once),
 * every read returns the function the group built.
 */
export const lazyGroup = <Group extends object>(names: GroupNames<Group>, build: () => Group): GroupBuilders<Group> => {
  let group: Group | undefined;
  const builders: Partial<Record<keyof Group, () => unknown>> = {};
  for (const name of Object.keys(names) as Array<keyof Group>) builders[name] = () => (group ??= build())[name];
  return builders as GroupBuilders<Group>;
};

export const accountNames: GroupNames<AccountFunctions> = {
  loggedOn: true,
  getSteamID: true,
  getPlayerSteamLevel: true,
  isBehindNAT: true,
  isPhoneIdentifying: true,
  isPhoneRequiringVerification: true,
  isPhoneVerified: true,
  isTwoFactorEnabled: true,
  getGameBadgeLevel: true,
  setDurationControlOnlineState: true,
};

export const gameConnectionNames: GroupNames<GameConnectionFunctions> = {
  advertiseGame: true,
  initiateGameConnection: true,
  terminateGameConnection: true,
};

export const authNames: GroupNames<AuthFunctions> = {
  getAuthSessionTicket: true,
  cancelAuthTicket: true,
  authTicket$: true,
  requestAuthTicket: true,
  beginAuthSession: true,
  endAuthSession: true,
  authSession$: true,
  userHasLicenseForApp: true,
};

export const webApiNames: GroupNames<WebApiFunctions> = {
  getAuthTicketForWebApi: true,
  webApiTicket$: true,
  requestWebApiTicket: true,
};

export const userCallNames: GroupNames<UserCallFunctions> = {
  requestEncryptedAppTicket: true,
  encryptedAppTicket$: true,
  getEncryptedAppTicket: true,
  requestStoreAuthURL: true,
  getMarketEligibility: true,
  getDurationControl: true,
};

export const voiceNames: GroupNames<VoiceFunctions> = {
  startVoiceRecording: true,
  stopVoiceRecording: true,
  getAvailableVoice: true,
  getVoice: true,
  decompressVoice: true,
  getVoiceOptimalSampleRate: true,
  voice$: true,
  decompress: true,
};

export const serverCallNames: GroupNames<ServerCalls> = {
  getServerReputation: true,
  associateWithClan: true,
  computeNewPlayerCompatibility: true,
  requestUserGroupStatus: true,
  getGameplayStats: true,
};
