// Which event a date is of, through analyze(): an age written after a name is no clause break, and a fatal event is a death.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const datesOf = (text: string): string[] => analyze(text).claims.filter((c) => c.kind === 'event-date').map((c) => `${c.attribute}: ${c.text}`);

test("the fatal shooting of a boy, 17, on Sunday dates his death, past the age after his name", () => {
  assert.deepEqual(datesOf('The fatal shooting of Daniel Moreno, 17, on Sunday sparked three nights of protests across Chile.'), ['date of death: Sunday']);
  assert.deepEqual(datesOf('The shooting of Daniel Moreno, 17, on Sunday sparked three nights of protests across Chile.'), ['date of shooting: Sunday']);
});

test('a comma of another clause still hands the date to another verb', () => {
  assert.deepEqual(datesOf('After the shooting of Daniel Moreno, protests began on Sunday across Chile.'), []);
});
