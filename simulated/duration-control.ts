/**
 * DurationControl_t contents for a client: the configured state plus the time played since the
 * client signed in (virtual time), so a long session visibly consumes the allowance.
 */
import { EDurationControlNotification, EResult } from '../native/enums';
import type { FieldValue } from '../native/struct-bytes';
import type { ClientEndpoint } from './client-endpoint';

const FIVE_HOURS_SECONDS = 5 * 60 * 60;

export const durationControlValues = (
  client: ClientEndpoint,
  overrides: { readonly progress?: number; readonly notification?: number } = {},
): Readonly<Record<string, FieldValue>> => {
  const settings = client.user.durationControl;
  const played = settings.applicable ? Math.floor((client.universe.now() - client.signedInAtMs) / 1000) : 0;
  return {
    m_eResult: EResult.OK,
    m_appid: client.process.appId,
    m_bApplicable: settings.applicable,
    m_csecsLast5h: Math.min(FIVE_HOURS_SECONDS, settings.secondsLast5h + played),
    m_progress: overrides.progress ?? settings.progress,
    // Call results always carry None; timer broadcasts say what to show.
    m_notification: overrides.notification ?? EDurationControlNotification.None,
    m_csecsToday: settings.secondsToday + played,
    m_csecsRemaining: Math.max(0, settings.secondsRemaining - played),
  };
};
