"use client";

import dynamic from "next/dynamic";

/**
 * Clerk in clerk mode only. A module that imports `@clerk/nextjs` statically
 * puts Clerk's client code into the first-load JavaScript of every page that
 * reaches it, in local mode too (Next loads every client module a layout or
 * page reaches, rendered or not; on the server a dynamic `import()` counts as
 * well). So server components render these instead: this provider loads
 * clerkBrowser.tsx (Clerk's code) with next/dynamic, only where it is rendered,
 * and the components of clerkWidgets.tsx take Clerk's from it.
 * tests/unit/clientBundle.test.ts checks that no layout or page reaches
 * `@clerk/nextjs` otherwise.
 */
export const ClerkRoot = dynamic(() => import("./clerkBrowser"));
