export * from "./schema/users";
export * from "./schema/jobInfos";
export * from "./schema/webhookEvents";
export * from "./schema/rateLimits";
export * from "./schema/questions";
export * from "./schema/resumeAnalyses";
export * from "./schema/interviews";
export * from "./schema/liveInterviews";
