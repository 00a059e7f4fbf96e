/**
 * Looks up the human description of an enum value. Values outside the table (a newer Steam client, a
 * corrupt callback) get a readable "unknown" text instead of an exception, because descriptions end up
 * in logs and error messages where throwing would hide the original problem.
 */
export const describeEnumValue = (enumName: string, descriptions: DescriptionLookup, value: number): string =>
  descriptions.get(value) ?? `unknown ${enumName} value ${String(value)}`;

/** What describeEnumValue and describeFlags read: a description by value (a Map, or a DescriptionTable). */
export interface DescriptionLookup {
  get(value: number): string | undefined;
}

/**
 * An enum's descriptions, built into a Map on the first lookup: most programs describe few enums, or
 * none, so loading the package does not build (or run) a table for each. A Map keeps lookups free of
 * prototype keys such as "constructor".
 */
export const descriptionTable = <Value extends number>(descriptions: () => Readonly<Record<Value, string>>): DescriptionLookup => {
  let table: ReadonlyMap<number, string> | undefined;
  return {
    get: (value) => (table ??= new Map(Object.entries<string>(descriptions()).map(([key, description]) => [Number(key), description]))).get(value),
  };
};
