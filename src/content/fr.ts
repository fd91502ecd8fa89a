import type { ContentPack, Source } from '../core/schema/content.js';
import type { Condition } from '../core/schema/condition.js';

/*
 * The French pack (locale `fr`), translated from en.ts: same ids, conditions, numbers, sources and
 * dates; only the texts differ. Register: vous. Plain text only, short sentences for a phone.
 *
 * French typography: a no-break space (U+00A0) before « : ; ? ! % » and inside « », so that the
 * sign never wraps onto a line of its own; typographic apostrophes (’); decimal commas in prose
 * (1,1 kg). Source labels are citations: they stay as written in en.ts.
 * This file is a standalone lazy chunk: type imports only, everything else is inline.
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


/** The French pack. Facts and numbers as in en.ts (shared/evidence.md); reviewed 2026-11-22. */
export const fr: ContentPack = {
  locale: 'fr',

  // -------------------------------------------------------------------------------------------
  // Questions, in ANSWER_IDS order: screening, then experience, then goals.
  // -------------------------------------------------------------------------------------------
  questions: [
    {
      id: 'heartCondition',
      text: 'Un médecin vous a-t-il dit que vous aviez un problème cardiaque ou de l’hypertension artérielle ?',
      help: 'Oui, même sous traitement.',
      advice: { true: 'Demandez l’avis de votre médecin avant d’ajouter des lests ou un exercice plus intense.' },
    },
    {
      id: 'chestPain',
      text: 'Avez-vous des douleurs à la poitrine, au repos ou en activité ?',
      help: 'Une sensation de pression ou de serrement compte aussi.',
      advice: { true: 'Arrêtez-vous et consultez un médecin avant tout nouvel exercice. Si la douleur est forte, ou s’accompagne d’essoufflement ou de sueurs, appelez les urgences.' },
    },
    {
      id: 'warningSymptoms',
      text: 'Ces derniers temps : essoufflement au repos ou au moindre effort, cœur qui s’emballe ou bat de façon irrégulière, chevilles enflées, douleur au mollet à la marche, ou fatigue inhabituelle ?',
      help: 'Une douleur au mollet qui passe quand vous vous arrêtez compte aussi.',
      advice: { true: 'Cessez toute activité physique et consultez un médecin avant tout nouvel exercice. Si les symptômes sont soudains ou intenses, appelez les urgences.' },
    },
    {
      id: 'dizziness',
      text: 'Avez-vous perdu l’équilibre à cause d’un vertige, ou perdu connaissance, ces 12 derniers mois ?',
      help: 'Pas un simple étourdissement dû à un fort essoufflement.',
      advice: { true: 'Consultez d’abord un médecin pour en trouver la cause : les lests rendent l’équilibre plus difficile.' },
    },
    {
      id: 'chronicCondition',
      text: 'Une autre maladie chronique, ou un médicament prescrit pour en traiter une ?',
      help: 'Par ex. diabète, maladie des reins ou des poumons, arthrose ou arthrite, cancer, même si la maladie est maîtrisée.',
      advice: { true: 'Demandez l’avis de votre médecin ou d’un professionnel qualifié de l’activité physique avant d’ajouter des lests.' },
    },
    {
      id: 'supervisedOnly',
      text: 'Un médecin vous a-t-il dit de ne faire de l’exercice que sous surveillance médicale ?',
      help: 'Par ex. uniquement en présence d’un professionnel de santé.',
      advice: { true: 'Tenez-vous-en à l’exercice sous surveillance ; demandez l’avis de votre équipe soignante avant d’ajouter des lests.' },
    },
    {
      id: 'jointProblem',
      text: 'Un problème d’os, d’articulation, de muscle, de tendon ou de ligament aux pieds, aux chevilles, aux tibias, aux genoux, aux hanches ou au dos ?',
      help: '« Oui, actuellement » : survenu ces 12 derniers mois et qui vous limite encore. La périostite tibiale et les douleurs du tendon d’Achille comptent aussi.',
      options: { none: 'Non', past: 'Par le passé, guéri depuis', current: 'Oui, actuellement ou ces 12 derniers mois' },
      advice: {
        current: 'Consultez un médecin ou un kinésithérapeute avant d’ajouter des lests : une charge en plus pourrait l’aggraver. Des options à faible impact peuvent vous convenir.',
        past: 'Continuez avec prudence : commencez plus léger ; arrêtez si le problème revient.',
      },
    },
    {
      id: 'boneHealth',
      text: 'Ostéoporose, fracture de fatigue même ancienne, ou corticoïdes en comprimés au long cours ?',
      help: 'Une faible densité osseuse compte aussi.',
      advice: { true: 'Pas de course avec des chevillères lestées. Pour marcher avec des chevillères légères, demandez d’abord l’avis d’un médecin ou d’un kinésithérapeute.' },
    },
    {
      id: 'falls',
      text: 'Une chute ou une quasi-chute ces 12 derniers mois, ou un problème d’équilibre ?',
      help: 'Trébucher et se rattraper de justesse compte aussi.',
      advice: { true: 'Les lests modifient votre pas. Pas de course avec ; avant de marcher avec des chevillères, demandez l’avis d’un kinésithérapeute.' },
    },
    {
      id: 'pregnant',
      text: 'Enceinte, ou accouchement ces 6 derniers mois ?',
      help: 'Oui aussi en cas de doute.',
      advice: { true: 'Demandez d’abord l’avis de votre sage-femme ou de votre médecin. Pas de lests sans leur accord.' },
    },
    {
      id: 'unwell',
      text: 'Malade en ce moment, par ex. un rhume ou de la fièvre ?',
      help: 'Seulement une maladie passagère.',
      advice: { true: 'Pas de lests avant un rétablissement complet ; refaites ensuite le quiz.' },
    },
    {
      id: 'loadSpike',
      text: 'Votre distance de course hebdomadaire a-t-elle augmenté de plus d’un tiers ces 2 dernières semaines ?',
      help: 'Par ex. de 15 km à plus de 20 km par semaine. Vous ne courez pas ? Répondez « Non ».',
      advice: { true: 'Laissez d’abord votre corps s’adapter : gardez la même distance, et pas de lests pour l’instant.' },
    },
    {
      id: 'activity',
      text: 'Porterez-vous les lests pour courir ou pour marcher ?',
      help: 'Les conseils et les limites ne sont pas les mêmes.',
      options: { running: 'Courir', walking: 'Marcher' },
    },
    {
      id: 'ageBand',
      text: 'Quel âge avez-vous ?',
      help: 'Seule votre tranche d’âge est utilisée.',
      options: { 'under-18': 'Moins de 18 ans', '18-44': '18 à 44 ans', '45-64': '45 à 64 ans', '65-plus': '65 ans ou plus' },
      advice: {
        'under-18': 'Ces conseils s’adressent aux adultes. Demandez à un entraîneur, à un professeur d’EPS ou à un médecin.',
        '65-plus': 'Courir avec des lests est déconseillé à partir de 65 ans (risque pour l’équilibre). Marcher avec des chevillères légères peut être possible, avec prudence.',
      },
    },
    {
      id: 'runFrequency',
      text: 'À quelle fréquence courez-vous en ce moment ?',
      help: '« Régulièrement » : 3 sorties ou plus par semaine, depuis au moins 3 mois.',
      options: { none: 'Je ne cours pas', occasional: 'De temps en temps', regular: '3 fois ou plus par semaine, depuis 3 mois ou plus' },
      advice: {
        none: 'Cela convient pour marcher avec des lests légers. Pour courir avec, construisez d’abord une base de course, par ex. avec l’alternance marche-course.',
        occasional: 'Pour courir avec des lests, passez d’abord à 3 sorties ou plus par semaine pendant 3 mois. Marcher avec des chevillères légères est possible dès maintenant.',
      },
    },
    {
      id: 'weightedBefore',
      text: 'Avez-vous déjà couru ou marché avec des chevillères lestées ?',
      help: '« Problèmes » : douleur, blessure ou foulée modifiée.',
      options: { never: 'Non, jamais', 'without-issues': 'Oui, sans problème', 'with-issues': 'Oui, et j’ai eu des problèmes' },
      advice: { 'with-issues': 'Courir avec est déconseillé. Pour la marche, prenez plus léger ; arrêtez à la première douleur.' },
    },
    {
      id: 'bodyWeightKg',
      text: 'Votre poids (facultatif)',
      help: 'Sert à fixer la limite de 3 % pour les deux chevillères et à estimer les calories. Reste sur votre appareil.',
    },
    {
      id: 'goals',
      text: 'Vos objectifs ?',
      help: 'Choisissez-en autant que vous voulez, ou aucun.',
      options: {
        strength: 'Gagner en force',
        endurance: 'Gagner en endurance',
        speed: 'Courir plus vite',
        calories: 'Brûler plus de calories',
        bone: 'Des os plus solides',
        toning: 'Tonifier mes jambes',
      },
    },
  ],

  // -------------------------------------------------------------------------------------------
  // Reasons: one text per locked rule id (rules/safety.ts) and for `incomplete`.
  // Several age rules also fire for under-18, so their texts say "votre tranche d’âge".
  // -------------------------------------------------------------------------------------------
  reasons: {
    'heart-condition': 'Problème cardiaque ou hypertension artérielle. La course est une activité d’intensité élevée : demandez l’avis de votre médecin avant d’ajouter des lests ou un exercice plus intense.',
    'chest-pain': 'Douleur à la poitrine. Arrêtez-vous et consultez un médecin avant tout nouvel exercice.',
    'warning-symptoms': 'Un signe d’alerte : essoufflement, cœur qui s’emballe, chevilles enflées, douleur au mollet ou fatigue inhabituelle. Arrêtez-vous et consultez un médecin avant toute activité physique.',
    dizziness: 'Vertiges ou perte de connaissance. Consultez d’abord un médecin pour en trouver la cause : les lests rendent l’équilibre plus difficile.',
    'chronic-condition': 'Une maladie chronique. Demandez l’avis de votre médecin ou d’un professionnel qualifié de l’activité physique avant d’ajouter des lests.',
    'supervised-only': 'Votre médecin vous a conseillé uniquement l’exercice sous surveillance. Respectez ce conseil ; demandez l’avis de votre équipe soignante avant d’ajouter des lests.',
    'joint-current': 'Un problème actuel d’os, d’articulation ou de tissus mous. Consultez un médecin ou un kinésithérapeute avant d’ajouter des lests : une charge en plus pourrait l’aggraver.',
    pregnant: 'Enceinte ou accouchement récent. Demandez d’abord l’avis de votre sage-femme ou de votre médecin. Pas de lests sans leur accord.',
    unwell: 'Malade. Pas de lests avant un rétablissement complet ; refaites ensuite le quiz.',
    'load-spike': 'Votre distance hebdomadaire a fortement augmenté. Ces hausses brutales s’accompagnent de plus de blessures en course : laissez votre corps s’adapter avant d’ajouter des lests.',
    'under-18': 'Ces conseils s’adressent aux adultes. Demandez à un entraîneur, à un professeur d’EPS ou à un médecin comment s’entraîner pendant la croissance.',
    'no-running-base': 'Pas encore de course régulière. Passez d’abord à 3 sorties ou plus par semaine pendant 3 mois ; la marche avec des lests légers ou l’alternance marche-course sont de meilleurs points de départ.',
    'bone-health-running': 'Ostéoporose, fracture de fatigue ou corticoïdes au long cours. La course sollicite déjà vos os : pas de chevillères lestées. Demandez à un professionnel ce qui vous convient.',
    'falls-running': 'Une chute ou un problème d’équilibre. Les chevillères lestées modifient votre foulée : pas de course avec.',
    'weighted-issues-running': 'Des problèmes passés avec les chevillères lestées, qui modifient la façon de courir. Courir avec est déconseillé.',
    'age-65-running': 'Courir avec des lests est déconseillé dans votre tranche d’âge : risque pour l’équilibre et la foulée, pour peu de bénéfice.',
    'joint-past': 'Une blessure passée augmente le risque d’en avoir de nouvelles. Commencez plus léger, progressez plus lentement ; arrêtez si l’ancienne douleur revient.',
    'age-45-running': 'Dans votre tranche d’âge, la course demande plus de prudence. L’exercice intense est nouveau pour vous ? Demandez d’abord l’avis d’un professionnel qualifié de l’activité physique.',
    'new-to-weights-running': 'Première fois en course lestée, ou problèmes passés. Charge la plus légère, courtes portions à allure facile ; retirez les lests si votre foulée change.',
    'age-65-walking': 'Dans votre tranche d’âge, les lests peuvent affecter l’équilibre. Chevillères légères, sol régulier ; renoncez-y après une chute ou une sensation d’instabilité récente.',
    'bone-health-walking': 'Ostéoporose, fracture de fatigue ou corticoïdes au long cours. Demandez l’avis d’un médecin ou d’un kinésithérapeute avant de marcher avec des chevillères.',
    'falls-walking': 'Une chute ou un problème d’équilibre. Les chevillères lestées modifient votre pas : demandez l’avis d’un kinésithérapeute avant de marcher avec.',
    'weighted-issues-walking': 'Des problèmes passés avec les chevillères lestées. Pour la marche, prenez plus léger ; arrêtez à la première douleur ou au premier changement dans votre pas.',
    incomplete: 'Répondez à toutes les questions pour voir un plan avec les charges.',
  },

  rules: [],

  // -------------------------------------------------------------------------------------------
  // Verdicts
  // -------------------------------------------------------------------------------------------
  verdicts: {
    'see-professional': {
      title: 'Consultez d’abord un professionnel',
      summary: 'Demandez l’avis d’un médecin ou d’un professionnel qualifié de l’activité physique avant les lests ou un exercice plus intense. Ceci n’est pas un avis médical.',
      advice: ['Montrez vos réponses à un médecin, un kinésithérapeute ou un professionnel de l’activité physique.', 'Pas de chevillères lestées avant leur avis.'],
    },
    wait: {
      title: 'Pas encore : patientez',
      summary: 'Pas maintenant : pas de chevillères lestées tant que la raison indiquée ci-dessous n’est pas passée ou vérifiée.',
      advice: ['Refaites le quiz quand la situation change.'],
    },
    'not-recommended': {
      title: 'Déconseillé pour vous actuellement',
      summary: 'Dans votre cas, les chevillères lestées ajoutent un risque pour peu de bénéfice prouvé.',
      advice: [
        'Consultez les alternatives pour de meilleures options.',
        'Vous construisez une base de course ? Courez sans lests.',
        'Le renforcement musculaire 2 à 3 jours par semaine rend les jambes plus fortes.',
        'Refaites le quiz si vos réponses changent.',
      ],
    },
    caution: {
      title: 'Possible, avec une prudence accrue',
      summary: 'Possible, avec une prudence accrue : commencez plus léger et progressez plus lentement.',
      advice: [
        'Charge la plus légère ; courtes portions avec lests.',
        'Arrêtez immédiatement si une articulation fait mal ou si votre foulée change.',
        'Pensez à consulter d’abord un kinésithérapeute ou un entraîneur.',
        'Consultez aussi les alternatives.',
      ],
    },
    ready: {
      title: 'Aucun signal d’alerte',
      summary: 'Rien n’exclut les chevillères lestées. Les bénéfices sont faibles, les effets néfastes non étudiés : les charges restent basses.',
      advice: [
        'Commencez léger ; respectez les limites du plan.',
        'Attendez-vous à quelques calories de plus, sans gain prouvé de force ni de vitesse.',
        'Arrêtez si une douleur dure plus d’un jour ou si votre foulée change.',
        'Ceci n’est pas un avis médical. Refaites le quiz si votre santé change.',
      ],
    },
  },

  // -------------------------------------------------------------------------------------------
  // Outcomes: what a result says, by what it is about (rules/safety.ts OUTCOMES, invariant 13).
  // -------------------------------------------------------------------------------------------
  outcomes: {
    stop: {
      summary: 'Arrêtez l’exercice et consultez un médecin avant toute nouvelle activité. Ceci n’est pas un avis médical.',
      advice: [
        'Douleur à la poitrine, perte de connaissance ou essoufflement intense en ce moment : appelez les urgences.',
        'Pas d’exercice avant d’avoir consulté un médecin.',
        'Rien à essayer pour l’instant : ni lests, ni nouvel exercice.',
      ],
    },
    refer: {
      summary: 'Demandez l’avis d’un médecin ou d’un professionnel qualifié de l’activité physique avant les lests ou un exercice plus intense. Ceci n’est pas un avis médical.',
      advice: ['Une fois leur accord obtenu, demandez-leur laquelle des options douces vous convient.'],
    },
    rest: {
      summary: 'Reposez-vous jusqu’à un rétablissement complet, puis refaites le quiz.',
      advice: ['Repos : ni lests ni exercice intense tant que vous êtes malade.', 'Après votre rétablissement, reprenez en douceur, sans lests.'],
    },
    pregnancy: {
      summary: 'Parlez-en à votre sage-femme ou à votre médecin avant d’ajouter des lests.',
      advice: ['Demandez à votre sage-femme ou à votre médecin quel exercice vous convient maintenant.', 'Pas de chevillères lestées sans leur accord.'],
    },
    settle: {
      summary: 'Laissez votre corps s’adapter à votre récente hausse de distance avant d’ajouter des lests.',
      advice: [
        'Gardez la même distance hebdomadaire jusqu’à ce qu’elle vous semble de nouveau facile.',
        'N’ajoutez jamais de lests la semaine où vous augmentez la distance.',
      ],
    },
    'check-first': {
      summary: 'Possible seulement après un examen par un médecin ou un kinésithérapeute : pas encore de plan.',
      advice: [
        'Montrez d’abord vos réponses à un médecin ou à un kinésithérapeute.',
        'En attendant, marchez sans lests ou essayez des exercices de jambes avec un appui.',
      ],
    },
    incomplete: {
      summary: 'Certaines réponses manquent ou ne sont pas claires : pas encore de plan.',
      advice: ['Répondez à toutes les questions pour voir un plan avec les charges.'],
    },
  },

  // -------------------------------------------------------------------------------------------
  // Plans (texts around the numbers in rules/safety.ts PLAN_NUMBERS and PLAN_TEXT_NUMBERS: every
  // load, session count and duration is a placeholder, filled from those locked tables)
  // -------------------------------------------------------------------------------------------
  plans: {
    running: {
      progression: 'Ajoutez au plus {step} par cheville toutes les {span}, si vous n’avez aucune douleur et que votre foulée reste la même ; jamais la semaine où vous augmentez la distance. Allure facile uniquement : pas de lests pour le fractionné, les répétitions en côte, les sorties longues ou les compétitions.',
      warmUp: [
        'Marche ou footing facile, {warmUp}.',
        '10 balancements de jambe d’avant en arrière et sur le côté, pour chaque jambe.',
        '10 fentes marchées.',
        'Courez quelques minutes, puis mettez les lests.',
      ],
      formCues: [
        'Courez bien droit, le regard devant.',
        'Foulées courtes et rapides.',
        'N’allongez pas trop la foulée : posez le pied sous les hanches.',
        'Relâchez épaules, bras et mains.',
        'Foulée inhabituelle ? Retirez les lests.',
      ],
      stopSigns: [
        'Douleur plus de {painHours} après une sortie : pas de lests jusqu’à sa disparition.',
        'Boiterie ou foulée modifiée : retirez les lests.',
        'Douleur articulaire : arrêtez, retirez les lests.',
        'Vertiges, douleur ou oppression dans la poitrine : arrêtez immédiatement, demandez une aide médicale.',
      ],
    },
    walking: {
      progression: 'Toutes les {span}, ajoutez {step} par cheville ou {addMinutes}, si vous n’avez aucune douleur. Un seul changement à la fois.',
      warmUp: [
        'Marche facile sans lests, {warmUp}.',
        '10 balancements de jambe d’avant en arrière et sur le côté, pour chaque jambe ; tenez-vous si besoin.',
        '10 fentes marchées, en douceur.',
        'Fixez bien les chevillères au-dessus de la malléole.',
      ],
      formCues: [
        'Marchez bien droit, le regard devant.',
        'Longueur de pas habituelle : n’allongez pas trop le pas.',
        'Posez le pied sous les hanches, puis déroulez-le.',
        'Bras relâchés, qui se balancent.',
        'Commencez sur un sol régulier et bien éclairé.',
      ],
      stopSigns: [
        'Douleur plus de {painHours} après une marche : pas de lests jusqu’à sa disparition.',
        'Boiterie, trébuchement ou pas modifié : retirez les chevillères.',
        'Douleur à la cheville, au genou, à la hanche ou au dos : arrêtez, retirez les chevillères.',
        'Vertiges, douleur ou oppression dans la poitrine : arrêtez immédiatement, demandez une aide médicale.',
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
      title: 'Plus de calories à la même allure',
      summary: '5–8 % d’énergie en plus à vitesse égale, mais la plupart des gens ralentissent et perdent ce gain.',
      certainty: 'moderate',
      evidenceType: 'lab-study',
      detail: {
        numbers: '8 coureurs (Claremont & Hall 1988). 70 kg, 10 km/h (6 mph), 1 kg (2,2 lb) par cheville : +26–52 kcal sur 326 par 30 min. À leur propre allure, 7 coureurs ont ralenti : aucun gain (Bhambhani 1990).',
        mechanism: 'Balancer une jambe alourdie coûte de l’énergie.',
      },
      sources: [CLAREMONT, BHAMBHANI, COIFMAN],
      reviewed: REVIEWED,
      appliesWhen: [{ when: { has: { id: 'goals', value: 'calories' } }, why: 'Votre objectif : brûler des calories.' }],
    },
    {
      id: 'swing-muscle-work',
      kind: 'benefit',
      topic: 'muscles',
      title: 'Plus de travail pour les muscles qui balancent la jambe',
      summary: 'Les fléchisseurs de hanche et les ischio-jambiers travaillent plus tant que les lests sont portés.',
      certainty: 'moderate',
      evidenceType: 'lab-study',
      detail: {
        numbers: '0,5–1,5 kg (1–3,3 lb) à la cheville : moments articulaires +20–48 %, angles modifiés de moins de 4° (Duclos 2014, patients après un AVC). Muscles du balancement plus actifs (Browning 2007), forces articulaires en hausse (Martin & Cavanagh 1990).',
        mechanism: 'La hanche fournit plus de force pour déplacer la jambe alourdie ; rien ne prouve que cela développe la force.',
      },
      sources: [BROWNING, DUCLOS, MARTIN_CAVANAGH],
      reviewed: REVIEWED,
      appliesWhen: [{ when: WANTS_STRENGTH_OR_TONING, why: 'Votre objectif : la force ou la tonification.' }],
    },
    {
      id: 'higher-effort-heart-rate',
      kind: 'benefit',
      topic: 'heart',
      title: 'Fréquence cardiaque plus élevée pendant le port',
      summary: 'La fréquence cardiaque et la consommation d’oxygène augmentent un peu, seulement pendant la séance.',
      certainty: 'moderate',
      evidenceType: 'lab-study',
      detail: {
        numbers: '1,36 kg (3 lb) par cheville, marche en montée : fréquence cardiaque +7,6/min, oxygène +9 %, même effort ressenti (Graves 1988). 1,6–4,8 kg (3,5–10,6 lb) : la dépense augmentait avec la charge, plus à la cheville qu’au poignet (8 hommes, 1989).',
        mechanism: 'Plus de masse, plus de travail pour le cœur ; les gains de forme physique ne sont pas étudiés.',
      },
      sources: [GRAVES, ANKLE_WRIST_1989],
      reviewed: REVIEWED,
      appliesWhen: [{ when: { has: { id: 'goals', value: 'endurance' } }, why: 'Votre objectif : l’endurance.' }],
    },
    {
      id: 'walking-energy-cost',
      kind: 'benefit',
      topic: 'heart',
      title: 'Marcher avec des chevillères dépense plus d’énergie',
      summary: 'Environ 3–8 % de plus par kg, les deux chevilles ensemble.',
      certainty: 'moderate',
      evidenceType: 'lab-study',
      detail: {
        numbers: '1,82 kg (4 lb) par cheville : +17,6 % ; une seule cheville : +7,4 % (Skinner & Barrack 1990). +0,8 % par 100 g (3,5 oz) (Miller & Stamford 1987). 70 kg, 1 kg (2,2 lb) par cheville : +10–27 kcal sur une marche de 30 min qui en dépense 168.',
        mechanism: 'La jambe alourdie coûte à balancer, mais on marche plus lentement.',
      },
      sources: [SKINNER, MILLER],
      reviewed: REVIEWED,
      appliesWhen: [{ when: WALKING, why: 'Vous prévoyez de marcher avec des lests.' }],
    },
    {
      id: 'ankle-weight-strength-exercises',
      kind: 'benefit',
      topic: 'muscles',
      title: 'Exercices de renforcement avec chevillères',
      summary: 'Les élévations de jambe et flexions de genou lentes avec chevillères sont un entraînement contre résistance, qui développe la force ; les chevillères seules n’ont pas été testées.',
      certainty: 'moderate',
      evidenceType: 'controlled-trial',
      detail: {
        numbers: 'ACSM : 1–3 séries de 8–12 répétitions, 2–3 jours par semaine ; +2–10 % de charge quand vous dépassez l’objectif de 1–2 répétitions. Paliers des chevillères : en général 0,25 kg (0,5 lb). Niveau évalué sur l’entraînement contre résistance en général.',
        mechanism: 'Les muscles s’adaptent aux charges qu’ils ne peuvent soulever que 8 à 12 fois.',
      },
      sources: [ACSM_2009],
      reviewed: REVIEWED,
      appliesWhen: [{ when: WANTS_STRENGTH_OR_TONING, why: 'Votre objectif : la force ou la tonification.' }],
    },
    {
      id: 'older-adults-2022-study',
      kind: 'benefit',
      topic: 'muscles',
      title: 'Petite étude non contrôlée chez des adultes âgés',
      summary: '50 à 90 ans : meilleurs scores au test du lever de chaise après 3 mois avec des chevillères lestées ; pas de groupe témoin.',
      certainty: 'very-low',
      evidenceType: 'uncontrolled-trial',
      detail: {
        numbers: '74 volontaires, dépistés pour le risque de chute. Seulement un score de lever de chaise en 30 secondes ; pas de test de force, pas de course ; poids des chevillères et usage en marche non précisés.',
        mechanism: 'Des jambes plus fortes, l’habitude du test ou d’autres changements pourraient l’expliquer.',
      },
      sources: [AKATSU],
      reviewed: REVIEWED,
      appliesWhen: [{ when: { in: { id: 'ageBand', values: ['45-64', '65-plus'] } }, why: 'Vous êtes dans la tranche d’âge étudiée, ou proche.' }],
    },
    {
      id: 'training-gain-not-studied',
      kind: 'benefit',
      topic: 'muscles',
      title: 'Gains durables de force ou d’endurance : non étudiés',
      summary: 'Jamais testés pour la course avec des chevillères lestées.',
      certainty: 'not-studied',
      evidenceType: 'no-study',
      detail: {
        numbers: 'Aucune étude chez les coureurs de fond. La seule étude de sprint sur la durée : aucun gain de vitesse (Feser 2020). 0,5–2 kg (1–4,4 lb), c’est bien en dessous des charges de musculation.',
        mechanism: 'La force se gagne avec peu de répétitions proches de votre limite, pas avec des milliers de balancements légers.',
      },
      sources: [FESER, ACSM_2009],
      reviewed: REVIEWED,
      appliesWhen: [
        {
          when: { any: [{ has: { id: 'goals', value: 'strength' } }, { has: { id: 'goals', value: 'endurance' } }] },
          why: 'Votre objectif : la force ou l’endurance.',
        },
      ],
    },
    {
      id: 'bone-density-not-studied',
      kind: 'benefit',
      topic: 'bones',
      title: 'Des os plus solides : non étudié',
      summary: 'Aucun essai n’a mesuré la densité osseuse avec des chevillères lestées.',
      certainty: 'not-studied',
      evidenceType: 'no-study',
      detail: {
        numbers: 'Renforcement musculaire : densité osseuse de la hanche +1,03 % (43 essais, 4 320 femmes ménopausées ; Howe 2011). Un gilet lesté n’a pas empêché la perte osseuse à la hanche chez 150 adultes d’environ 66 ans suivant un régime (Beavers 2025).',
        mechanism: 'L’os a besoin de forces intenses et variées ; des chevillères légères apportent peu.',
      },
      sources: [HOWE, INVEST],
      reviewed: REVIEWED,
      appliesWhen: [
        { when: { has: { id: 'goals', value: 'bone' } }, why: 'Votre objectif : la santé des os. Le renforcement musculaire est mieux étayé.' },
        { when: BONE_HEALTH, why: 'Vous avez signalé une ostéoporose ou une fracture de fatigue : ne comptez pas sur les chevillères lestées.' },
      ],
    },

    // ---- Risks ----
    {
      id: 'gait-change',
      kind: 'risk',
      topic: 'form',
      title: 'Des lests plus lourds modifient votre foulée',
      summary: 'À partir d’environ 3 % du poids du corps sur les jambes, la foulée change ; des chevillères légères n’ont pas modifié la technique de base en footing.',
      certainty: 'low',
      evidenceType: 'lab-study',
      detail: {
        numbers: '14 coureurs : dès 3 %, poussée de la cheville réduite ; à 5 %, plus de flexion du genou et de variabilité (Trounson 2020). Sprints, 0,6–5 % : contact au sol +2,9–8,9 %, 0,6–7,4 % plus lents (Feser 2020). À 70 kg, 3 % font 1,05 kg (2,3 lb) par cheville.',
        mechanism: 'Le rythme du pas et les angles articulaires changent ; les effets sur les blessures ne sont pas étudiés.',
        reduceRisk: 'Les deux chevillères ensemble à 3 % du poids du corps au maximum, allure facile uniquement ; retirez les lests si votre foulée change.',
      },
      sources: [TROUNSON, FESER, CLAREMONT],
      reviewed: REVIEWED,
      appliesWhen: [
        { when: WEIGHTED_WITH_ISSUES, why: 'Vous avez déjà eu des problèmes avec des chevillères lestées.' },
        { when: RUNNING, why: 'Vous prévoyez de courir avec des lests.' },
      ],
    },
    {
      id: 'joint-stress',
      kind: 'risk',
      topic: 'joints',
      title: 'Plus de contraintes sur les genoux et les hanches ; dos : inconnu',
      summary: 'Les forces au genou et à la hanche augmentent pendant le balancement de la jambe ; le dos n’a pas été étudié.',
      certainty: 'low',
      evidenceType: 'lab-study',
      detail: {
        numbers: '0,5–1,5 kg (1–3,3 lb) à la cheville : moments articulaires +20–48 %, puissance +20–114 % (Duclos 2014). 0,25–0,5 kg (0,5–1,1 lb) au pied ou à la cuisse : forces accrues au-dessus de la charge (15 coureurs ; Martin & Cavanagh 1990).',
        mechanism: 'La hanche et le genou doivent freiner une jambe plus lourde ; les effets sur les blessures ne sont pas étudiés.',
        reduceRisk: 'Chevillère la plus légère, courtes portions à allure facile ; arrêtez si une articulation fait mal.',
      },
      sources: [DUCLOS, MARTIN_CAVANAGH],
      reviewed: REVIEWED,
      appliesWhen: [{ when: ANY_JOINT_PROBLEM, why: 'Vous avez ou avez eu un problème articulaire.' }],
    },
    {
      id: 'patellofemoral-pain',
      kind: 'risk',
      topic: 'joints',
      title: 'Douleur de la rotule (syndrome fémoro-patellaire)',
      summary: 'Fréquente chez les coureurs ; aucune étude ne la relie aux chevillères lestées.',
      certainty: 'not-studied',
      evidenceType: 'no-study',
      detail: {
        numbers: '10 % des blessures chez 254 débutants blessés ; récupération médiane (toutes blessures confondues) : 71 jours.',
        mechanism: 'Plus de force au genou pourrait surcharger la rotule : c’est une théorie, pas une donnée.',
        reduceRisk: 'N’ajoutez jamais de poids et de distance la même semaine ; arrêtez si l’avant du genou fait mal.',
      },
      sources: [NIELSEN_PLOS],
      reviewed: REVIEWED,
      appliesWhen: [{ when: ANY_JOINT_PROBLEM, why: 'Vous avez ou avez eu un problème articulaire.' }],
    },
    {
      id: 'it-band-syndrome',
      kind: 'risk',
      topic: 'joints',
      title: 'Syndrome de l’essuie-glace (bandelette ilio-tibiale)',
      summary: 'Douleur à l’extérieur du genou, liée aux hausses brutales du volume de course ; non étudiée avec des chevillères lestées.',
      certainty: 'not-studied',
      evidenceType: 'no-study',
      detail: {
        numbers: 'Plus de 30 % de distance hebdomadaire en plus en 2 semaines : plus de douleurs de la bandelette ilio-tibiale et de la rotule chez les débutants (étude observationnelle, d’après un résumé secondaire).',
        mechanism: 'En faire trop, trop tôt pourrait l’irriter ; l’effet des chevillères lestées n’a pas été testé.',
        reduceRisk: 'Augmentez d’abord la course progressivement ; arrêtez si l’extérieur du genou fait mal.',
      },
      sources: [NIELSEN_JOSPT],
      reviewed: REVIEWED,
      appliesWhen: [{ when: NO_RUNNING_BASE, why: 'Vous ne courez pas encore régulièrement.' }],
    },
    {
      id: 'stress-fractures',
      kind: 'risk',
      topic: 'bones',
      title: 'Fractures de fatigue',
      summary: 'Elles surviennent quand les charges dépassent la capacité de réparation de l’os ; aucune étude ne les relie aux chevillères lestées.',
      certainty: 'not-studied',
      evidenceType: 'no-study',
      detail: {
        numbers: 'Lésion osseuse de stress du tibia : jusqu’à 10–20 % des coureurs (sources secondaires). Douleur au tibia (périostite) : première blessure des débutants, 15 %.',
        mechanism: 'Les chevillères ajoutent peu d’impact, mais pourraient fatiguer les muscles qui l’amortissent.',
        reduceRisk: 'Pas de course lestée en cas d’ostéoporose ou d’antécédent de fracture de fatigue. Progressez lentement, reposez-vous ; consultez un médecin pour une douleur osseuse vive, localisée ou qui s’aggrave.',
      },
      sources: [NIELSEN_PLOS],
      reviewed: REVIEWED,
      appliesWhen: [{ when: BONE_HEALTH, why: 'Vous avez signalé une ostéoporose ou une fracture de fatigue.' }],
    },
    {
      id: 'muscle-imbalance',
      kind: 'risk',
      topic: 'muscles',
      title: 'Déséquilibre musculaire : une mise en garde, pas un constat',
      summary: 'Certains entraîneurs mettent en garde contre des muscles des jambes trop sollicités et d’autres délaissés ; non testé.',
      certainty: 'not-studied',
      evidenceType: 'no-study',
      detail: {
        numbers: 'Aucune étude sur l’équilibre musculaire ou les blessures. Le travail en plus va surtout aux muscles du balancement (Browning 2007).',
        mechanism: 'Les chevillères sollicitent les fléchisseurs de hanche et les ischio-jambiers, pas les mollets ni les fessiers.',
        reduceRisk: 'Renforcez aussi fessiers, cuisses et mollets, 2–3 jours par semaine.',
      },
      sources: [BROWNING, ACSM_2009],
      reviewed: REVIEWED,
      appliesWhen: [{ when: WANTS_STRENGTH_OR_TONING, why: 'Votre objectif : la force ou la tonification.' }],
    },
    {
      id: 'cartilage-damage',
      kind: 'risk',
      topic: 'joints',
      title: 'Lésions du cartilage : les données vont dans l’autre sens',
      summary: 'Pas de données sur les chevillères lestées ; les coureurs de loisir ont moins d’arthrose de la hanche et du genou que les personnes qui ne font pas d’exercice.',
      certainty: 'moderate',
      evidenceType: 'meta-analysis',
      detail: {
        numbers: 'Arthrose de la hanche ou du genou : coureurs de loisir 3,5 %, sédentaires 10,2 %, compétiteurs ou élite 13,3 %.',
        mechanism: 'Le cartilage supporte une course modérée ; les effets des chevillères à long terme sont inconnus.',
        reduceRisk: 'Gardez un volume de loisir et des charges légères ; consultez un professionnel pour une articulation gonflée ou douloureuse.',
      },
      sources: [ALENTORN],
      reviewed: REVIEWED,
      appliesWhen: [{ when: ANY_JOINT_PROBLEM, why: 'Vous avez ou avez eu un problème articulaire.' }],
    },
    {
      id: 'slower-running-economy',
      kind: 'risk',
      topic: 'form',
      title: 'Une course plus lente et moins économique',
      summary: 'Le poids aux pieds coûte de l’énergie à toute vitesse et a ralenti les coureurs.',
      certainty: 'moderate',
      evidenceType: 'lab-study',
      detail: {
        numbers: '100 g (3,5 oz) par chaussure : +1 % d’oxygène, 1 % plus lent sur 3 000 m (Hoogkamer 2016). 1 kg (2,2 lb) sur chaque tibia : +8 % d’énergie chez les hommes, +11 % chez les femmes (15 coureurs ; Coifman 2024).',
        mechanism: 'L’énergie dépensée à balancer le pied est perdue pour l’allure ; aucun gain ultérieur prouvé.',
        reduceRisk: 'Pas de lests pour le travail de vitesse, les sorties longues ou les compétitions ; pour la vitesse, faites du fractionné ou des côtes.',
      },
      sources: [HOOGKAMER, COIFMAN],
      reviewed: REVIEWED,
      appliesWhen: [{ when: { has: { id: 'goals', value: 'speed' } }, why: 'Votre objectif : la vitesse.' }],
    },
    {
      id: 'sudden-load-increase',
      kind: 'risk',
      topic: 'joints',
      title: 'Hausses brutales de la charge d’entraînement',
      summary: 'Les hausses rapides du volume de course sont liées aux blessures ; ajouter du poids en est une de plus.',
      certainty: 'low',
      evidenceType: 'observational',
      detail: {
        numbers: 'Un plan progressif suivant la « règle des 10 % » n’a pas réduit les blessures : 20,8 % contre 20,3 % sur 532 débutants (Buist 2008). Plus de blessures avec plus de 30 % de distance hebdomadaire en plus en 2 semaines, ou plus de 3 km la première semaine avec un IMC supérieur à 30 (Nielsen 2014, en partie d’après un résumé secondaire).',
        mechanism: 'Les tissus s’adaptent sur plusieurs semaines ; les hausses brutales vont plus vite qu’eux.',
        reduceRisk: 'N’ajoutez jamais de poids et de distance la même semaine ; au moins 2 semaines entre deux hausses de poids.',
      },
      sources: [BUIST, NIELSEN_JOSPT, NIELSEN_IJSPT],
      reviewed: REVIEWED,
      appliesWhen: [{ when: NO_RUNNING_BASE, why: 'Vous ne courez pas encore régulièrement.' }],
    },
    {
      id: 'ankle-leg-strain',
      kind: 'risk',
      topic: 'muscles',
      title: 'Surcharge de la cheville et des muscles des jambes',
      summary: 'Des professionnels de la Mayo Clinic déconseillent de marcher avec des chevillères lestées : elles pourraient surcharger la cheville et les muscles des jambes.',
      certainty: 'expert-opinion',
      evidenceType: 'expert-opinion',
      detail: {
        numbers: 'Avis d’experts ; aucun essai n’a compté ces blessures.',
        mechanism: 'La chevillère tire sur la cheville à chaque balancement ; des muscles fatigués la contrôlent moins bien.',
        reduceRisk: 'Chevillères ajustées et rembourrées, à partir de 0,5 kg (1 lb) ; arrêtez si la cheville ou le tibia fait mal.',
      },
      sources: [MAYO],
      reviewed: REVIEWED,
      appliesWhen: [
        { when: WALKING, why: 'Vous prévoyez de marcher avec des lests.' },
        { when: WEIGHTED_WITH_ISSUES, why: 'Vous avez déjà eu des problèmes avec des chevillères lestées.' },
      ],
    },
    {
      id: 'balance-and-falls',
      kind: 'risk',
      topic: 'form',
      title: 'Équilibre et chutes',
      summary: 'Une jambe plus lourde à balancer pourrait faire trébucher et chuter, surtout les personnes âgées ou à l’équilibre fragile.',
      certainty: 'expert-opinion',
      evidenceType: 'expert-opinion',
      detail: {
        numbers: 'Aucune étude n’a compté les chutes. 1,82 kg (4 lb) par cheville : plus de temps sur une jambe à chaque pas (Skinner & Barrack 1990). L’étude de 2022 a d’abord dépisté le risque de chute (Akatsu 2022).',
        mechanism: 'Un pied plus lourd pourrait moins se décoller du sol ; plus de temps sur une jambe met l’équilibre à l’épreuve.',
        reduceRisk: 'Sol régulier et bien éclairé, chevillère la plus légère ; aucune après une chute ou une sensation d’instabilité cette année. Les élévations de jambe en position assise ou avec un appui sont plus sûres.',
      },
      sources: [MAYO, SKINNER, AKATSU],
      reviewed: REVIEWED,
      appliesWhen: [
        { when: AGE_65_PLUS, why: 'Vous avez 65 ans ou plus.' },
        { when: DIZZINESS, why: 'Vous avez signalé des vertiges.' },
      ],
    },
    {
      id: 'weighted-vest-impact',
      kind: 'risk',
      topic: 'joints',
      title: 'Rien ne prouve qu’un gilet lesté soit plus sûr',
      summary: 'Il épargne le balancement des jambes mais ajoute de l’impact à chaque pas ; aucune étude ne compare les blessures.',
      certainty: 'low',
      evidenceType: 'lab-study',
      detail: {
        numbers: 'Gilets de 10–20 % de la masse corporelle : les deux pics de force augmentent (10 marcheurs), la vitesse de mise en charge aussi à 15–20 %. Énergie : environ +1 % par 1 % du poids du corps, bien moins par kg qu’à la cheville.',
        mechanism: 'Les jambes amortissent le poids en plus à chaque réception.',
        reduceRisk: 'Commencez à environ 5 % du poids du corps, en marchant d’abord, et progressez lentement.',
      },
      sources: [PUTHOFF],
      reviewed: REVIEWED,
      appliesWhen: [
        { when: ANY_JOINT_PROBLEM, why: 'Vous avez ou avez eu un problème articulaire.' },
        { when: BONE_HEALTH, why: 'Vous avez signalé une ostéoporose ou une fracture de fatigue : demandez d’abord l’avis d’un professionnel.' },
      ],
    },
  ],

  // -------------------------------------------------------------------------------------------
  // Alternatives, in the required order. Goal weights from evidence.md §e.
  // -------------------------------------------------------------------------------------------
  alternatives: [
    {
      id: 'weighted-vest-walk',
      title: 'Marche avec un gilet lesté',
      summary: 'La charge sur le tronc laisse le balancement des jambes naturel.',
      goals: { strength: 1, endurance: 1, speed: 0, calories: 1, bone: 1, toning: 0 },
      impact: 'moderate',
      equipment: ['vest'],
      minutes: { min: 20, max: 45 },
      beginner: true,
      contraindications: ['Douleurs au dos ou au cou', 'Ostéoporose : demandez d’abord un avis', 'Grossesse', 'Troubles de l’équilibre'],
      avoidWhen: [
        { when: PREGNANT, reason: 'Un gilet charge la colonne et les articulations : demandez d’abord l’avis de votre sage-femme ou de votre médecin.' },
        { when: BONE_HEALTH, reason: 'Vous avez signalé une ostéoporose ou une fracture de fatigue : demandez d’abord l’avis d’un professionnel.' },
      ],
      howTo: {
        steps: [
          'Gilet bien ajusté, qui ne ballotte pas.',
          'Commencez à 5 % du poids du corps : 3,5 kg (7,7 lb) pour 70 kg.',
          'Marchez bien droit sur terrain plat.',
          'Retirez-le si vous avez mal au dos, au cou ou aux pieds.',
        ],
        dose: '20–30 min, 2–3 jours par semaine.',
        progression: 'Ajoutez 1–2,5 % du poids du corps toutes les 2 semaines environ, jusqu’à 10 %, si vous n’avez aucune douleur.',
      },
      met: { value: 4.0, code: '17016' },
      sources: [PUTHOFF, SHAW_SNOW, INVEST],
    },
    {
      id: 'hill-walking',
      title: 'Marche en côte',
      summary: 'Plus de travail pour les jambes et le cœur, avec moins d’impact que la course.',
      goals: { strength: 1, endurance: 2, speed: 0, calories: 2, bone: 1, toning: 1 },
      impact: 'low',
      equipment: ['none'],
      minutes: { min: 20, max: 45 },
      beginner: true,
      contraindications: [
        'Douleur au genou en descente : descendez lentement ou revenez par un chemin plus plat',
        'Problèmes cardiaques ou respiratoires : demandez un avis avant les montées raides',
      ],
      howTo: {
        steps: [
          'Pente douce, ou inclinaison de 1–5 % sur tapis de course.',
          'Montez à une allure qui vous permet encore de parler.',
          'Petits pas, buste légèrement penché en avant.',
          'Redescendez lentement.',
        ],
        dose: '20–30 min, 2–3 jours par semaine.',
        progression: 'Ajoutez 5 min ou une portion plus raide toutes les 1 à 2 semaines, si tout va bien.',
      },
      met: { value: 5.3, code: '17034' },
      sources: [GOTTSCHALL],
    },
    {
      id: 'hill-repeats',
      title: 'Répétitions en côte',
      summary: 'Des montées courtes et intenses en courant développent l’endurance et la puissance des jambes, pour les coureurs qui ont une base de course.',
      goals: { strength: 1, endurance: 2, speed: 1, calories: 2, bone: 1, toning: 1 },
      impact: 'high',
      equipment: ['none'],
      minutes: { min: 20, max: 40 },
      beginner: false,
      contraindications: [
        'Demande une pratique régulière de la course',
        'Douleur au genou : courir en descente impose de fortes forces de freinage',
        'Maladie ou symptômes cardiaques : demandez un avis avant les efforts intenses',
      ],
      howTo: {
        steps: [
          'Échauffement : 10 min de course facile.',
          'Montez une côte modérée en courant, 30–60 s, vite mais sous contrôle.',
          'Redescendez en marchant ou en trottinant.',
          'Faites-en 4 à 6, puis un retour au calme.',
        ],
        dose: '4–6 répétitions, une fois par semaine.',
        progression: 'Ajoutez 1–2 répétitions toutes les 2 semaines, jusqu’à 10, avant de les allonger.',
      },
      met: { value: 10.3, code: '12255' },
      sources: [GOTTSCHALL],
    },
    {
      id: 'intervals',
      title: 'Fractionné en course',
      summary: 'Course rapide et course facile en alternance : l’un des moyens les mieux étayés pour gagner en endurance et en vitesse.',
      goals: { strength: 0, endurance: 2, speed: 2, calories: 2, bone: 1, toning: 0 },
      impact: 'high',
      equipment: ['none'],
      minutes: { min: 20, max: 40 },
      beginner: false,
      contraindications: ['Demande une pratique régulière de la course', 'Maladie cardiaque ou symptôme d’alerte : demandez un avis avant les efforts intenses'],
      howTo: {
        steps: ['Échauffement : 10 min de course facile.', 'Courez 1–3 min vite mais sous contrôle.', 'Trottinez ou marchez tranquillement, même durée.', 'Faites-en 4 à 6, puis un retour au calme.'],
        dose: '4–6 efforts, une fois par semaine.',
        progression: 'Ajoutez un effort toutes les 1 à 2 semaines ; gardez au moins 2 jours faciles entre deux séances intenses.',
      },
      met: { value: 8.0, code: '12150' },
      sources: [MILANOVIC],
    },
    {
      id: 'walk-jog',
      title: 'Alternance marche-course',
      summary: 'De courtes portions de course entre des passages de marche : un début en douceur pour construire une base de course.',
      goals: { strength: 0, endurance: 2, speed: 1, calories: 1, bone: 1, toning: 0 },
      impact: 'moderate',
      equipment: ['none'],
      minutes: { min: 20, max: 40 },
      beginner: true,
      contraindications: ['Douleur articulaire qui s’aggrave quand vous trottinez', 'Tout symptôme d’alerte relevé par le questionnaire de santé'],
      howTo: {
        steps: ['Marchez d’un bon pas 5 min.', 'Trottinez tranquillement 1 min, marchez 2 min.', 'Répétez 6 à 8 fois.', 'Marchez 5 min pour finir.'],
        dose: '20–30 min, 3 jours par semaine.',
        progression: 'Toutes les 1 à 2 semaines, allongez la course ou raccourcissez la marche, pas les deux, pour arriver en quelques mois à 30 min de course facile.',
      },
      met: { value: 6.0, code: '12010' },
      sources: [BUIST, NIELSEN_PLOS],
    },
    {
      id: 'strength-training',
      title: 'Renforcement musculaire',
      summary: 'Développe la force ; de bonnes preuves montrent moins de blessures et une meilleure économie de course.',
      goals: { strength: 2, endurance: 1, speed: 1, calories: 1, bone: 2, toning: 2 },
      impact: 'low',
      equipment: ['none', 'gym'],
      minutes: { min: 20, max: 45 },
      beginner: true,
      contraindications: ['Blessure aiguë : laissez-la d’abord se calmer', 'Apprenez la technique avant d’ajouter de la charge'],
      howTo: {
        steps: [
          'Choisissez-en 4 à 6 : squats, fentes, montées sur la pointe des pieds, montées sur une marche, ponts fessiers.',
          '8–12 répétitions lentes pour chacun.',
          'Récupérez 1–2 min entre les séries.',
          'Arrêtez tout exercice qui fait mal à une articulation.',
        ],
        dose: '1–3 séries, 2–3 jours non consécutifs par semaine.',
        progression: 'Vous dépassez votre objectif de 1–2 répétitions ? Ajoutez 2–10 % de charge ou passez à une variante plus difficile.',
      },
      met: { value: 3.5, code: '02054' },
      sources: [ACSM_2009, LAUERSEN, HOWE],
    },
    {
      id: 'ankle-weight-walking',
      title: 'Marche avec des chevillères lestées légères',
      summary: 'Des chevillères légères ajoutent un peu d’effort à une marche facile, avec moins de risques que la course.',
      goals: { strength: 1, endurance: 1, speed: 0, calories: 1, bone: 0, toning: 1 },
      impact: 'low',
      equipment: ['ankle-weights'],
      minutes: { min: 20, max: 30 },
      beginner: true,
      contraindications: [
        'Troubles de l’équilibre ou chute récente',
        'Douleur à la cheville, au genou ou à la hanche',
        'Des professionnels de la Mayo Clinic la déconseillent (avis d’expert)',
      ],
      avoidWhen: [
        { when: DIZZINESS, reason: 'Vous avez signalé des vertiges : les lests peuvent perturber l’équilibre.' },
        { when: CURRENT_JOINT_PROBLEM, reason: 'Une charge en plus sur les jambes pourrait aggraver un problème articulaire actuel.' },
      ],
      howTo: {
        steps: [
          'Commencez à {walkStart} par cheville.',
          'Fixez bien les chevillères au-dessus de la malléole.',
          'Allure et pas habituels, sur sol régulier.',
          'Retirez-les si vous avez mal à la cheville, au genou ou à la hanche.',
        ],
        dose: '20–30 min, 2–3 jours par semaine.',
        progression: 'Toutes les {walkSpan}, ajoutez {step} par cheville ou {addMinutes}, si vous n’avez aucune douleur. Maximum {walkMax} par cheville.',
      },
      met: { value: 3.8, code: '17190' },
      sources: [SKINNER, AKATSU, MAYO],
    },
    {
      id: 'ankle-weight-exercises',
      title: 'Renforcement avec des chevillères lestées',
      summary: 'Des élévations de jambe et flexions de genou lentes avec chevillères renforcent hanches et cuisses, sans impact.',
      goals: { strength: 1, endurance: 0, speed: 0, calories: 0, bone: 0, toning: 2 },
      impact: 'low',
      equipment: ['ankle-weights'],
      minutes: { min: 15, max: 30 },
      beginner: true,
      contraindications: ['Douleur articulaire aiguë', 'Arrêtez si une douleur à la hanche ou au genou s’aggrave'],
      avoidWhen: [
        { when: CURRENT_JOINT_PROBLEM, reason: 'Une charge en plus sur les jambes pourrait aggraver un problème articulaire actuel ; demandez d’abord l’avis d’un kinésithérapeute.' },
      ],
      howTo: {
        steps: [
          'Fixez {walkStart} par cheville, ou rien au début.',
          'Élévations de jambe en position allongée sur le côté, flexions des ischio-jambiers, extensions de hanche ; tenez-vous à une chaise.',
          '8–12 répétitions lentes par exercice, pour chaque jambe.',
          'Récupérez environ 1 min entre les séries.',
        ],
        dose: '1–3 séries, 2–3 jours non consécutifs par semaine.',
        progression: 'Passez de 8 à 12 répétitions, puis ajoutez {step} et revenez à 8.',
      },
      met: { value: 2.8, code: '02024' },
      sources: [ACSM_2009],
    },
    {
      id: 'cycling',
      title: 'Vélo',
      summary: 'De l’endurance et des calories brûlées, avec peu de charge sur les articulations.',
      goals: { strength: 1, endurance: 2, speed: 0, calories: 2, bone: 0, toning: 1 },
      impact: 'low',
      equipment: ['bike', 'gym'],
      minutes: { min: 20, max: 60 },
      beginner: true,
      contraindications: ['Douleur au genou : faites vérifier les réglages de votre vélo (avis d’expert)', 'Apporte peu aux os : ajoutez du renforcement musculaire'],
      howTo: {
        steps: [
          'Hauteur de selle : genou légèrement fléchi en bas du coup de pédale.',
          'Roulez à une allure qui vous permet encore de parler.',
          'Petit braquet, pédalage souple.',
          'Pédalez tranquillement 5 min pour finir.',
        ],
        dose: '20–30 min, effort modéré, 2–3 jours par semaine.',
        progression: 'Ajoutez 5–10 min par semaine, ou une portion plus difficile, si tout va bien.',
      },
      met: { value: 6.8, code: '01200' },
      sources: [OLMEDILLAS, ABRAHIN],
    },
    {
      id: 'swimming',
      title: 'Natation ou course en eau profonde',
      summary: 'L’eau porte votre poids : de l’endurance sans impact.',
      goals: { strength: 0, endurance: 2, speed: 0, calories: 2, bone: 0, toning: 1 },
      impact: 'low',
      equipment: ['pool'],
      minutes: { min: 20, max: 45 },
      beginner: true,
      contraindications: ['Il faut savoir nager', 'Apporte peu aux os : ajoutez du renforcement musculaire'],
      howTo: {
        steps: [
          'Longueurs tranquilles ; reposez-vous au bord si besoin.',
          'Variez les nages.',
          'Ou courez en eau profonde avec une ceinture de flottaison.',
          'Restez à un effort qui vous permet encore de parler.',
        ],
        dose: '20–30 min, 2–3 jours par semaine.',
        progression: 'Ajoutez quelques longueurs ou 5 min par semaine, ou reposez-vous moins.',
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
      strength: 'Force',
      endurance: 'Endurance',
      speed: 'Vitesse',
      calories: 'Dépense calorique',
      bone: 'Santé des os',
      toning: 'Tonification',
    },
    equipment: {
      none: 'Sans matériel',
      'ankle-weights': 'Chevillères lestées',
      vest: 'Gilet lesté',
      gym: 'Salle de sport',
      bike: 'Vélo',
      pool: 'Piscine',
    },
    activities: {
      running: 'Course',
      walking: 'Marche',
    },
    certainty: {
      high: 'Élevée',
      moderate: 'Modérée',
      low: 'Faible',
      'very-low': 'Très faible',
      'expert-opinion': 'Avis d’expert',
      'not-studied': 'Non étudié',
    },
    topics: {
      joints: 'Articulations',
      muscles: 'Muscles et force',
      heart: 'Cœur et calories',
      bones: 'Os',
      form: 'Technique de course',
    },
    impact: {
      low: 'Impact faible',
      moderate: 'Impact modéré',
      high: 'Impact élevé',
    },
  },

  messages: {
    goalStrong: 'Bien étayé pour : {goals}',
    goalSome: 'Quelques preuves pour : {goals}',
    goalWeak: 'Peu de preuves pour : {goals}',
    goalGeneral: 'Un bon choix polyvalent',
    impactLow: 'Doux pour les articulations',
    impactModerate: 'Un certain impact sur les articulations',
    impactHigh: 'Dur pour les articulations',
    equipmentNone: 'Aucun matériel nécessaire',
    equipmentHave: 'Utilise ce que vous avez : {equipment}',
    equipmentMissing: 'Nécessite : {equipment}',
    minutesFit: 'Tient en {minutes} min',
    minutesShort: 'Demande {minutes} min ou plus',
    levelBeginner: 'Convient aux débutants',
    levelNeedsBase: 'Idéal une fois que vous courez régulièrement',
    excludedJoint: 'Impact élevé : pas en cas de problème articulaire passé ou actuel',
    excludedJointUnknown: 'Impact élevé : écarté tant que vous n’avez pas indiqué l’absence de problème articulaire',
    excludedJointPain: 'Impact élevé : pas en cas de douleur articulaire actuelle',
    excludedVerdict: 'Écarté en raison de votre résultat, « {verdict} »',
    excludedStop: 'Pas pour l’instant : arrêtez l’exercice et consultez d’abord un médecin',
    excludedRest: 'Pas pour l’instant : reposez-vous jusqu’à votre rétablissement',
    excludedBone: 'Impact élevé : pas en cas d’os fragiles ou de fracture de fatigue passée',
    excludedFalls: 'Impact élevé : pas après une chute ni en cas de problème d’équilibre',
    excludedCheckFirst: 'Chevillères lestées seulement avec l’accord d’un médecin ou d’un kinésithérapeute',
    excludedUnder18: 'Déconseillé avant 18 ans',
    excludedUnanswered: 'Impact élevé : exclu tant que toutes les questions de santé n’ont pas de réponse',
    offerNothingStop: 'Rien à essayer pour l’instant. Arrêtez l’exercice et consultez d’abord un médecin ; en cas de douleur à la poitrine, de perte de connaissance ou d’essoufflement intense en ce moment, appelez les urgences.',
    offerNothingRest: 'Rien à essayer pour l’instant. Reposez-vous jusqu’à votre rétablissement, puis refaites le quiz.',
    offerAfterDoctor: 'Avec l’accord de votre médecin ou de votre kinésithérapeute, ces options douces peuvent vous convenir :',
    offerAfterMidwife: 'Avec l’accord de votre sage-femme ou de votre médecin, ces options douces peuvent vous convenir :',
    offerWhileSettling: 'Le temps que votre distance se stabilise, ces options douces vous gardent en mouvement :',
  },

  ui: {
    disclaimer: 'Ceci n’est pas un avis médical et ne remplace pas un examen par un médecin ou un kinésithérapeute.',
    evidenceNote: 'La certitude est notre évaluation informelle, inspirée de GRADE, et non une revue systématique.',
    sources: 'Sources',
    reviewed: 'Dernière révision',
    yes: 'Oui',
    no: 'Non',
    kcal: 'kcal',

    // Shared by every widget (BASE_STRINGS, src/internal/base.strings.ts).
    'base.forget': 'Effacer mes réponses',
    'base.debugRefused': 'Le contenu personnalisé a été refusé ({count} problèmes) ; le contenu intégré est affiché. La console du navigateur détaille chaque problème.',
    'base.debugRefused#one': 'Le contenu personnalisé a été refusé ({count} problème) ; le contenu intégré est affiché. La console du navigateur détaille ce problème.',

    // <loadwise-quiz> (QUIZ_STRINGS, src/elements/quiz/quiz.strings.ts).
    'quiz.title': 'Chevillères lestées : faut-il en porter, et comment ?',
    'quiz.intro': 'Quelques étapes rapides (environ {total}), une minute à peu près. Découvrez s’il est judicieux de courir ou de marcher avec des chevillères lestées, pourquoi, et comment commencer en sécurité, ou que faire à la place.',
    'quiz.privacy': 'Vos réponses restent dans ce navigateur.',
    'quiz.start': 'Commencer',
    'quiz.next': 'Suivant',
    'quiz.back': 'Retour',
    'quiz.seeResult': 'Voir mon résultat',
    'quiz.progress': 'Question {n} sur environ {total}',
    'quiz.required': 'Choisissez une réponse pour continuer.',
    'quiz.requiredAll': 'Répondez à chaque question pour continuer.',
    'quiz.flags': 'Votre santé',
    'quiz.flagsMore': 'Votre santé (suite)',
    'quiz.flagsHelp': 'Répondez par oui ou par non à chaque question.',
    'quiz.weight': 'Poids',
    'quiz.unit': 'Unité',
    'quiz.kg': 'kg',
    'quiz.lb': 'lb',
    'quiz.weightError': 'Indiquez un poids entre {min} et {max}, ou laissez le champ vide.',
    'quiz.weightFix': 'Corrigez le poids, ou laissez le champ vide.',
    'quiz.why': 'Pourquoi',
    'quiz.noFlags': 'Aucune de vos réponses n’a soulevé de signal d’alerte.',
    'quiz.because': 'Vos réponses :',
    'quiz.source': 'Source :',
    'quiz.plan': 'Votre plan de départ',
    'quiz.both': '{value} ({other})',
    'quiz.startLoad': 'Pour commencer, par cheville',
    'quiz.maxLoad': 'Maximum à atteindre, par cheville',
    'quiz.sessions': 'Séances lestées par semaine',
    'quiz.sessionsValue': '{start} pour commencer, {max} au maximum',
    'quiz.minutes': 'Temps avec les lests',
    'quiz.minutesValue': 'Jusqu’à {minutes} par séance',
    'quiz.progression': 'Comment progresser',
    'quiz.extra': 'Énergie en plus, par séance',
    'quiz.extraValue': 'Environ {typical} {kcal}, jusqu’à {high} ; presque rien si vous ralentissez',
    'quiz.warmUp': 'Échauffement',
    'quiz.formCues': 'Technique',
    'quiz.stopSigns': 'Arrêtez si',
    'quiz.todo': 'Que faire ensuite',
    'quiz.instead': 'Que faire à la place',
    'quiz.professional': 'Parlez-en à un professionnel : un médecin, un kinésithérapeute ou un professionnel qualifié de l’activité physique peut vous conseiller en personne.',
    'quiz.commercial': 'Liens proposés par ce site, qui peut être rémunéré grâce à eux. Ils ne modifient jamais votre résultat.',
    'quiz.restart': 'Recommencer',
    'quiz.print': 'Imprimer ou enregistrer ce résumé',
    'quiz.forget': 'Effacer mes réponses',
    'quiz.forgotten': 'Vos réponses ont été effacées.',
    'quiz.result': 'Résultat : {verdict}',

    // <loadwise-pros-cons> (PROS_CONS_STRINGS, src/elements/pros-cons/pros-cons.strings.ts).
    'prosCons.heading': 'Courir avec des chevillères lestées : bénéfices et risques',
    'prosCons.intro':
      'Les preuves sont minces : surtout de petites études en laboratoire sur une seule séance, et aucune étude de coureurs qui s’entraînent avec des chevillères lestées dans la durée. Chaque point indique notre évaluation des preuves.',
    'prosCons.benefit': 'Bénéfices',
    'prosCons.risk': 'Risques',
    'prosCons.tally': 'Preuves modérées ou solides : {strong} · preuves faibles : {weak} · non testé ou simple avis : {untested}',
    'prosCons.topics': 'Thèmes',
    'prosCons.sort': 'Trier par certitude',
    'prosCons.more.benefit': 'Afficher les {count} bénéfices',
    'prosCons.more.benefit#one': 'Afficher {count} bénéfice',
    'prosCons.more.risk': 'Afficher les {count} risques',
    'prosCons.more.risk#one': 'Afficher {count} risque',
    'prosCons.empty': 'Aucun dans les thèmes choisis.',
    'prosCons.shown': 'Bénéfices affichés : {benefit}. Risques affichés : {risk}.',
    'prosCons.evidence': 'Preuves :',
    'prosCons.legend': 'Notre évaluation des preuves : ce que signifient les badges',
    'prosCons.certainty.high': 'Des essais concordants sur cette question précise. Peu susceptible de changer.',
    'prosCons.certainty.moderate': 'Assez concordant, mais des études petites ou courtes, ou une situation proche étudiée à la place. Pourrait changer.',
    'prosCons.certainty.low': 'Petites études en laboratoire, ou d’autres groupes de personnes. Changera probablement.',
    'prosCons.certainty.very-low': 'Une étude préliminaire, des observations de cas ou une théorie. Très incertain.',
    'prosCons.certainty.expert-opinion': 'Conseils de cliniciens ou d’institutions, sans données.',
    'prosCons.certainty.not-studied': 'Nous n’avons trouvé aucune étude sur ce point avec des chevillères lestées.',
    'prosCons.applies': 'Vous concerne :',
    'prosCons.numbers': 'Les chiffres',
    'prosCons.mechanism': 'Pourquoi',
    'prosCons.reduceRisk': 'Pour réduire le risque',
    'prosCons.type.meta-analysis': 'Méta-analyse',
    'prosCons.type.rct': 'Essai randomisé',
    'prosCons.type.controlled-trial': 'Essais contrôlés',
    'prosCons.type.uncontrolled-trial': 'Essai non contrôlé',
    'prosCons.type.lab-study': 'Études en laboratoire',
    'prosCons.type.observational': 'Études observationnelles',
    'prosCons.type.expert-opinion': 'Avis d’expert',
    'prosCons.type.no-study': 'Aucune étude directe',
    'prosCons.updated': 'Mis à jour selon vos réponses au quiz. Points qui vous concernent : {count}, signalés et placés en tête.',
    'prosCons.cleared': 'Réponses au quiz effacées : voici la vue générale.',
    'prosCons.forYou': 'Ce que cela signifie pour vous :',
    'prosCons.result': 'Votre résultat au quiz : « {verdict} ».',
    'prosCons.drivers': 'Les risques qui l’expliquent :',
    'prosCons.none': 'Il ne découle pas des risques ci-dessous, mais les risques généraux restent valables.',
    'prosCons.faq': 'Questions fréquentes',
    'prosCons.basedOn': 'S’appuie sur :',
    'prosCons.sources': 'Sources',
    'prosCons.reviewed': 'Dernière révision',

    'prosCons.faq.weight.q': 'Les chevillères lestées m’aideront-elles à perdre du poids plus vite ?',
    'prosCons.faq.weight.a':
      'À peine. Les chevillères ajoutent quelques dizaines de kcal à une course de 30 minutes à la même allure, et la plupart des coureurs ralentissent et perdent même ce gain. Courir en côte en ajoute 3 à 5 fois plus.',
    'prosCons.faq.weight.goal': 'Pour votre objectif calories, le travail en côte fait mieux que les chevillères.',
    'prosCons.faq.weight.walk': 'À la marche : chaque kilo par cheville ajoute environ 10–27 kcal à une marche de 30 minutes.',
    'prosCons.faq.beginners.q': 'Les chevillères lestées conviennent-elles aux débutants ?',
    'prosCons.faq.beginners.a':
      'Pas pour la course. Courez d’abord 3 fois ou plus par semaine pendant 3 mois : les hausses brutales de charge sont liées aux blessures. Les débutants peuvent utiliser des chevillères pour des exercices de renforcement ou de courtes marches.',
    'prosCons.faq.beginners.base': 'Vous ne courez pas encore régulièrement : construisez d’abord cette base.',
    'prosCons.faq.often.q': 'À quelle fréquence les utiliser ?',
    'prosCons.faq.often.a':
      'Aucune étude ne le dit. Notre limite prudente pour la course : {runSessionsStart} sortie lestée courte et facile par semaine au début, jamais plus de {runSessionsMax}, et jamais plus de poids et plus de distance la même semaine.',
    'prosCons.faq.often.plan': 'Séances lestées par semaine prévues par votre plan : {sessions}.',
    'prosCons.faq.often.stop': 'Votre résultat : aucune séance lestée pour le moment.',
    'prosCons.faq.faster.q': 'Courir avec des chevillères lestées me rendra-t-il plus rapide ?',
    'prosCons.faq.faster.a':
      'Rien ne le montre. Du poids aux pieds rend la course moins économique et plus lente, et la seule étude de sprint sur la durée n’a trouvé aucun gain de vitesse. Le fractionné et les côtes sont mieux étayés.',
    'prosCons.faq.faster.goal': 'Pour la vitesse, pas de lests pour le travail de vitesse, les sorties longues et les compétitions.',
    'prosCons.faq.tone.q': 'Les chevillères lestées vont-elles tonifier mes jambes ?',
    'prosCons.faq.tone.a':
      'Aucune étude ne définit ni ne mesure la tonification, ni ne montre que les chevillères brûlent la graisse des jambes. Elles font travailler davantage vos fléchisseurs de hanche et vos ischio-jambiers pendant que vous les portez ; une force durable vient des exercices de renforcement, qui peuvent les utiliser.',
    'prosCons.faq.tone.goal': 'Pour la force ou la tonification, des élévations de jambe et flexions de genou lentes avec chevillères valent mieux que courir avec.',
    'prosCons.faq.heavy.q': 'Quel poids doivent faire les chevillères lestées ?',
    'prosCons.faq.heavy.a':
      'Légères. Pour la course : {runStart} par cheville pour commencer, {runMax} au maximum, et les deux ensemble dans la limite de {share} du poids du corps, au-delà de laquelle la technique change. Jusqu’à {walkMax}, c’est pour la marche et le renforcement.',
    'prosCons.faq.heavy.plan': 'Votre plan : de {start} à {max} par cheville.',
    'prosCons.faq.heavy.stop': 'Votre résultat : pas de lests pour le moment.',
    'prosCons.faq.exercises.q': 'Quels exercices faire avec des chevillères lestées ?',
    'prosCons.faq.exercises.a':
      'Des mouvements de renforcement lents : flexions de genou debout, élévations de jambe sur le côté et vers l’arrière, élévations de jambe en position allongée ou assise. 1–3 séries de 8–12 répétitions, 2–3 jours par semaine ; ajoutez de la charge quand vous pouvez faire 1–2 répétitions de plus.',
    'prosCons.faq.exercises.balance': 'Faites-les en position assise ou en vous tenant à un appui : les lests peuvent perturber l’équilibre.',
    'prosCons.faq.exercises.ask': 'Votre résultat : demandez aussi l’avis d’un professionnel avant ces exercices.',

    // <loadwise-alternatives> (ALTERNATIVES_STRINGS, src/elements/alternatives/alternatives.strings.ts).
    'alternatives.heading': 'D’autres façons d’atteindre votre objectif',
    'alternatives.intro': 'Classées selon vos objectifs et vos limites. Chaque carte explique pourquoi elle convient.',
    'alternatives.goals': 'Vos objectifs',
    'alternatives.goalsHelp': 'Choisissez-en autant que vous voulez. Si vous n’en choisissez aucun, tous comptent.',
    'alternatives.limits': 'Vos limites',
    'alternatives.jointPain': 'J’ai des douleurs articulaires',
    'alternatives.equipment': 'Matériel disponible',
    'alternatives.minutes': 'Minutes par séance',
    'alternatives.anyMinutes': 'Peu importe',
    'alternatives.minutesOption': '{minutes} min',
    'alternatives.fromQuiz': 'D’après vos réponses au quiz. Modifiez ce que vous voulez.',
    'alternatives.results': 'Options classées',
    'alternatives.resultsCount': '{count} options pour vous, la meilleure en premier.',
    'alternatives.resultsCount#one': '{count} option pour vous.',
    'alternatives.announce': 'Classement mis à jour. En tête : {name}.',
    'alternatives.rank': 'Numéro {rank}',
    'alternatives.fit': 'Adéquation',
    'alternatives.fitStrong': 'Très adapté',
    'alternatives.fitGood': 'Bien adapté',
    'alternatives.fitPartial': 'Partiellement adapté',
    'alternatives.fitWeak': 'Peu adapté',
    'alternatives.fitValue': '{words}, {percent} %',
    'alternatives.impact': 'Impact',
    'alternatives.time': 'Durée',
    'alternatives.timeRange': '{min}–{max} min',
    'alternatives.equipmentNeeded': 'Matériel',
    'alternatives.kcal': 'Environ {kcal} kcal en 30 minutes (estimation)',
    'alternatives.kcalHint': 'Indiquez votre poids dans le quiz pour obtenir une estimation des calories.',
    'alternatives.whyFits': 'Pourquoi cela convient',
    'alternatives.pro': 'Pour :',
    'alternatives.con': 'Contre :',
    'alternatives.howTo': 'Comment faire',
    'alternatives.dose': 'Dose de départ',
    'alternatives.progression': 'Progression',
    'alternatives.notFor': 'Pas pour vous si',
    'alternatives.choose': 'Choisir',
    'alternatives.chosen': 'Choisi',
    'alternatives.chosenAnnounce': 'Vous avez choisi : {name}.',
    'alternatives.compareThis': 'Comparer',
    'alternatives.compareLimit': 'Comparez jusqu’à trois options. Retirez-en une pour en ajouter une autre.',
    'alternatives.compare': 'Comparer côte à côte ({count})',
    'alternatives.closeCompare': 'Fermer la comparaison',
    'alternatives.compareCaption': 'Comparaison côte à côte',
    'alternatives.compareHint': 'Cochez « Comparer » sur deux ou trois cartes.',
    'alternatives.excluded': 'Options exclues pour vous ({count})',
    'alternatives.excluded#one': 'Option exclue pour vous ({count})',
    'alternatives.excludedHelp': 'Ces options ne sont pas classées, en raison de vos réponses.',
    'alternatives.disclosure': 'Certains liens de cette page sont commerciaux. Ils ne modifient jamais le classement.',
    'alternatives.none': 'Aucune option ne correspond à ces limites. Essayez avec moins de limites.',
  },
};

export default fr;
