/**
 * Conversions from raw members to payload values that need more than a rename. A member of an
 * unexpected kind passes through unchanged, so the codec reports it instead of this code guessing.
 */
import type { FieldValue } from '../native/struct-bytes';

/** uint8 / uint16 members Valve uses as flags: any non-zero value is true, as in C. */
export const flagFromNumber = (value: FieldValue | undefined): unknown => (typeof value === 'number' ? value !== 0 : value);

/** A host-order IPv4 (127.0.0.1 is 0x7f000001) as a dotted quad. */
export const ipv4Text = (value: FieldValue | undefined): unknown =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffff_ffff
    ? `${(value >>> 24) & 0xff}.${(value >>> 16) & 0xff}.${(value >>> 8) & 0xff}.${value & 0xff}`
    : value;

/** A bit-flag set declared as a C enum (read as int32) as its unsigned 32-bit value. */
export const unsignedFromInt32 = (value: FieldValue | undefined): unknown => (typeof value === 'number' ? value >>> 0 : value);
