/** FriendsEnumerateFollowingList_t (346): call result of EnumerateFollowingList. */
import * as t from 'io-ts';
import { int32Codec } from '../codecs/integer';
import { resultCodeCodec } from '../codecs/result-code';
import { steamIdCodec } from '../codecs/uint64';
import { readElements, type FieldValue } from '../../native/struct-bytes';
import type { SignalDefinition } from '../signal-definition';

/** The most Steam IDs one page holds (m_rgSteamID's length). */
const pageSize = 50;

/** Steam IDs, at most one page of them. */
const steamIdListCodec = t.readonlyArray(steamIdCodec, 'SteamIDs');

/**
 * The first `returned` Steam IDs of the page's array; a count outside 0..50 is passed on as the raw
 * count so the codec rejects the payload instead of this code guessing how many are real.
 */
const followedIds = (ids: FieldValue | undefined, returned: FieldValue | undefined): unknown => {
  if (!(ids instanceof Uint8Array)) return ids;
  if (typeof returned !== 'number' || !Number.isInteger(returned) || returned < 0 || returned > pageSize) return returned;
  return readElements(ids, { kind: 'steamId', count: returned });
};

/** The codec of {@link FriendsEnumerateFollowingList}: the single source of truth of its shape. */
export const friendsEnumerateFollowingListCodec = t.readonly(
  t.type(
    {
      /** EResult: OK, or why there is no page (`m_eResult`). */
      result: resultCodeCodec,
      /** The Steam IDs of this page: the first `m_nResultsReturned` of `m_rgSteamID`. */
      steamIds: steamIdListCodec,
      /** How many users are followed in all (`m_nTotalResultCount`). */
      totalResultCount: int32Codec,
    },
    'FriendsEnumerateFollowingList',
  ),
  'FriendsEnumerateFollowingList',
);
/**
 * The payload of FriendsEnumerateFollowingList_t (346): one page (up to 50) of the users the current user follows (call result of EnumerateFollowingList).
 *
 * @interface
 */
export type FriendsEnumerateFollowingList = t.TypeOf<typeof friendsEnumerateFollowingListCodec>;

/** The FriendsEnumerateFollowingList_t signal: its struct, codec and member mapping. */
export const friendsEnumerateFollowingListSignal: SignalDefinition<FriendsEnumerateFollowingList> = {
  struct: 'FriendsEnumerateFollowingList_t',
  codec: friendsEnumerateFollowingListCodec,
  fromRaw: (raw) => ({ result: raw.m_eResult, steamIds: followedIds(raw.m_rgSteamID, raw.m_nResultsReturned), totalResultCount: raw.m_nTotalResultCount }),
};
