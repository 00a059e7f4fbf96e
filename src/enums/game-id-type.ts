import { describeEnumValue, descriptionTable } from './describe-enum-value';

/**
 * Kind of game a CGameID names. Not part of the flat C ABI (CGameID is a header-only class), so the
 * values come from the spec's table (server.md, GameIDType) rather than native/enums.ts.
 */
export const GameIDType = {
  /** A Steam application. */
  GAME_TYPE_APP: 0,
  /** A mod of a Steam application. */
  GAME_TYPE_GAME_MOD: 1,
  /** A non-Steam game added as a shortcut. */
  GAME_TYPE_SHORTCUT: 2,
  /** A peer-to-peer game. */
  GAME_TYPE_P2P: 3,
} as const;
export type GameIDType = (typeof GameIDType)[keyof typeof GameIDType];

const descriptions = descriptionTable<GameIDType>(() => ({
  [GameIDType.GAME_TYPE_APP]: 'A Steam application.',
  [GameIDType.GAME_TYPE_GAME_MOD]: 'A mod of a Steam application.',
  [GameIDType.GAME_TYPE_SHORTCUT]: 'A non-Steam game added as a shortcut.',
  [GameIDType.GAME_TYPE_P2P]: 'A peer-to-peer game.',
}));

/** The readable description of one GameIDType value; a value that is not a member gives `unknown GameIDType value <value>`. */
export const describeGameIDType = (value: number): string => describeEnumValue('GameIDType', descriptions, value);
