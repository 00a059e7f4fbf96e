/**
 * The text forms a Steam ID argument accepts, as types, so an editor refuses `'alice'` where a
 * Steam ID is meant: Steam64 decimal (`'76561197960287930'`), Steam2 (`'STEAM_1:0:123'`) and
 * Steam3 (`'[U:1:456]'`). The runtime parser still checks every one (a type cannot see ranges).
 */

/** Steam ID text: Steam64 decimal, Steam2 or Steam3. */
export type SteamIdText = `${bigint}` | `STEAM_${number}:${number}:${number}` | `[${string}]`;

/** What a Steam ID parameter takes: a bigint, or Steam ID text. */
export type SteamIdInput = bigint | SteamIdText;
