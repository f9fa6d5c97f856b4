import type { KnownGateway } from './recognize';
import type { KnownMessage } from './types';

/*
 * What the recogniser compares a paste with, from a catalogue's documented facts: the site's search and
 * the explainer build it from their own cut of the data, in these same shapes.
 */

/** Every documented wording of every VPC code's messages (both revisions), with its statuses. */
export function knownMessages(
  codes: readonly {
    code: string;
    occurrences: readonly { statuses: readonly number[]; message: string; earlierMessage?: string }[];
  }[],
): KnownMessage[] {
  return codes.flatMap((c) =>
    c.occurrences.flatMap((o) =>
      [o.message, o.earlierMessage].flatMap((message) =>
        message ? [{ code: c.code, statuses: [...o.statuses], message }] : [],
      ),
    ),
  );
}

/** Each gateway code once per documented status, with the messages documented for that status. */
export function knownGatewayCodes(
  codes: readonly { code: string; responses: readonly { status: number; message: string }[] }[],
): KnownGateway[] {
  return codes.flatMap((c) => {
    const byStatus = new Map<number, string[]>();
    for (const r of c.responses) byStatus.set(r.status, [...(byStatus.get(r.status) ?? []), r.message]);
    return [...byStatus].map(([status, messages]) => ({ code: c.code, status, messages }));
  });
}
