/**
 * Which simulated Steam of this process a new one is: 1 for the first created, 2 for the next.
 *
 * Mixed into each universe's secret, so no two simulated Steams of a process accept each other's
 * tickets even with the same seed (they give their first users the same Steam ID and count ticket
 * IDs from 1 alike, so without it one's ticket would pass as the other's). A counter, rather than
 * randomness, keeps runs reproducible: the same seeds, created in the same order, give the same
 * bytes in every run.
 */
let universesCreated = 0;

/** The next ordinal: 1, 2, 3, … for the life of this module (of the process, in practice). */
export const nextUniverseOrdinal = (): number => {
  universesCreated += 1;
  return universesCreated;
};
