/**
 * The four bit fields of a Steam ID, read without the range check: for helpers that have checked
 * the value once already (a predicate reads up to four fields of one ID). The public getters in
 * steam-id-parts.ts check, then read with these.
 */
import { accountTypeShift, instanceShift, universeShift } from './steam-id-layout';

/** Bits 0-31 of a Steam ID already known to be in 0..2^64-1. */
export const accountIdField = (steamId: bigint): number => Number(steamId & 0xffff_ffffn);
/** Bits 32-51 of a Steam ID already known to be in 0..2^64-1. */
export const instanceField = (steamId: bigint): number => Number((steamId >> instanceShift) & 0xf_ffffn);
/** Bits 52-55 of a Steam ID already known to be in 0..2^64-1. */
export const accountTypeField = (steamId: bigint): number => Number((steamId >> accountTypeShift) & 0xfn);
/** Bits 56-63 of a Steam ID already known to be in 0..2^64-1. */
export const universeField = (steamId: bigint): number => Number((steamId >> universeShift) & 0xffn);
