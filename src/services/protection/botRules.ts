/** Bots that may crawl the site: search engines and link previews (Slack, iMessage, …). */
export const ALLOWED_BOT_CATEGORIES = ["CATEGORY:SEARCH_ENGINE", "CATEGORY:PREVIEW"] as const;
