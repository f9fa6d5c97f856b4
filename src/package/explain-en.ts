import core from 'virtual:explain/core';
import siteUrl from 'virtual:explain/site';
import en from 'virtual:explain/texts/en';
import { createExplainer } from '@/features/explain';
import type { ExplainFunction, ListFunction, LookupFunction } from '@/features/explain';

/* `vpc-status-codes/explain/en`: English texts only. */
const explainer = createExplainer(core, { en }, siteUrl);

export const explain: ExplainFunction = explainer.explain;
export const lookup: LookupFunction = explainer.lookup;
export const list: ListFunction = explainer.list;
