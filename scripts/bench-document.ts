/**
 * Plan document benchmark: the seed's document (2023 self-assessed scores, plan 2024) from checked scores to
 * .docx bytes in Node, as `parindex document` makes it once the workbook is read.
 *   bench document.seed <ms> ms   median of warm runs (target ≤ 300 ms)
 */
import { buildPlanDocument } from '../src/app/document';
import { renderPlanDocument } from '../src/document/render';
import { checkScores } from '../src/engine/check';
import type { CriteriaSet } from '../src/engine/types';
import { builtInSet } from '../src/sets';
import { seedEntries } from '../test/support/seed';

const set = builtInSet('dak-nong-xa-2023') as CriteriaSet;

async function once(): Promise<number> {
  const self = checkScores(set, seedEntries(), { column: 'self' });
  const model = buildPlanDocument(
    { set, self, unitName: 'UBND xã Quảng Sơn', assessmentYear: 2023 },
    { date: new Date(2024, 1, 15) },
  );
  return (await renderPlanDocument(model)).length;
}

async function main(): Promise<void> {
  for (let i = 0; i < 3; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    await once();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`bench document.seed ${times[Math.floor(times.length / 2)].toFixed(1)} ms`);
}

void main();
