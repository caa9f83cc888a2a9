import { useCallback } from 'react';
import { useAppStore } from '../store/store-context';
import { STRINGS, type StringKey } from './strings';

/** The interface text in the current language. */
export function useT(): (key: StringKey) => string {
  const lang = useAppStore((s) => s.lang);
  return useCallback((key: StringKey) => STRINGS[lang][key], [lang]);
}
