import core from 'virtual:explain/core';
import siteUrl from 'virtual:explain/site';
import en from 'virtual:explain/texts/en';
import zh from 'virtual:explain/texts/zh';
import { createExplainer } from '@/features/explain';
import type { ExplainFunction, ListFunction, LookupFunction } from '@/features/explain';

/* `vpc-status-codes/explain`: both languages (Chinese by default). */
const explainer = createExplainer(core, { zh, en }, siteUrl);

export const explain: ExplainFunction = explainer.explain;
export const lookup: LookupFunction = explainer.lookup;
export const list: ListFunction = explainer.list;
