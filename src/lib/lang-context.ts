import { createContext, useContext } from 'react';
import { DEFAULT_LANG, type Lang } from './languages';

/** The language of the page being shown, taken from its URL. */
export const LangContext = createContext<Lang>(DEFAULT_LANG);

export const useLang = () => useContext(LangContext);
