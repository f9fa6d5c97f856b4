/*
 * The fields of an SDK exception printed as `key: value` or `key=value` rather than JSON: the Huawei
 * Cloud SDK v3 for Python prints "ClientRequestException - {status_code:400,request_id:…,error_code:
 * VPC.0101,error_msg:…}", the Java one "httpStatusCode=400, errorCode='…', errorMsg='…'". Values are
 * unquoted and messages hold commas, so a value runs to the next known key, or to the end of its line.
 */

const KEY =
  /\b(status_code|statusCode|httpStatusCode|http_status_code|error_code|errorCode|error_msg|errorMsg|error_message|errorMessage|request_id|requestId|encoded_authorization_message)["']?[ \t]{0,4}[:=][ \t]{0,4}/g;
/**
 * A dump rather than JSON: a field set with "=" (Java's toString), or a text field followed by an unquoted
 * value (Python's). Only then are these fields read here; JSON, numbers unquoted and all, is the reader's job.
 */
const DUMP =
  /\b(?:status_code|statusCode|httpStatusCode|http_status_code|error_code|errorCode|error_msg|errorMsg|error_message|errorMessage|request_id|requestId)[ \t]{0,4}=|\b(?:error_code|errorCode|error_msg|errorMsg|error_message|errorMessage|request_id|requestId)[ \t]{0,4}:[ \t]{0,4}(?!["'\s{[]|None\b|null\b)/;
const MAX_VALUE = 2000;

/** The fields found, by key as printed; empty when the text prints none of them unquoted. */
export function sdkFields(text: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  if (!DUMP.test(text)) return out;
  const found = [...text.matchAll(KEY)];
  // The end of the current line, looked up again only past it: one scan of the text for all keys.
  let lineEnd = -1;
  found.forEach((m, i) => {
    const from = m.index + m[0].length;
    const next = found[i + 1]?.index ?? text.length;
    if (lineEnd < from) {
      const nl = text.indexOf('\n', from);
      lineEnd = nl === -1 ? text.length : nl;
    }
    const to = Math.min(next, lineEnd, from + MAX_VALUE);
    let end = to;
    // A loop rather than /[\s,;}]+$/, which backtracks over every run of spaces inside the value.
    while (end > from && /[\s,;}]/.test(text[end - 1]!)) end--;
    let value = text.slice(from, end);
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.length > 1 && value.endsWith(quote)) value = value.slice(1, -1);
    value = value.trim();
    if (value && !(m[1]! in out)) out[m[1]!] = value;
  });
  return out;
}
