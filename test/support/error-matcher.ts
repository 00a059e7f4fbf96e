/**
 * Matches an error value by its class and fields. Errors are Error subclasses now, and jest's
 * equality compares two Errors by message only (and an Error never equals a plain object), so a
 * test that pins the fields says which, and the class through the inherited `constructor`
 * (objectContaining looks up the prototype chain).
 */
export const anError = (type: abstract new (...args: never[]) => Error, fields: Readonly<Record<string, unknown>>): unknown =>
  expect.objectContaining({ ...fields, constructor: type });
