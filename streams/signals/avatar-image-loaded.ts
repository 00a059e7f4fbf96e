/** AvatarImageLoaded_t (334): an avatar image finished loading. */
import * as t from 'io-ts';
import { int32Codec } from '../codecs/integer';
import { steamIdCodec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link AvatarImageLoaded}: the single source of truth of its shape. */
export const avatarImageLoadedCodec = t.readonly(
  t.type(
    {
      /** The user whose avatar loaded (`m_steamID`). */
      steamId: steamIdCodec,
      /** The image handle for ISteamUtils GetImageSize / GetImageRGBA (`m_iImage`). */
      image: int32Codec,
      /** The image width in pixels (`m_iWide`). */
      width: int32Codec,
      /** The image height in pixels (`m_iTall`). */
      height: int32Codec,
    },
    'AvatarImageLoaded',
  ),
  'AvatarImageLoaded',
);
/**
 * The payload of AvatarImageLoaded_t (334): an avatar image that a Get*FriendAvatar call answered -1 (loading) for has loaded.
 *
 * @interface
 */
export type AvatarImageLoaded = t.TypeOf<typeof avatarImageLoadedCodec>;

/** The AvatarImageLoaded_t signal: its struct, codec and member mapping. */
export const avatarImageLoadedSignal: SignalDefinition<AvatarImageLoaded> = {
  struct: 'AvatarImageLoaded_t',
  codec: avatarImageLoadedCodec,
  fromRaw: (raw) => ({ steamId: raw.m_steamID, image: raw.m_iImage, width: raw.m_iWide, height: raw.m_iTall }),
};
