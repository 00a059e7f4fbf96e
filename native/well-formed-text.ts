/**
 * Whether a string is well-formed UTF-16 (no lone surrogate), i.e. can be turned into the UTF-8
 * Steam's C API takes: the conversion would silently put U+FFFD in a lone surrogate's place.
 * String.prototype.isWellFormed does this from Node 20; this package supports Node 18, hence the
 * pattern. In a `u` regular expression a surrogate pair is one code point, so only lone halves match.
 */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** True when `text` has no lone surrogate. */
export const isWellFormedText = (text: string): boolean => !LONE_SURROGATE.test(text);
