/*
 * Embed pages only, before first paint (/embed-theme.js): applies ?theme=light|dark by setting
 * html[data-theme] (the stylesheet switches color-scheme on it); auto or anything else follows the
 * reader's system.
 */
import { forcedTheme } from '@/lib/embed-protocol';
import { queryParams } from '@/lib/query-params';

const theme = forcedTheme(new URLSearchParams(window.location.search).get(queryParams.theme));
if (theme) document.documentElement.setAttribute('data-theme', theme);
