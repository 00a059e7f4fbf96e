/**
 * Looks up the human description of an enum value. Values outside the table (a newer Steam client, a
 * corrupt callback) get a readable "unknown" text instead of an exception, because descriptions end up
 * in logs and error messages where throwing would hide the original problem.
 */
export const describeEnumValue = (enumName: string, descriptions: ReadonlyMap<number, string>, value: number): string =>
  descriptions.get(value) ?? `unknown ${enumName} value ${String(value)}`;

/** Builds the lookup table once per enum; a Map keeps lookups free of prototype keys such as "constructor". */
export const descriptionTable = <Value extends number>(descriptions: Readonly<Record<Value, string>>): ReadonlyMap<number, string> =>
  new Map(Object.entries<string>(descriptions).map(([value, description]) => [Number(value), description]));
