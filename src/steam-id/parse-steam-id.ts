import type { Either } from 'fp-ts/Either';
import type { InvalidSteamId } from './invalid-steam-id';
import { parseSteam2 } from './steam2';
import { parseSteam3 } from './steam3';
import { parseSteam64 } from './steam64';

/** Reads any of the three text forms, picked by the first character: `[` Steam3, `S`/`s` Steam2, else Steam64 decimal. */
export const parseSteamId = (text: string): Either<InvalidSteamId, bigint> => {
  const first = text.charCodeAt(0);
  if (first === 0x5b) return parseSteam3(text);
  if (first === 0x53 || first === 0x73) return parseSteam2(text);
  return parseSteam64(text);
};
