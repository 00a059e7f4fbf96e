// The public enums: spec names, ABI values (from native/enums.ts), and a human description for each.
export { AccountType, describeAccountType } from './account-type';
export { AuthSessionResponse, describeAuthSessionResponse } from './auth-session-response';
export { BeginAuthSessionResult, describeBeginAuthSessionResult } from './begin-auth-session-result';
export { ChatSteamIdInstanceFlags, describeChatSteamIdInstanceFlag, describeChatSteamIdInstanceFlags } from './chat-steam-id-instance-flags';
export { DenyReason, describeDenyReason } from './deny-reason';
export { DurationControlNotification, describeDurationControlNotification } from './duration-control-notification';
export { DurationControlOnlineState, describeDurationControlOnlineState } from './duration-control-online-state';
export { DurationControlProgress, describeDurationControlProgress } from './duration-control-progress';
export { FailureType, describeFailureType } from './failure-type';
export { GameIDType, describeGameIDType } from './game-id-type';
export { MarketNotAllowedReasonFlags, describeMarketNotAllowedReasonFlags } from './market-not-allowed-reason-flags';
export { Result, describeResult } from './result';
export { ServerMode, describeServerMode } from './server-mode';
export { SteamAPICallFailure, describeSteamAPICallFailure } from './steam-api-call-failure';
export { SteamAPIInitResult, describeSteamAPIInitResult } from './steam-api-init-result';
export { Universe, describeUniverse } from './universe';
export { UserHasLicenseForAppResult, describeUserHasLicenseForAppResult } from './user-has-license-for-app-result';
export { VoiceResult, describeVoiceResult } from './voice-result';
