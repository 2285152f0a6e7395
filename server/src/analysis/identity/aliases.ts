// Names that differ in letters but not in referent: country names, their abbreviations and, as metonymy, capitals
// standing for governments ("Washington said"). Keys are normalised with nameTokens().
import type { EntityType } from '../types';

interface KnownEntity {
  name: string;
  type: EntityType;
  aliases: string[];
  /** Capitals and seats used for the government; only with the metonymy setting. */
  seats: string[];
}

const KNOWN: KnownEntity[] = [
  { name: 'united states', type: 'place', aliases: ['us', 'usa', 'united states of america', 'america'], seats: ['washington'] },
  { name: 'china', type: 'place', aliases: ["people's republic of china", 'prc', 'mainland china'], seats: ['beijing'] },
  { name: 'united kingdom', type: 'place', aliases: ['uk', 'britain', 'great britain'], seats: [] },
  { name: 'russia', type: 'place', aliases: ['russian federation'], seats: ['moscow'] },
  { name: 'north korea', type: 'place', aliases: ['dprk'], seats: ['pyongyang'] },
  { name: 'south korea', type: 'place', aliases: ['republic of korea', 'rok'], seats: ['seoul'] },
  { name: 'iran', type: 'place', aliases: ['islamic republic of iran'], seats: ['tehran'] },
  { name: 'taiwan', type: 'place', aliases: ['republic of china'], seats: ['taipei'] },
  { name: 'ukraine', type: 'place', aliases: [], seats: ['kyiv', 'kiev'] },
  { name: 'united nations', type: 'organization', aliases: ['un'], seats: [] },
  { name: 'european union', type: 'organization', aliases: ['eu'], seats: ['brussels'] },
];

function buildTable(withSeats: boolean): Map<string, { name: string; type: EntityType }> {
  const table = new Map<string, { name: string; type: EntityType }>();
  for (const known of KNOWN) {
    for (const alias of [known.name, ...known.aliases, ...(withSeats ? known.seats : [])]) table.set(alias, { name: known.name, type: known.type });
  }
  return table;
}

const WITH_METONYMY = buildTable(true);
/** The most words a well-known name has ("united states of america"). */
export const MAX_KNOWN_NAME_WORDS = Math.max(...[...WITH_METONYMY.keys()].map((name) => name.split(' ').length));
const LITERAL = buildTable(false);

/** The canonical name and type of a well-known entity for a normalised name key, if it is one. */
export function knownEntity(key: string, metonymy: boolean): { name: string; type: EntityType } | undefined {
  return (metonymy ? WITH_METONYMY : LITERAL).get(key);
}
