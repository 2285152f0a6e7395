// Attributes that belong to one named entity rather than to an event: their claim's first subject chain is that entity.
export const ENTITY_ATTRIBUTES = new Set(['win-loss record', 'knockouts', 'age', 'role', 'location', 'prison term', 'executive title', 'medical cause of death']);

/** Attributes whose figure grows as news comes in, so a later article's different figure is an update. */
export const CUMULATIVE_ATTRIBUTES = new Set(['death toll', 'injured', 'missing', 'arrested', 'rescued', 'evacuated', 'count: comment']);
