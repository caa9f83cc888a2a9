import { describe, expect, it } from 'vitest';
import type { PageRun } from '../../scripts/bench/measure-page';
import { pairedReadyRatios } from '../../scripts/bench/report';

const page = (readyMs: number): PageRun => ({ readyMs, programsAtReady: 0, clicks: [], hovers: [], frames: [] });

describe('the bench report', () => {
  it('pairs each app page with the floor page loaded before it, not the two medians', () => {
    // A slow minute slows both sides: paired, each app page is 1.1× or 1.2× its floor page.
    const floor = [1000, 2000, 1000, 2000].map(page);
    const app = [1100, 2400, 1200, 2200].map(page);
    const { p25, median, p75 } = pairedReadyRatios({ app, floor });
    expect([p25, median, p75].map((r) => r.toFixed(2))).toEqual(['1.10', '1.20', '1.20']);
  });
});
