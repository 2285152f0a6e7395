// Custom messages between the Crosscheck client and server: the one place both sides import them from.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';

/** The language id the client gives to .txt files the server classifies as articles. */
export const ARTICLE_LANGUAGE_ID = 'article';

/** What the client tells the server at start. */
export interface InitializationOptions {
  /** A folder the server may write to for this workspace (VS Code's storageUri): the persisted index goes there. */
  storagePath?: string;
}

export interface ArticleStatusParams {
  uri: string;
  isArticle: boolean;
  /** Why, in words: "reads as prose", "excluded by crosscheck.articles.exclude", "marked as not an article". */
  reason: string;
}
/** Server → client: what the server decided about a file the client opened. */
export const ArticleStatusNotification = new NotificationType<ArticleStatusParams>('crosscheck/articleStatus');

export interface IndexStatusParams {
  articles: number;
  entities: number;
  conflicts: number;
  indexing: boolean;
}
/** Server → client: the index's size, for the status bar; sent after indexing and after each change. */
export const IndexStatusNotification = new NotificationType<IndexStatusParams>('crosscheck/indexStatus');

export interface MentionLocation {
  uri: string;
  /** Zero-based line and UTF-16 character, as in LSP. */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export interface NeighbourMentionParams {
  textDocument: { uri: string };
  position: { line: number; character: number };
  direction: 'next' | 'previous';
}
/** Client → server: the next or previous mention of the entity under the cursor, across articles in date order. */
export const NeighbourMentionRequest = new RequestType<NeighbourMentionParams, MentionLocation | null, void>('crosscheck/neighbourMention');

export interface EntityChoice {
  id: string;
  name: string;
  type: string;
  detail: string;
}
export interface EntityAtParams {
  textDocument: { uri: string };
  position: { line: number; character: number };
}
/** Client → server: the entity under the cursor and the candidates it could be merged with or split from. */
export const EntityCandidatesRequest = new RequestType<EntityAtParams, { entity: EntityChoice; candidates: EntityChoice[] } | null, void>(
  'crosscheck/entityCandidates',
);

export interface ConflictChoice {
  id: string;
  kind: string;
  attribute: string;
  message: string;
  /** The other side's article and range, for "Compare with…". */
  other: MentionLocation & { label: string };
  here: MentionLocation;
}
/** A claim's conflicts, as a grouped quick fix hands them to "Compare with…" and "Dismiss…". */
export interface ConflictsOfClaim {
  uri: string;
  conflicts: string[];
}
/** Client → server: the conflicts whose span touches the position (or the whole document when position is omitted). */
export const ConflictsAtRequest = new RequestType<{ textDocument: { uri: string }; position?: { line: number; character: number } }, ConflictChoice[], void>(
  'crosscheck/conflictsAt',
);

export interface StoryArticle {
  uri: string;
  /** The file name, for the tree. */
  label: string;
  /** The article's own date (ISO), or null with `dateReason` saying why there is none. */
  date: string | null;
  dateReason?: string;
  /** Where the article comes from, when a line of it says ("Reuters", a source URL's host). */
  source?: string;
}
export interface StoryItem {
  id: string;
  title: string;
  start: string | null;
  end: string | null;
  /** In reading order: by date, undated last, then by path. */
  articles: StoryArticle[];
  /** How many conflicts pair two articles of this story. */
  conflicts: number;
}
/** Client → server: every story of the workspace, earliest first (undated last), for the Stories view. */
export const StoriesRequest = new RequestType<Record<string, never>, StoryItem[], void>('crosscheck/stories');

/** The workspace sidecar files, relative to a workspace folder; the server reads them, the client's commands write them through the server. */
export const SIDECAR_DIR = '.crosscheck';
export const SIDECAR_FILES = {
  entities: 'entities.json',
  identity: 'identity.json',
  dismissed: 'dismissed.json',
  articles: 'articles.json',
  stories: 'stories.json',
} as const;

/** Commands the server executes (workspace/executeCommand); each records a user decision in the sidecar and re-indexes. */
export const SERVER_COMMANDS = {
  setArticleStatus: 'crosscheck.server.setArticleStatus',
  setArticleDate: 'crosscheck.server.setArticleDate',
  sameEntity: 'crosscheck.server.sameEntity',
  notSameEntity: 'crosscheck.server.notSameEntity',
  dismissConflict: 'crosscheck.server.dismissConflict',
  moveArticleToStory: 'crosscheck.server.moveArticleToStory',
  splitArticleIntoOwnStory: 'crosscheck.server.splitArticleIntoOwnStory',
} as const;

/** The client commands a link in the server's Markdown (hover cards) may run; the client trusts these and no other. */
export const MARKDOWN_COMMANDS = {
  showEntityTimeline: 'crosscheck.showEntityTimeline',
  /** Arguments: a MentionLocation and the view column to open it in. */
  openLocation: 'crosscheck.openLocation',
} as const;

/** What a server command answers: a line for the user, shown as information or as an error. */
export interface ServerCommandResult {
  ok: boolean;
  message: string;
}

// The side bar's Entities and Conflicts views: each level of the trees is one request, asked for when expanded.

/** What the Entities view shows: names containing `text`, entities of one article, entities taking part in conflicts. */
export interface EntityFilter {
  text?: string;
  uri?: string;
  inConflicts?: boolean;
}
export interface EntityTypeNode {
  type: string;
  /** Plural label, capitalised ("People"). */
  label: string;
  count: number;
}
/** Client → server: the entity types with how many entities pass the filter. */
export const EntityTypesRequest = new RequestType<{ filter: EntityFilter }, EntityTypeNode[], void>('crosscheck/entityTypes');

export interface EntityNode {
  id: string;
  name: string;
  type: string;
  articles: number;
  mentions: number;
  aliases: string[];
  /** Where its full name is first written, for opening and for the commands that need a position. */
  first: MentionLocation;
}
/** Client → server: the entities of one type that pass the filter, most articles first, at most `limit` of `total`. */
export const EntitiesRequest = new RequestType<{ filter: EntityFilter; type: string; limit: number }, { entities: EntityNode[]; total: number }, void>('crosscheck/entities');

export interface EntityArticleNode {
  uri: string;
  label: string;
  date: string | null;
  mentions: number;
  first: MentionLocation;
}
/** Client → server: the articles that mention an entity, in reading order. */
export const EntityArticlesRequest = new RequestType<{ id: string }, EntityArticleNode[], void>('crosscheck/entityArticles');

export interface EntityMentionNode extends MentionLocation {
  /** The mention's line, shortened around it. */
  excerpt: string;
  /** Where the mention sits in the excerpt, [start, end), when it does. */
  highlight: [number, number] | null;
}
/** Client → server: each mention of an entity in one article, with its line. */
export const EntityMentionsRequest = new RequestType<{ id: string; uri: string }, EntityMentionNode[], void>('crosscheck/entityMentions');

export interface ConflictGroupNode {
  /** The story both articles belong to, when the analysis groups articles into stories. */
  story: { id: string; title: string } | null;
  subject: string;
  count: number;
  dismissed: number;
}
/** Client → server: conflicts (dismissed ones too) grouped by story and subject, largest first. */
export const ConflictGroupsRequest = new RequestType<Record<string, never>, ConflictGroupNode[], void>('crosscheck/conflictGroups');

export interface ConflictSideNode extends MentionLocation {
  /** Who says it: the article's file name. */
  source: string;
  quote: string;
  date: string | null;
}
export interface ConflictNode {
  id: string;
  kind: string;
  attribute: string;
  subject: string;
  message: string;
  dismissed: boolean;
  sides: [ConflictSideNode, ConflictSideNode];
}
/** Client → server: the conflicts of one group of ConflictGroupsRequest. */
export const ConflictsOfGroupRequest = new RequestType<{ story: string | null; subject: string }, ConflictNode[], void>('crosscheck/conflictsOfGroup');

// The timeline webview: the dated expressions of a story's articles on one time axis, one lane per article
// (the workspace's timeline: one lane per story).
export interface TimelineEvent {
  lane: number;
  /** ISO day the expression means (a month or year is placed at its first day). */
  day: string;
  text: string;
  /** The sentence, shortened, for the hover. */
  excerpt: string;
  location: MentionLocation;
  /** How many dated expressions of the lane mean this day (one mark stands for them all). */
  mentions: number;
}
export interface TimelineConflict {
  a: { lane: number; day: string };
  b: { lane: number; day: string };
  message: string;
  kind: string;
  locations: [MentionLocation, MentionLocation];
}
export interface TimelineLane {
  label: string;
  /** The article's date; for a story, its first article's. */
  date: string | null;
  /** An article's lane. */
  uri?: string;
  /** A story's lane (the workspace's timeline): a click opens the story's own timeline. */
  story?: { id: string; end: string | null; articles: number };
  /** Conflicts with both sides in this lane or between it and another drawn lane. */
  conflicts: number;
}
export interface TimelineData {
  title: string;
  lanes: TimelineLane[];
  events: TimelineEvent[];
  conflicts: TimelineConflict[];
  /** Lanes left out to keep the picture readable (the smallest stories, the latest articles). */
  moreLanes: number;
}
export interface TimelineScope {
  uri?: string;
  story?: string;
  entity?: string;
  /** Every story of the workspace, a lane each. */
  workspace?: boolean;
}
/** Client → server: the timeline of the story an article belongs to (or of a story by id, an entity by id, or the workspace). */
export const TimelineRequest = new RequestType<TimelineScope, TimelineData | null, void>('crosscheck/timeline');

// "Export Analysis…": the server builds the export's files with the CLI's builders; the client writes them where the user chose.
export type ExportFormatName = 'sarif' | 'brat' | 'webanno';
export interface ExportParams {
  format: ExportFormatName;
  /** The file the client means to write (single-file formats), so the server can refuse an article. */
  target?: string;
}
/** Paths are relative to the folder chosen ("/" between folders); `error` says why there is nothing to write. */
export type ExportResult = { files: Array<{ path: string; content: string }> } | { error: string };
/** Client → server: the whole workspace's analysis in one export format, once indexing has finished. */
export const ExportRequest = new RequestType<ExportParams, ExportResult, void>('crosscheck/export');
