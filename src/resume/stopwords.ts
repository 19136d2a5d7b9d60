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
  "written operate operated operating running published deploying consuming";

export const STOP_WORDS = new Set(`${ENGLISH} ${JOB_BOILERPLATE}`.split(/\s+/).filter(Boolean));
