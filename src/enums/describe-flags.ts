import type { DescriptionLookup } from './describe-enum-value';

/**
 * Lists the descriptions of the bits set in a 32-bit flags value, lowest bit first. Bits the table does
 * not know are reported together as one "unknown" entry; a value that is not a uint32 at all is reported
 * whole. Never throws, for the same reason as describeEnumValue.
 */
export const describeFlags = (enumName: string, flagDescriptions: DescriptionLookup, flags: number): readonly string[] => {
  if (!Number.isInteger(flags) || flags < 0 || flags > 0xffff_ffff) return [`unknown ${enumName} value ${String(flags)}`];
  const descriptions: string[] = [];
  let unknownBits = 0;
  for (let bit = 0; bit < 32; bit += 1) {
    const flag = 2 ** bit;
    // Division instead of `&` because `&` works on int32 and would garble bit 31.
    if (Math.floor(flags / flag) % 2 === 0) continue;
    const description = flagDescriptions.get(flag);
    if (description === undefined) unknownBits += flag;
    else descriptions.push(description);
  }
  if (unknownBits !== 0) descriptions.push(`unknown ${enumName} value ${unknownBits}`);
  return descriptions;
};
