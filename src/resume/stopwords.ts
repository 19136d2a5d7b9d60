/**
 * Words that never start, end or sit inside an extracted job phrase:
 * English function words plus the boilerplate every job ad repeats
 * ("strong", "experience", "team", "years"...), which would otherwise
 * dominate n-gram counts without saying anything about the job.
 */
const ENGLISH =
  "a about above across after again against all almost also although always am among an and any are around as at be because been before being below " +
  "between both but by can could did do does doing done down during each either else etc even ever every few for from further get gets getting got had has " +
  "have having he her here hers herself him himself his how however i if in into is it its itself just least less like made make makes many may me might " +
  "more most much must my myself near need needs neither no nor not now of off often on once one only or other others our ours ourselves out over own per " +
  "perhaps rather really same several shall she should since so some such than that the their theirs them themselves then there these they this those " +
  "though through throughout thus to too toward towards under until up upon us use used uses using very via was we well were what whatever when where " +
  "whether which while who whom whose why will with within without would yet you your yours yourself yourselves ll ve re don doesn isn aren";

const JOB_BOILERPLATE =
  "ability able abilities accommodation across additional advantage also apply applicant applicants applications background based benefit benefits best " +
  "bonus bring brings building build candidate candidates career closely colleagues company competitive comfortable consider contribute contributing culture " +
  "daily day days degree deliver delivering demonstrated description desired develop developing diverse diversity drive driven dynamic eager employer " +
  "employment encouraged environment equal equivalent excellent exceptional excited exciting experience experienced experiences expert expertise familiar " +
  "familiarity fast fast-paced field find focus focused full fun gender good great grow growing growth hands-on help helping high highly hire hiring ideal " +
  "ideally impact including inclusive join joining key knowledge large level like looking love make manage managing mission modern motivated multiple new " +
  "nice number offer office opportunity opportunities origin paced part passion passionate people plus position preferred previous proven related " +
  "relevant remote requirement requirements required responsibilities responsible role roles salary senior junior mid seeking skill skills solid " +
  "solutions strong success successful support supporting take team teams think thrive tools understanding unique values variety want way ways wide " +
  "willing work working world years year yrs zero minimum least must-have must-haves nice-to-have proficiency proficient equity parental leave " +
  "paid holidays insurance health dental vision stipend learning budget flexible hours home hybrid week weekly month months ensure ensuring own owning " +
  "write writing ship shipping improve improving create creating maintain maintaining design designing lead leading partner partnering collaborate " +
  "collaborating across alongside together everything something anything thing things lot lots part parts end professional track record " +
  "written operate operated operating running published deploying consuming similar various clear regular appropriate deep broad " +
  "plenty ongoing overall typical existing everyday day-to-day basic another valid current intermediate advanced mastery comfort exposure " +
  "grasp awareness quickly regularly accurately safely clearly effectively efficiently monthly quarterly annual annually showing " +
  "setting tool shift shifts rotating weekend weekends actively pursuing competing basics " +
  // Benefits and company values (fourth round): "tuition reimbursement", "gear allowance", "can-do attitude", "world-class results".
  "reimbursement allowance discount discounts pension retirement gym fitness wellness parking perk perks tuition pto vacation " +
  "attitude mindset world-class can-do team-first people-first mission-driven";

export const STOP_WORDS = new Set(`${ENGLISH} ${JOB_BOILERPLATE}`.split(/\s+/).filter(Boolean));

/**
 * People, roles and organisational units: a phrase ending in one of these
 * ("product managers", "frontend engineer", "nursing informatics group") names
 * who the candidate works with or what the job is called, not a skill.
 */
export const PEOPLE_AND_UNITS = new Set(
  (
    "engineer engineers developer developers analyst analysts manager managers designer designers specialist specialists nurse nurses " +
    "teacher teachers instructor instructors scientist scientists recruiter recruiters generalist generalists counsel lawyer lawyers " +
    "attorney attorneys paralegal paralegals accountant accountants auditor auditors buyer buyers coordinator coordinators administrator " +
    "administrators admin admins executive executives representative representatives rep reps lead leads director directors officer officers " +
    "consultant consultants architect architects technician technicians assistant assistants associate associates intern interns researcher " +
    "researchers leader leaders partner partners customer customers client clients user users student students family families physician " +
    "physicians clinician clinicians teammate teammates colleague colleagues member members candidate candidates employee employees staff " +
    "people person worker workers expert experts owner owners founder founders vendor vendors supplier suppliers carrier carriers merchant " +
    "merchants rider riders caregiver caregivers agent agents operator operators supervisor supervisors head heads hire hires owner " +
    "team teams group groups squad squads pod pods department departments org organization organisation office offices division divisions " +
    "company companies employer firm firms agency agencies studio studios center centers centre centres unit units community communities " +
    "clinic clinics hospital hospitals school schools practice planner planners controller controllers advisor advisors adviser " +
    "advisers therapist therapists educator educators superintendent superintendents foreman contractor contractors subcontractor " +
    "subcontractors guest guests underwriter underwriters broker brokers shipper shippers driver drivers sdr sdrs ceo cfo coo cto " +
    "board leadership stakeholder stakeholders technologist technologists pharmacist pharmacists aide aides clerk clerks tutor tutors " +
    "trainer trainers facilitator facilitators provider providers lender lenders patient patients resident residents tenant tenants " +
    "donor donors volunteer volunteers producer producers editor editors reporter reporters writer writers pilot pilots mechanic " +
    "mechanics hygienist hygienists dentist dentists surgeon surgeons coach coaches investigator investigators inspector inspectors " +
    "estimator estimators artist artists photographer photographers"
  ).split(" "),
);
