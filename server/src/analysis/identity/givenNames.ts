// Given names written two ways for one person: short forms the news uses beside the formal name ("Mo Cheeks" and
// "Maurice Cheeks", "Peggy Lowe" and "Margaret Lowe"). Each line is one name's family of spellings.
const FAMILIES = [
  'maurice mo moe',
  'katherine kathryn catherine kathleen katie kate kathy cathy kat',
  'elizabeth liz lizzie beth betsy betty bettie eliza',
  'margaret maggie meg peggy marge',
  'william bill billy will willie',
  'robert bob bobby rob robbie bert',
  'richard rick ricky dick rich',
  'james jim jimmy jamie',
  'john jack johnny',
  'joseph joe joey',
  'michael mike mikey mick',
  'thomas tom tommy',
  'edward ed eddie ted teddy ned',
  'charles charlie chuck chas',
  'anthony tony',
  'antony tony',
  'christopher chris kit',
  'daniel dan danny',
  'david dave davey',
  'donald don donnie',
  'douglas doug',
  'frederick fred freddie',
  'gregory greg',
  'henry hank harry',
  'jeffrey jeff',
  'kenneth ken kenny',
  'lawrence larry',
  'leonard leo len lenny',
  'matthew matt',
  'nicholas nick nicky',
  'patrick pat paddy',
  'peter pete',
  'raymond ray',
  'ronald ron ronnie',
  'samuel sam sammy',
  'stephen steven steve',
  'timothy tim timmy',
  'walter walt',
  'alexander alex alec sasha',
  'andrew andy drew',
  'benjamin ben benny',
  'jonathan jon',
  'nathaniel nathan nate',
  'zachary zach zack',
  'abigail abby',
  'alexandra alex sandra sandy',
  'barbara barb barbie',
  'deborah debra debbie deb',
  'jennifer jenny jen jenna',
  'jessica jess jessie',
  'patricia pat patty tricia trish',
  'rebecca becky becca',
  'susan sue susie suzanne',
  'victoria vicky tori',
  'christine christina chris chrissy tina',
  'cynthia cindy',
  'dorothy dot dottie',
  'judith judy',
  'pamela pam',
  'samantha sam sammy',
].map((family) => family.split(' '));

const FAMILIES_OF = new Map<string, number[]>();
FAMILIES.forEach((family, i) => {
  for (const name of family) FAMILIES_OF.set(name, [...(FAMILIES_OF.get(name) ?? []), i]);
});

/** True when two different given names are spellings of one name ("mo"/"maurice"); lowercase input. */
export function areNameVariants(a: string, b: string): boolean {
  const families = FAMILIES_OF.get(a);
  return families !== undefined && (FAMILIES_OF.get(b) ?? []).some((family) => families.includes(family));
}

/** How long a given name must be before one slipped letter is taken for a misspelling ("Maximillian"/"Maximilian"). */
const MIN_LENGTH_FOR_TYPO = 6;

/** Two long names one letter apart: one added, dropped or changed. */
export function isOneLetterSlip(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < MIN_LENGTH_FOR_TYPO || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const [restA, restB] = [a.slice(i), b.slice(i)];
  return restA.slice(1) === restB.slice(1) || restA.slice(1) === restB || restA === restB.slice(1);
}
