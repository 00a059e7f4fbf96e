/**
 * The stats back end's rules, without virtual time: schema checks, StoreStats' bounds (min, max,
 * max change, increment only), progress achievements unlocking at a store, average rates, global
 * totals, history and percentages from the players of an app.
 */
import { addSession, applyStore, PendingChanges, rateOf, rejectionOf, StatsSchema, StatsStore, StatValues, type SimulatedStatsSchema } from '../../simulated/user-stats-model';

const noImages = (): number => 0;
const schemaOf = (schema: SimulatedStatsSchema): StatsSchema => new StatsSchema(480, schema, noImages);

const game: SimulatedStatsSchema = {
  stats: [
    { name: 'kills', type: 'int', min: 0, max: 1000, incrementOnly: true, aggregated: true },
    { name: 'health', type: 'float', defaultValue: 100, min: 0, max: 100, maxChange: 50 },
    { name: 'speed', type: 'avgRate', windowSeconds: 100 },
  ],
  achievements: [
    { name: 'FIRST_BLOOD', displayName: 'First blood', description: 'Win a fight' },
    { name: 'HUNDRED', progress: { stat: 'kills', min: 0, max: 100 }, hidden: true },
  ],
};

const changes = (stats: Record<string, number>, achievements: Record<string, boolean> = {}): PendingChanges => {
  const made = new PendingChanges();
  for (const [name, value] of Object.entries(stats)) made.stats.set(name, value);
  for (const [name, unlocked] of Object.entries(achievements)) made.achievements.set(name, unlocked);
  return made;
};

describe('stats schema', () => {
  it('checks names, types, bounds, defaults and progress stats', () => {
    expect(() => schemaOf({ stats: [{ name: '', type: 'int' }] })).toThrow(/non-empty name/);
    expect(() => schemaOf({ stats: [{ name: 'x'.repeat(128), type: 'int' }] })).toThrow(/longer than 127 bytes/);
    expect(() => schemaOf({ stats: [{ name: 'a', type: 'int' }, { name: 'a', type: 'float' }] })).toThrow(/declared twice/);
    expect(() => schemaOf({ stats: [{ name: 'a', type: 'int', min: 5, max: 1 }] })).toThrow(/min 5 above max 1/);
    expect(() => schemaOf({ stats: [{ name: 'a', type: 'int', defaultValue: 0.5 }] })).toThrow(/int32 defaultValue/);
    expect(() => schemaOf({ stats: [{ name: 'a', type: 'float', defaultValue: 10, max: 5 }] })).toThrow(/default 10 outside/);
    expect(() => schemaOf({ stats: [{ name: 'a', type: 'float', min: Number.NaN }] })).toThrow(/finite/);
    expect(() => schemaOf({ stats: [{ name: 'a', type: 'int', windowSeconds: 5 }] })).toThrow(/avgRate/);
    expect(() => schemaOf({ achievements: [{ name: 'A', progress: { stat: 'missing', min: 0, max: 1 } }] })).toThrow(/no int or float stat/);
    expect(() => schemaOf({ stats: [{ name: 's', type: 'int' }], achievements: [{ name: 'A', progress: { stat: 's', min: 3, max: 3 } }] })).toThrow(/min below max/);
    const checked = schemaOf(game);
    expect([...checked.stats.keys()]).toEqual(['kills', 'health', 'speed']);
    expect(checked.achievements.map((achievement) => achievement.name)).toEqual(['FIRST_BLOOD', 'HUNDRED']);
    expect(checked.hasStats).toBe(true);
    expect(schemaOf({}).hasStats).toBe(false);
  });

  it('registers each icon once, at declaration', () => {
    const registered: number[] = [];
    const image = { width: 1, height: 1, rgba: new Uint8Array(4) };
    const checked = new StatsSchema(480, { achievements: [{ name: 'A', icon: image, iconLocked: image }, { name: 'B' }] }, () => registered.push(1));
    expect(registered).toHaveLength(2);
    expect(checked.achievementsByName.get('A')).toMatchObject({ iconHandle: 1, iconLockedHandle: 2 });
    expect(checked.achievementsByName.get('B')).toMatchObject({ iconHandle: 0, iconLockedHandle: 0 });
  });
});

describe('StoreStats rules', () => {
  const schema = schemaOf(game);
  const kills = schema.stats.get('kills')!;
  const health = schema.stats.get('health')!;

  it('refuses values outside min/max, decreases of increment-only stats and changes above max change', () => {
    expect(rejectionOf(kills, 10, -1)).toBe('belowMin');
    expect(rejectionOf(kills, 10, 1001)).toBe('aboveMax');
    expect(rejectionOf(kills, 10, 9)).toBe('incrementOnly');
    expect(rejectionOf(kills, 10, 10)).toBeNull();
    expect(rejectionOf(health, 100, 49)).toBe('maxChange');
    expect(rejectionOf(health, 100, 50)).toBeNull();
  });

  it('stores accepted stats, keeps the stored value of refused ones, and reports them', () => {
    const stored = new StatValues();
    const seen: Array<[string, number, number]> = [];
    const outcome = applyStore(schema, stored, changes({ kills: 5, health: 20 }), 1000, (stat, before, after) => seen.push([stat.name, before, after]));
    expect([...outcome.rejected]).toEqual([['health', 'maxChange']]);
    expect(stored.valueOf(kills)).toBe(5);
    expect(stored.valueOf(health)).toBe(100);
    expect(seen).toEqual([['kills', 0, 5]]);
  });

  it('unlocks set achievements and progress achievements whose stat reached max, in schema order, once', () => {
    const stored = new StatValues();
    const first = applyStore(schema, stored, changes({ kills: 100 }, { FIRST_BLOOD: true }), 1234, () => undefined);
    expect(first.unlocked).toEqual(['FIRST_BLOOD', 'HUNDRED']);
    expect([...stored.unlocked]).toEqual([['FIRST_BLOOD', 1234], ['HUNDRED', 1234]]);
    const again = applyStore(schema, stored, changes({ kills: 101 }, { FIRST_BLOOD: true }), 2000, () => undefined);
    expect(again.unlocked).toEqual([]);
    expect(stored.unlocked.get('FIRST_BLOOD')).toBe(1234);
    applyStore(schema, stored, changes({}, { FIRST_BLOOD: false }), 3000, () => undefined);
    expect(stored.unlocked.has('FIRST_BLOOD')).toBe(false);
  });

  it('averages rates over a sliding window of session length', () => {
    const first = addSession(undefined, 100, 10, 100);
    expect(rateOf(first)).toBe(10);
    const second = addSession(first, 300, 10, 100);
    expect(rateOf(second)).toBe(20);
    const windowed = addSession(second, 0, 180, 100);
    expect(windowed.seconds).toBe(100);
    expect(rateOf(windowed)).toBeCloseTo(400 / 200);
  });
});

describe('the stats store', () => {
  const made = (): { store: StatsStore; clock: { now: number } } => {
    const clock = { now: 0 };
    const store = new StatsStore(noImages, () => clock.now);
    store.declare(480, game);
    return { store, clock };
  };

  it('keeps each user their own values per app, and knows who played', () => {
    const { store } = made();
    expect(store.find(480, 1n)).toBeUndefined();
    store.store(480, 1n, changes({ kills: 3 }));
    store.store(481, 1n, changes({ kills: 7 }));
    expect(store.find(480, 1n)?.values.get('kills')).toBe(3);
    // App 481 has no schema: nothing of it is a stat.
    expect(store.find(481, 1n)?.values.size).toBe(0);
    expect(store.players(480)).toEqual([1n]);
  });

  it('sums aggregated stats over players, with daily history today first', () => {
    const { store, clock } = made();
    const kills = store.schemaOf(480).stats.get('kills')!;
    store.store(480, 1n, changes({ kills: 3 }));
    clock.now = 24 * 60 * 60 * 1000;
    store.store(480, 2n, changes({ kills: 4 }));
    store.store(480, 1n, changes({ kills: 5 }));
    expect(store.globalTotal(480, kills)).toBe(9);
    expect(store.globalHistory(480, 'kills', 3)).toEqual([6, 3, 0]);
    expect(store.globalHistory(480, 'health', 2)).toEqual([0, 0]);
  });

  it('gives achievement percentages over the players of the app', () => {
    const { store } = made();
    expect(store.achievedPercent(480, 'FIRST_BLOOD')).toBe(0);
    store.store(480, 1n, changes({}, { FIRST_BLOOD: true }));
    store.store(480, 2n, changes({}));
    store.store(480, 3n, changes({}));
    expect(store.achievedPercent(480, 'FIRST_BLOOD')).toBeCloseTo(33.333, 2);
    expect(store.achievedPercent(480, 'HUNDRED')).toBe(0);
  });

  it('resets stats to defaults, and achievements only when asked', () => {
    const { store } = made();
    store.store(480, 1n, changes({ kills: 100 }, { FIRST_BLOOD: true }));
    store.reset(480, 1n, false);
    expect(store.find(480, 1n)?.valueOf(store.schemaOf(480).stats.get('kills')!)).toBe(0);
    expect(store.find(480, 1n)?.unlocked.size).toBe(2);
    store.reset(480, 1n, true);
    expect(store.find(480, 1n)?.unlocked.size).toBe(0);
  });
});
