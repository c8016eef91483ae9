/** The public API's shape: what `import … from 'ccm-drafter'` offers. A change here is a change for library users. */
import {expect, it} from 'vitest';

it('exports exactly the documented names', async () => {
  const api = await import('../src/index.js');
  await expect(`${Object.keys(api).sort().join('\n')}\n`).toMatchFileSnapshot('fixtures/api/exports.txt');
});
