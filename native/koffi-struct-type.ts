/**
 * The koffi type of a struct layout, for the native core's declarations (GetPublicIP returns a
 * struct by value). Kept apart from struct-layouts.ts so that module's declarations, which the
 * public types reach, name no koffi type.
 */
import type { TypeObject } from 'koffi';
import { measuredStructType, type AbiStructLayout, type StructLayout } from './struct-layouts';

/** The koffi struct type `layout` was measured with (a table layout, or any generated struct's from abiLayoutsFor). */
export const koffiTypeOf = (layout: StructLayout | AbiStructLayout): TypeObject => {
  const type = measuredStructType(layout);
  if (type === undefined) throw new Error(`steamworks-rx: no koffi type for struct ${layout.name}`);
  return type as TypeObject;
};
