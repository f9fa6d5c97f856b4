import core from 'virtual:explain/core';
import siteUrl from 'virtual:explain/site';
import zh from 'virtual:explain/texts/zh';
import { createExplainer } from '@/features/explain';
import type { ExplainFunction, ListFunction, LookupFunction } from '@/features/explain';

/* `vpc-status-codes/explain/zh`: Chinese texts only. */
const explainer = createExplainer(core, { zh }, siteUrl);

export const explain: ExplainFunction = explainer.explain;
export const lookup: LookupFunction = explainer.lookup;
export const list: ListFunction = explainer.list;
