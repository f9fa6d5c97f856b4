/** What one importer found when comparing a document with its data module; the CLI decides what to do with it. */
export interface ImportPlan {
  /** One line for the log, printed whether or not anything is written. */
  summary: string;
  /** A -/+ listing of the differences; empty when the data module matches the document. */
  differences: string[];
  /** The merged data module, and whether it differs from the file on disk in anything the importer owns. */
  data: unknown;
  changed: boolean;
  /** Printed after a write, e.g. codes gone from the document but kept in the data module. */
  warnings: string[];
}

export interface ImportRequest {
  documentPath: string;
  dataPath: string;
  /** Error-code pages only: the earlier revision to take earlier message wordings from. */
  earlierPath?: string;
}
