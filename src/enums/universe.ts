import { EUniverse } from '../../native/enums';
import { describeEnumValue, descriptionTable } from './describe-enum-value';

/** Steam universe a Steam ID lives in (bits 56-63 of the ID). Values come from the ABI table. */
export const Universe = {
  UNIVERSE_INVALID: EUniverse.Invalid,
  UNIVERSE_PUBLIC: EUniverse.Public,
  UNIVERSE_BETA: EUniverse.Beta,
  UNIVERSE_INTERNAL: EUniverse.Internal,
  UNIVERSE_DEV: EUniverse.Dev,
  UNIVERSE_MAX: EUniverse.Max,
} as const;
export type Universe = (typeof Universe)[keyof typeof Universe];

const descriptions = descriptionTable<Universe>({
  [Universe.UNIVERSE_INVALID]: 'Invalid universe.',
  [Universe.UNIVERSE_PUBLIC]: 'Public universe: the Steam everyone uses.',
  [Universe.UNIVERSE_BETA]: 'Beta universe (Valve internal testing).',
  [Universe.UNIVERSE_INTERNAL]: 'Internal universe (Valve only).',
  [Universe.UNIVERSE_DEV]: 'Development universe (Valve only).',
  [Universe.UNIVERSE_MAX]: 'Upper bound of the universes; not a real universe.',
});

export const describeUniverse = (value: number): string => describeEnumValue('Universe', descriptions, value);
