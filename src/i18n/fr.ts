import type { Messages } from './messages.js';

/*
 * French messages (locale `fr`), translated from the English ones (en*.ts): text only; the ids,
 * conditions, numbers, sources and dates are in src/core/catalogue, written once for every
 * language. Register: vous. Plain text only, short sentences for a phone.
 *
 * French typography: a no-break space (U+00A0) before « : ; ? ! % » and inside « », so that the
 * sign never wraps onto a line of its own; typographic apostrophes (’); decimal commas in prose
 * (1,1 kg).
 */
export const fr = {
  locale: 'fr',
  questions: {
    heartCondition: {
      text: 'Un médecin vous a-t-il dit que vous aviez un problème cardiaque ou de l’hypertension artérielle ?',
      help: 'Oui, même sous traitement.',
      advice: {
        true: 'Demandez l’avis de votre médecin avant d’ajouter des lests ou un exercice plus intense.',
      },
    },
    chestPain: {
      text: 'Avez-vous des douleurs à la poitrine, au repos ou en activité ?',
      help: 'Une sensation de pression ou de serrement compte aussi.',
      advice: {
        true: 'Arrêtez-vous et consultez un médecin avant tout nouvel exercice. Si la douleur est forte, ou s’accompagne d’essoufflement ou de sueurs, appelez les urgences.',
      },
    },
    warningSymptoms: {
      text: 'Ces derniers temps : essoufflement au repos ou au moindre effort, cœur qui s’emballe ou bat de façon irrégulière, chevilles enflées, douleur au mollet à la marche, ou fatigue inhabituelle ?',
      help: 'Une douleur au mollet qui passe quand vous vous arrêtez compte aussi.',
      advice: {
        true: 'Cessez toute activité physique et consultez un médecin avant tout nouvel exercice. Si les symptômes sont soudains ou intenses, appelez les urgences.',
      },
    },
    dizziness: {
      text: 'Avez-vous perdu l’équilibre à cause d’un vertige, ou perdu connaissance, ces 12 derniers mois ?',
      help: 'Pas un simple étourdissement dû à un fort essoufflement.',
      advice: {
        true: 'Consultez d’abord un médecin pour en trouver la cause : les lests rendent l’équilibre plus difficile.',
      },
    },
    chronicCondition: {
      text: 'Une autre maladie chronique, ou un médicament prescrit pour en traiter une ?',
      help: 'Par ex. diabète, maladie des reins ou des poumons, arthrose ou arthrite, cancer, même si la maladie est maîtrisée.',
      advice: {
        true: 'Demandez l’avis de votre médecin ou d’un professionnel qualifié de l’activité physique avant d’ajouter des lests.',
      },
    },
    supervisedOnly: {
      text: 'Un médecin vous a-t-il dit de ne faire de l’exercice que sous surveillance médicale ?',
      help: 'Par ex. uniquement en présence d’un professionnel de santé.',
      advice: {
        true: 'Tenez-vous-en à l’exercice sous surveillance ; demandez l’avis de votre équipe soignante avant d’ajouter des lests.',
      },
    },
    jointProblem: {
      text: 'Un problème d’os, d’articulation, de muscle, de tendon ou de ligament aux pieds, aux chevilles, aux tibias, aux genoux, aux hanches ou au dos ?',
      help: '« Oui, actuellement » : survenu ces 12 derniers mois et qui vous limite encore. La périostite tibiale et les douleurs du tendon d’Achille comptent aussi.',
      options: {
        none: 'Non',
        past: 'Par le passé, guéri depuis',
        current: 'Oui, actuellement ou ces 12 derniers mois',
      },
      advice: {
        current: 'Consultez un médecin ou un kinésithérapeute avant d’ajouter des lests : une charge en plus pourrait l’aggraver. Des options à faible impact peuvent vous convenir.',
        past: 'Continuez avec prudence : commencez plus léger ; arrêtez si le problème revient.',
      },
    },
    boneHealth: {
      text: 'Ostéoporose, fracture de fatigue même ancienne, ou corticoïdes en comprimés au long cours ?',
      help: 'Une faible densité osseuse compte aussi.',
      advice: {
        true: 'Pas de course avec des chevillères lestées. Pour marcher avec des chevillères légères, demandez d’abord l’avis d’un médecin ou d’un kinésithérapeute.',
      },
    },
    falls: {
      text: 'Une chute ou une quasi-chute ces 12 derniers mois, ou un problème d’équilibre ?',
      help: 'Trébucher et se rattraper de justesse compte aussi.',
      advice: {
        true: 'Les lests modifient votre pas. Pas de course avec ; avant de marcher avec des chevillères, demandez l’avis d’un kinésithérapeute.',
      },
    },
    pregnant: {
      text: 'Enceinte, ou accouchement ces 6 derniers mois ?',
      help: 'Oui aussi en cas de doute.',
      advice: {
        true: 'Demandez d’abord l’avis de votre sage-femme ou de votre médecin. Pas de lests sans leur accord.',
      },
    },
    unwell: {
      text: 'Malade en ce moment, par ex. un rhume ou de la fièvre ?',
      help: 'Seulement une maladie passagère.',
      advice: {
        true: 'Pas de lests avant un rétablissement complet ; refaites ensuite le quiz.',
      },
    },
    loadSpike: {
      text: 'Votre distance de course hebdomadaire a-t-elle augmenté de plus d’un tiers ces 2 dernières semaines ?',
      help: 'Par ex. de 15 km à plus de 20 km par semaine. Vous ne courez pas ? Répondez « Non ».',
      advice: {
        true: 'Laissez d’abord votre corps s’adapter : gardez la même distance, et pas de lests pour l’instant.',
      },
    },
    activity: {
      text: 'Porterez-vous les lests pour courir ou pour marcher ?',
      help: 'Les conseils et les limites ne sont pas les mêmes.',
      options: { running: 'Courir', walking: 'Marcher' },
    },
    ageBand: {
      text: 'Quel âge avez-vous ?',
      help: 'Seule votre tranche d’âge est utilisée.',
      options: {
        'under-18': 'Moins de 18 ans',
        '18-44': '18 à 44 ans',
        '45-64': '45 à 64 ans',
        '65-plus': '65 ans ou plus',
      },
      advice: {
        'under-18': 'Ces conseils s’adressent aux adultes. Demandez à un entraîneur, à un professeur d’EPS ou à un médecin.',
        '65-plus': 'Courir avec des lests est déconseillé à partir de 65 ans (risque pour l’équilibre). Marcher avec des chevillères légères peut être possible, avec prudence.',
      },
    },
    runFrequency: {
      text: 'À quelle fréquence courez-vous en ce moment ?',
      help: '« Régulièrement » : 3 sorties ou plus par semaine, depuis au moins 3 mois.',
      options: {
        none: 'Je ne cours pas',
        occasional: 'De temps en temps',
        regular: '3 fois ou plus par semaine, depuis 3 mois ou plus',
      },
      advice: {
        none: 'Cela convient pour marcher avec des lests légers. Pour courir avec, construisez d’abord une base de course, par ex. avec l’alternance marche-course.',
        occasional: 'Pour courir avec des lests, passez d’abord à 3 sorties ou plus par semaine pendant 3 mois. Marcher avec des chevillères légères est possible dès maintenant.',
      },
    },
    weightedBefore: {
      text: 'Avez-vous déjà couru ou marché avec des chevillères lestées ?',
      help: '« Problèmes » : douleur, blessure ou foulée modifiée.',
      options: {
        never: 'Non, jamais',
        'without-issues': 'Oui, sans problème',
        'with-issues': 'Oui, et j’ai eu des problèmes',
      },
      advice: {
        'with-issues': 'Courir avec est déconseillé. Pour la marche, prenez plus léger ; arrêtez à la première douleur.',
      },
    },
    bodyWeightKg: {
      text: 'Votre poids (facultatif)',
      help: 'Sert à fixer la limite de 3 % pour les deux chevillères et à estimer les calories. Reste sur votre appareil.',
    },
    goals: {
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
  },
  // Several age rules also fire for under-18, so their texts say "votre tranche d’âge".
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
  verdicts: {
    'see-professional': {
      title: 'Consultez d’abord un professionnel',
      summary: 'Demandez l’avis d’un médecin ou d’un professionnel qualifié de l’activité physique avant les lests ou un exercice plus intense. Ceci n’est pas un avis médical.',
      advice: [
        'Montrez vos réponses à un médecin, un kinésithérapeute ou un professionnel de l’activité physique.',
        'Pas de chevillères lestées avant leur avis.',
      ],
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
      advice: [
        'Une fois leur accord obtenu, demandez-leur laquelle des options douces vous convient.',
      ],
    },
    rest: {
      summary: 'Reposez-vous jusqu’à un rétablissement complet, puis refaites le quiz.',
      advice: [
        'Repos : ni lests ni exercice intense tant que vous êtes malade.',
        'Après votre rétablissement, reprenez en douceur, sans lests.',
      ],
    },
    pregnancy: {
      summary: 'Parlez-en à votre sage-femme ou à votre médecin avant d’ajouter des lests.',
      advice: [
        'Demandez à votre sage-femme ou à votre médecin quel exercice vous convient maintenant.',
        'Pas de chevillères lestées sans leur accord.',
      ],
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
      advice: [
        'Répondez à toutes les questions pour voir un plan avec les charges.',
      ],
    },
  },
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
  alternatives: {
    'weighted-vest-walk': {
      title: 'Marche avec un gilet lesté',
      summary: 'La charge sur le tronc laisse le balancement des jambes naturel.',
      contraindications: [
        'Douleurs au dos ou au cou',
        'Ostéoporose : demandez d’abord un avis',
        'Grossesse',
        'Troubles de l’équilibre',
      ],
      avoidWhen: [
        {
          reason: 'Un gilet charge la colonne et les articulations : demandez d’abord l’avis de votre sage-femme ou de votre médecin.',
        },
        {
          reason: 'Vous avez signalé une ostéoporose ou une fracture de fatigue : demandez d’abord l’avis d’un professionnel.',
        },
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
    },
    'hill-walking': {
      title: 'Marche en côte',
      summary: 'Plus de travail pour les jambes et le cœur, avec moins d’impact que la course.',
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
    },
    'hill-repeats': {
      title: 'Répétitions en côte',
      summary: 'Des montées courtes et intenses en courant développent l’endurance et la puissance des jambes, pour les coureurs qui ont une base de course.',
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
    },
    intervals: {
      title: 'Fractionné en course',
      summary: 'Course rapide et course facile en alternance : l’un des moyens les mieux étayés pour gagner en endurance et en vitesse.',
      contraindications: [
        'Demande une pratique régulière de la course',
        'Maladie cardiaque ou symptôme d’alerte : demandez un avis avant les efforts intenses',
      ],
      howTo: {
        steps: [
          'Échauffement : 10 min de course facile.',
          'Courez 1–3 min vite mais sous contrôle.',
          'Trottinez ou marchez tranquillement, même durée.',
          'Faites-en 4 à 6, puis un retour au calme.',
        ],
        dose: '4–6 efforts, une fois par semaine.',
        progression: 'Ajoutez un effort toutes les 1 à 2 semaines ; gardez au moins 2 jours faciles entre deux séances intenses.',
      },
    },
    'walk-jog': {
      title: 'Alternance marche-course',
      summary: 'De courtes portions de course entre des passages de marche : un début en douceur pour construire une base de course.',
      contraindications: [
        'Douleur articulaire qui s’aggrave quand vous trottinez',
        'Tout symptôme d’alerte relevé par le questionnaire de santé',
      ],
      howTo: {
        steps: [
          'Marchez d’un bon pas 5 min.',
          'Trottinez tranquillement 1 min, marchez 2 min.',
          'Répétez 6 à 8 fois.',
          'Marchez 5 min pour finir.',
        ],
        dose: '20–30 min, 3 jours par semaine.',
        progression: 'Toutes les 1 à 2 semaines, allongez la course ou raccourcissez la marche, pas les deux, pour arriver en quelques mois à 30 min de course facile.',
      },
    },
    'strength-training': {
      title: 'Renforcement musculaire',
      summary: 'Développe la force ; de bonnes preuves montrent moins de blessures et une meilleure économie de course.',
      contraindications: [
        'Blessure aiguë : laissez-la d’abord se calmer',
        'Apprenez la technique avant d’ajouter de la charge',
      ],
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
    },
    'ankle-weight-walking': {
      title: 'Marche avec des chevillères lestées légères',
      summary: 'Des chevillères légères ajoutent un peu d’effort à une marche facile, avec moins de risques que la course.',
      contraindications: [
        'Troubles de l’équilibre ou chute récente',
        'Douleur à la cheville, au genou ou à la hanche',
        'Des professionnels de la Mayo Clinic la déconseillent (avis d’expert)',
      ],
      avoidWhen: [
        {
          reason: 'Vous avez signalé des vertiges : les lests peuvent perturber l’équilibre.',
        },
        {
          reason: 'Une charge en plus sur les jambes pourrait aggraver un problème articulaire actuel.',
        },
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
    },
    'ankle-weight-exercises': {
      title: 'Renforcement avec des chevillères lestées',
      summary: 'Des élévations de jambe et flexions de genou lentes avec chevillères renforcent hanches et cuisses, sans impact.',
      contraindications: [
        'Douleur articulaire aiguë',
        'Arrêtez si une douleur à la hanche ou au genou s’aggrave',
      ],
      avoidWhen: [
        {
          reason: 'Une charge en plus sur les jambes pourrait aggraver un problème articulaire actuel ; demandez d’abord l’avis d’un kinésithérapeute.',
        },
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
    },
    cycling: {
      title: 'Vélo',
      summary: 'De l’endurance et des calories brûlées, avec peu de charge sur les articulations.',
      contraindications: [
        'Douleur au genou : faites vérifier les réglages de votre vélo (avis d’expert)',
        'Apporte peu aux os : ajoutez du renforcement musculaire',
      ],
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
    },
    swimming: {
      title: 'Natation ou course en eau profonde',
      summary: 'L’eau porte votre poids : de l’endurance sans impact.',
      contraindications: [
        'Il faut savoir nager',
        'Apporte peu aux os : ajoutez du renforcement musculaire',
      ],
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
    },
  },
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
    activities: { running: 'Course', walking: 'Marche' },
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
  },
  claims: {
    'extra-calories-fixed-pace': {
      title: 'Plus de calories à la même allure',
      summary: '5–8 % d’énergie en plus à vitesse égale, mais la plupart des gens ralentissent et perdent ce gain.',
      appliesWhen: [{ why: 'Votre objectif : brûler des calories.' }],
    },
    'swing-muscle-work': {
      title: 'Plus de travail pour les muscles qui balancent la jambe',
      summary: 'Les fléchisseurs de hanche et les ischio-jambiers travaillent plus tant que les lests sont portés.',
      appliesWhen: [{ why: 'Votre objectif : la force ou la tonification.' }],
    },
    'higher-effort-heart-rate': {
      title: 'Fréquence cardiaque plus élevée pendant le port',
      summary: 'La fréquence cardiaque et la consommation d’oxygène augmentent un peu, seulement pendant la séance.',
      appliesWhen: [{ why: 'Votre objectif : l’endurance.' }],
    },
    'walking-energy-cost': {
      title: 'Marcher avec des chevillères dépense plus d’énergie',
      summary: 'Environ 3–8 % de plus par kg, les deux chevilles ensemble.',
      appliesWhen: [{ why: 'Vous prévoyez de marcher avec des lests.' }],
    },
    'ankle-weight-strength-exercises': {
      title: 'Exercices de renforcement avec chevillères',
      summary: 'Les élévations de jambe et flexions de genou lentes avec chevillères sont un entraînement contre résistance, qui développe la force ; les chevillères seules n’ont pas été testées.',
      appliesWhen: [{ why: 'Votre objectif : la force ou la tonification.' }],
    },
    'older-adults-2022-study': {
      title: 'Petite étude non contrôlée chez des adultes âgés',
      summary: '50 à 90 ans : meilleurs scores au test du lever de chaise après 3 mois avec des chevillères lestées ; pas de groupe témoin.',
      appliesWhen: [
        { why: 'Vous êtes dans la tranche d’âge étudiée, ou proche.' },
      ],
    },
    'training-gain-not-studied': {
      title: 'Gains durables de force ou d’endurance : non étudiés',
      summary: 'Jamais testés pour la course avec des chevillères lestées.',
      appliesWhen: [{ why: 'Votre objectif : la force ou l’endurance.' }],
    },
    'bone-density-not-studied': {
      title: 'Des os plus solides : non étudié',
      summary: 'Aucun essai n’a mesuré la densité osseuse avec des chevillères lestées.',
      appliesWhen: [
        {
          why: 'Votre objectif : la santé des os. Le renforcement musculaire est mieux étayé.',
        },
        {
          why: 'Vous avez signalé une ostéoporose ou une fracture de fatigue : ne comptez pas sur les chevillères lestées.',
        },
      ],
    },
    'gait-change': {
      title: 'Des lests plus lourds modifient votre foulée',
      summary: 'À partir d’environ 3 % du poids du corps sur les jambes, la foulée change ; des chevillères légères n’ont pas modifié la technique de base en footing.',
      appliesWhen: [
        { why: 'Vous avez déjà eu des problèmes avec des chevillères lestées.' },
        { why: 'Vous prévoyez de courir avec des lests.' },
      ],
    },
    'joint-stress': {
      title: 'Plus de contraintes sur les genoux et les hanches ; dos : inconnu',
      summary: 'Les forces au genou et à la hanche augmentent pendant le balancement de la jambe ; le dos n’a pas été étudié.',
      appliesWhen: [{ why: 'Vous avez ou avez eu un problème articulaire.' }],
    },
    'patellofemoral-pain': {
      title: 'Douleur de la rotule (syndrome fémoro-patellaire)',
      summary: 'Fréquente chez les coureurs ; aucune étude ne la relie aux chevillères lestées.',
      appliesWhen: [{ why: 'Vous avez ou avez eu un problème articulaire.' }],
    },
    'it-band-syndrome': {
      title: 'Syndrome de l’essuie-glace (bandelette ilio-tibiale)',
      summary: 'Douleur à l’extérieur du genou, liée aux hausses brutales du volume de course ; non étudiée avec des chevillères lestées.',
      appliesWhen: [{ why: 'Vous ne courez pas encore régulièrement.' }],
    },
    'stress-fractures': {
      title: 'Fractures de fatigue',
      summary: 'Elles surviennent quand les charges dépassent la capacité de réparation de l’os ; aucune étude ne les relie aux chevillères lestées.',
      appliesWhen: [
        { why: 'Vous avez signalé une ostéoporose ou une fracture de fatigue.' },
      ],
    },
    'muscle-imbalance': {
      title: 'Déséquilibre musculaire : une mise en garde, pas un constat',
      summary: 'Certains entraîneurs mettent en garde contre des muscles des jambes trop sollicités et d’autres délaissés ; non testé.',
      appliesWhen: [{ why: 'Votre objectif : la force ou la tonification.' }],
    },
    'cartilage-damage': {
      title: 'Lésions du cartilage : les données vont dans l’autre sens',
      summary: 'Pas de données sur les chevillères lestées ; les coureurs de loisir ont moins d’arthrose de la hanche et du genou que les personnes qui ne font pas d’exercice.',
      appliesWhen: [{ why: 'Vous avez ou avez eu un problème articulaire.' }],
    },
    'slower-running-economy': {
      title: 'Une course plus lente et moins économique',
      summary: 'Le poids aux pieds coûte de l’énergie à toute vitesse et a ralenti les coureurs.',
      appliesWhen: [{ why: 'Votre objectif : la vitesse.' }],
    },
    'sudden-load-increase': {
      title: 'Hausses brutales de la charge d’entraînement',
      summary: 'Les hausses rapides du volume de course sont liées aux blessures ; ajouter du poids en est une de plus.',
      appliesWhen: [{ why: 'Vous ne courez pas encore régulièrement.' }],
    },
    'ankle-leg-strain': {
      title: 'Surcharge de la cheville et des muscles des jambes',
      summary: 'Des professionnels de la Mayo Clinic déconseillent de marcher avec des chevillères lestées : elles pourraient surcharger la cheville et les muscles des jambes.',
      appliesWhen: [
        { why: 'Vous prévoyez de marcher avec des lests.' },
        { why: 'Vous avez déjà eu des problèmes avec des chevillères lestées.' },
      ],
    },
    'balance-and-falls': {
      title: 'Équilibre et chutes',
      summary: 'Une jambe plus lourde à balancer pourrait faire trébucher et chuter, surtout les personnes âgées ou à l’équilibre fragile.',
      appliesWhen: [
        { why: 'Vous avez 65 ans ou plus.' },
        { why: 'Vous avez signalé des vertiges.' },
      ],
    },
    'weighted-vest-impact': {
      title: 'Rien ne prouve qu’un gilet lesté soit plus sûr',
      summary: 'Il épargne le balancement des jambes mais ajoute de l’impact à chaque pas ; aucune étude ne compare les blessures.',
      appliesWhen: [
        { why: 'Vous avez ou avez eu un problème articulaire.' },
        {
          why: 'Vous avez signalé une ostéoporose ou une fracture de fatigue : demandez d’abord l’avis d’un professionnel.',
        },
      ],
    },
  },
  claimDetails: {
    'extra-calories-fixed-pace': {
      detail: {
        numbers: '8 coureurs (Claremont & Hall 1988). 70 kg, 10 km/h (6 mph), 1 kg (2,2 lb) par cheville : +26–52 kcal sur 326 par 30 min. À leur propre allure, 7 coureurs ont ralenti : aucun gain (Bhambhani 1990).',
        mechanism: 'Balancer une jambe alourdie coûte de l’énergie.',
      },
    },
    'swing-muscle-work': {
      detail: {
        numbers: '0,5–1,5 kg (1–3,3 lb) à la cheville : moments articulaires +20–48 %, angles modifiés de moins de 4° (Duclos 2014, patients après un AVC). Muscles du balancement plus actifs (Browning 2007), forces articulaires en hausse (Martin & Cavanagh 1990).',
        mechanism: 'La hanche fournit plus de force pour déplacer la jambe alourdie ; rien ne prouve que cela développe la force.',
      },
    },
    'higher-effort-heart-rate': {
      detail: {
        numbers: '1,36 kg (3 lb) par cheville, marche en montée : fréquence cardiaque +7,6/min, oxygène +9 %, même effort ressenti (Graves 1988). 1,6–4,8 kg (3,5–10,6 lb) : la dépense augmentait avec la charge, plus à la cheville qu’au poignet (8 hommes, 1989).',
        mechanism: 'Plus de masse, plus de travail pour le cœur ; les gains de forme physique ne sont pas étudiés.',
      },
    },
    'walking-energy-cost': {
      detail: {
        numbers: '1,82 kg (4 lb) par cheville : +17,6 % ; une seule cheville : +7,4 % (Skinner & Barrack 1990). +0,8 % par 100 g (3,5 oz) (Miller & Stamford 1987). 70 kg, 1 kg (2,2 lb) par cheville : +10–27 kcal sur une marche de 30 min qui en dépense 168.',
        mechanism: 'La jambe alourdie coûte à balancer, mais on marche plus lentement.',
      },
    },
    'ankle-weight-strength-exercises': {
      detail: {
        numbers: 'ACSM : 1–3 séries de 8–12 répétitions, 2–3 jours par semaine ; +2–10 % de charge quand vous dépassez l’objectif de 1–2 répétitions. Paliers des chevillères : en général 0,25 kg (0,5 lb). Niveau évalué sur l’entraînement contre résistance en général.',
        mechanism: 'Les muscles s’adaptent aux charges qu’ils ne peuvent soulever que 8 à 12 fois.',
      },
    },
    'older-adults-2022-study': {
      detail: {
        numbers: '74 volontaires, dépistés pour le risque de chute. Seulement un score de lever de chaise en 30 secondes ; pas de test de force, pas de course ; poids des chevillères et usage en marche non précisés.',
        mechanism: 'Des jambes plus fortes, l’habitude du test ou d’autres changements pourraient l’expliquer.',
      },
    },
    'training-gain-not-studied': {
      detail: {
        numbers: 'Aucune étude chez les coureurs de fond. La seule étude de sprint sur la durée : aucun gain de vitesse (Feser 2020). 0,5–2 kg (1–4,4 lb), c’est bien en dessous des charges de musculation.',
        mechanism: 'La force se gagne avec peu de répétitions proches de votre limite, pas avec des milliers de balancements légers.',
      },
    },
    'bone-density-not-studied': {
      detail: {
        numbers: 'Renforcement musculaire : densité osseuse de la hanche +1,03 % (43 essais, 4 320 femmes ménopausées ; Howe 2011). Un gilet lesté n’a pas empêché la perte osseuse à la hanche chez 150 adultes d’environ 66 ans suivant un régime (Beavers 2025).',
        mechanism: 'L’os a besoin de forces intenses et variées ; des chevillères légères apportent peu.',
      },
    },
    'gait-change': {
      detail: {
        numbers: '14 coureurs : dès 3 %, poussée de la cheville réduite ; à 5 %, plus de flexion du genou et de variabilité (Trounson 2020). Sprints, 0,6–5 % : contact au sol +2,9–8,9 %, 0,6–7,4 % plus lents (Feser 2020). À 70 kg, 3 % font 1,05 kg (2,3 lb) par cheville.',
        mechanism: 'Le rythme du pas et les angles articulaires changent ; les effets sur les blessures ne sont pas étudiés.',
        reduceRisk: 'Les deux chevillères ensemble à 3 % du poids du corps au maximum, allure facile uniquement ; retirez les lests si votre foulée change.',
      },
    },
    'joint-stress': {
      detail: {
        numbers: '0,5–1,5 kg (1–3,3 lb) à la cheville : moments articulaires +20–48 %, puissance +20–114 % (Duclos 2014). 0,25–0,5 kg (0,5–1,1 lb) au pied ou à la cuisse : forces accrues au-dessus de la charge (15 coureurs ; Martin & Cavanagh 1990).',
        mechanism: 'La hanche et le genou doivent freiner une jambe plus lourde ; les effets sur les blessures ne sont pas étudiés.',
        reduceRisk: 'Chevillère la plus légère, courtes portions à allure facile ; arrêtez si une articulation fait mal.',
      },
    },
    'patellofemoral-pain': {
      detail: {
        numbers: '10 % des blessures chez 254 débutants blessés ; récupération médiane (toutes blessures confondues) : 71 jours.',
        mechanism: 'Plus de force au genou pourrait surcharger la rotule : c’est une théorie, pas une donnée.',
        reduceRisk: 'N’ajoutez jamais de poids et de distance la même semaine ; arrêtez si l’avant du genou fait mal.',
      },
    },
    'it-band-syndrome': {
      detail: {
        numbers: 'Plus de 30 % de distance hebdomadaire en plus en 2 semaines : plus de douleurs de la bandelette ilio-tibiale et de la rotule chez les débutants (étude observationnelle, d’après un résumé secondaire).',
        mechanism: 'En faire trop, trop tôt pourrait l’irriter ; l’effet des chevillères lestées n’a pas été testé.',
        reduceRisk: 'Augmentez d’abord la course progressivement ; arrêtez si l’extérieur du genou fait mal.',
      },
    },
    'stress-fractures': {
      detail: {
        numbers: 'Lésion osseuse de stress du tibia : jusqu’à 10–20 % des coureurs (sources secondaires). Douleur au tibia (périostite) : première blessure des débutants, 15 %.',
        mechanism: 'Les chevillères ajoutent peu d’impact, mais pourraient fatiguer les muscles qui l’amortissent.',
        reduceRisk: 'Pas de course lestée en cas d’ostéoporose ou d’antécédent de fracture de fatigue. Progressez lentement, reposez-vous ; consultez un médecin pour une douleur osseuse vive, localisée ou qui s’aggrave.',
      },
    },
    'muscle-imbalance': {
      detail: {
        numbers: 'Aucune étude sur l’équilibre musculaire ou les blessures. Le travail en plus va surtout aux muscles du balancement (Browning 2007).',
        mechanism: 'Les chevillères sollicitent les fléchisseurs de hanche et les ischio-jambiers, pas les mollets ni les fessiers.',
        reduceRisk: 'Renforcez aussi fessiers, cuisses et mollets, 2–3 jours par semaine.',
      },
    },
    'cartilage-damage': {
      detail: {
        numbers: 'Arthrose de la hanche ou du genou : coureurs de loisir 3,5 %, sédentaires 10,2 %, compétiteurs ou élite 13,3 %.',
        mechanism: 'Le cartilage supporte une course modérée ; les effets des chevillères à long terme sont inconnus.',
        reduceRisk: 'Gardez un volume de loisir et des charges légères ; consultez un professionnel pour une articulation gonflée ou douloureuse.',
      },
    },
    'slower-running-economy': {
      detail: {
        numbers: '100 g (3,5 oz) par chaussure : +1 % d’oxygène, 1 % plus lent sur 3 000 m (Hoogkamer 2016). 1 kg (2,2 lb) sur chaque tibia : +8 % d’énergie chez les hommes, +11 % chez les femmes (15 coureurs ; Coifman 2024).',
        mechanism: 'L’énergie dépensée à balancer le pied est perdue pour l’allure ; aucun gain ultérieur prouvé.',
        reduceRisk: 'Pas de lests pour le travail de vitesse, les sorties longues ou les compétitions ; pour la vitesse, faites du fractionné ou des côtes.',
      },
    },
    'sudden-load-increase': {
      detail: {
        numbers: 'Un plan progressif suivant la « règle des 10 % » n’a pas réduit les blessures : 20,8 % contre 20,3 % sur 532 débutants (Buist 2008). Plus de blessures avec plus de 30 % de distance hebdomadaire en plus en 2 semaines, ou plus de 3 km la première semaine avec un IMC supérieur à 30 (Nielsen 2014, en partie d’après un résumé secondaire).',
        mechanism: 'Les tissus s’adaptent sur plusieurs semaines ; les hausses brutales vont plus vite qu’eux.',
        reduceRisk: 'N’ajoutez jamais de poids et de distance la même semaine ; au moins 2 semaines entre deux hausses de poids.',
      },
    },
    'ankle-leg-strain': {
      detail: {
        numbers: 'Avis d’experts ; aucun essai n’a compté ces blessures.',
        mechanism: 'La chevillère tire sur la cheville à chaque balancement ; des muscles fatigués la contrôlent moins bien.',
        reduceRisk: 'Chevillères ajustées et rembourrées, à partir de 0,5 kg (1 lb) ; arrêtez si la cheville ou le tibia fait mal.',
      },
    },
    'balance-and-falls': {
      detail: {
        numbers: 'Aucune étude n’a compté les chutes. 1,82 kg (4 lb) par cheville : plus de temps sur une jambe à chaque pas (Skinner & Barrack 1990). L’étude de 2022 a d’abord dépisté le risque de chute (Akatsu 2022).',
        mechanism: 'Un pied plus lourd pourrait moins se décoller du sol ; plus de temps sur une jambe met l’équilibre à l’épreuve.',
        reduceRisk: 'Sol régulier et bien éclairé, chevillère la plus légère ; aucune après une chute ou une sensation d’instabilité cette année. Les élévations de jambe en position assise ou avec un appui sont plus sûres.',
      },
    },
    'weighted-vest-impact': {
      detail: {
        numbers: 'Gilets de 10–20 % de la masse corporelle : les deux pics de force augmentent (10 marcheurs), la vitesse de mise en charge aussi à 15–20 %. Énergie : environ +1 % par 1 % du poids du corps, bien moins par kg qu’à la cheville.',
        mechanism: 'Les jambes amortissent le poids en plus à chaque réception.',
        reduceRisk: 'Commencez à environ 5 % du poids du corps, en marchant d’abord, et progressez lentement.',
      },
    },
  },
  strings: {
    quiz: {
      title: 'Chevillères lestées : faut-il en porter, et comment ?',
      intro: 'Quelques étapes rapides (environ {total}), une minute à peu près. Découvrez s’il est judicieux de courir ou de marcher avec des chevillères lestées, pourquoi, et comment commencer en sécurité, ou que faire à la place.',
      privacy: 'Vos réponses restent dans ce navigateur.',
      partHealth: 'Votre santé : des questions par oui ou non',
      partRunning: 'Votre course ou votre marche jusqu’ici',
      partGoals: 'Vos objectifs, si vous le souhaitez',
      start: 'Commencer',
      next: 'Suivant',
      back: 'Retour',
      seeResult: 'Voir mon résultat',
      progress: 'Étape {n} sur {total}',
      progressUpTo: 'Étape {n} sur {total} au plus',
      required: 'Choisissez une réponse pour continuer.',
      requiredAll: 'Répondez à chaque question pour continuer.',
      flags: 'Votre santé',
      flagsMore: 'Votre santé (suite)',
      flagsHelp: 'Répondez par oui ou par non à chaque question.',
      weight: 'Poids',
      unit: 'Unité',
      kg: 'kg',
      lb: 'lb',
      weightError: 'Indiquez un poids entre {min} et {max}, ou laissez le champ vide.',
      weightFix: 'Corrigez le poids, ou laissez le champ vide.',
      why: 'Pourquoi',
      noFlags: 'Aucune de vos réponses n’a soulevé de signal d’alerte.',
      because: 'Vos réponses :',
      source: 'Source :',
      plan: 'Votre plan de départ',
      both: '{value} ({other})',
      startLoad: 'Pour commencer, par cheville',
      maxLoad: 'Maximum à atteindre, par cheville',
      sessions: 'Séances lestées par semaine',
      sessionsValue: '{start} pour commencer, {max} au maximum',
      minutes: 'Temps avec les lests',
      minutesValue: 'Jusqu’à {minutes} par séance',
      progression: 'Comment progresser',
      extra: 'Énergie en plus, par séance',
      extraValue: 'Environ {typical} {kcal}, jusqu’à {high} ; presque rien si vous ralentissez',
      warmUp: 'Échauffement',
      formCues: 'Technique',
      stopSigns: 'Arrêtez si',
      todo: 'Que faire ensuite',
      instead: 'Que faire à la place',
      professional: 'Parlez-en à un professionnel : un médecin, un kinésithérapeute ou un professionnel qualifié de l’activité physique peut vous conseiller en personne.',
      commercial: 'Liens proposés par ce site, qui peut être rémunéré grâce à eux. Ils ne modifient jamais votre résultat.',
      restart: 'Recommencer',
      print: 'Imprimer ou enregistrer ce résumé',
      forget: 'Effacer mes réponses',
      forgotten: 'Vos réponses ont été effacées.',
      // The result's next step and its print summary (en.quiz-next.ts).
      nextToPicker: 'Aller aux alternatives',
      nextToExplainer: 'Aller à l’explication',
      nextBoth: 'L’explication et les alternatives de cette page tiennent maintenant compte de vos réponses.',
      nextPicker: 'Les alternatives de cette page tiennent maintenant compte de vos réponses.',
      nextExplainer: 'L’explication de cette page tient maintenant compte de vos réponses.',
      printTitle: 'Chevillères lestées : mes réponses et mon résultat',
      printFor: 'Un résumé à montrer à un médecin, un kinésithérapeute ou un coach.',
      printDate: 'Date : {date}',
      printVerdict: 'Résultat',
      printAnswers: 'Mes réponses',
      printNone: 'Aucun',
    },
    alternatives: {
      heading: 'D’autres façons d’atteindre votre objectif',
      intro: 'Classées selon vos objectifs et vos limites. Chaque carte explique pourquoi elle convient.',
      goals: 'Vos objectifs',
      goalsHelp: 'Choisissez-en autant que vous voulez. Si vous n’en choisissez aucun, tous comptent.',
      limits: 'Vos limites',
      jointPain: 'J’ai des douleurs articulaires',
      equipment: 'Matériel disponible',
      minutes: 'Minutes par séance',
      anyMinutes: 'Peu importe',
      minutesOption: '{minutes} min',
      fromQuiz: 'D’après vos réponses au quiz. Modifiez ce que vous voulez.',
      results: 'Options classées',
      resultsCount: '{count} options pour vous, la meilleure en premier.',
      'resultsCount#one': '{count} option pour vous.',
      pickGoal: 'Choisissez un objectif pour les classer selon vous.',
      announceOut: '{count} options écartées.',
      'announceOut#one': '1 option écartée.',
      announceBack: '{count} options reviennent dans le classement.',
      'announceBack#one': '1 option revient dans le classement.',
      announceFirst: 'Nouvelle en tête : {name}.',
      announceMoved: 'Ordre modifié. Toujours en tête : {name}.',
      announceSame: 'Aucun changement. Toujours en tête : {name}.',
      rank: 'Numéro {rank}',
      fit: 'Adéquation',
      fitStrong: 'Très adapté',
      fitGood: 'Bien adapté',
      fitPartial: 'Partiellement adapté',
      fitWeak: 'Peu adapté',
      fitGoals: '{words} à vos objectifs : {goals}',
      fitNoGoal: '{words} : aide peu vos objectifs',
      fitAllRound: 'Idéal pour : {goals}',
      percent: '{percent} %',
      impact: 'Impact',
      time: 'Durée',
      timeRange: '{min}–{max} min',
      equipmentNeeded: 'Matériel',
      kcal: 'Environ {kcal} kcal en 30 minutes (estimation)',
      kcalHint: 'Indiquez votre poids dans le quiz pour obtenir une estimation des calories.',
      whyFits: 'Pourquoi cela convient',
      drawbacks: 'Inconvénients',
      howTo: 'Comment faire',
      dose: 'Dose de départ',
      progression: 'Progression',
      notFor: 'Pas pour vous si',
      choose: 'Choisir',
      chosen: 'Votre choix',
      chosenAnnounce: 'Vous avez choisi {name}. Comment commencer est indiqué juste en dessous.',
      unchosenAnnounce: '{name} n’est plus votre choix.',
      nextStep: 'Pour commencer',
      compareThis: 'Comparer',
      compareLimit: 'Comparez jusqu’à trois options. Retirez-en une pour en ajouter une autre.',
      compare: 'Comparer côte à côte ({count})',
      closeCompare: 'Fermer la comparaison',
      compareCaption: 'Comparaison côte à côte',
      compareHint: 'Cochez « Comparer » sur deux ou trois cartes.',
      compareCount: '{count} options à comparer.',
      'compareCount#one': '1 option à comparer. Cochez-en une autre.',
      excluded: 'Options exclues pour vous ({count})',
      'excluded#one': 'Option exclue pour vous ({count})',
      excludedHelp: 'Ces options ne sont pas classées, en raison de vos réponses.',
      disclosure: 'Certains liens de cette page sont commerciaux. Ils ne modifient jamais le classement.',
      none: 'Aucune option ne correspond à ces limites. Essayez avec moins de limites.',
    },
    prosCons: {
      heading: 'Courir avec des chevillères lestées : bénéfices et risques',
      intro: 'Les preuves sont minces : surtout de petites études en laboratoire sur une seule séance, et aucune étude de coureurs qui s’entraînent avec des chevillères lestées dans la durée. Chaque point indique notre évaluation des preuves.',
      benefit: 'Bénéfices',
      risk: 'Risques',
      tally: 'Preuves modérées ou solides : {strong} · preuves faibles : {weak} · non testé ou simple avis : {untested}',
      topics: 'Thèmes',
      sort: 'Ordre',
      'sort.relevance': 'Ordre suggéré',
      'sort.certainty': 'Preuves les plus solides d’abord',
      'more.benefit': 'Afficher les {count} bénéfices',
      'more.benefit#one': 'Afficher {count} bénéfice',
      'more.risk': 'Afficher les {count} risques',
      'more.risk#one': 'Afficher {count} risque',
      empty: 'Aucun dans les thèmes choisis.',
      shown: 'Bénéfices affichés : {benefit}. Risques affichés : {risk}.',
      evidence: 'Preuves :',
      legend: 'Notre évaluation des preuves : ce que signifient les badges',
      'certainty.high': 'Des essais concordants sur cette question précise. Peu susceptible de changer.',
      'certainty.moderate': 'Assez concordant, mais des études petites ou courtes, ou une situation proche étudiée à la place. Pourrait changer.',
      'certainty.low': 'Petites études en laboratoire, ou d’autres groupes de personnes. Changera probablement.',
      'certainty.very-low': 'Une étude préliminaire, des observations de cas ou une théorie. Très incertain.',
      'certainty.expert-opinion': 'Conseils de cliniciens ou d’institutions, sans données.',
      'certainty.not-studied': 'Nous n’avons trouvé aucune étude sur ce point avec des chevillères lestées.',
      applies: 'Vous concerne :',
      numbers: 'Les chiffres',
      mechanism: 'Pourquoi',
      reduceRisk: 'Pour réduire le risque',
      'type.meta-analysis': 'Méta-analyse',
      'type.rct': 'Essai randomisé',
      'type.controlled-trial': 'Essais contrôlés',
      'type.uncontrolled-trial': 'Essai non contrôlé',
      'type.lab-study': 'Études en laboratoire',
      'type.observational': 'Études observationnelles',
      'type.expert-opinion': 'Avis d’expert',
      'type.no-study': 'Aucune étude directe',
      updated: 'Mis à jour selon vos réponses au quiz. Points qui vous concernent : {count}, signalés et placés en tête.',
      updatedNone: 'Mis à jour selon vos réponses au quiz : aucun de ces points n’est signalé comme vous concernant.',
      forYou: 'Ce que cela signifie pour vous :',
      result: 'Votre résultat au quiz : « {verdict} ».',
      drivers: 'Les risques qui l’expliquent :',
      none: 'Il ne découle pas des risques ci-dessous, mais les risques généraux restent valables.',
      faq: 'Questions fréquentes',
      basedOn: 'S’appuie sur :',
      'faq.weight.q': 'Les chevillères lestées m’aideront-elles à perdre du poids plus vite ?',
      'faq.weight.a': 'À peine. Les chevillères ajoutent quelques dizaines de kcal à une course de 30 minutes à la même allure, et la plupart des coureurs ralentissent et perdent même ce gain. Courir en côte en ajoute 3 à 5 fois plus.',
      'faq.weight.goal': 'Pour votre objectif calories, le travail en côte fait mieux que les chevillères.',
      'faq.weight.walk': 'À la marche : chaque kilo par cheville ajoute environ 10–27 kcal à une marche de 30 minutes.',
      'faq.beginners.q': 'Les chevillères lestées conviennent-elles aux débutants ?',
      'faq.beginners.a': 'Pas pour la course. Courez d’abord 3 fois ou plus par semaine pendant 3 mois : les hausses brutales de charge sont liées aux blessures. Les débutants peuvent utiliser des chevillères pour des exercices de renforcement ou de courtes marches.',
      'faq.beginners.base': 'Vous ne courez pas encore régulièrement : construisez d’abord cette base.',
      'faq.often.q': 'À quelle fréquence les utiliser ?',
      'faq.often.a': 'Aucune étude ne le dit. Notre limite prudente pour la course : {runSessionsStart} sortie lestée courte et facile par semaine au début, jamais plus de {runSessionsMax}, et jamais plus de poids et plus de distance la même semaine.',
      'faq.often.plan': 'Séances lestées par semaine prévues par votre plan : {sessions}.',
      'faq.often.stop': 'Votre résultat : aucune séance lestée pour le moment.',
      'faq.faster.q': 'Courir avec des chevillères lestées me rendra-t-il plus rapide ?',
      'faq.faster.a': 'Rien ne le montre. Du poids aux pieds rend la course moins économique et plus lente, et la seule étude de sprint sur la durée n’a trouvé aucun gain de vitesse. Le fractionné et les côtes sont mieux étayés.',
      'faq.faster.goal': 'Pour la vitesse, pas de lests pour le travail de vitesse, les sorties longues et les compétitions.',
      'faq.tone.q': 'Les chevillères lestées vont-elles tonifier mes jambes ?',
      'faq.tone.a': 'Aucune étude ne définit ni ne mesure la tonification, ni ne montre que les chevillères brûlent la graisse des jambes. Elles font travailler davantage vos fléchisseurs de hanche et vos ischio-jambiers pendant que vous les portez ; une force durable vient des exercices de renforcement, qui peuvent les utiliser.',
      'faq.tone.goal': 'Pour la force ou la tonification, des élévations de jambe et flexions de genou lentes avec chevillères valent mieux que courir avec.',
      'faq.heavy.q': 'Quel poids doivent faire les chevillères lestées ?',
      'faq.heavy.a': 'Légères. Pour la course : {runStart} par cheville pour commencer, {runMax} au maximum, et les deux ensemble dans la limite de {share} du poids du corps, au-delà de laquelle la technique change. Jusqu’à {walkMax}, c’est pour la marche et le renforcement.',
      'faq.heavy.plan': 'Votre plan : de {start} à {max} par cheville.',
      'faq.heavy.stop': 'Votre résultat : pas de lests pour le moment.',
      'faq.exercises.q': 'Quels exercices faire avec des chevillères lestées ?',
      'faq.exercises.a': 'Des mouvements de renforcement lents : flexions de genou debout, élévations de jambe sur le côté et vers l’arrière, élévations de jambe en position allongée ou assise. 1–3 séries de 8–12 répétitions, 2–3 jours par semaine ; ajoutez de la charge quand vous pouvez faire 1–2 répétitions de plus.',
      'faq.exercises.balance': 'Faites-les en position assise ou en vous tenant à un appui : les lests peuvent perturber l’équilibre.',
      'faq.exercises.ask': 'Votre résultat : demandez aussi l’avis d’un professionnel avant ces exercices.',
    },
    base: {
      forget: 'Effacer mes réponses',
      debugRefused: 'Le contenu personnalisé a été refusé ({count} problèmes) ; le contenu intégré est affiché. La console du navigateur détaille chaque problème.',
      'debugRefused#one': 'Le contenu personnalisé a été refusé ({count} problème) ; le contenu intégré est affiché. La console du navigateur détaille ce problème.',
    },
  },
} satisfies Messages;
