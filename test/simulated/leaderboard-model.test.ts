/**
 * Leaderboards without virtual time: both sort methods, ties (the earlier score ranks higher),
 * keep-best against force-update with the ranks LeaderboardScoreUploaded_t reports, details,
 * and the global, around-user, friends and users ranges.
 */
import { Leaderboard, Leaderboards, SORT_ASCENDING, SORT_DESCENDING, UGC_HANDLE_INVALID, UPLOAD_FORCE_UPDATE, UPLOAD_KEEP_BEST } from '../../simulated/leaderboard-model';

const none = new Int32Array(0);

const board = (sortMethod: number, scores: ReadonlyArray<readonly [bigint, number]>): Leaderboard => {
  const made = new Leaderboard(1n, 'b', sortMethod, 1);
  scores.forEach(([user, score], order) => made.upload(user, UPLOAD_FORCE_UPDATE, score, none, order + 1));
  return made;
};
const order = (entries: ReadonlyArray<{ readonly steamId: bigint; readonly globalRank: number }>): Array<[bigint, number]> => entries.map((entry) => [entry.steamId, entry.globalRank]);

describe('leaderboard ranking', () => {
  it('ranks descending boards highest first and ascending ones lowest first', () => {
    expect(order(board(SORT_DESCENDING, [[1n, 10], [2n, 30], [3n, 20]]).ranked())).toEqual([[2n, 1], [3n, 2], [1n, 3]]);
    expect(order(board(SORT_ASCENDING, [[1n, 10], [2n, 30], [3n, 20]]).ranked())).toEqual([[1n, 1], [3n, 2], [2n, 3]]);
  });

  it('ranks equal scores by who reached them first, each with its own rank', () => {
    const tied = board(SORT_DESCENDING, [[1n, 50], [2n, 70], [3n, 50], [4n, 50]]);
    expect(order(tied.ranked())).toEqual([[2n, 1], [1n, 2], [3n, 3], [4n, 4]]);
    // Re-sending the same score does not lose the tie.
    tied.upload(1n, UPLOAD_FORCE_UPDATE, 50, none, 99);
    expect(tied.rankOf(1n)).toBe(2);
    // Reaching it anew (after another score) does.
    tied.upload(1n, UPLOAD_FORCE_UPDATE, 40, none, 100);
    tied.upload(1n, UPLOAD_FORCE_UPDATE, 50, none, 101);
    expect(order(tied.ranked())).toEqual([[2n, 1], [3n, 2], [4n, 3], [1n, 4]]);
  });
});

describe('uploads', () => {
  it('keeps the best score with KeepBest, an equal one included, and reports the ranks', () => {
    const scores = board(SORT_DESCENDING, [[1n, 100], [2n, 50]]);
    expect(scores.upload(3n, UPLOAD_KEEP_BEST, 75, Int32Array.of(7), 3)).toEqual({ scoreChanged: true, globalRankNew: 2, globalRankPrevious: 0 });
    expect(scores.upload(3n, UPLOAD_KEEP_BEST, 60, none, 4)).toEqual({ scoreChanged: false, globalRankNew: 2, globalRankPrevious: 2 });
    expect(scores.upload(3n, UPLOAD_KEEP_BEST, 75, none, 5)).toEqual({ scoreChanged: false, globalRankNew: 2, globalRankPrevious: 2 });
    expect([...(scores.entryOf(3n)?.details ?? [])]).toEqual([7]);
    expect(scores.upload(3n, UPLOAD_KEEP_BEST, 150, none, 6)).toEqual({ scoreChanged: true, globalRankNew: 1, globalRankPrevious: 2 });
  });

  it('replaces the score with ForceUpdate, a worse one too', () => {
    const scores = board(SORT_ASCENDING, [[1n, 10], [2n, 20]]);
    expect(scores.upload(1n, UPLOAD_FORCE_UPDATE, 30, Int32Array.of(1, 2), 3)).toEqual({ scoreChanged: true, globalRankNew: 2, globalRankPrevious: 1 });
    expect(scores.entryOf(1n)).toMatchObject({ score: 30, ugc: UGC_HANDLE_INVALID });
    expect([...(scores.entryOf(1n)?.details ?? [])]).toEqual([1, 2]);
  });

  it('keeps at most 64 details and the UGC attached to the entry', () => {
    const scores = board(SORT_DESCENDING, []);
    expect(scores.attach(1n, 5n)).toBe(false);
    scores.upload(1n, UPLOAD_FORCE_UPDATE, 1, new Int32Array(70).fill(3), 1);
    expect(scores.entryOf(1n)?.details).toHaveLength(64);
    expect(scores.attach(1n, 5n)).toBe(true);
    scores.upload(1n, UPLOAD_FORCE_UPDATE, 2, none, 2);
    expect(scores.entryOf(1n)?.ugc).toBe(5n);
  });
});

describe('ranges', () => {
  // Ten players, user 1n..10n with scores 100..10: rank r is user r.
  const ten = board(SORT_DESCENDING, Array.from({ length: 10 }, (_, index) => [BigInt(index + 1), 100 - index * 10] as const));
  const users = (entries: ReadonlyArray<{ readonly steamId: bigint }>): bigint[] => entries.map((entry) => entry.steamId);

  it('reads global ranks, 1-based and inclusive', () => {
    expect(users(ten.global(1, 3))).toEqual([1n, 2n, 3n]);
    expect(users(ten.global(9, 20))).toEqual([9n, 10n]);
    expect(users(ten.global(0, 1))).toEqual([1n]);
    expect(ten.global(5, 4)).toEqual([]);
  });

  it('reads around the user, shifting the window at either end, and nothing for a user with no entry', () => {
    expect(users(ten.aroundUser(5n, -1, 1))).toEqual([4n, 5n, 6n]);
    expect(users(ten.aroundUser(1n, -2, 2))).toEqual([1n, 2n, 3n, 4n, 5n]);
    expect(users(ten.aroundUser(10n, -2, 2))).toEqual([6n, 7n, 8n, 9n, 10n]);
    expect(users(ten.aroundUser(2n, -20, 20))).toHaveLength(10);
    expect(ten.aroundUser(99n, -2, 2)).toEqual([]);
  });

  it('reads the user and their friends, and given users, in rank order with global ranks', () => {
    expect(order(ten.friends(7n, [3n, 99n, 9n]))).toEqual([[3n, 3], [7n, 7], [9n, 9]]);
    expect(order(ten.forUsers([10n, 2n, 2n, 42n]))).toEqual([[2n, 2], [10n, 10]]);
  });
});

describe('the leaderboards of a Steam', () => {
  it('finds or creates boards per app, with handles unique across apps', () => {
    const boards = new Leaderboards();
    const a = boards.findOrCreate(480, 'Fastest', SORT_ASCENDING, 3);
    expect(boards.findOrCreate(480, 'Fastest', SORT_DESCENDING, 1)).toBe(a);
    expect(a.sortMethod).toBe(SORT_ASCENDING);
    const b = boards.findOrCreate(481, 'Fastest', SORT_DESCENDING, 1);
    expect(b.handle).not.toBe(a.handle);
    expect(boards.byHandleFor(480, a.handle)).toBe(a);
    expect(boards.byHandleFor(480, b.handle)).toBeUndefined();
    expect(boards.find(480, 'Nope')).toBeUndefined();
    expect(boards.boardsOf(480)).toEqual([a]);
  });
});
