/*
 * What the paste recogniser finds in a text, and the documented messages it compares the text with:
 * the shapes the site's search and the explainer (src/features/explain/) share.
 */

/** What a pasted error body, status line, log line or message says, as far as its text allows. */
export interface Recognized {
  /** A documented VPC error code in its canonical spelling ("VPC.0114"), or an undocumented one as found. */
  errorCode?: string;
  /**
   * The HTTP status the response had, as the text gives it (a status line, a log line, an SDK's status
   * field, a client's words such as "Resource not found"); else the one its gateway code or Neutron type
   * is answered with. Never a VPC code's documented status: where the two differ, this is the response's.
   */
  status?: number;
  /** The Neutron exception type ("SubnetInUse"). */
  neutronType?: string;
  /** An API gateway code ("APIGW.0301"). */
  gatewayCode?: string;
  /** The message as found in the text. */
  message?: string;
  /** The batch item id, for failures listed inside a 200 response. */
  itemId?: string;
  /** The request ID the body gives, for a support ticket. */
  requestId?: string;
  /**
   * How sure the code or type is: 'certain' when the text names it (a body's error_code, a NeutronError
   * type, a code in a log line), 'likely' when it was inferred from a message or template alone. Absent
   * when the paste gives a status only.
   */
  certainty?: 'certain' | 'likely';
  /** The documented message or Neutron template the answer rests on, as documented. */
  matchedMessage?: string;
  /** Words of the pasted message where it differs from `matchedMessage` (another resource in a quota message). */
  messageDiffers?: string[];
}

/** A documented message, for recognising a message pasted on its own (both wordings are listed). */
export interface KnownMessage {
  code: string;
  statuses: number[];
  /** As documented; "xxx", "xx" and "<x:x:x>" stand for values the API fills in. */
  message: string;
}
