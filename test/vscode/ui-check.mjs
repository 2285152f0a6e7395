// UI check in the real workbench: open seed article 000 with Quick Open, hover "Xi Jinping",
// wait for the hover card (the name and "person"), and save a screenshot to test/output/hover.png;
// then open a quake report, wait for the conflict squiggle and the Problems panel naming the other source (conflict.png);
// then the Crosscheck side bar with Stories, Entities and Conflicts open, in light and dark (sidebar-*.png),
// and in Dark Modern, Light Modern and high contrast for checking the entity colours (test/output/check-*.png);
// then the story's timeline webview in dark and light (timeline-*.png) and the workspace's (timeline-workspace-light.png), failing on any CSP violation it logs
// (copied to docs/ for the README with CROSSCHECK_UPDATE_SCREENSHOT=1). Exits non-zero when either does not appear.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFixtureWorkspace } from './fixture-workspace.mjs';
import { launchBrowser, repoRoot, requireSetup, startVsCodeServer, workbenchUrl } from './vscode-server.mjs';

const ARTICLE = '000_42d2d06c1d8f408d.txt';
const NAME = 'Xi Jinping';
const CONFLICT_ARTICLE = 'quake-bengkulu.txt';
const CONFLICT_OTHER = 'quake-jakarta.txt';
const failureScreenshot = join(repoRoot, 'test', 'output', 'ui-check-failure.png');
const timeoutMs = Number(process.env.UI_CHECK_TIMEOUT_MS || 120000);

async function openWithQuickOpen(page, file, expectedText) {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { timeout: 15000 });
  await page.keyboard.type(file);
  // The first row, once the search has settled on it (file search is slow on a busy machine).
  await page.waitForSelector(`.quick-input-list .monaco-list-row[data-index="0"]:has-text("${file}")`, { timeout: 60000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.monaco-editor .view-lines:has-text("${expectedText}")`, { timeout: 30000 });
}

/** Saves test/output/<name>; the README's copy in docs/ changes only when asked, so a test run leaves it alone. */
async function saveScreenshot(page, name) {
  const file = join(repoRoot, 'test', 'output', name);
  await page.screenshot({ path: file });
  console.log(`saved ${file}`);
  if (process.env.CROSSCHECK_UPDATE_SCREENSHOT === '1') {
    mkdirSync(join(repoRoot, 'docs'), { recursive: true });
    copyFileSync(file, join(repoRoot, 'docs', name));
    console.log(`updated docs/${name}`);
  }
}

/** Screen point in the middle of the first rendered occurrence of `text` in the editor. */
function centreOfText(text) {
  const walker = document.createTreeWalker(document.querySelector('.monaco-editor .view-lines'), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const index = node.textContent.indexOf(text);
    if (index < 0) continue;
    const range = document.createRange();
    range.setStart(node, index);
    range.setEnd(node, index + text.length);
    const box = range.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }
  return null;
}

async function hoverUntilCard(page) {
  const card = page.locator('.monaco-hover:visible', { hasText: NAME }).filter({ hasText: /person/i }).first();
  const deadline = Date.now() + timeoutMs;
  // The server may still be indexing when the editor opens: re-hover until the card answers.
  while (Date.now() < deadline) {
    // Semantic colouring can split the name into several spans; its second word alone is unambiguous here.
    const point = await page.evaluate(centreOfText, 'Jinping');
    if (point) {
      await page.mouse.move(point.x - 40, point.y - 40);
      await page.mouse.move(point.x, point.y);
      if (await card.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false)) {
        // The card fades in: let its animations finish so the screenshot shows it at full contrast.
        await card.evaluate((element) => Promise.all(element.getAnimations({ subtree: true }).map((a) => a.finished)));
        return card;
      }
    }
  }
  throw new Error(`no hover card with "${NAME}" and "person" within ${timeoutMs} ms`);
}

/** Runs a command from the command palette; with `choice`, also picks that entry of the list it opens. */
async function runCommand(page, title, choice) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { timeout: 15000 });
  await page.keyboard.type(title);
  await page.waitForSelector(`.quick-input-list .monaco-list-row:has-text("${title}")`, { timeout: 15000 });
  await page.keyboard.press('Enter');
  if (!choice) return;
  await page.keyboard.type(choice);
  await page.waitForSelector(`.quick-input-list .monaco-list-row:has-text("${choice}")`, { timeout: 15000 });
  await page.keyboard.press('Enter');
}

/** Picks a colour theme in the theme picker (Ctrl+K Ctrl+T): the best match for its full label comes first. */
async function pickTheme(page, label) {
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+T');
  await page.waitForSelector('.quick-input-widget input', { timeout: 15000 });
  await page.keyboard.type(label);
  await page.waitForSelector(`.quick-input-list .monaco-list-row:has-text("${label}")`, { timeout: 15000 });
  await page.keyboard.press('Enter');
}

/** How many marks (events and conflicts, or story lanes) the timeline webview drew, once its SVG is there (the webview is an inner frame). */
async function timelineMarks(page, selector = 'svg.timeline .event, svg.timeline .conflict') {
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      const count = await frame.evaluate((marks) => document.querySelectorAll(marks).length, selector).catch(() => 0);
      if (count > 0) return count;
    }
    await page.waitForTimeout(500);
  }
  throw new Error('the timeline webview drew no marks within 30 s');
}

/** A tree row in one of the Crosscheck views, by the text it shows. */
function treeRow(page, view, text) {
  return page.locator(`.pane:has(.pane-header[aria-label^="${view}"]) .monaco-list-row`, { hasText: text }).first();
}

/**
 * The Crosscheck side bar: Stories with the quake story open, Entities with People and Xi Jinping's articles open,
 * Conflicts with the quake reports' two sources shown. Fails when a view does not populate.
 */
async function showSideBar(page) {
  await runCommand(page, 'View: Toggle Panel Visibility');
  await page.click('.activitybar .action-item a[aria-label^="Crosscheck"]');
  // Wide enough for the counts and quotes beside the names.
  const sidebar = await page.locator('.part.sidebar').boundingBox();
  await page.mouse.move(sidebar.x + sidebar.width + 1, 400);
  await page.mouse.down();
  await page.mouse.move(sidebar.x + 520, 400, { steps: 5 });
  await page.mouse.up();
  const quakeStory = treeRow(page, 'Stories', 'Bengkulu');
  await quakeStory.waitFor({ timeout: 60000 });
  await quakeStory.click();
  await treeRow(page, 'Stories', 'quake-jakarta.txt').waitFor({ timeout: 15000 });
  await treeRow(page, 'Entities', 'People').waitFor({ timeout: 60000 });
  await treeRow(page, 'Entities', 'People').click();
  await treeRow(page, 'Entities', 'Xi Jinping').click();
  await page.keyboard.press('ArrowRight');
  await treeRow(page, 'Entities', '000_42d2d06c1d8f408d.txt').waitFor({ timeout: 15000 });
  const conflict = treeRow(page, 'Conflicts', 'six people');
  await conflict.waitFor({ timeout: 30000 });
  await conflict.locator('.monaco-tl-twistie').click();
  await treeRow(page, 'Conflicts', 'quake-jakarta.txt').waitFor({ timeout: 15000 });
  // Focus back in the editor, so no tree row is drawn with the keyboard-focus outline.
  await page.click('.monaco-editor .view-lines');
  await page.mouse.move(700, 860);
  console.log('side bar: Stories, Entities and Conflicts populated');
}

requireSetup();
const scratch = mkdtempSync(join(tmpdir(), 'crosscheck-ui-'));
const workspace = createFixtureWorkspace();
const server = await startVsCodeServer({ dataDir: scratch, extensionsDir: join(scratch, 'extensions') });
const browser = await launchBrowser(join(scratch, 'chromium'));
const page = browser.pages()[0] ?? await browser.newPage();
mkdirSync(join(repoRoot, 'test', 'output'), { recursive: true });
const cspViolations = [];
page.on('console', (message) => {
  if (/Content Security Policy|Refused to (load|execute|apply)/i.test(message.text())) cspViolations.push(message.text().slice(0, 200));
});
try {
  await page.goto(workbenchUrl(server.origin, { folder: workspace, extensionDevelopmentPaths: [repoRoot] }));
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
  await openWithQuickOpen(page, ARTICLE, NAME);
  const card = await hoverUntilCard(page);
  console.log('hover card:', (await card.innerText()).replace(/\s+/g, ' ').slice(0, 200));
  await saveScreenshot(page, 'hover.png');
  // A conflict between the two quake reports: the squiggle, and the Problems panel naming the other source.
  await page.keyboard.press('Escape');
  await openWithQuickOpen(page, CONFLICT_ARTICLE, 'killed 11 people');
  await page.waitForSelector('.monaco-editor .squiggly-warning', { timeout: 60000 });
  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector(`.markers-panel .monaco-list-row:has-text("${CONFLICT_OTHER}")`, { timeout: 30000 });
  console.log('problems panel names', CONFLICT_OTHER);
  await saveScreenshot(page, 'conflict.png');
  await showSideBar(page);
  // The default theme first, then the others people use; only light and dark go to docs/, the rest are for checking colours.
  await saveScreenshot(page, 'sidebar-light.png');
  for (const [theme, workbenchClass, file] of [
    ['Dark 2026', 'vs-dark', 'sidebar-dark.png'],
    ['Dark Modern', 'vs-dark', 'check-dark-modern.png'],
    ['Light Modern', 'vs', 'check-light-modern.png'],
    ['Dark High Contrast', 'hc-black', 'check-high-contrast.png'],
  ]) {
    await pickTheme(page, theme);
    await page.waitForSelector(`.monaco-workbench.${workbenchClass}`, { timeout: 15000 });
    await page.waitForTimeout(500); // the editor repaints its tokens after the theme's colours load
    await (file.startsWith('check-') ? page.screenshot({ path: join(repoRoot, 'test', 'output', file) }) : saveScreenshot(page, file));
  }
  // The timeline of the article's story, in a webview: it must draw its marks and break no rule of its CSP.
  await pickTheme(page, 'Dark 2026');
  await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
  await runCommand(page, 'Crosscheck: Show Timeline of This Story');
  console.log(`timeline: ${await timelineMarks(page)} marks`);
  await page.mouse.move(700, 860);
  await saveScreenshot(page, 'timeline-dark.png');
  await pickTheme(page, 'Light 2026');
  await page.waitForTimeout(1000); // the webview takes the new theme's colours
  await saveScreenshot(page, 'timeline-light.png');
  // The workspace's timeline, a lane per story, in the same webview.
  await runCommand(page, 'Crosscheck: Show Timeline of the Workspace');
  console.log(`workspace timeline: ${await timelineMarks(page, 'svg.timeline .story')} story lanes`);
  await page.mouse.move(700, 860);
  await saveScreenshot(page, 'timeline-workspace-light.png');
  if (cspViolations.length > 0) throw new Error(`CSP violations in the timeline: ${cspViolations.join(' | ')}`);
} catch (error) {
  console.error(`UI check FAILED: ${error.message}`);
  await page.screenshot({ path: failureScreenshot }).then(() => console.error(`what the page showed: ${failureScreenshot}`), () => {});
  // The server's side of the story: the Crosscheck log, in the output panel.
  const logScreenshot = failureScreenshot.replace(/\.png$/, '-log.png');
  await page.keyboard.press('Escape');
  await runCommand(page, 'Crosscheck: Show Log').then(() => page.waitForTimeout(1000)).then(() => page.screenshot({ path: logScreenshot }))
    .then(() => console.error(`the Crosscheck log: ${logScreenshot}`), () => {});
  process.exitCode = 1;
} finally {
  await browser.close();
  server.stop();
  rmSync(workspace, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
}
