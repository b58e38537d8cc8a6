// Outcomes a domain function ends with when it cannot do what was asked, without speaking HTTP: the record
// is not there (or must look as if it were not: 404 keeps its existence from leaking), the actor may not do
// this, or the record changed under them. One mapping at the route boundary (app/outcome-responses.ts) turns
// them into 404, 403 and 409. Refused input is not thrown: domain functions return `{ ok: false, errors }`.

export type OutcomeKind = "notFound" | "forbidden" | "conflict";

export class DomainOutcome extends Error {
  /** Read by the boundary mapping, which may see another copy of this class (server build vs. scripts). */
  readonly outcome: OutcomeKind;
  constructor(outcome: OutcomeKind, message: string) {
    super(message);
    this.name = "DomainOutcome";
    this.outcome = outcome;
  }
}

/** For a record the actor may not read, or that does not exist: the same answer for both. */
export function notFound(): never {
  throw new DomainOutcome("notFound", "Not found");
}

/** For an area or an action the actor may not use. */
export function forbidden(): never {
  throw new DomainOutcome("forbidden", "Forbidden");
}

/** For a change that met another one (the record moved on, a unique value is taken). */
export function conflict(message = "Conflict"): never {
  throw new DomainOutcome("conflict", message);
}

export function ensure(allowed: boolean, otherwise: "404" | "403" = "404"): void {
  if (!allowed) (otherwise === "404" ? notFound : forbidden)();
}

export function isDomainOutcome(error: unknown): error is { outcome: OutcomeKind; message: string } {
  return (
    typeof error === "object" &&
    error !== null &&
    "outcome" in error &&
    ["notFound", "forbidden", "conflict"].includes(String((error as { outcome: unknown }).outcome))
  );
}
