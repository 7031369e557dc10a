const { chromium } = require('playwright-core');
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  for (const [path, name] of [['/', 'overview'], ['/requirements', 'req'], ['/finance', 'fin']]) {
    await page.goto(`http://localhost:3112${path}`);
    await page.waitForTimeout(4000);
    await page.screenshot({ path: `/tmp/p-${name}.png`, fullPage: true });
  }
  await browser.close();
})();
