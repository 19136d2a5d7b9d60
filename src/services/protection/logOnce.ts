type WarnGlobal = typeof globalThis & { __darasaProtectionWarned?: Set<string> };
const store = globalThis as WarnGlobal;
const MAX_KEYS = 100;

/**
 * `console.warn` a message once per process per key (bounded, so varying
 * messages cannot flood the log). Never pass secrets in `message`.
 */
export function warnOnce(key: string, message: string): void {
  const warned = (store.__darasaProtectionWarned ??= new Set());
  if (warned.has(key) || warned.size >= MAX_KEYS) return;
  warned.add(key);
  console.warn(`[protection] ${message}`);
}
