// The hover cards' links run commands (features/shared.ts commandLink): whatever an article's path holds, its link is
// one Markdown link whose query decodes to the arguments, the article's location among them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { Corpus } from '../../server/src/analysis/corpus';
import { hover } from '../../server/src/analysis/features/hover';
import { MARKDOWN_COMMANDS } from '../../server/src/protocol';
import { NOT_CANCELLED } from '../util/fixture';
import { hasRawAngle, markdownLinks } from '../util/markdown';

/** A path with spaces, '#', '%', both quotes, a lone parenthesis and non-ASCII letters. */
const ODD_PATH = "/fixture/Brandbericht \"Lyon\" #2 – 100% l'été (draft.txt";
const FIRE = 'Fire in Lyon\n\nA fire broke out in Lyon on March 3, 2021, officials said.\n';

/** The arguments of a command link. */
const argumentsOf = (link: string): unknown => JSON.parse(decodeURIComponent(link.slice(link.indexOf('?') + 1)));

describe('command links in hover cards', () => {
  it("links an article whatever its path holds, with arguments that decode to the article's location", () => {
    const corpus = new Corpus();
    const odd = corpus.set(pathToFileURL(ODD_PATH).href, FIRE);
    const here = corpus.set('file:///fixture/b.txt', 'Lyon fire\n\nFirefighters fought a blaze in Lyon on March 3, 2021, the mayor said.\n');
    const card = hover(corpus, here.uri, here.document.positionAt(here.analysis.text.indexOf('March') + 1), NOT_CANCELLED);
    assert.ok(card && typeof card.contents === 'object' && 'value' in card.contents);
    const markdown = card.contents.value;
    assert.equal(hasRawAngle(markdown), false);
    const opening = markdownLinks(markdown).filter((link) => link.startsWith(`command:${MARKDOWN_COMMANDS.openLocation}?`));
    assert.equal(opening.length, 1, `one link opens the other article in:\n${markdown}`);
    assert.doesNotMatch(opening[0], /[\s()"#]|[^\x21-\x7e]/, 'nothing in the link that Markdown or a URI reads as its own');
    const column = FIRE.indexOf('March 3, 2021') - FIRE.lastIndexOf('\n', FIRE.indexOf('March')) - 1;
    const date = { start: { line: 2, character: column }, end: { line: 2, character: column + 'March 3, 2021'.length } };
    assert.deepEqual(argumentsOf(opening[0]), [{ uri: odd.uri, range: date }, -1]);
  });
});
