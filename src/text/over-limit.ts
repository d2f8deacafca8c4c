/** A limit a file went over, for its fatal message. */
export interface OverLimit<Name extends string = string> {
  limit: Name;
  /** How much the file has; ">N" when counting stopped past the limit. */
  found: number | string;
  max: number;
}

/**
 * What an adapter throws when the input goes over a limit while it is being read (an element
 * tree too deep to convert, say): the file gets the limit's fatal message, the run goes on.
 */
export class OverLimitError extends Error {
  constructor(readonly over: OverLimit) {
    super(`${over.limit}: ${over.found} > ${over.max}`);
  }
}
