export function serveNodeArgs(root: string): string[];
