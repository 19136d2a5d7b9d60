// Types of scripts/requestGuard.mjs (plain JS run by scripts/server.mjs; the project has allowJs off).
export type GuardConfig = { localMode: boolean; allowedHosts: Set<string>; trustProxy: boolean };
export type GuardHeaders = Record<string, string | string[] | undefined>;
export type GuardRequest = { method?: string; url?: string; headers: GuardHeaders };
export type Refusal = { status: number; code: string; message: string };

export const MAX_USER_AGENT_BYTES: number;
export const MAX_HEADER_BYTES: number;
export function isLocalMode(env: Record<string, string | undefined>): boolean;
export function allowedHostSet(options: { hostname: string; port: number; allowedHosts?: string }): Set<string>;
export function guardConfig(env: Record<string, string | undefined>, server: { hostname: string; port: number }): GuardConfig;
export function checkHost(req: GuardRequest, config: GuardConfig): Refusal | null;
export function checkCsrf(req: GuardRequest, config: GuardConfig): Refusal | null;
export function checkMethod(req: GuardRequest): Refusal | null;
export function checkPath(req: GuardRequest): Refusal | null;
export function checkRequest(req: GuardRequest, config: GuardConfig): Refusal | null;
export function refusalResponse(req: GuardRequest, refusal: Refusal): { status: number; headers: Record<string, string>; body: string };
export function capUserAgent(value: string | undefined, max?: number): string | undefined;
