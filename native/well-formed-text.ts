/**
 * Whether a string is well-formed UTF-16 (no lone surrogate), i.e. can be turned into the UTF-8
 * Steam's C API takes. String.prototype.isWellFormed does this from Node 20; this package supports
 * Node 18, hence the pattern.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when `text` has no lone surrogate. */
export const isWellFormedText = (text: string): boolean => !LONE_SURROGATE.test(text);
