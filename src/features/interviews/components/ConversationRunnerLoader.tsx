"use client";

import dynamic from "next/dynamic";

/**
 * The conversation runner (turn-taking, the interviewer's voice, captions),
 * loaded only by the pages that render it (next/dynamic: preloaded from the
 * page's HTML when it is rendered), so a recorded interview's page does not
 * load it.
 */
export const ConversationRunner = dynamic(() => import("./ConversationRunner").then((m) => m.ConversationRunner));
