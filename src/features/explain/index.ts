/*
 * The explainer's public entry: what an error text says, answered from the catalogues, without React
 * or the DOM (the npm package's `vpc-status-codes/explain` and its command are built from it).
 */
export { createExplainer, MAX_INPUT_CHARS, type Explainer } from './explainer';
export { explainCoreOf, explainTextsOf } from './explain-data';
export type { ErrorSource, ExplainCore, ExplainTexts, StatusSource, TextPacks } from './explain-data';
export type * from './types';
