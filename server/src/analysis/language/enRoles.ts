// English words of the roles and titles people hold ("the team's assistant general manager", "former President",
// "COO"): what the role claims read (claims/roleClaims.ts) and how two roles are told apart (claims/kinds/personRole.ts).

const set = (words: string): ReadonlySet<string> => new Set(words.split('|'));

/** Nouns that name a role or title a person holds, lower case, abbreviations written out (ROLE_ABBREVIATIONS). */
export const ROLE_HEADS = set(
  'president|chairman|chairwoman|chair|chancellor|premier|minister|secretary|senator|representative|congressman|congresswoman|governor|mayor|ambassador|envoy|' +
  'spokesman|spokeswoman|spokesperson|judge|justice|speaker|leader|director|commissioner|executive|founder|owner|manager|coach|coordinator|' +
  'producer|editor|publisher|treasurer|superintendent|principal|dean|professor|attorney|prosecutor|lawyer|sheriff|marshal|chief|captain|' +
  'lieutenant|sergeant|colonel|major|general|admiral|commander|officer|detective|inspector|trooper|deputy|adviser|advisor|counselor|aide|' +
  'agent|host|anchor|analyst|pastor|bishop|archbishop|rabbi|imam|king|queen|prince|princess|ceo|coo|cfo|cto|cmo|cio',
);

/** Written-short titles, lower case, as the role they stand for. */
export const ROLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  'sen.': 'senator', 'rep.': 'representative', 'gov.': 'governor', 'gen.': 'general', 'lt.': 'lieutenant', 'col.': 'colonel', 'capt.': 'captain',
  'sgt.': 'sergeant', 'maj.': 'major', 'adm.': 'admiral', 'prof.': 'professor', 'det.': 'detective', 'insp.': 'inspector', 'supt.': 'superintendent',
}));

/** The chief officers, written out, by the letters they go by: a company has one of each, and one person is one of them. */
export const CHIEF_OFFICERS: ReadonlyMap<string, string> = new Map(Object.entries({
  'chief executive officer': 'ceo', 'chief executive': 'ceo', 'chief operating officer': 'coo', 'chief financial officer': 'cfo',
  'chief technology officer': 'cto', 'chief marketing officer': 'cmo', 'chief information officer': 'cio',
}));
export const CHIEF_OFFICER_LETTERS: ReadonlySet<string> = new Set(CHIEF_OFFICERS.values());
/** The words the chief officers' titles are written with ("chief", "operating", "officer"). */
export const CHIEF_OFFICER_WORDS: ReadonlySet<string> = new Set([...CHIEF_OFFICERS.keys()].flatMap((k) => k.split(' ')));

/** Words that place a role in time ("former president", "interim coach", "president-elect"): the role another time. */
export const ROLE_TIME_WORDS = set('former|ex|then|late|retired|outgoing|incoming|elect|designate|emeritus|onetime|one-time|future|longtime|past');

/** Words that make a role someone else's stand-in: held for now, the same role as the one it stands in for. */
export const ROLE_STAND_IN_WORDS = set('interim|acting|temporary|caretaker');

/** Ranks below the role they qualify: a vice president is not the president, an assistant coach not the head coach. */
export const SUBORDINATE_RANKS = set('vice|deputy|assistant|associate|co|under|lieutenant');

/** Ranks of the role itself or above it ("head coach", "general manager", "senior vice president"): the same role. */
export const SUPERIOR_RANKS = set('head|chief|general|senior|executive|managing|majority|principal|lead|top');

/**
 * Uniformed ranks and posts: "Deputy Sgt." names a sheriff's deputy who is a sergeant, not a rank below sergeant;
 * their modifiers are not read as ranks.
 */
export const UNIFORMED_RANKS = set('lieutenant|sergeant|colonel|major|general|admiral|commander|captain|officer|detective|inspector|trooper|marshal|sheriff');

/** Words that end a role's own words: what follows says whose it is or more of the person ("chairman of Comcast"). */
export const ROLE_COMPLEMENT_WORDS = set('of|for|at|with|in|on|to|from|who|whose|which|that|since|under|convicted|charged|accused|known|based');
