/** EquippedProfileItems_t (351): call result of RequestEquippedProfileItems. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { resultCodeCodec } from '../codecs/result-code';
import { steamIdCodec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link EquippedProfileItems}: the single source of truth of its shape. */
export const equippedProfileItemsCodec = t.readonly(
  t.type(
    {
      /** EResult: OK, or why there is no answer (`m_eResult`). */
      result: resultCodeCodec,
      /** The user (`m_steamID`). */
      steamId: steamIdCodec,
      /** An animated avatar is equipped (`m_bHasAnimatedAvatar`). */
      hasAnimatedAvatar: booleanCodec,
      /** An avatar frame is equipped (`m_bHasAvatarFrame`). */
      hasAvatarFrame: booleanCodec,
      /** A profile modifier is equipped (`m_bHasProfileModifier`). */
      hasProfileModifier: booleanCodec,
      /** A profile background is equipped (`m_bHasProfileBackground`). */
      hasProfileBackground: booleanCodec,
      /** A mini-profile background is equipped (`m_bHasMiniProfileBackground`). */
      hasMiniProfileBackground: booleanCodec,
    },
    'EquippedProfileItems',
  ),
  'EquippedProfileItems',
);
/**
 * The payload of EquippedProfileItems_t (351): which profile items a user has equipped (call result of RequestEquippedProfileItems); read their properties with getProfileItemPropertyString / getProfileItemPropertyUint.
 *
 * @interface
 */
export type EquippedProfileItems = t.TypeOf<typeof equippedProfileItemsCodec>;

/** The EquippedProfileItems_t signal: its struct, codec and member mapping. */
export const equippedProfileItemsSignal: SignalDefinition<EquippedProfileItems> = {
  struct: 'EquippedProfileItems_t',
  codec: equippedProfileItemsCodec,
  fromRaw: (raw) => ({ result: raw.m_eResult, steamId: raw.m_steamID, hasAnimatedAvatar: raw.m_bHasAnimatedAvatar, hasAvatarFrame: raw.m_bHasAvatarFrame, hasProfileModifier: raw.m_bHasProfileModifier, hasProfileBackground: raw.m_bHasProfileBackground, hasMiniProfileBackground: raw.m_bHasMiniProfileBackground }),
};
