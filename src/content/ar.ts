import type { ContentPack, Source } from '../core/schema/content.js';
import type { Condition } from '../core/schema/condition.js';

/*
 * The Arabic (ar) pack: a translation of en.ts, with the same structure, ids, conditions, numbers
 * and sources. Modern Standard Arabic, reader addressed in the masculine singular by convention.
 * Units stay Latin (kg, lb, km, min, kcal) and digits Western, as the widget shows in dir=rtl.
 * Decimals keep the point ("1.1 kg"), the usual form next to Western digits in Arabic text.
 * This file is a standalone lazy chunk: type imports only, sources inlined.
 */

const REVIEWED = '2026-11-22';

// ---------------------------------------------------------------------------------------------
// Sources (evidence.md). A URL is given only where evidence.md gives one, or as a DOI link.
// ---------------------------------------------------------------------------------------------

const CLAREMONT: Source = {
  label: 'Claremont & Hall, Med Sci Sports Exerc 20(2)',
  year: 1988,
  url: 'https://doi.org/10.1249/00005768-198820020-00011',
};
const BHAMBHANI: Source = { label: 'Bhambhani et al., Arch Phys Med Rehabil 71(3)', year: 1990 };
const COIFMAN: Source = {
  label: 'Coifman et al., Appl Ergon 114',
  year: 2024,
  url: 'https://doi.org/10.1016/j.apergo.2023.104109',
};
const BROWNING: Source = {
  label: 'Browning et al., Med Sci Sports Exerc 39(3)',
  year: 2007,
  url: 'https://doi.org/10.1249/mss.0b013e31802b3562',
};
const MARTIN_CAVANAGH: Source = { label: 'Martin & Cavanagh, J Biomech', year: 1990 };
const DUCLOS: Source = { label: 'Duclos et al., Clin Biomech 29(3)', year: 2014 };
const GRAVES: Source = { label: 'Graves et al. (authors unverified), Med Sci Sports Exerc', year: 1988 };
const ANKLE_WRIST_1989: Source = {
  label: 'Authors unconfirmed, Arch Phys Med Rehabil 70(4)',
  year: 1989,
  url: 'https://pubmed.ncbi.nlm.nih.gov/2930343/',
};
const SKINNER: Source = { label: 'Skinner & Barrack, Arch Phys Med Rehabil 71(2)', year: 1990 };
const MILLER: Source = {
  label: 'Miller & Stamford, J Appl Physiol 62(4)',
  year: 1987,
  url: 'https://jap.physiology.org/content/62/4/1497.long',
};
const ACSM_2009: Source = { label: 'Ratamess et al. (ACSM), Med Sci Sports Exerc 41(3)', year: 2009 };
const AKATSU: Source = {
  label: 'Akatsu et al., Int J Environ Res Public Health 19(12)',
  year: 2022,
  url: 'https://doi.org/10.3390/ijerph19127350',
};
const FESER: Source = {
  label: 'Feser et al., Eur J Sport Sci 20(3)',
  year: 2020,
  url: 'https://doi.org/10.1080/17461391.2019.1629631',
};
const HOWE: Source = {
  label: 'Howe et al., Cochrane Review',
  year: 2011,
  url: 'https://doi.org/10.1002/14651858.CD000333.pub2',
};
const INVEST: Source = {
  label: 'Beavers et al. (INVEST), JAMA Netw Open 8(6)',
  year: 2025,
  url: 'https://doi.org/10.1001/jamanetworkopen.2025.16772',
};
const TROUNSON: Source = {
  label: 'Trounson et al., PLoS ONE 15(12)',
  year: 2020,
  url: 'https://vuir.vu.edu.au/41863',
};
const NIELSEN_PLOS: Source = {
  label: 'Nielsen et al., PLoS ONE 9(6)',
  year: 2014,
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4055729',
};
const NIELSEN_JOSPT: Source = { label: 'Nielsen et al., J Orthop Sports Phys Ther 44(10)', year: 2014 };
const NIELSEN_IJSPT: Source = {
  label: 'Nielsen et al., Int J Sports Phys Ther 9(3)',
  year: 2014,
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4060311/',
};
const BUIST: Source = {
  label: 'Buist et al., Am J Sports Med 36(1)',
  year: 2008,
  url: 'https://pubmed.ncbi.nlm.nih.gov/17940147/',
};
const ALENTORN: Source = { label: 'Alentorn-Geli et al., J Orthop Sports Phys Ther 47(6)', year: 2017 };
const HOOGKAMER: Source = {
  label: 'Hoogkamer et al., Med Sci Sports Exerc 48(11)',
  year: 2016,
  url: 'https://doi.org/10.1249/MSS.0000000000001012',
};
const MAYO: Source = {
  label: 'Mayo Clinic staff, "Walking with ankle weights? Stop!"',
  year: 2023,
  url: 'https://www.mayoclinic.org/healthy-lifestyle/fitness/in-depth/health-tip/art-20049111',
};
const PUTHOFF: Source = { label: 'Puthoff et al., Med Sci Sports Exerc 38(4)', year: 2006 };
const SHAW_SNOW: Source = { label: 'Shaw & Snow, J Gerontol A 53(1)', year: 1998 };
const GOTTSCHALL: Source = {
  label: 'Gottschall & Kram, J Biomech 38',
  year: 2005,
  url: 'https://doi.org/10.1016/j.jbiomech.2004.04.023',
};
const MILANOVIC: Source = {
  label: 'Milanović et al., Sports Med 45(10)',
  year: 2015,
  url: 'https://doi.org/10.1007/s40279-015-0365-0',
};
const LAUERSEN: Source = {
  label: 'Lauersen et al., Br J Sports Med 52(24)',
  year: 2018,
  url: 'https://bjsm.bmj.com/content/52/24/1557',
};
const OLMEDILLAS: Source = { label: 'Olmedillas et al., BMC Med 10:168', year: 2012 };
const GOMEZ_BRUTON: Source = { label: 'Gómez-Bruton et al., PLoS ONE 8(8)', year: 2013 };
const ABRAHIN: Source = {
  label: 'Abrahin et al., Rev Bras Reumatol 56(4)',
  year: 2016,
  url: 'https://pubmed.ncbi.nlm.nih.gov/27476628/',
};

// ---------------------------------------------------------------------------------------------
// Conditions used by several claims and alternatives.
// ---------------------------------------------------------------------------------------------

const RUNNING: Condition = { eq: { id: 'activity', value: 'running' } };
const WALKING: Condition = { eq: { id: 'activity', value: 'walking' } };
const ANY_JOINT_PROBLEM: Condition = { in: { id: 'jointProblem', values: ['past', 'current'] } };
const CURRENT_JOINT_PROBLEM: Condition = { eq: { id: 'jointProblem', value: 'current' } };
const NO_RUNNING_BASE: Condition = { in: { id: 'runFrequency', values: ['none', 'occasional'] } };
const BONE_HEALTH: Condition = { eq: { id: 'boneHealth', value: true } };
const DIZZINESS: Condition = { eq: { id: 'dizziness', value: true } };
const PREGNANT: Condition = { eq: { id: 'pregnant', value: true } };
const AGE_65_PLUS: Condition = { in: { id: 'ageBand', values: ['65-plus'] } };
const WEIGHTED_WITH_ISSUES: Condition = { eq: { id: 'weightedBefore', value: 'with-issues' } };
const WANTS_STRENGTH_OR_TONING: Condition = {
  any: [{ has: { id: 'goals', value: 'strength' } }, { has: { id: 'goals', value: 'toning' } }],
};

/** The Arabic pack. Facts and numbers as in en.ts; reviewed 2026-11-22. */
export const ar: ContentPack = {
  locale: 'ar',

  // -------------------------------------------------------------------------------------------
  // Questions, in ANSWER_IDS order: screening, then experience, then goals.
  // -------------------------------------------------------------------------------------------
  questions: [
    {
      id: 'heartCondition',
      text: 'هل أخبرك طبيب أنك مصاب بمرض في القلب أو بارتفاع ضغط الدم؟',
      help: 'أجب بنعم حتى لو كانت الحالة مُعالَجة.',
      advice: { true: 'اسأل طبيبك قبل إضافة الأثقال أو ممارسة تمارين أشد.' },
    },
    {
      id: 'chestPain',
      text: 'هل تشعر بألم في الصدر، أثناء الراحة أو عند النشاط؟',
      help: 'الشعور بضغط أو ضيق في الصدر يُحسب أيضًا.',
      advice: { true: 'توقف وراجع طبيبًا قبل أي تمرين جديد. إذا كان الألم شديدًا، أو صاحبه ضيق في التنفس أو تعرّق، فاتصل بالطوارئ.' },
    },
    {
      id: 'warningSymptoms',
      text: 'مؤخرًا: هل تعاني ضيقًا في التنفس أثناء الراحة أو مع جهد خفيف، أو تسارعًا أو عدم انتظام في ضربات القلب، أو تورمًا في الكاحلين، أو ألمًا في ربلة الساق عند المشي، أو تعبًا غير معتاد؟',
      help: 'ألم ربلة الساق الذي يخفّ عندما تتوقف عن المشي يُحسب أيضًا.',
      advice: { true: 'توقف عن التمرين وراجع طبيبًا قبل أي تمرين جديد. إذا كانت الأعراض مفاجئة أو شديدة، فاتصل بالطوارئ.' },
    },
    {
      id: 'dizziness',
      text: 'هل فقدت توازنك بسبب الدوخة، أو أُغمي عليك، خلال آخر 12 شهرًا؟',
      help: 'لا يُحسب الدوار الخفيف الناتج عن اللهاث.',
      advice: { true: 'راجع طبيبًا أولًا لمعرفة السبب: الأثقال تجعل حفظ التوازن أصعب.' },
    },
    {
      id: 'chronicCondition',
      text: 'هل لديك مرض مزمن آخر، أو تتناول دواءً موصوفًا لمرض مزمن؟',
      help: 'مثل السكري، أو أمراض الكلى أو الرئة، أو التهاب المفاصل، أو السرطان، حتى لو كان تحت السيطرة.',
      advice: { true: 'اسأل طبيبك أو مختصًا مؤهلًا في التمارين الرياضية قبل إضافة الأثقال.' },
    },
    {
      id: 'supervisedOnly',
      text: 'هل طلب منك طبيب ألّا تتمرن إلا تحت إشراف طبي؟',
      help: 'مثلًا: بحضور مختص صحي فقط.',
      advice: { true: 'التزم بالتمارين تحت الإشراف، واسأل فريق رعايتك الصحية قبل إضافة الأثقال.' },
    },
    {
      id: 'jointProblem',
      text: 'هل لديك مشكلة في العظام أو المفاصل أو العضلات أو الأوتار أو الأربطة، في القدمين أو الكاحلين أو قصبتي الساقين أو الركبتين أو الوركين أو الظهر؟',
      help: '«نعم، الآن»: كانت لديك خلال آخر 12 شهرًا وما زالت تعيقك. ألم قصبة الساق من الإجهاد وألم وتر أكيلس يُحسبان أيضًا.',
      options: { none: 'لا', past: 'في الماضي، وتعافيت منها الآن', current: 'نعم، الآن أو خلال آخر 12 شهرًا' },
      advice: {
        current: 'راجع طبيبًا أو أخصائي علاج طبيعي قبل إضافة الأثقال: فالحمل الإضافي قد يزيد المشكلة سوءًا. قد تناسبك خيارات منخفضة التأثير على المفاصل.',
        past: 'تابع بحذر: ابدأ بثقل أخف، وتوقف إذا عادت المشكلة.',
      },
    },
    {
      id: 'boneHealth',
      text: 'هل لديك هشاشة في العظام، أو سبق أن أُصبت بكسر إجهادي، أو تتناول أقراص الستيرويد (الكورتيزون) لفترة طويلة؟',
      help: 'انخفاض كثافة العظام يُحسب أيضًا.',
      advice: { true: 'لا تجرِ بأثقال الكاحل. وللمشي بأثقال خفيفة، اسأل طبيبًا أو أخصائي علاج طبيعي أولًا.' },
    },
    {
      id: 'falls',
      text: 'هل سقطت أو كدت تسقط خلال آخر 12 شهرًا، أو لديك مشكلة في التوازن؟',
      help: 'التعثر مع التماسك في اللحظة الأخيرة يُحسب أيضًا.',
      advice: { true: 'الأثقال تغيّر خطوتك. لا تجرِ بها؛ وقبل المشي بأثقال الكاحل، اسأل أخصائي علاج طبيعي.' },
    },
    {
      id: 'pregnant',
      text: 'حمل حالي، أو ولادة خلال آخر 6 أشهر؟',
      help: 'أجب بنعم إن كان الحمل محتملًا.',
      advice: { true: 'اسأل القابلة أو الطبيب أولًا. لا أثقال حتى يوافق أحدهما.' },
    },
    {
      id: 'unwell',
      text: 'هل أنت مريض الآن، بنزلة برد أو حمّى مثلًا؟',
      help: 'الأمراض العابرة فقط.',
      advice: { true: 'لا أثقال حتى تتعافى تمامًا، ثم أعد الاختبار.' },
    },
    {
      id: 'loadSpike',
      text: 'هل زادت مسافة جريك الأسبوعية بأكثر من الثلث خلال آخر أسبوعين؟',
      help: 'مثلًا: من 15 km إلى أكثر من 20 km أسبوعيًا. لا تجري؟ أجب بـ«لا».',
      advice: { true: 'امنح جسمك وقتًا ليتكيف أولًا: حافظ على مسافتك ثابتة، ولا أثقال الآن.' },
    },
    {
      id: 'activity',
      text: 'هل ستستخدم الأثقال في الجري أم في المشي؟',
      help: 'النصائح والحدود تختلف بينهما.',
      options: { running: 'الجري', walking: 'المشي' },
    },
    {
      id: 'ageBand',
      text: 'كم عمرك؟',
      help: 'نستخدم فئتك العمرية فقط.',
      options: { 'under-18': 'أقل من 18', '18-44': '18–44', '45-64': '45–64', '65-plus': '65 أو أكثر' },
      advice: {
        'under-18': 'هذه النصائح للبالغين. اسأل مدربًا أو معلم تربية بدنية أو طبيبًا.',
        '65-plus': 'لا يُنصح بالجري بالأثقال من سن 65 (خطر على التوازن). قد يكون المشي بأثقال خفيفة ممكنًا، مع الحذر.',
      },
    },
    {
      id: 'runFrequency',
      text: 'كم مرة تجري حاليًا؟',
      help: '«بانتظام»: 3 مرات جري أو أكثر أسبوعيًا، منذ 3 أشهر أو أكثر.',
      options: { none: 'لا أجري', occasional: 'من حين لآخر', regular: '3 مرات أو أكثر أسبوعيًا، منذ 3 أشهر أو أكثر' },
      advice: {
        none: 'لا بأس بالمشي بأثقال خفيفة. أما للجري بها، فابنِ أولًا أساسًا في الجري، بالتناوب بين المشي والهرولة مثلًا.',
        occasional: 'للجري بالأثقال، ارفع جريك أولًا إلى 3 مرات أو أكثر أسبوعيًا لمدة 3 أشهر. المشي بأثقال خفيفة خيار متاح الآن.',
      },
    },
    {
      id: 'weightedBefore',
      text: 'هل استخدمت أثقال الكاحل في الجري أو المشي من قبل؟',
      help: '«مشكلات»: ألم، أو إصابة، أو تغيّر في خطوتك.',
      options: { never: 'لا، أبدًا', 'without-issues': 'نعم، دون مشكلات', 'with-issues': 'نعم، وواجهت مشكلات' },
      advice: { 'with-issues': 'لا يُنصح بالجري بها. وإن كنت ستمشي، فاختر ثقلًا أخف، وتوقف عند أول ألم.' },
    },
    {
      id: 'bodyWeightKg',
      text: 'وزن جسمك (اختياري)',
      help: 'يحدد حد 3% للثقلين معًا، ويُستخدم لتقدير السعرات. يبقى على جهازك.',
    },
    {
      id: 'goals',
      text: 'ما أهدافك؟',
      help: 'اختر ما تشاء، أو لا شيء.',
      options: {
        strength: 'أن أصبح أقوى',
        endurance: 'أن أزيد قدرتي على التحمل',
        speed: 'أن أجري أسرع',
        calories: 'أن أحرق سعرات أكثر',
        bone: 'أن تقوى عظامي',
        toning: 'أن أشدّ عضلات ساقيّ',
      },
    },
  ],

  // -------------------------------------------------------------------------------------------
  // Reasons: one text per locked rule id (rules/safety.ts) and for `incomplete`.
  // -------------------------------------------------------------------------------------------
  reasons: {
    'heart-condition': 'مرض في القلب أو ارتفاع في ضغط الدم. الجري نشاط شديد: اسأل طبيبك قبل إضافة الأثقال أو ممارسة تمارين أشد.',
    'chest-pain': 'ألم في الصدر. توقف وراجع طبيبًا قبل أي تمرين جديد.',
    'warning-symptoms': 'علامة تحذيرية: ضيق في التنفس، أو تسارع في ضربات القلب، أو تورم في الكاحلين، أو ألم في ربلة الساق، أو تعب غير معتاد. توقف وراجع طبيبًا قبل أي تمرين.',
    dizziness: 'دوخة أو إغماء. راجع طبيبًا أولًا لمعرفة السبب: الأثقال تجعل حفظ التوازن أصعب.',
    'chronic-condition': 'مرض مزمن. اسأل طبيبك أو مختصًا مؤهلًا في التمارين الرياضية قبل إضافة الأثقال.',
    'supervised-only': 'نصحك طبيبك بالتمارين تحت الإشراف فقط. التزم بذلك، واسأل فريق رعايتك الصحية قبل إضافة الأثقال.',
    'joint-current': 'مشكلة حالية في العظام أو المفاصل أو الأنسجة الرخوة. راجع طبيبًا أو أخصائي علاج طبيعي قبل إضافة الأثقال: فالحمل الإضافي قد يزيدها سوءًا.',
    pregnant: 'حمل أو ولادة حديثة. اسأل القابلة أو الطبيب أولًا. لا أثقال حتى يوافق أحدهما.',
    unwell: 'توعّك حالي. لا أثقال حتى تتعافى تمامًا، ثم أعد الاختبار.',
    'load-spike': 'زادت مسافتك الأسبوعية زيادة حادة. وترتبط هذه القفزات بمزيد من إصابات الجري: امنح جسمك وقتًا ليتكيف قبل إضافة الأثقال.',
    'under-18': 'هذه النصائح للبالغين. اسأل مدربًا أو معلم تربية بدنية أو طبيبًا عن التدريب المناسب لجسم في طور النمو.',
    'no-running-base': 'لا تجري بانتظام بعد. ارفع جريك أولًا إلى 3 مرات أو أكثر أسبوعيًا لمدة 3 أشهر؛ والمشي بأثقال خفيفة أو التناوب بين المشي والهرولة بدايتان أفضل.',
    'bone-health-running': 'هشاشة العظام، أو كسر إجهادي، أو تناول الستيرويدات لفترة طويلة. الجري يحمّل عظامك أصلًا: لا أثقال للكاحل. اسأل مختصًا عمّا يناسبك.',
    'falls-running': 'سقوط أو مشكلة في التوازن. أثقال الكاحل تغيّر خطوتك في الجري: لا تجرِ بها.',
    'weighted-issues-running': 'مشكلات سابقة مع أثقال الكاحل، وهي تغيّر طريقة الجري. لا يُنصح بالجري بها.',
    'age-65-running': 'لا يُنصح بالجري بالأثقال في فئتك العمرية: خطر على التوازن والخطوة، مقابل فائدة قليلة.',
    'joint-past': 'الإصابة السابقة تزيد خطر إصابات جديدة. ابدأ بثقل أخف، وتدرّج ببطء أكبر، وتوقف إذا عاد الألم القديم.',
    'age-45-running': 'الجري يحتاج إلى حذر أكبر في فئتك العمرية. هل أنت جديد على التمارين الشديدة؟ اسأل مختصًا مؤهلًا في التمارين الرياضية أولًا.',
    'new-to-weights-running': 'جديد على الجري بالأثقال، أو واجهت مشكلات. أخف ثقل، ومقاطع جري قصيرة وسهلة؛ وانزع الأثقال إذا تغيّرت خطوتك.',
    'age-65-walking': 'قد تؤثر الأثقال في التوازن في فئتك العمرية. أثقال خفيفة وأرض مستوية؛ واستغنِ عنها إذا سقطت أو شعرت بعدم الثبات مؤخرًا.',
    'bone-health-walking': 'هشاشة العظام، أو كسر إجهادي، أو تناول الستيرويدات لفترة طويلة. اسأل طبيبًا أو أخصائي علاج طبيعي قبل المشي بأثقال الكاحل.',
    'falls-walking': 'سقوط أو مشكلة في التوازن. أثقال الكاحل تغيّر خطوتك: اسأل أخصائي علاج طبيعي قبل المشي بها.',
    'weighted-issues-walking': 'مشكلات سابقة مع أثقال الكاحل. إن كنت ستمشي، فاختر ثقلًا أخف، وتوقف عند أول ألم أو تغيّر في خطوتك.',
    incomplete: 'أجب عن جميع الأسئلة لترى خطة تحدد الأثقال.',
  },

  rules: [],

  // -------------------------------------------------------------------------------------------
  // Verdicts
  // -------------------------------------------------------------------------------------------
  verdicts: {
    'see-professional': {
      title: 'راجع مختصًا أولًا',
      summary: 'اسأل طبيبًا أو مختصًا مؤهلًا في التمارين الرياضية قبل استخدام الأثقال أو ممارسة تمارين أشد. هذه ليست نصيحة طبية.',
      advice: ['اعرض إجاباتك على طبيب أو أخصائي علاج طبيعي أو مختص في التمارين الرياضية.', 'لا أثقال للكاحل قبل أن تحصل على نصيحتهم.'],
    },
    wait: {
      title: 'ليس الآن: انتظر',
      summary: 'ليس الآن: لا أثقال للكاحل حتى يزول السبب المذكور أدناه أو يتم التحقق منه.',
      advice: ['أعد الاختبار عندما يتغير وضعك.'],
    },
    'not-recommended': {
      title: 'غير مُوصى به لك الآن',
      summary: 'في حالتك، تضيف أثقال الكاحل خطرًا مقابل فائدة مثبتة قليلة.',
      advice: [
        'اطّلع على البدائل لتجد خيارات أفضل.',
        'تبني أساسك في الجري؟ اجرِ دون أثقال.',
        'تمارين القوة 2–3 أيام أسبوعيًا تبني ساقين أقوى.',
        'أعد الاختبار إذا تغيّرت إجاباتك.',
      ],
    },
    caution: {
      title: 'ممكن، مع حذر إضافي',
      summary: 'ممكن، مع حذر إضافي: ابدأ بثقل أخف وتدرّج ببطء أكبر.',
      advice: [
        'أخف ثقل، ومقاطع قصيرة بالأثقال.',
        'توقف فورًا إذا آلمك مفصل أو تغيّرت خطوتك.',
        'فكّر في استشارة أخصائي علاج طبيعي أو مدرب أولًا.',
        'اطّلع على البدائل أيضًا.',
      ],
    },
    ready: {
      title: 'لم نجد علامات تحذيرية',
      summary: 'لا شيء يمنع استخدام أثقال الكاحل. الفوائد صغيرة، والأضرار لم تُدرس: لذا تبقى الأحمال منخفضة.',
      advice: [
        'ابدأ بثقل خفيف، والتزم بحدود الخطة.',
        'توقّع حرق سعرات أكثر بقليل، دون مكسب مثبت في القوة أو السرعة.',
        'توقف إذا استمر الألم أكثر من يوم أو تغيّرت خطوتك.',
        'هذه ليست نصيحة طبية. أعد الاختبار إذا تغيّرت صحتك.',
      ],
    },
  },

  // -------------------------------------------------------------------------------------------
  // Outcomes: what a result says, by what it is about (rules/safety.ts OUTCOMES, invariant 13).
  // -------------------------------------------------------------------------------------------
  outcomes: {
    stop: {
      summary: 'توقف عن التمرين وراجع طبيبًا قبل أي نشاط جديد. هذه ليست نصيحة طبية.',
      advice: [
        'ألم في الصدر أو إغماء أو ضيق شديد في التنفس الآن: اتصل بالطوارئ.',
        'توقف عن التمرين حتى يفحصك طبيب.',
        'لا شيء تجرّبه الآن: لا أثقال ولا تمارين جديدة.',
      ],
    },
    refer: {
      summary: 'اسأل طبيبًا أو مختصًا مؤهلًا في التمارين الرياضية قبل استخدام الأثقال أو ممارسة تمارين أشد. هذه ليست نصيحة طبية.',
      advice: ['بعد موافقتهم، اسألهم أيّ الخيارات اللطيفة يناسبك.'],
    },
    rest: {
      summary: 'استرح حتى تتعافى تمامًا، ثم أعد الاختبار.',
      advice: ['استرح: لا أثقال ولا تمارين شاقة ما دمت مريضًا.', 'بعد أن تتعافى، عُد إلى التمرين بهدوء دون أثقال.'],
    },
    pregnancy: {
      summary: 'تحدّث إلى القابلة أو الطبيب قبل إضافة الأثقال.',
      advice: ['اسأل القابلة أو الطبيب عن التمارين التي تناسبك الآن.', 'لا أثقال للكاحل حتى يوافق أحدهما.'],
    },
    settle: {
      summary: 'امنح جسمك وقتًا ليتكيف مع الزيادة الأخيرة في المسافة قبل إضافة الأثقال.',
      advice: ['حافظ على مسافتك الأسبوعية ثابتة حتى تعود سهلة عليك.', 'لا تُضف الأثقال أبدًا في أسبوع تزيد فيه المسافة.'],
    },
    'check-first': {
      summary: 'ممكن فقط بعد أن يفحصك طبيب أو أخصائي علاج طبيعي، لذا لا خطة بعد.',
      advice: ['اعرض إجاباتك على طبيب أو أخصائي علاج طبيعي أولًا.', 'في هذه الأثناء، امشِ دون أثقال أو جرّب تمارين للساقين مع الاستناد إلى كرسي.'],
    },
    incomplete: {
      summary: 'بعض الإجابات ناقصة أو غير واضحة، لذا لا خطة بعد.',
      advice: ['أجب عن جميع الأسئلة لترى خطة تحدد الأثقال.'],
    },
  },

  // -------------------------------------------------------------------------------------------
  // Plans (texts around the numbers in rules/safety.ts PLAN_NUMBERS and PLAN_TEXT_NUMBERS: every
  // load, session count and duration is a placeholder, filled from those locked tables)
  // -------------------------------------------------------------------------------------------
  plans: {
    running: {
      progression: 'أضف {step} لكل كاحل إن لم تشعر بألم ولم تتغير خطوتك، ولا تفعل ذلك أبدًا في أسبوع تزيد فيه المسافة. أقل مدة بين زيادتين: {span}. اجرِ بوتيرة سهلة فقط: لا أثقال في الجري على فترات، أو تكرارات صعود التلال، أو الجري الطويل، أو السباقات.',
      warmUp: [
        'مشي أو هرولة خفيفة، {warmUp}.',
        '10 أرجحات للساق أمامًا وخلفًا وجانبيًا، لكل ساق.',
        '10 طعنات أثناء المشي.',
        'اجرِ بضع دقائق، ثم ضع الأثقال.',
      ],
      formCues: [
        'اجرِ منتصب القامة، ونظرك إلى الأمام.',
        'خطوات قصيرة وسريعة.',
        'لا تُطِل خطوتك أكثر من اللازم: اهبط بقدمك تحت وركيك.',
        'أرخِ كتفيك وذراعيك ويديك.',
        'تشعر أن خطوتك تغيّرت؟ انزع الأثقال.',
      ],
      stopSigns: [
        'ألم يستمر أكثر من {painHours} بعد الجري: لا أثقال حتى يزول.',
        'عرج أو تغيّر في الخطوة: انزع الأثقال.',
        'ألم في مفصل: توقف، وانزع الأثقال.',
        'دوخة، أو ألم أو ضيق في الصدر: توقف فورًا، واطلب مساعدة طبية.',
      ],
    },
    walking: {
      progression: 'أضف {step} لكل كاحل أو {addMinutes} إلى مدة المشي، إن لم تشعر بألم. أقل مدة بين زيادتين: {span}. تغيير واحد في كل مرة.',
      warmUp: [
        'مشي خفيف دون أثقال، {warmUp}.',
        '10 أرجحات للساق أمامًا وخلفًا وجانبيًا، لكل ساق؛ استند إلى شيء إن احتجت.',
        '10 طعنات لطيفة أثناء المشي.',
        'ثبّت الأثقال بإحكام فوق عظمة الكاحل.',
      ],
      formCues: [
        'امشِ منتصب القامة، ونظرك إلى الأمام.',
        'طول خطوتك المعتاد: لا تُطِلها أكثر من اللازم.',
        'اهبط بقدمك تحت وركيك، ثم دحرجها حتى الأصابع.',
        'أرخِ ذراعيك ودعهما تتأرجحان.',
        'ابدأ على أرض مستوية وجيدة الإضاءة.',
      ],
      stopSigns: [
        'ألم يستمر أكثر من {painHours} بعد المشي: لا أثقال حتى يزول.',
        'عرج، أو تعثّر، أو تغيّر في الخطوة: انزع الأثقال.',
        'ألم في الكاحل أو الركبة أو الورك أو الظهر: توقف، وانزع الأثقال.',
        'دوخة، أو ألم أو ضيق في الصدر: توقف فورًا، واطلب مساعدة طبية.',
      ],
    },
  },

  // -------------------------------------------------------------------------------------------
  // Claims: 8 benefits, 12 risks, each with the same level of detail.
  // -------------------------------------------------------------------------------------------
  claims: [
    // ---- Benefits ----
    {
      id: 'extra-calories-fixed-pace',
      kind: 'benefit',
      topic: 'heart',
      title: 'سعرات أكثر بالسرعة نفسها',
      summary: 'طاقة أكثر بنسبة 5–8% عند السرعة نفسها، لكن معظم الناس يبطئون فيضيع هذا الفرق.',
      certainty: 'moderate',
      evidenceType: 'lab-study',
      detail: {
        numbers: '8 عدّائين (Claremont & Hall 1988). وزن 70 kg، وسرعة 10 km/h (6 mph)، وثقل 1 kg (2.2 lb) لكل كاحل: +26–52 kcal فوق 326 kcal لكل 30 min. وعندما اختار 7 عدّائين سرعتهم بأنفسهم أبطؤوا: فلا مكسب (Bhambhani 1990).',
        mechanism: 'أرجحة ساق أثقل تكلّف طاقة كثيرة.',
      },
      sources: [CLAREMONT, BHAMBHANI, COIFMAN],
      reviewed: REVIEWED,
      appliesWhen: [{ when: { has: { id: 'goals', value: 'calories' } }, why: 'هدفك: حرق السعرات.' }],
    },
    {
      id: 'swing-muscle-work',
      kind: 'benefit',
      topic: 'muscles',
      title: 'جهد أكبر لعضلات أرجحة الساق',
      summary: 'تعمل العضلات المثنية للورك وعضلات الفخذ الخلفية بجهد أكبر أثناء ارتداء الأثقال.',
      certainty: 'moderate',
      evidenceType: 'lab-study',
      detail: {
        numbers: '0.5–1.5 kg (1–3.3 lb) عند الكاحل: عزوم المفاصل +20–48%، والزوايا ضمن 4° (Duclos 2014، مرضى سكتة دماغية). عضلات الأرجحة أنشط (Browning 2007)، وقوى المفاصل أعلى (Martin & Cavanagh 1990).',
        mechanism: 'يلزم جهد أكبر من الورك لتحريك الساق الأثقل؛ ولا دليل على أن ذلك يبني القوة.',
      },
      sources: [BROWNING, DUCLOS, MARTIN_CAVANAGH],
      reviewed: REVIEWED,
      appliesWhen: [{ when: WANTS_STRENGTH_OR_TONING, why: 'هدفك: القوة أو شدّ العضلات.' }],
    },
    {
      id: 'higher-effort-heart-rate',
      kind: 'benefit',
      topic: 'heart',
      title: 'نبض أعلى أثناء ارتدائها',
      summary: 'يرتفع النبض واستهلاك الأكسجين قليلًا، خلال الجلسة فقط.',
      certainty: 'moderate',
      evidenceType: 'lab-study',
      detail: {
        numbers: '1.36 kg (3 lb) لكل كاحل، مشي صعودًا: النبض +7.6/min، والأكسجين +9%، مع الإحساس بالجهد نفسه (Graves 1988). 1.6–4.8 kg (3.5–10.6 lb): ارتفعت التكلفة مع الثقل، وكانت عند الكاحل أكثر منها عند المعصم (8 رجال، 1989).',
        mechanism: 'كتلة أكبر تعني عملًا أكبر للقلب؛ أما مكاسب اللياقة فلم تُدرس.',
      },
      sources: [GRAVES, ANKLE_WRIST_1989],
      reviewed: REVIEWED,
      appliesWhen: [{ when: { has: { id: 'goals', value: 'endurance' } }, why: 'هدفك: التحمل.' }],
    },
    {
      id: 'walking-energy-cost',
      kind: 'benefit',
      topic: 'heart',
      title: 'المشي بها يستهلك طاقة أكبر',
      summary: 'نحو 3–8% أكثر لكل kg، للكاحلين معًا.',
      certainty: 'moderate',
      evidenceType: 'lab-study',
      detail: {
        numbers: '1.82 kg (4 lb) لكل كاحل: +17.6%، وعلى كاحل واحد: +7.4% (Skinner & Barrack 1990). +0.8% لكل 100 g (3.5 oz) (Miller & Stamford 1987). وزن 70 kg، وثقل 1 kg (2.2 lb) لكل كاحل: +10–27 kcal فوق 168 kcal لمشي مدته 30 min.',
        mechanism: 'أرجحتها مكلفة، لكن الناس يمشون أبطأ.',
      },
      sources: [SKINNER, MILLER],
      reviewed: REVIEWED,
      appliesWhen: [{ when: WALKING, why: 'تنوي المشي بالأثقال.' }],
    },
    {
      id: 'ankle-weight-strength-exercises',
      kind: 'benefit',
      topic: 'muscles',
      title: 'تمارين القوة مع أثقال الكاحل',
      summary: 'رفع الساق وثنيها ببطء مع الأثقال تدريب مقاومة، وهو يبني القوة؛ أما أثقال الكاحل بحد ذاتها فلم تُختبر.',
      certainty: 'moderate',
      evidenceType: 'controlled-trial',
      detail: {
        numbers: 'توصيات ACSM: 1–3 مجموعات من 8–12 تكرارًا، 2–3 أيام أسبوعيًا؛ وزد الحمل 2–10% حين تتجاوز الهدف بتكرار أو تكرارين. درجات الأثقال: عادةً 0.25 kg (0.5 lb). التقييم مبني على تدريب المقاومة عمومًا.',
        mechanism: 'تتكيف العضلات مع أحمال لا تستطيع رفعها إلا 8–12 مرة.',
      },
      sources: [ACSM_2009],
      reviewed: REVIEWED,
      appliesWhen: [{ when: WANTS_STRENGTH_OR_TONING, why: 'هدفك: القوة أو شدّ العضلات.' }],
    },
    {
      id: 'older-adults-2022-study',
      kind: 'benefit',
      topic: 'muscles',
      title: 'دراسة صغيرة بلا مجموعة ضابطة على كبار السن',
      summary: 'أعمار 50–90: نتائج أفضل في اختبار الوقوف من الكرسي بعد 3 أشهر مع أثقال الكاحل؛ بلا مجموعة ضابطة.',
      certainty: 'very-low',
      evidenceType: 'uncontrolled-trial',
      detail: {
        numbers: '74 متطوعًا، خضعوا لفحص خطر السقوط. القياس الوحيد: اختبار الوقوف من الكرسي خلال 30 ثانية؛ لا اختبار للقوة ولا جري؛ ولم يُذكر وزن الأثقال ولا استخدامها في المشي.',
        mechanism: 'قد تفسر ذلك ساقان أقوى، أو الاعتياد على الاختبار، أو تغييرات أخرى.',
      },
      sources: [AKATSU],
      reviewed: REVIEWED,
      appliesWhen: [{ when: { in: { id: 'ageBand', values: ['45-64', '65-plus'] } }, why: 'أنت ضمن الفئة العمرية المدروسة أو قريب منها.' }],
    },
    {
      id: 'training-gain-not-studied',
      kind: 'benefit',
      topic: 'muscles',
      title: 'مكاسب دائمة في القوة أو التحمل: لم تُدرس',
      summary: 'لم تُختبر في الجري بأثقال الكاحل.',
      certainty: 'not-studied',
      evidenceType: 'no-study',
      detail: {
        numbers: 'لا دراسة على عدّائي المسافات. الدراسة الوحيدة طويلة المدى على العدو السريع: لا مكسب في السرعة (Feser 2020). ووزن 0.5–2 kg (1–4.4 lb) أقل بكثير من أحمال تدريب القوة.',
        mechanism: 'القوة تحتاج إلى تكرارات قليلة قريبة من أقصى قدرتك، لا إلى آلاف الأرجحات الخفيفة.',
      },
      sources: [FESER, ACSM_2009],
      reviewed: REVIEWED,
      appliesWhen: [
        {
          when: { any: [{ has: { id: 'goals', value: 'strength' } }, { has: { id: 'goals', value: 'endurance' } }] },
          why: 'هدفك: القوة أو التحمل.',
        },
      ],
    },
    {
      id: 'bone-density-not-studied',
      kind: 'benefit',
      topic: 'bones',
      title: 'عظام أقوى: لم تُدرس',
      summary: 'لم تقِس أي تجربة كثافة العظام مع أثقال الكاحل.',
      certainty: 'not-studied',
      evidenceType: 'no-study',
      detail: {
        numbers: 'تدريب القوة: كثافة عظم الورك +1.03% (43 تجربة، 4320 امرأة بعد انقطاع الطمث؛ Howe 2011). ولم تمنع السترة المثقلة فقدان عظم الورك لدى 150 بالغًا يتبعون حمية، أعمارهم نحو 66 عامًا (Beavers 2025).',
        mechanism: 'العظم يحتاج إلى قوى شديدة ومتنوعة؛ والأثقال الخفيفة تضيف القليل.',
      },
      sources: [HOWE, INVEST],
      reviewed: REVIEWED,
      appliesWhen: [
        { when: { has: { id: 'goals', value: 'bone' } }, why: 'هدفك: صحة العظام. أدلة تدريب القوة أفضل.' },
        { when: BONE_HEALTH, why: 'ذكرت هشاشة العظام أو كسرًا إجهاديًا: لا تعتمد على أثقال الكاحل.' },
      ],
    },

    // ---- Risks ----
    {
      id: 'gait-change',
      kind: 'risk',
      topic: 'form',
      title: 'الأثقال الأكبر تغيّر نمط حركتك',
      summary: 'ابتداءً من نحو 3% من وزن الجسم على الساقين يتغير نمط الحركة؛ أما الأثقال الخفيفة فلم تغيّر الشكل الأساسي للهرولة.',
      certainty: 'low',
      evidenceType: 'lab-study',
      detail: {
        numbers: '14 عدّاءً: من 3% فأكثر قلّ دفع الكاحل، و5% زادت انثناء الركبة والتفاوت بين الخطوات (Trounson 2020). العدو السريع، 0.6–5%: زمن ملامسة الأرض +2.9–8.9%، وأبطأ بنسبة 0.6–7.4% (Feser 2020). لوزن 70 kg، تعادل 3% ثقل 1.05 kg (2.3 lb) لكل كاحل.',
        mechanism: 'يتغير التوقيت وزوايا المفاصل؛ أما الأثر في الإصابات فلم يُدرس.',
        reduceRisk: 'الثقلان معًا 3% من وزن الجسم أو أقل، وبوتيرة سهلة فقط؛ وانزع الأثقال إذا تغيّرت خطوتك.',
      },
      sources: [TROUNSON, FESER, CLAREMONT],
      reviewed: REVIEWED,
      appliesWhen: [
        { when: WEIGHTED_WITH_ISSUES, why: 'واجهت مشكلات مع أثقال الكاحل من قبل.' },
        { when: RUNNING, why: 'تنوي الجري بالأثقال.' },
      ],
    },
    {
      id: 'joint-stress',
      kind: 'risk',
      topic: 'joints',
      title: 'إجهاد أكبر على الركبتين والوركين؛ والأثر على الظهر غير معروف',
      summary: 'ترتفع القوى على الركبة والورك مع أرجحة الساق؛ ولم يُدرس الظهر.',
      certainty: 'low',
      evidenceType: 'lab-study',
      detail: {
        numbers: '0.5–1.5 kg (1–3.3 lb) عند الكاحل: عزوم المفاصل +20–48%، والقدرة +20–114% (Duclos 2014). 0.25–0.5 kg (0.5–1.1 lb) على القدم أو الفخذ: ارتفعت القوى في المفاصل فوقها (15 عدّاءً؛ Martin & Cavanagh 1990).',
        mechanism: 'على الورك والركبة إيقاف ساق أثقل؛ أما الأثر في الإصابات فلم يُدرس.',
        reduceRisk: 'أخف ثقل، ومقاطع قصيرة وسهلة؛ وتوقف إذا آلمك مفصل.',
      },
      sources: [DUCLOS, MARTIN_CAVANAGH],
      reviewed: REVIEWED,
      appliesWhen: [{ when: ANY_JOINT_PROBLEM, why: 'لديك مشكلة في المفاصل، أو كانت لديك.' }],
    },
    {
      id: 'patellofemoral-pain',
      kind: 'risk',
      topic: 'joints',
      title: 'ألم صابونة الركبة (الألم الرضفي الفخذي)',
      summary: 'شائع لدى العدّائين؛ ولا دراسة تربطه بأثقال الكاحل.',
      certainty: 'not-studied',
      evidenceType: 'no-study',
      detail: {
        numbers: '10% من الإصابات لدى 254 مبتدئًا مصابًا؛ ومدة التعافي الوسيطة (لكل الإصابات) 71 يومًا.',
        mechanism: 'قد تُجهد القوة الزائدة على الركبة صابونتَها: نظرية، لا بيانات.',
        reduceRisk: 'لا تزد الثقل والمسافة في الأسبوع نفسه أبدًا؛ وتوقف إذا آلمتك مقدمة الركبة.',
      },
      sources: [NIELSEN_PLOS],
      reviewed: REVIEWED,
      appliesWhen: [{ when: ANY_JOINT_PROBLEM, why: 'لديك مشكلة في المفاصل، أو كانت لديك.' }],
    },
    {
      id: 'it-band-syndrome',
      kind: 'risk',
      topic: 'joints',
      title: 'ألم الرباط الحرقفي الظنبوبي',
      summary: 'ألم في الجهة الخارجية من الركبة، مرتبط بالزيادات المفاجئة في الجري؛ ولم يُدرس مع أثقال الكاحل.',
      certainty: 'not-studied',
      evidenceType: 'no-study',
      detail: {
        numbers: 'زيادة المسافة الأسبوعية بأكثر من 30% خلال أسبوعين: ألم أكثر في الرباط الحرقفي الظنبوبي وصابونة الركبة لدى المبتدئين (دراسة رصدية، ملخص ثانوي).',
        mechanism: 'الزيادة المفرطة في وقت قصير قد تهيّجه؛ ولم تُختبر أثقال الكاحل.',
        reduceRisk: 'زد جريك ببطء أولًا؛ وتوقف إذا آلمتك الجهة الخارجية من الركبة.',
      },
      sources: [NIELSEN_JOSPT],
      reviewed: REVIEWED,
      appliesWhen: [{ when: NO_RUNNING_BASE, why: 'لا تجري بانتظام بعد.' }],
    },
    {
      id: 'stress-fractures',
      kind: 'risk',
      topic: 'bones',
      title: 'الكسور الإجهادية',
      summary: 'تنتج عن أحمال تفوق قدرة العظم على الترميم؛ ولا دراسة تربطها بأثقال الكاحل.',
      certainty: 'not-studied',
      evidenceType: 'no-study',
      detail: {
        numbers: 'إصابة الإجهاد في عظم الساق (الظنبوب): حتى 10–20% من العدّائين (مصادر ثانوية). ألم قصبة الساق: أكثر إصابات المبتدئين شيوعًا، 15%.',
        mechanism: 'تضيف الأثقال صدمة قليلة، لكنها قد تُتعب العضلات التي تمتصها.',
        reduceRisk: 'لا جري بالأثقال مع هشاشة العظام أو كسر إجهادي سابق. تدرّج ببطء، وخذ راحة؛ وراجع طبيبًا إذا شعرت بألم حاد أو موضعي أو متزايد في العظم.',
      },
      sources: [NIELSEN_PLOS],
      reviewed: REVIEWED,
      appliesWhen: [{ when: BONE_HEALTH, why: 'ذكرت هشاشة العظام أو كسرًا إجهاديًا.' }],
    },
    {
      id: 'muscle-imbalance',
      kind: 'risk',
      topic: 'muscles',
      title: 'اختلال التوازن العضلي: تحذير، لا نتيجة بحثية',
      summary: 'يحذّر بعض المدربين من عضلات ساق مُرهَقة وأخرى مُهمَلة؛ ولم يُختبر ذلك.',
      certainty: 'not-studied',
      evidenceType: 'no-study',
      detail: {
        numbers: 'لا دراسة عن التوازن العضلي أو الإصابات. الجهد الإضافي يذهب أساسًا إلى عضلات الأرجحة (Browning 2007).',
        mechanism: 'تحمّل الأثقال العضلات المثنية للورك وعضلات الفخذ الخلفية، لا عضلات السمانة والأرداف.',
        reduceRisk: 'درّب عضلات الأرداف والفخذين والسمانة أيضًا، 2–3 أيام أسبوعيًا.',
      },
      sources: [BROWNING, ACSM_2009],
      reviewed: REVIEWED,
      appliesWhen: [{ when: WANTS_STRENGTH_OR_TONING, why: 'هدفك: القوة أو شدّ العضلات.' }],
    },
    {
      id: 'cartilage-damage',
      kind: 'risk',
      topic: 'joints',
      title: 'تلف الغضروف: الأدلة تشير إلى العكس',
      summary: 'لا بيانات عن أثقال الكاحل؛ والعدّاؤون الهواة أقل إصابة بخشونة الورك والركبة من غير الممارسين للرياضة.',
      certainty: 'moderate',
      evidenceType: 'meta-analysis',
      detail: {
        numbers: 'خشونة الورك أو الركبة: العدّاؤون الهواة 3.5%، وقليلو الحركة 10.2%، والمتنافسون أو النخبة 13.3%.',
        mechanism: 'يتحمل الغضروف الجري المعتدل؛ أما آثار الأثقال على المدى الطويل فغير معروفة.',
        reduceRisk: 'أبقِ حجم جريك في حدود الهواة، والأحمال خفيفة؛ وراجع مختصًا إذا تورّم مفصل أو آلمك.',
      },
      sources: [ALENTORN],
      reviewed: REVIEWED,
      appliesWhen: [{ when: ANY_JOINT_PROBLEM, why: 'لديك مشكلة في المفاصل، أو كانت لديك.' }],
    },
    {
      id: 'slower-running-economy',
      kind: 'risk',
      topic: 'form',
      title: 'جري أبطأ وأقل اقتصادًا في الطاقة',
      summary: 'الثقل على القدم يكلّف طاقة عند أي سرعة، وقد أبطأ العدّائين.',
      certainty: 'moderate',
      evidenceType: 'lab-study',
      detail: {
        numbers: '100 g (3.5 oz) لكل حذاء: أكسجين +1%، وأبطأ بنسبة 1% في 3000 m (Hoogkamer 2016). 1 kg (2.2 lb) على كل ساق: طاقة +8% لدى الرجال، و+11% لدى النساء (15 عدّاءً؛ Coifman 2024).',
        mechanism: 'الطاقة المبذولة في أرجحة القدم تُقتطع من السرعة؛ ولا مكسب مثبتًا لاحقًا.',
        reduceRisk: 'لا أثقال في تمارين السرعة أو الجري الطويل أو السباقات؛ وللسرعة، استخدم الجري على فترات أو المرتفعات.',
      },
      sources: [HOOGKAMER, COIFMAN],
      reviewed: REVIEWED,
      appliesWhen: [{ when: { has: { id: 'goals', value: 'speed' } }, why: 'هدفك: السرعة.' }],
    },
    {
      id: 'sudden-load-increase',
      kind: 'risk',
      topic: 'joints',
      title: 'القفزات المفاجئة في حمل التدريب',
      summary: 'ترتبط الزيادات السريعة في الجري بالإصابات؛ والثقل المضاف زيادة أخرى.',
      certainty: 'low',
      evidenceType: 'observational',
      detail: {
        numbers: 'خطة بطيئة وفق «قاعدة 10%» لم تقلل الإصابات: 20.8% مقابل 20.3% من 532 مبتدئًا (Buist 2008). إصابات أكثر مع زيادة المسافة الأسبوعية بأكثر من 30% خلال أسبوعين، أو مع أكثر من 3 km في الأسبوع الأول عند مؤشر كتلة جسم فوق 30 (Nielsen 2014، جزئيًا من ملخص ثانوي).',
        mechanism: 'تتكيف الأنسجة على مدى أسابيع؛ والقفزات المفاجئة أسرع من قدرتها على التكيف.',
        reduceRisk: 'لا تزد الثقل والمسافة في الأسبوع نفسه أبدًا؛ واترك أسبوعين أو أكثر بين كل زيادة في الثقل والتي تليها.',
      },
      sources: [BUIST, NIELSEN_JOSPT, NIELSEN_IJSPT],
      reviewed: REVIEWED,
      appliesWhen: [{ when: NO_RUNNING_BASE, why: 'لا تجري بانتظام بعد.' }],
    },
    {
      id: 'ankle-leg-strain',
      kind: 'risk',
      topic: 'muscles',
      title: 'إجهاد الكاحل وعضلات الساق',
      summary: 'ينصح فريق مايو كلينك بعدم المشي بها: فقد تُجهد الكاحل وعضلات الساق.',
      certainty: 'expert-opinion',
      evidenceType: 'expert-opinion',
      detail: {
        numbers: 'نصيحة خبراء؛ ولم تُحصِ أي تجربة هذه الإصابات.',
        mechanism: 'يشدّ الثقل الكاحل مع كل أرجحة؛ والعضلات المتعبة تتحكم فيه بدرجة أقل.',
        reduceRisk: 'أثقال مبطّنة مثبتة بإحكام، تبدأ من 0.5 kg (1 lb)؛ وتوقف إذا آلمك الكاحل أو قصبة الساق.',
      },
      sources: [MAYO],
      reviewed: REVIEWED,
      appliesWhen: [
        { when: WALKING, why: 'تنوي المشي بالأثقال.' },
        { when: WEIGHTED_WITH_ISSUES, why: 'واجهت مشكلات مع أثقال الكاحل من قبل.' },
      ],
    },
    {
      id: 'balance-and-falls',
      kind: 'risk',
      topic: 'form',
      title: 'التوازن والسقوط',
      summary: 'قد تسبب أرجحة الساق الأثقل تعثرًا وسقوطًا، خاصةً لدى كبار السن أو ضعاف التوازن.',
      certainty: 'expert-opinion',
      evidenceType: 'expert-opinion',
      detail: {
        numbers: 'لم تُحصِ أي دراسة حالات السقوط. 1.82 kg (4 lb) لكل كاحل: وقت أطول على ساق واحدة في كل خطوة (Skinner & Barrack 1990). دراسة 2022 فحصت المشاركين لخطر السقوط أولًا (Akatsu 2022).',
        mechanism: 'قد ترتفع القدم الأثقل عن الأرض بدرجة أقل؛ والوقت الأطول على ساق واحدة يمتحن التوازن.',
        reduceRisk: 'أرض مستوية وجيدة الإضاءة، وأخف ثقل؛ ولا أثقال إذا سقطت أو شعرت بعدم الثبات هذا العام. أما رفع الساق جالسًا أو مستندًا إلى شيء فأكثر أمانًا.',
      },
      sources: [MAYO, SKINNER, AKATSU],
      reviewed: REVIEWED,
      appliesWhen: [
        { when: AGE_65_PLUS, why: 'عمرك 65 أو أكثر.' },
        { when: DIZZINESS, why: 'ذكرت الدوخة.' },
      ],
    },
    {
      id: 'weighted-vest-impact',
      kind: 'risk',
      topic: 'joints',
      title: 'لم يثبت أن السترة المثقلة أكثر أمانًا',
      summary: 'تُجنّب الساق الثقل أثناء الأرجحة، لكنها تزيد الصدمة في كل خطوة؛ ولا دراسة تقارن الإصابات.',
      certainty: 'low',
      evidenceType: 'lab-study',
      detail: {
        numbers: 'سترات بوزن 10–20% من كتلة الجسم: ارتفعت ذروتا القوة كلتاهما (10 مشاة)، وارتفع معدل التحميل عند 15–20%. الطاقة: نحو +1% لكل 1% من وزن الجسم، أي أقل بكثير لكل kg مما عند الكاحل.',
        mechanism: 'تتلقى الساقان الوزن الإضافي مع كل هبوط.',
        reduceRisk: 'ابدأ بنحو 5% من وزن الجسم، وامشِ أولًا، وتدرّج ببطء.',
      },
      sources: [PUTHOFF],
      reviewed: REVIEWED,
      appliesWhen: [
        { when: ANY_JOINT_PROBLEM, why: 'لديك مشكلة في المفاصل، أو كانت لديك.' },
        { when: BONE_HEALTH, why: 'ذكرت هشاشة العظام أو كسرًا إجهاديًا: احصل على نصيحة مختص أولًا.' },
      ],
    },
  ],

  // -------------------------------------------------------------------------------------------
  // Alternatives, in the required order. Goal weights from evidence.md §e.
  // -------------------------------------------------------------------------------------------
  alternatives: [
    {
      id: 'weighted-vest-walk',
      title: 'المشي بسترة مثقلة',
      summary: 'الحمل على الجذع يُبقي أرجحة ساقيك طبيعية.',
      goals: { strength: 1, endurance: 1, speed: 0, calories: 1, bone: 1, toning: 0 },
      impact: 'moderate',
      equipment: ['vest'],
      minutes: { min: 20, max: 45 },
      beginner: true,
      contraindications: ['ألم في الظهر أو الرقبة', 'هشاشة العظام: اسأل أولًا', 'فترة الحمل', 'مشكلات في التوازن'],
      avoidWhen: [
        { when: PREGNANT, reason: 'السترة تحمّل العمود الفقري والمفاصل: اسأل القابلة أو الطبيب أولًا.' },
        { when: BONE_HEALTH, reason: 'ذكرت هشاشة العظام أو كسرًا إجهاديًا: احصل على نصيحة مختص أولًا.' },
      ],
      howTo: {
        steps: [
          'سترة مثبتة جيدًا لا تهتز.',
          'ابدأ بـ5% من وزن الجسم: 3.5 kg (7.7 lb) لوزن 70 kg.',
          'امشِ منتصب القامة على أرض مستوية.',
          'انزعها إذا آلمك ظهرك أو رقبتك أو قدماك.',
        ],
        dose: '20–30 min، 2–3 أيام أسبوعيًا.',
        progression: 'أضف 1–2.5% من وزن الجسم كل أسبوعين تقريبًا، حتى 10%، إن لم تشعر بألم.',
      },
      met: { value: 4.0, code: '17016' },
      sources: [PUTHOFF, SHAW_SNOW, INVEST],
    },
    {
      id: 'hill-walking',
      title: 'المشي على المرتفعات',
      summary: 'جهد أكبر للساقين والقلب، بصدمات أقل من الجري.',
      goals: { strength: 1, endurance: 2, speed: 0, calories: 2, bone: 1, toning: 1 },
      impact: 'low',
      equipment: ['none'],
      minutes: { min: 20, max: 45 },
      beginner: true,
      contraindications: [
        'ألم الركبة عند النزول: انزل ببطء أو عُد من طريق أكثر استواءً',
        'مشكلات في القلب أو التنفس: استشر مختصًا قبل الصعود الحاد',
      ],
      howTo: {
        steps: [
          'منحدر لطيف، أو ميل 1–5% على جهاز المشي.',
          'اصعد بسرعة تسمح لك بالكلام.',
          'خطوات قصيرة، مع ميل خفيف إلى الأمام.',
          'انزل ببطء.',
        ],
        dose: '20–30 min، 2–3 أيام أسبوعيًا.',
        progression: 'أضف 5 min أو مقطعًا أشد انحدارًا كل أسبوع أو أسبوعين، إن كنت تشعر بخير.',
      },
      met: { value: 5.3, code: '17034' },
      sources: [GOTTSCHALL],
    },
    {
      id: 'hill-repeats',
      title: 'تكرارات صعود التلال',
      summary: 'جري قصير وقوي صعودًا يبني التحمل وقوة الساقين، للعدّائين الذين لديهم أساس في الجري.',
      goals: { strength: 1, endurance: 2, speed: 1, calories: 2, bone: 1, toning: 1 },
      impact: 'high',
      equipment: ['none'],
      minutes: { min: 20, max: 40 },
      beginner: false,
      contraindications: [
        'يتطلب أساسًا منتظمًا في الجري',
        'ألم الركبة: الجري نزولًا يولّد قوى كبح عالية',
        'مرض القلب أو أعراضه: استشر مختصًا قبل الجهود الشديدة',
      ],
      howTo: {
        steps: [
          'الإحماء: 10 min من الجري السهل.',
          'اجرِ صعودًا على تل متوسط الانحدار، 30–60 ثانية، بقوة مع التحكم.',
          'انزل مشيًا أو هرولة.',
          'كرر ذلك 4–6 مرات، ثم اختم بالتهدئة.',
        ],
        dose: '4–6 تكرارات، مرة أسبوعيًا.',
        progression: 'أضف تكرارًا أو تكرارين كل أسبوعين، حتى 10، قبل أن تطيل مدتها.',
      },
      met: { value: 10.3, code: '12255' },
      sources: [GOTTSCHALL],
    },
    {
      id: 'intervals',
      title: 'الجري على فترات',
      summary: 'جري قوي وسهل بالتناوب: من أكثر الطرق المدعومة بالأدلة لكسب التحمل والسرعة.',
      goals: { strength: 0, endurance: 2, speed: 2, calories: 2, bone: 1, toning: 0 },
      impact: 'high',
      equipment: ['none'],
      minutes: { min: 20, max: 40 },
      beginner: false,
      contraindications: ['يتطلب أساسًا منتظمًا في الجري', 'مرض القلب أو عَرَض تحذيري: استشر مختصًا قبل الجهود الشديدة'],
      howTo: {
        steps: ['الإحماء: 10 min من الجري السهل.', 'اجرِ 1–3 min بقوة مع التحكم.', 'هرولة سهلة أو مشي، للمدة نفسها.', 'كرر ذلك 4–6 مرات، ثم اختم بالتهدئة.'],
        dose: '4–6 فترات قوية، مرة أسبوعيًا.',
        progression: 'أضف فترة قوية واحدة كل أسبوع أو أسبوعين؛ واترك يومين سهلين أو أكثر بين الجلسات الشاقة.',
      },
      met: { value: 8.0, code: '12150' },
      sources: [MILANOVIC],
    },
    {
      id: 'walk-jog',
      title: 'التناوب بين المشي والهرولة',
      summary: 'هرولات قصيرة بين فترات المشي: بداية لطيفة لبناء أساس في الجري.',
      goals: { strength: 0, endurance: 2, speed: 1, calories: 1, bone: 1, toning: 0 },
      impact: 'moderate',
      equipment: ['none'],
      minutes: { min: 20, max: 40 },
      beginner: true,
      contraindications: ['ألم مفاصل يزداد عند الهرولة', 'أي عَرَض تحذيري من أسئلة الفحص'],
      howTo: {
        steps: ['امشِ بخطى سريعة 5 min.', 'هرول بسهولة 1 min، وامشِ 2 min.', 'كرر ذلك 6–8 مرات.', 'امشِ 5 min في الختام.'],
        dose: '20–30 min، 3 أيام أسبوعيًا.',
        progression: 'كل أسبوع أو أسبوعين، أطِل الهرولة أو قصّر المشي، لا الاثنين معًا، حتى تصل إلى 30 min من الجري السهل خلال بضعة أشهر.',
      },
      met: { value: 6.0, code: '12010' },
      sources: [BUIST, NIELSEN_PLOS],
    },
    {
      id: 'strength-training',
      title: 'تدريب القوة',
      summary: 'يبني القوة، مع أدلة جيدة على إصابات أقل واقتصاد أفضل في الجري.',
      goals: { strength: 2, endurance: 1, speed: 1, calories: 1, bone: 2, toning: 2 },
      impact: 'low',
      equipment: ['none', 'gym'],
      minutes: { min: 20, max: 45 },
      beginner: true,
      contraindications: ['إصابة حادة: انتظر حتى تهدأ أولًا', 'تعلّم الأداء الصحيح قبل إضافة الحمل'],
      howTo: {
        steps: [
          'اختر 4–6 تمارين: القرفصاء، والطعنات، ورفع الكعبين، والصعود على درجة، وجسر الورك.',
          '8–12 تكرارًا بطيئًا لكل تمرين.',
          'استرح 1–2 min بين المجموعات.',
          'أوقف أي تمرين يؤلم مفصلًا.',
        ],
        dose: '1–3 مجموعات، 2–3 أيام غير متتالية أسبوعيًا.',
        progression: 'تجاوزت هدفك بتكرار أو تكرارين؟ زد الحمل 2–10% أو اختر صيغة أصعب من التمرين.',
      },
      met: { value: 3.5, code: '02054' },
      sources: [ACSM_2009, LAUERSEN, HOWE],
    },
    {
      id: 'ankle-weight-walking',
      title: 'المشي بأثقال كاحل خفيفة',
      summary: 'تضيف الأثقال الخفيفة جهدًا بسيطًا إلى مشي سهل، بخطر أقل من الجري.',
      goals: { strength: 1, endurance: 1, speed: 0, calories: 1, bone: 0, toning: 1 },
      impact: 'low',
      equipment: ['ankle-weights'],
      minutes: { min: 20, max: 30 },
      beginner: true,
      contraindications: [
        'مشكلات في التوازن أو سقوط حديث',
        'ألم في الكاحل أو الركبة أو الورك',
        'ينصح فريق مايو كلينك بعدم فعل ذلك (رأي خبراء)',
      ],
      avoidWhen: [
        { when: DIZZINESS, reason: 'ذكرت الدوخة: قد تُخلّ الأثقال بالتوازن.' },
        { when: CURRENT_JOINT_PROBLEM, reason: 'الحمل الإضافي على الساق قد يزيد مشكلة حالية في المفاصل سوءًا.' },
      ],
      howTo: {
        steps: [
          'ابدأ بـ{walkStart} لكل كاحل.',
          'ثبّت الأثقال بإحكام فوق عظمة الكاحل.',
          'امشِ بسرعتك وخطوتك المعتادتين، على أرض مستوية.',
          'انزعها إذا آلمك الكاحل أو الركبة أو الورك.',
        ],
        dose: '20–30 min، 2–3 أيام أسبوعيًا.',
        progression: 'أضف {step} لكل كاحل أو {addMinutes} إلى مدة المشي، إن لم تشعر بألم. أقل مدة بين زيادتين: {walkSpan}. الحد الأقصى: {walkMax} لكل كاحل.',
      },
      met: { value: 3.8, code: '17190' },
      sources: [SKINNER, AKATSU, MAYO],
    },
    {
      id: 'ankle-weight-exercises',
      title: 'تمارين قوة بأثقال الكاحل',
      summary: 'رفع الساق وثنيها ببطء مع الأثقال يقوّي الوركين والفخذين، دون صدمات.',
      goals: { strength: 1, endurance: 0, speed: 0, calories: 0, bone: 0, toning: 2 },
      impact: 'low',
      equipment: ['ankle-weights'],
      minutes: { min: 15, max: 30 },
      beginner: true,
      contraindications: ['ألم مفاصل حاد', 'توقف إذا ازداد ألم الورك أو الركبة'],
      avoidWhen: [
        { when: CURRENT_JOINT_PROBLEM, reason: 'الحمل الإضافي على الساق قد يزيد مشكلة حالية في المفاصل سوءًا؛ اسأل أخصائي علاج طبيعي أولًا.' },
      ],
      howTo: {
        steps: [
          'ثبّت {walkStart} لكل كاحل، أو لا شيء في البداية.',
          'رفع الساق وأنت مستلقٍ على جنبك، وثني الركبة للخلف، ومدّ الورك للخلف؛ أمسك بكرسي.',
          '8–12 تكرارًا بطيئًا لكل تمرين، لكل ساق.',
          'استرح نحو 1 min بين المجموعات.',
        ],
        dose: '1–3 مجموعات، 2–3 أيام غير متتالية أسبوعيًا.',
        progression: 'تدرّج من 8 إلى 12 تكرارًا، ثم أضف {step} وعُد إلى 8.',
      },
      met: { value: 2.8, code: '02024' },
      sources: [ACSM_2009],
    },
    {
      id: 'cycling',
      title: 'ركوب الدراجة',
      summary: 'تحمّل وحرق سعرات، مع حمل قليل على المفاصل.',
      goals: { strength: 1, endurance: 2, speed: 0, calories: 2, bone: 0, toning: 1 },
      impact: 'low',
      equipment: ['bike', 'gym'],
      minutes: { min: 20, max: 60 },
      beginner: true,
      contraindications: ['ألم الركبة: اطلب التحقق من ضبط الدراجة على مقاس جسمك (رأي خبراء)', 'فائدته قليلة للعظام: أضف تمارين القوة'],
      howTo: {
        steps: [
          'ارتفاع المقعد: ركبتك منثنية قليلًا حين تكون الدوّاسة في أسفل نقطة.',
          'قُد الدراجة بسرعة تسمح لك بالكلام.',
          'ترس خفيف، ودوران سلس للدوّاسات.',
          'دوّر الدوّاسات بسهولة 5 min في الختام.',
        ],
        dose: '20–30 min، بجهد متوسط، 2–3 أيام أسبوعيًا.',
        progression: 'أضف 5–10 min كل أسبوع، أو مقطعًا أصعب، إن كنت تشعر بخير.',
      },
      met: { value: 6.8, code: '01200' },
      sources: [OLMEDILLAS, ABRAHIN],
    },
    {
      id: 'swimming',
      title: 'السباحة أو الجري في الماء العميق',
      summary: 'الماء يحمل وزنك: تحمّل دون صدمات.',
      goals: { strength: 0, endurance: 2, speed: 0, calories: 2, bone: 0, toning: 1 },
      impact: 'low',
      equipment: ['pool'],
      minutes: { min: 20, max: 45 },
      beginner: true,
      contraindications: ['يجب أن تجيد السباحة', 'فائدته قليلة للعظام: أضف تمارين القوة'],
      howTo: {
        steps: [
          'أشواط سهلة؛ استرح عند حافة المسبح عند الحاجة.',
          'نوّع أساليب السباحة.',
          'أو اجرِ في الماء العميق بحزام طفو.',
          'حافظ على جهد يسمح لك بالكلام.',
        ],
        dose: '20–30 min، 2–3 أيام أسبوعيًا.',
        progression: 'أضف بضعة أشواط أو 5 min كل أسبوع، أو قلّل الراحة.',
      },
      met: { value: 5.8, code: '18240' },
      sources: [GOMEZ_BRUTON, ABRAHIN],
    },
  ],

  // -------------------------------------------------------------------------------------------
  // Labels, messages and interface strings
  // -------------------------------------------------------------------------------------------
  labels: {
    goals: {
      strength: 'القوة',
      endurance: 'التحمل',
      speed: 'السرعة',
      calories: 'حرق السعرات',
      bone: 'صحة العظام',
      toning: 'شدّ العضلات',
    },
    equipment: {
      none: 'دون معدات',
      'ankle-weights': 'أثقال الكاحل',
      vest: 'سترة مثقلة',
      gym: 'نادٍ رياضي',
      bike: 'دراجة',
      pool: 'مسبح',
    },
    activities: {
      running: 'الجري',
      walking: 'المشي',
    },
    certainty: {
      high: 'عالية',
      moderate: 'متوسطة',
      low: 'منخفضة',
      'very-low': 'منخفضة جدًا',
      'expert-opinion': 'رأي خبراء',
      'not-studied': 'لم تُدرس',
    },
    topics: {
      joints: 'المفاصل',
      muscles: 'العضلات والقوة',
      heart: 'القلب والسعرات',
      bones: 'العظام',
      form: 'أسلوب الجري',
    },
    impact: {
      low: 'تأثير منخفض',
      moderate: 'تأثير متوسط',
      high: 'تأثير مرتفع',
    },
  },

  messages: {
    goalStrong: 'مدعوم جيدًا بالأدلة في: {goals}',
    goalSome: 'بعض الأدلة تدعمه في: {goals}',
    goalWeak: 'أدلة قليلة تدعمه في: {goals}',
    goalGeneral: 'خيار جيد وشامل',
    impactLow: 'لطيف على المفاصل',
    impactModerate: 'بعض الصدمات على المفاصل',
    impactHigh: 'قاسٍ على المفاصل',
    equipmentNone: 'لا يحتاج إلى معدات',
    equipmentHave: 'يستخدم ما لديك: {equipment}',
    equipmentMissing: 'يحتاج إلى: {equipment}',
    minutesFit: 'تكفيه {minutes} min',
    minutesShort: 'يحتاج إلى {minutes} min أو أكثر',
    levelBeginner: 'يناسب المبتدئين',
    levelNeedsBase: 'الأفضل بعد أن تجري بانتظام',
    excludedJoint: 'تأثير مرتفع: لا يناسبك مع مشكلة حالية أو سابقة في المفاصل',
    excludedJointUnknown: 'تأثير مرتفع: مستبعد حتى تؤكد أنه لا مشكلات لديك في المفاصل',
    excludedJointPain: 'تأثير مرتفع: لا يناسبك مع ألم حالي في المفاصل',
    excludedVerdict: 'مستبعد بسبب نتيجتك: {verdict}',
    excludedStop: 'ليس الآن: توقف عن التمرين وراجع طبيبًا أولًا',
    excludedRest: 'ليس الآن: استرح حتى تتعافى',
    excludedBone: 'تأثير مرتفع: لا يناسبك مع ضعف العظام أو كسر إجهادي سابق',
    excludedFalls: 'تأثير مرتفع: لا يناسبك بعد سقوط أو مع مشكلة في التوازن',
    excludedCheckFirst: 'لا أثقال للكاحل إلا بعد موافقة طبيب أو أخصائي علاج طبيعي',
    excludedUnder18: 'لا يُنصح به لمن هم دون 18 عامًا',
    excludedUnanswered: 'تأثير عالٍ: مستبعد حتى تجيب عن كل أسئلة الصحة',
    offerNothingStop: 'لا شيء تجرّبه الآن. توقف عن التمرين وراجع طبيبًا أولًا؛ وإذا كان لديك الآن ألم في الصدر أو إغماء أو ضيق شديد في التنفس، فاتصل بالطوارئ.',
    offerNothingRest: 'لا شيء تجرّبه الآن. استرح حتى تتعافى، ثم أعد الاختبار.',
    offerAfterDoctor: 'بعد موافقة طبيبك أو أخصائي العلاج الطبيعي، قد تناسبك هذه الخيارات اللطيفة:',
    offerAfterMidwife: 'بعد موافقة القابلة أو الطبيب، قد تناسبك هذه الخيارات اللطيفة:',
    offerWhileSettling: 'ريثما تستقر مسافتك، تساعدك هذه الخيارات اللطيفة على مواصلة الحركة:',
  },

  ui: {
    // Shared (en.ui)
    disclaimer: 'هذه ليست نصيحة طبية، ولا تغني عن فحص لدى طبيب أو أخصائي علاج طبيعي.',
    evidenceNote: 'درجة اليقين تقييم غير رسمي منّا على غرار نظام GRADE، وليست مراجعة منهجية.',
    sources: 'المصادر',
    reviewed: 'آخر مراجعة',
    yes: 'نعم',
    no: 'لا',
    kcal: 'kcal',

    // Every widget (BASE_STRINGS). Plural variants: CLDR categories for ar (plain key = other).
    'base.forget': 'امسح إجاباتي',
    'base.debugRefused': 'رُفض المحتوى المخصص ({count} مشكلة)، ويُعرض المحتوى المدمج. تسرد وحدة التحكم في المتصفح كل مشكلة.',
    'base.debugRefused#one': 'رُفض المحتوى المخصص (مشكلة واحدة)، ويُعرض المحتوى المدمج. تعرض وحدة التحكم في المتصفح هذه المشكلة.',
    'base.debugRefused#two': 'رُفض المحتوى المخصص (مشكلتان)، ويُعرض المحتوى المدمج. تسرد وحدة التحكم في المتصفح المشكلتين.',
    'base.debugRefused#few': 'رُفض المحتوى المخصص ({count} مشكلات)، ويُعرض المحتوى المدمج. تسرد وحدة التحكم في المتصفح كل مشكلة.',
    'base.debugRefused#many': 'رُفض المحتوى المخصص ({count} مشكلة)، ويُعرض المحتوى المدمج. تسرد وحدة التحكم في المتصفح كل مشكلة.',

    // <loadwise-quiz> (QUIZ_STRINGS)
    'quiz.title': 'أثقال الكاحل: هل تستخدمها، وكيف؟',
    'quiz.intro': 'خطوات سريعة عددها نحو {total}، في دقيقة تقريبًا. اعرف هل تجري أو تمشي بأثقال الكاحل، ولماذا، وكيف تبدأ بأمان، أو ماذا تفعل بدلًا من ذلك.',
    'quiz.privacy': 'تبقى إجاباتك في هذا المتصفح.',
    'quiz.start': 'ابدأ',
    'quiz.next': 'التالي',
    'quiz.back': 'السابق',
    'quiz.seeResult': 'اعرض نتيجتي',
    'quiz.progress': 'السؤال {n} من نحو {total}',
    'quiz.required': 'اختر إجابة للمتابعة.',
    'quiz.requiredAll': 'أجب عن كل سؤال للمتابعة.',
    'quiz.flags': 'فحص صحي',
    'quiz.flagsMore': 'المزيد عن صحتك',
    'quiz.flagsHelp': 'أجب بنعم أو لا عن كل سؤال.',
    'quiz.weight': 'وزن الجسم',
    'quiz.unit': 'الوحدة',
    'quiz.kg': 'kg',
    'quiz.lb': 'lb',
    'quiz.weightError': 'أدخل وزنًا من {min} إلى {max}، أو اترك الحقل فارغًا.',
    'quiz.weightFix': 'صحّح الوزن، أو اترك الحقل فارغًا.',
    'quiz.why': 'لماذا',
    'quiz.noFlags': 'لم تُظهر أي من إجاباتك علامة تحذيرية.',
    'quiz.because': 'إجاباتك:',
    'quiz.source': 'المصدر:',
    'quiz.plan': 'خطتك للبداية',
    'quiz.both': '{value} ({other})',
    'quiz.startLoad': 'ثقل البداية لكل كاحل',
    'quiz.maxLoad': 'أقصى ثقل تتدرج إليه لكل كاحل',
    'quiz.sessions': 'جلسات بالأثقال في الأسبوع',
    'quiz.sessionsValue': '{start} في البداية، و{max} على الأكثر',
    'quiz.minutes': 'المدة بالأثقال',
    'quiz.minutesValue': 'حتى {minutes} في الجلسة',
    'quiz.progression': 'كيف تتدرج',
    'quiz.extra': 'الطاقة الإضافية في الجلسة',
    'quiz.extraValue': 'نحو {typical} {kcal}، وحتى {high}؛ وتكاد تكون صفرًا إذا أبطأت',
    'quiz.warmUp': 'الإحماء',
    'quiz.formCues': 'أسلوب الحركة',
    'quiz.stopSigns': 'توقف إذا',
    'quiz.todo': 'ماذا تفعل بعد ذلك',
    'quiz.instead': 'ماذا تفعل بدلًا من ذلك',
    'quiz.professional': 'تحدّث إلى مختص: يمكن لطبيب أو أخصائي علاج طبيعي أو مختص مؤهل في التمارين الرياضية أن ينصحك شخصيًا.',
    'quiz.commercial': 'روابط من هذا الموقع، وقد يكسب منها مالًا. لا تغيّر نتيجتك أبدًا.',
    'quiz.restart': 'ابدأ من جديد',
    'quiz.print': 'اطبع هذا الملخص أو احفظه',
    'quiz.forget': 'امسح إجاباتي',
    'quiz.forgotten': 'تم مسح إجاباتك.',
    'quiz.result': 'النتيجة: {verdict}',

    // <loadwise-pros-cons> (PROS_CONS_STRINGS)
    'prosCons.heading': 'الجري بأثقال الكاحل: الفوائد والمخاطر',
    'prosCons.intro':
      'الأدلة شحيحة: معظمها دراسات مخبرية صغيرة على جلسات منفردة، ولا توجد دراسة على عدّائين تدربوا بأثقال الكاحل مع مرور الوقت. تعرض كل نقطة تقييمنا لأدلتها.',
    'prosCons.benefit': 'الفوائد',
    'prosCons.risk': 'المخاطر',
    'prosCons.tally': 'أدلة متوسطة أو قوية: {strong} · أدلة ضعيفة: {weak} · غير مختبرة أو رأي فقط: {untested}',
    'prosCons.topics': 'المواضيع',
    'prosCons.sort': 'رتّب حسب درجة اليقين',
    'prosCons.more.benefit': 'اعرض كل الفوائد ({count})',
    'prosCons.more.benefit#one': 'اعرض الفائدة الوحيدة',
    'prosCons.more.benefit#two': 'اعرض الفائدتين كلتيهما',
    'prosCons.more.risk': 'اعرض كل المخاطر ({count})',
    'prosCons.more.risk#one': 'اعرض الخطر الوحيد',
    'prosCons.more.risk#two': 'اعرض الخطرين كليهما',
    'prosCons.empty': 'لا شيء في المواضيع التي اخترتها.',
    'prosCons.shown': 'الفوائد المعروضة: {benefit}. المخاطر المعروضة: {risk}.',
    'prosCons.evidence': 'الأدلة:',
    'prosCons.legend': 'تقييمنا للأدلة: ماذا تعني الشارات',
    'prosCons.certainty.high': 'تجارب متسقة على هذا السؤال تحديدًا. من غير المرجح أن يتغير التقييم.',
    'prosCons.certainty.moderate': 'متسقة إلى حد ما، لكن الدراسات صغيرة أو قصيرة، أو تدرس بديلًا قريبًا. قد يتغير التقييم.',
    'prosCons.certainty.low': 'دراسات مخبرية صغيرة، أو على فئات أخرى من الناس. من المرجح أن يتغير التقييم.',
    'prosCons.certainty.very-low': 'دراسة أولية واحدة، أو تقارير حالات، أو نظرية. غير مؤكد إلى حد كبير.',
    'prosCons.certainty.expert-opinion': 'نصائح من ممارسين صحيين أو مؤسسات، دون بيانات.',
    'prosCons.certainty.not-studied': 'لم نجد أي دراسة عن هذا مع أثقال الكاحل.',
    'prosCons.applies': 'ينطبق عليك:',
    'prosCons.numbers': 'الأرقام',
    'prosCons.mechanism': 'لماذا',
    'prosCons.reduceRisk': 'لتقليل الخطر',
    'prosCons.type.meta-analysis': 'تحليل تلوي',
    'prosCons.type.rct': 'تجربة عشوائية',
    'prosCons.type.controlled-trial': 'تجارب بمجموعة ضابطة',
    'prosCons.type.uncontrolled-trial': 'تجربة بلا مجموعة ضابطة',
    'prosCons.type.lab-study': 'دراسات مخبرية',
    'prosCons.type.observational': 'دراسات رصدية',
    'prosCons.type.expert-opinion': 'رأي خبراء',
    'prosCons.type.no-study': 'لا دراسة مباشرة',
    'prosCons.updated': 'حُدّث العرض وفق إجاباتك في الاختبار. النقاط التي تنطبق عليك: {count}، وقد مُيّزت ونُقلت إلى الأعلى.',
    'prosCons.cleared': 'مُسحت إجابات الاختبار: نعرض الآن الصورة العامة.',
    'prosCons.forYou': 'ماذا يعني هذا لك:',
    'prosCons.result': 'نتيجتك في الاختبار: «{verdict}».',
    'prosCons.drivers': 'المخاطر التي أدت إليها:',
    'prosCons.none': 'نتيجتك لا تنبع من المخاطر أدناه، لكن المخاطر العامة تبقى قائمة.',
    'prosCons.faq': 'أسئلة شائعة',
    'prosCons.basedOn': 'استنادًا إلى:',
    'prosCons.sources': 'المصادر',
    'prosCons.reviewed': 'آخر مراجعة',

    'prosCons.faq.weight.q': 'هل تساعدني أثقال الكاحل على إنقاص وزني أسرع؟',
    'prosCons.faq.weight.a':
      'بالكاد. تضيف الأثقال بضع عشرات من kcal إلى جري مدته 30 دقيقة بالسرعة نفسها، ومعظم العدّائين يبطئون فيخسرون حتى هذا القدر. أما الجري صعودًا فيضيف 3 إلى 5 أضعاف ذلك.',
    'prosCons.faq.weight.goal': 'لهدفك في حرق السعرات، تمارين المرتفعات أفضل من الأثقال.',
    'prosCons.faq.weight.walk': 'المشي: كل كيلوغرام لكل كاحل يضيف نحو 10–27 kcal إلى مشي مدته 30 دقيقة.',
    'prosCons.faq.beginners.q': 'هل أثقال الكاحل مناسبة للمبتدئين؟',
    'prosCons.faq.beginners.a':
      'ليس في الجري. اجرِ أولًا 3 مرات أو أكثر أسبوعيًا لمدة 3 أشهر: فالقفزات المفاجئة في الحمل ترتبط بالإصابات. يمكن للمبتدئين استخدام الأثقال في تمارين القوة أو في مشي قصير.',
    'prosCons.faq.beginners.base': 'أنت لا تجري بانتظام بعد: ابنِ هذا الأساس أولًا.',
    'prosCons.faq.often.q': 'كم مرة يجب أن أستخدمها؟',
    'prosCons.faq.often.a':
      'لا توجد دراسة تحدد ذلك. حدّنا الحذر للجري: جريات قصيرة وسهلة بالأثقال في الأسبوع، عددها في البداية {runSessionsStart} وبحد أقصى {runSessionsMax}، ولا زيادة في الثقل والمسافة في الأسبوع نفسه أبدًا.',
    'prosCons.faq.often.plan': 'في خطتك، عدد الجلسات بالأثقال أسبوعيًا: {sessions}.',
    'prosCons.faq.often.stop': 'نتيجتك: لا جلسات بالأثقال في الوقت الحالي.',
    'prosCons.faq.faster.q': 'هل يجعلني الجري بأثقال الكاحل أسرع؟',
    'prosCons.faq.faster.a':
      'لا شيء يثبت ذلك. الثقل على القدمين يجعل الجري أقل اقتصادًا في الطاقة وأبطأ، والدراسة الوحيدة طويلة المدى على العدو السريع لم تجد أي مكسب في السرعة. الأدلة على الجري على فترات وعلى المرتفعات أقوى.',
    'prosCons.faq.faster.goal': 'للسرعة، لا تستخدم الأثقال في تمارين السرعة والجري الطويل والسباقات.',
    'prosCons.faq.tone.q': 'هل تشدّ أثقال الكاحل عضلات ساقيّ؟',
    'prosCons.faq.tone.a':
      'لا توجد دراسة تعرّف «شدّ العضلات» أو تقيسه، أو تُظهر أن الأثقال تحرق دهون الساقين. إنها تجعل العضلات المثنية للورك وعضلات الفخذ الخلفية تعمل بجهد أكبر أثناء ارتدائها؛ أما القوة الدائمة فتأتي من تمارين القوة، ويمكن استخدام الأثقال فيها.',
    'prosCons.faq.tone.goal': 'للقوة أو شدّ العضلات، رفع الساق وثنيها ببطء مع الأثقال أفضل من الجري بها.',
    'prosCons.faq.heavy.q': 'ما الوزن المناسب لأثقال الكاحل؟',
    'prosCons.faq.heavy.a':
      'خفيف. للجري: {runStart} لكل كاحل في البداية، و{runMax} على الأكثر، والثقلان معًا ضمن {share} من وزن الجسم، إذ يتغير أسلوب الجري فوق ذلك. أما ما يصل إلى {walkMax} فللمشي وتمارين القوة.',
    'prosCons.faq.heavy.plan': 'خطتك: من {start} إلى {max} لكل كاحل.',
    'prosCons.faq.heavy.stop': 'نتيجتك: لا أثقال في الوقت الحالي.',
    'prosCons.faq.exercises.q': 'ما التمارين التي يمكنني أداؤها بأثقال الكاحل؟',
    'prosCons.faq.exercises.a':
      'حركات قوة بطيئة: ثني الساق للخلف وقوفًا، ورفع الساق جانبًا وللخلف، ورفع الساق مستلقيًا أو جالسًا. 1–3 مجموعات من 8–12 تكرارًا، 2–3 أيام أسبوعيًا؛ وزد الحمل عندما تستطيع أداء تكرار أو تكرارين إضافيين.',
    'prosCons.faq.exercises.balance': 'أدّها جالسًا أو ممسكًا بشيء تستند إليه: فقد تُخلّ الأثقال بالتوازن.',
    'prosCons.faq.exercises.ask': 'نتيجتك: اسأل مختصًا قبل هذه التمارين أيضًا.',

    // <loadwise-alternatives> (ALTERNATIVES_STRINGS)
    'alternatives.heading': 'طرق أخرى لبلوغ هدفك',
    'alternatives.intro': 'مرتبة حسب أهدافك وقيودك. كل بطاقة توضح لماذا يناسبك الخيار.',
    'alternatives.goals': 'أهدافك',
    'alternatives.goalsHelp': 'اختر ما تشاء. إن لم تختر شيئًا، تُحتسب كل الأهداف.',
    'alternatives.limits': 'قيودك',
    'alternatives.jointPain': 'لديّ ألم في المفاصل',
    'alternatives.equipment': 'المعدات المتاحة لديك',
    'alternatives.minutes': 'الدقائق في كل جلسة',
    'alternatives.anyMinutes': 'أي مدة',
    'alternatives.minutesOption': '{minutes} min',
    'alternatives.fromQuiz': 'مأخوذة من إجاباتك في الاختبار. غيّر ما تشاء.',
    'alternatives.results': 'الخيارات مرتبة',
    'alternatives.resultsCount': '{count} خيار لك، الأفضل أولًا.',
    'alternatives.resultsCount#zero': 'لا خيارات لك.',
    'alternatives.resultsCount#one': 'خيار واحد لك.',
    'alternatives.resultsCount#two': 'خياران لك، الأفضل أولًا.',
    'alternatives.resultsCount#few': '{count} خيارات لك، الأفضل أولًا.',
    'alternatives.resultsCount#many': '{count} خيارًا لك، الأفضل أولًا.',
    'alternatives.announce': 'حُدّث الترتيب. الأول: {name}.',
    'alternatives.rank': 'المرتبة {rank}',
    'alternatives.fit': 'الملاءمة',
    'alternatives.fitStrong': 'ملاءمة قوية',
    'alternatives.fitGood': 'ملاءمة جيدة',
    'alternatives.fitPartial': 'ملاءمة جزئية',
    'alternatives.fitWeak': 'ملاءمة ضعيفة',
    'alternatives.fitValue': '{words}، {percent} %',
    'alternatives.impact': 'التأثير',
    'alternatives.time': 'المدة',
    'alternatives.timeRange': '{min}–{max} min',
    'alternatives.equipmentNeeded': 'المعدات',
    'alternatives.kcal': 'نحو {kcal} kcal في 30 دقيقة (تقدير)',
    'alternatives.kcalHint': 'أدخل وزن جسمك في الاختبار لتحصل على تقدير للسعرات.',
    'alternatives.whyFits': 'لماذا يناسبك',
    'alternatives.pro': 'لصالحه:',
    'alternatives.con': 'ضده:',
    'alternatives.howTo': 'طريقة الأداء',
    'alternatives.dose': 'مقدار البداية',
    'alternatives.progression': 'التدرّج',
    'alternatives.notFor': 'لا يناسبك في حال',
    'alternatives.choose': 'اختر هذا',
    'alternatives.chosen': 'مُختار',
    'alternatives.chosenAnnounce': 'اخترت {name}.',
    'alternatives.compareThis': 'قارن',
    'alternatives.compareLimit': 'قارن حتى ثلاثة خيارات. ألغِ أحدها لتضيف غيره.',
    'alternatives.compare': 'قارن جنبًا إلى جنب ({count})',
    'alternatives.closeCompare': 'أغلق المقارنة',
    'alternatives.compareCaption': 'مقارنة جنبًا إلى جنب',
    'alternatives.compareHint': 'حدّد «قارن» في بطاقتين أو ثلاث.',
    'alternatives.excluded': 'مستبعدة في حالتك ({count})',
    'alternatives.excludedHelp': 'هذه الخيارات غير مرتبة، بسبب إجاباتك.',
    'alternatives.disclosure': 'بعض الروابط في هذه الصفحة تجارية. ولا تغيّر الترتيب أبدًا.',
    'alternatives.none': 'لا خيار يناسب هذه القيود. جرّب قيودًا أقل.',
  },
};

export default ar;
