import { group, listed, paired, type SkillEntry } from "./skillGroup";

/**
 * Fourth round (issue 14): vocabulary of the fields in the fourth development
 * split (tests/fixtures/eval/keywords/dev4) that the taxonomy did not read yet
 * — infusion nursing, dental assisting, road transport planning, restaurant
 * management, retail clienteling, construction site supervision, science
 * teaching, SEO, pharmacy technicians, property claims adjusting, property
 * management, support returns, healthcare analytics — written from each
 * field's common job-ad and resume wording, never from the frozen test split.
 * `moreAliases` adds forms to entries defined elsewhere (canonical names are unique).
 */
export const fourthRoundSkills: SkillEntry[] = [
  ...group("practice", [
    ["Infusion reaction management", ["infusion reactions", "infusion reaction", "hypersensitivity reactions", "infusion-related reactions", "monitor for reactions"]],
    ["Chairside assisting", ["chairside assisting", "chairside assistance", "chairside assistant", "chair-side assisting", "four-handed dentistry", "four-handed chairside", "assist the dentist", "assisted the dentist", "assisting the dentist"], { resumeOnly: ["chairside assistant"] }],
    ["Dental impressions", ["take impressions", "took impressions", "taking impressions", "alginate impressions", "alginate", "pvs impressions", "final impressions", "dental impressions", "preliminary impressions"]],
    ["Temporary crowns", ["temporary crowns", "temporary crown", "temporaries", "provisional crowns", "provisional crown", "provisionals", "temporary restorations", "fabricate temporaries"]],
    ["Tachograph compliance", ["tachograph", "tachographs", "tachograph data", "tachograph downloads", "tacho downloads", "tacho analysis", "digital tachograph", "tachograph analysis"]],
    ["Drivers' hours compliance", ["drivers' hours", "drivers’ hours", "drivers hours", "driver hours", "working time directive", "road transport working time", "wtd compliance"]],
    ["Restaurant operations", ["restaurant operations", "restaurant management", "foh and boh", "foh/boh", "front- and back-of-house", "front and back of house", "front-of-house and back-of-house", "run the restaurant", "ran the restaurant"]],
    ["Food safety", ["food safety", "safe food handling", "food handling", "food safety audits", "health inspections", "health inspection", "food code", "haccp plans"]],
    ["POS systems", ["point of sale", "point-of-sale", "pos system", "pos systems", "pos reports", "square pos", "clover pos", "aloha pos", "micros pos"], { caseSensitive: ["POS"] }],
    ["Clienteling", ["clienteling", "client book", "client books", "clientele building", "personal shopping appointments"]],
    ["Field operations", ["field operations", "site operations", "jobsite operations", "job site operations", "field supervision", "site supervision"]],
    ["Toolbox talks", ["toolbox talks", "toolbox talk", "tool box talks", "tailgate talks", "tailgate meetings", "safety stand-downs"]],
    ["Science instruction", ["science instruction", "science teaching", "teach ~ science", "taught ~ science", "teaching ~ science", "science units", "science lessons", "science curriculum", "science labs"]],
    ["Keyword research", ["keyword research", "keyword strategy", "keyword analysis", "keyword mapping"], { implies: ["SEO"] }],
    ["Technical SEO audits", ["technical audits", "technical seo audits", "technical seo audit", "seo audits", "seo audit", "site audits", "technical seo"], { implies: ["SEO"] }],
    ["Donor events", ["donor events", "donor event", "cultivation dinners", "donor receptions", "galas", "gala", "fundraising events", "fundraising event", "donor dinners"], { implies: ["Event planning"] }],
    ["Leasing", ["leasing", "lease-up", "lease up", "leasing goals", "leasing velocity", "apartment leasing", "lease signings"]],
    ["Resident retention", ["resident retention", "tenant retention", "resident satisfaction", "resident relations", "tenant relations"]],
    ["Maintenance coordination", ["oversee maintenance", "oversaw maintenance", "overseeing maintenance", "maintenance coordination", "coordinate maintenance", "coordinated maintenance", "schedule maintenance", "make-ready", "make-readies", "unit turns", "schedule ~ turns"]],
    ["Fair housing", ["fair housing", "fair housing laws", "fair housing act", "fair housing compliance", "fair housing training"]],
    ["Claims adjusting", ["claims adjusting", "adjust claims", "adjusted claims", "adjusting claims", "investigate and adjust", "investigated and adjusted", "claims investigation", "investigate claims", "investigated claims", "property claims", "claims handling", "handle claims", "handled claims"]],
    ["Damage inspections", ["damage inspections", "damage inspection", "inspect damage", "inspected damage", "site inspections", "property inspections", "loss inspections", "damage assessments", "damage assessment"]],
    ["Coverage analysis", ["coverage analysis", "determine coverage", "determined coverage", "coverage determinations", "coverage determination", "coverage decisions", "coverage review", "coverage questions"]],
    ["Settlement negotiation", ["negotiate settlements", "negotiated settlements", "negotiating settlements", "settlement negotiations", "settlement negotiation"], { implies: ["Negotiation"] }],
    ["Returns and refunds", ["returns and refunds", "process returns", "processed returns", "processing returns", "returns processing", "refunds", "rma", "rmas", "exchanges and returns"]],
    ["Claims data analysis", ["claims data", "claims analytics", "medical claims", "claims and eligibility", "eligibility data", "eligibility tables", "encounter data", "claims, encounter"]],
  ]),
  ...group("tool", [
    ["Toast POS", ["toast pos", "toasttab"], { ...listed("Toast"), implies: ["POS systems"] }],
    ["7shifts", ["7 shifts", "hotschedules", "homebase scheduling"], { implies: ["Scheduling"] }],
    ["Xactimate", ["xactanalysis", "xactware"]],
    ["Mandata", [], { implies: ["TMS"] }],
  ]),
  ...group("certification", [
    ["Transport Manager CPC", ["transport manager cpc", "cpc in road haulage", "cpc for transport managers", "transport manager certificate of professional competence"]],
    ["RDA license", ["registered dental assistant", "rda license", "rda certification", "registered dental assisting"], { ...paired("RDA"), resumeOnly: ["registered dental assistant"] }],
    ["PTCB", ["ptcb certification", "ptcb certified", "cpht", "certified pharmacy technician"], { caseSensitive: ["PTCB", "CPhT"], implies: ["Pharmacy technician certification"] }],
    ["ExCPT", ["excpt certification", "nha excpt"], { caseSensitive: ["ExCPT"], implies: ["Pharmacy technician certification"] }],
    ["Pharmacy technician certification", ["pharmacy technician certification", "pharmacy technician certificate", "technician certification"]],
    ["Xactimate certification", ["xactimate level 1", "xactimate level 2", "xactimate level 3", "xactimate certified", "xactimate certification", "xactimate level 2 certified"], { implies: ["Xactimate"] }],
    ["Adjuster license", ["adjuster license", "adjuster licence", "adjuster's license", "adjusters license", "independent adjuster", "all-lines adjuster", "all lines adjuster", "state adjuster license"]],
    ["AS9100", ["as9100", "as9100d", "as 9100", "as9100 rev d", "as9100:2016"], { implies: ["Quality management systems"] }],
    ["HEDIS", ["hedis measures", "hedis gaps", "hedis reporting"], { caseSensitive: ["HEDIS"] }],
    ["CAM designation", ["certified apartment manager", "cam designation", "cam credential"], paired("CAM")],
  ]),
];

/** Forms added to entries defined in taxonomy.ts, taxonomyFields.ts and taxonomyFields2.ts. */
export const moreAliases: Record<string, string[]> = {
  "Clinical documentation": ["document assessments", "documented assessments", "documenting assessments"],
  Recruiting: ["hire and train", "hired and trained", "hiring and training", "recruit and train", "recruited and trained", "recruit, train", "hire, schedule and train", "hiring, scheduling and training"],
  NGSS: ["ste standards", "science and technology/engineering standards"],
  "Inventory management": ["manage inventory", "managed inventory", "managing inventory", "maintain inventory", "maintained inventory", "inventory discrepancies", "inventory discrepancy", "discrepancy research"],
  TMS: ["transport management system", "transport management systems"],
  "Carrier sourcing": ["book collections", "booked collections", "booking collections", "book backloads", "booked backloads", "book loads", "booked loads", "backloads"],
  "Subcontractor coordination": ["coordinate subcontractors", "coordinated subcontractors", "coordinating subcontractors", "coordinate ~ trades", "coordinated ~ trades", "coordinating ~ trades"],
  "Quota attainment": ["hitting quota", "hit quota", "hits quota", "hitting their quota", "attain quota", "attained quota"],
  "Docket management": ["calendar deadlines", "calendared deadlines", "deadline calendaring", "calendaring deadlines"],
  "Family engagement": ["family updates", "parent updates", "updates to families"],
  "Teaching certification": ["initial license", "initial teaching license"],
  "Document production": ["managed productions", "manage productions", "organize document productions", "organized productions"],
  "Prescription verification": ["count, pour and label", "count and pour", "counting and labeling", "label medications", "labeled medications", "labeling medications", "type and fill"],
  "Property management": ["apartment community", "apartment communities", "unit community", "multifamily community", "operations of a ~ community", "manage a ~ community", "managed a ~ community"],
};

export function withMoreAliases(entries: readonly SkillEntry[]): SkillEntry[] {
  return entries.map((e) => (moreAliases[e.canonical] ? { ...e, aliases: [...e.aliases, ...moreAliases[e.canonical]!] } : e));
}
