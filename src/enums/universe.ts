import { EUniverse } from '../../native/enums';
import { describeEnumValue, descriptionTable } from './describe-enum-value';

/** Steam universe a Steam ID lives in (bits 56-63 of the ID). Values come from the ABI table. */
export const Universe = {
  /** Invalid universe. */
  UNIVERSE_INVALID: EUniverse.Invalid,
  /** Public universe: the Steam everyone uses. */
  UNIVERSE_PUBLIC: EUniverse.Public,
  /** Beta universe (Valve internal testing). */
  UNIVERSE_BETA: EUniverse.Beta,
  /** Internal universe (Valve only). */
  UNIVERSE_INTERNAL: EUniverse.Internal,
  /** Development universe (Valve only). */
  UNIVERSE_DEV: EUniverse.Dev,
  /** Upper bound of the universes; not a real universe. */
  UNIVERSE_MAX: EUniverse.Max,
} as const;
export type Universe = (typeof Universe)[keyof typeof Universe];

const descriptions = descriptionTable<Universe>(() => ({
  [Universe.UNIVERSE_INVALID]: 'Invalid universe.',
  [Universe.UNIVERSE_PUBLIC]: 'Public universe: the Steam everyone uses.',
  [Universe.UNIVERSE_BETA]: 'Beta universe (Valve internal testing).',
  [Universe.UNIVERSE_INTERNAL]: 'Internal universe (Valve only).',
  [Universe.UNIVERSE_DEV]: 'Development universe (Valve only).',
  [Universe.UNIVERSE_MAX]: 'Upper bound of the universes; not a real universe.',
}));

/** The readable description of one Universe value; a value that is not a member gives `unknown Universe value <value>`. */
export const describeUniverse = (value: number): string => describeEnumValue('Universe', descriptions, value);
