import type { Lang } from '@/lib/languages';
import type { DetailsByCode, ErrorExample, PageExample, StatusCodeCoreData, StatusCodeData } from './status-codes';

/* How the build cuts the data into what each page downloads (see status-codes.ts). */

export function statusCoreOf(data: StatusCodeData): StatusCodeCoreData {
  return {
    schemaVersion: data.schemaVersion,
    ...(data.source ? { source: data.source } : {}),
    tables: data.tables,
    codes: data.codes.map((e) => ({
      code: e.code,
      table: e.table,
      reasonPhrase: e.reasonPhrase,
      description: e.description,
      ...(e.inSource === false ? { inSource: e.inSource } : {}),
      ...(e.listedBy ? { listedBy: e.listedBy } : {}),
    })),
  };
}

function pageExample(example: ErrorExample, lang: Lang): PageExample {
  const { source, note, ...shown } = example;
  void source; // for the data's readers and its tests; no page shows it
  return { ...shown, ...(note ? { note: note[lang] } : {}) };
}

export function statusDetailsOf(data: StatusCodeData, lang: Lang): DetailsByCode {
  return Object.fromEntries(
    data.codes.map((e) => [
      e.code,
      {
        meaning: e.meaning[lang],
        action: e.action.text[lang],
        retry: e.action.retry,
        rfc: e.rfc,
        cacheableByDefault: e.cacheableByDefault,
        related: e.related,
        ...(e.examples ? { examples: e.examples.map((x) => pageExample(x, lang)) } : {}),
      },
    ]),
  );
}
