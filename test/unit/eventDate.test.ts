// Which event a date is of, through analyze(): an age written after a name is no clause break, and a fatal event is a death.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { Corpus } from '../../server/src/analysis/corpus';

const datesOf = (text: string): string[] => analyze(text).claims.filter((c) => c.kind === 'event-date').map((c) => `${c.attribute}: ${c.text}`);

test("the fatal shooting of a boy, 17, on Sunday dates his death, past the age after his name", () => {
  assert.deepEqual(datesOf('The fatal shooting of Daniel Moreno, 17, on Sunday sparked three nights of protests across Chile.'), ['date of death: Sunday']);
  assert.deepEqual(datesOf('The shooting of Daniel Moreno, 17, on Sunday sparked three nights of protests across Chile.'), ['date of shooting: Sunday']);
});

test('a comma of another clause still hands the date to another verb', () => {
  assert.deepEqual(datesOf('After the shooting of Daniel Moreno, protests began on Sunday across Chile.'), []);
});

/** The conflicts of a story told by several undated articles that differ in the parts filled in: [attribute, side a, side b]. */
function storyConflicts(story: (parts: Record<string, string>) => string, variants: Array<Record<string, string>>): string[][] {
  const corpus = new Corpus();
  variants.forEach((parts, i) => corpus.set(`${String.fromCharCode(97 + i)}.txt`, story(parts)));
  assert.equal(new Set(variants.map((_, i) => corpus.storyOf(`${String.fromCharCode(97 + i)}.txt`)?.id)).size, 1, 'one story');
  return corpus.conflicts.all().map((c) => [c.attribute, c.a.claim.text, c.b.claim.text]).sort();
}

const patrol = ({ opening, day }: Record<string, string>): string =>
  `The coast guard cutter Halvard has spent the autumn on patrol off the Ardent Banks, where smugglers run fuel and cigarettes. ` +
  `${opening} ${day}, the Halvard sank a smuggling barge after its crew refused to stop, the coast guard said. ` +
  `Nobody was hurt, and the barge's six crew members were taken to the port of Lisker for questioning.`;

test('an undated article\'s "November 19" is still a day of a month, and a date after "Then," opens its sentence', () => {
  assert.deepEqual(datesOf(patrol({ opening: 'Then, on', day: 'November 18' })), ['date of sank smuggling: November 18']);
  assert.deepEqual(storyConflicts(patrol, [
    { opening: 'On', day: 'November 19' },
    { opening: 'On', day: 'November 19' },
    { opening: 'Then, on', day: 'November 18' },
  ]), [['date of sank smuggling', 'November 19', 'November 18'], ['date of sank smuggling', 'November 19', 'November 18']]);
  // A day of a month against a month alone names two events as often as one.
  assert.deepEqual(storyConflicts(patrol, [
    { opening: 'On', day: 'November 19' },
    { opening: 'On', day: 'November 19' },
    { opening: 'In', day: 'October' },
  ]), []);
});
