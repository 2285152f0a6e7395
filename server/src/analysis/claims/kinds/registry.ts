// Every claim kind, registered once: the extractors tag claims with a kind, the conflict index asks the kind's module.
import type { Claim } from '../../types';
import { age } from './age';
import { bearing } from './bearing';
import { distance, distanceFromPlace } from './distance';
import { eventDate } from './eventDate';
import { eventPlace } from './eventPlace';
import { eventTime } from './eventTime';
import { personRole } from './personRole';
import { facilityLocation } from './facilityLocation';
import { figure } from './figure';
import { INCOMPARABLE, type ClaimKind, type Comparison, type KindModule } from './kind';
import { knockouts } from './knockouts';
import { magnitude } from './magnitude';
import { measure } from './measure';
import { mannerOfDeath } from './mannerOfDeath';
import { medicalCause } from './medicalCause';
import { money } from './money';
import { nameSpelling } from './nameSpelling';
import { peopleCount } from './peopleCount';
import { percentage } from './percentage';
import { playerStatistic } from './playerStatistic';
import { prisonTerm } from './prisonTerm';
import { repetition } from './repetition';
import { residence } from './residence';
import { streetBlock } from './streetBlock';
import { thingCount } from './thingCount';
import { timeServed } from './timeServed';
import { contractLength } from './contractLength';
import { duration } from './duration';
import { winLossRecord } from './winLossRecord';
import { workYear } from './workYear';

export const CLAIM_KINDS: readonly KindModule[] = [
  timeServed, residence, streetBlock,
  peopleCount, thingCount, money, percentage, magnitude, age, winLossRecord, knockouts, eventDate, eventTime, duration, contractLength, prisonTerm,
  playerStatistic,
  mannerOfDeath, medicalCause, bearing, distance, distanceFromPlace, personRole, workYear, facilityLocation, eventPlace, nameSpelling, figure, measure, repetition,
];

const BY_KIND = new Map<ClaimKind, KindModule>(CLAIM_KINDS.map((k) => [k.kind, k]));

export function kindOf(claim: Pick<Claim, 'kind'>): KindModule {
  const module = BY_KIND.get(claim.kind);
  if (!module) throw new Error(`claim kind ${claim.kind} is not registered`);
  return module;
}

/** Whether two claims of one slot agree, differ compatibly or contradict, decided by their kind. */
export function compareClaims(a: Claim, b: Claim): Comparison {
  return a.kind === b.kind ? kindOf(a).compare(a, b) : INCOMPARABLE;
}
