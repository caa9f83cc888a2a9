import { Fragment } from 'react';
import { crumbText } from '../i18n/plan-labels';
import type { Lang } from '../i18n/strings';
import type { Crumb } from '../plan/plan-index';
import { useAppStore } from '../store/store-context';
import { Zh } from './ZhText';

/** Where a passage sits (第二篇 › 第五章 › 第一节 / Part 2 › Chapter 5 › Section 1); a heading stays as published. */
export function PlanCrumbs({ crumbs }: { crumbs: readonly Crumb[] }) {
  const lang = useAppStore((s) => s.lang);
  return (
    <>
      {crumbs.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the steps of one fixed path
        <Fragment key={i}>
          {i > 0 && ' › '}
          {c.kind === 'heading' ? <Zh>{c.text}</Zh> : crumbText(c, lang)}
        </Fragment>
      ))}
    </>
  );
}

/** The same path as plain text (for an accessible name). */
export function crumbsText(crumbs: readonly Crumb[], lang: Lang): string {
  return crumbs.map((c) => crumbText(c, lang)).join(' › ');
}
