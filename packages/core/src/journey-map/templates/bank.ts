import type { KpiDefinition, Stage, Touchpoint } from '../journey-map.schema.js'
import { buildTemplate, type TemplateDefinition, type TemplateInstance, type TemplateLocale } from './template.js'
import { commonLane, emotionLane, inlineTextKit, kpiCells, kpiTargetLabel, touchpointCells } from './template-kit.js'

const TEMPLATE_ID = 'bank'
const PERSONA_ID = 'bank-karim'

/** A bank's mortgage journey (seed 001, banking example): simulation, adviser, documents, signature, first months. */
export const bankTemplate: TemplateDefinition = {
  id: TEMPLATE_ID,
  category: 'sector',
  title: {
    fr: 'Banque : obtenir un prêt immobilier',
    en: 'Bank: getting a mortgage',
  },
  description: {
    fr: 'Le parcours d’un primo-accédant qui demande un prêt immobilier et ouvre son compte dans la banque : simulation en ligne, rendez-vous avec un conseiller, constitution du dossier, offre et signature, premiers mois.',
    en: 'The journey of a first-time buyer who applies for a mortgage and opens an account with the bank: online simulation, meeting an adviser, the application file, offer and signature, the first months.',
  },
  source: 'seed 001 — exemple de carte de parcours client pour le secteur bancaire',
  build: buildBank,
}

function buildBank(locale: TemplateLocale): TemplateInstance {
  const { t, painPoint, opportunity } = inlineTextKit(locale)

  const stages: Stage[] = [
    {
      id: 'simulation',
      name: t({ fr: 'Simulation en ligne', en: 'Online simulation' }),
      description: t({
        fr: 'Le client estime seul sa capacité d’emprunt et ses mensualités, sur le site ou l’appli.',
        en: 'The customer estimates how much they can borrow and their monthly payments on their own, on the website or app.',
      }),
      steps: [
        { id: 'simulate-loan', name: t({ fr: 'Simulation du prêt', en: 'Loan simulation' }) },
        { id: 'request-callback', name: t({ fr: 'Demande de rappel', en: 'Callback request' }) },
      ],
    },
    {
      id: 'appointment',
      name: t({ fr: 'Rendez-vous avec un conseiller', en: 'Meeting an adviser' }),
      description: t({
        fr: 'Le client prend rendez-vous et présente son projet à un conseiller, en agence ou en visio.',
        en: 'The customer books an appointment and presents the project to an adviser, in a branch or by video call.',
      }),
      steps: [
        { id: 'book-appointment', name: t({ fr: 'Prise de rendez-vous', en: 'Booking the appointment' }) },
        {
          id: 'adviser-meeting',
          name: t({ fr: 'Entretien avec le conseiller', en: 'Meeting with the adviser' }),
          description: t({
            fr: 'Le conseiller étudie la situation et propose un plan de financement : le client décide s’il fait confiance à la banque.',
            en: 'The adviser reviews the situation and proposes a financing plan: the customer decides whether to trust the bank.',
          }),
          isMomentOfTruth: true,
        },
      ],
    },
    {
      id: 'documents',
      name: t({ fr: 'Constitution du dossier', en: 'Application file' }),
      description: t({
        fr: 'Le client fournit ses justificatifs, ouvre son compte et attend l’étude de son dossier.',
        en: 'The customer provides supporting documents, opens an account and waits for the file to be reviewed.',
      }),
      steps: [
        { id: 'upload-documents', name: t({ fr: 'Envoi des justificatifs', en: 'Sending supporting documents' }) },
        {
          id: 'open-account',
          name: t({ fr: 'Ouverture du compte', en: 'Opening the account' }),
          description: t({
            fr: 'Compte courant sur lequel seront domiciliés les revenus, souvent une condition du prêt.',
            en: 'A current account into which income will be paid, often a condition of the loan.',
          }),
        },
        { id: 'file-review', name: t({ fr: 'Étude du dossier', en: 'File review' }) },
      ],
    },
    {
      id: 'signature',
      name: t({ fr: 'Offre et signature', en: 'Offer and signature' }),
      description: t({
        fr: 'La banque émet l’offre de prêt ; après le délai de réflexion légal, le client signe, puis passe chez le notaire.',
        en: 'The bank issues the loan offer; after the legal reflection period the customer signs, then completes at the notary.',
      }),
      steps: [
        {
          id: 'loan-offer',
          name: t({ fr: 'Réception de l’offre de prêt', en: 'Receiving the loan offer' }),
          description: t({
            fr: 'L’accord de la banque : le projet devient réel. Le délai de réflexion de 10 jours commence.',
            en: 'The bank says yes: the project becomes real. The 10-day reflection period starts.',
          }),
          isMomentOfTruth: true,
        },
        {
          id: 'sign-offer',
          name: t({ fr: 'Acceptation et signature de l’offre', en: 'Accepting and signing the offer' }),
        },
        { id: 'notary', name: t({ fr: 'Signature chez le notaire', en: 'Completion at the notary' }) },
      ],
    },
    {
      id: 'first-months',
      name: t({ fr: 'Premiers mois', en: 'First months' }),
      description: t({
        fr: 'Le client s’installe dans la banque : services, premières échéances, suivi par le conseiller.',
        en: 'The customer settles in with the bank: services, first repayments, follow-up by the adviser.',
      }),
      steps: [
        { id: 'setup-services', name: t({ fr: 'Mise en place des services', en: 'Setting up services' }) },
        { id: 'first-installment', name: t({ fr: 'Première échéance', en: 'First repayment' }) },
        { id: 'follow-up', name: t({ fr: 'Point de suivi avec le conseiller', en: 'Follow-up with the adviser' }) },
      ],
    },
  ]

  const touchpoints: Touchpoint[] = [
    {
      id: 'tp-loan-simulator',
      name: t({ fr: 'Simulateur de prêt immobilier', en: 'Mortgage simulator' }),
      channel: 'web',
      mode: 'online',
      stageId: 'simulation',
      stepId: 'simulate-loan',
      importance: 'high',
      ownerTeam: t({ fr: 'Digital', en: 'Digital' }),
      selector: { events: ['Loan Simulation Completed'], channels: ['web', 'app'] },
    },
    {
      id: 'tp-callback-request',
      name: t({ fr: 'Formulaire de demande de rappel', en: 'Callback request form' }),
      channel: 'web',
      mode: 'online',
      stageId: 'simulation',
      stepId: 'request-callback',
      importance: 'medium',
      ownerTeam: t({ fr: 'Digital', en: 'Digital' }),
      selector: { events: ['Callback Requested'] },
    },
    {
      id: 'tp-appointment-booking',
      name: t({ fr: 'Prise de rendez-vous en ligne', en: 'Online appointment booking' }),
      channel: 'web',
      mode: 'online',
      stageId: 'appointment',
      stepId: 'book-appointment',
      importance: 'high',
      ownerTeam: t({ fr: 'Digital', en: 'Digital' }),
      selector: { events: ['Appointment Booked'], channels: ['web', 'app'] },
    },
    {
      id: 'tp-adviser-meeting',
      name: t({ fr: 'Entretien en agence ou en visio', en: 'Branch or video meeting' }),
      channel: 'store',
      mode: 'offline',
      stageId: 'appointment',
      stepId: 'adviser-meeting',
      importance: 'critical',
      ownerTeam: t({ fr: 'Réseau d’agences', en: 'Branch network' }),
      isRequired: true,
      selector: { events: ['Appointment Attended'] },
    },
    {
      id: 'tp-document-upload',
      name: t({ fr: 'Dépôt des justificatifs dans l’espace client', en: 'Document upload in the customer area' }),
      channel: 'web',
      mode: 'online',
      stageId: 'documents',
      stepId: 'upload-documents',
      importance: 'critical',
      ownerTeam: t({ fr: 'Crédit immobilier', en: 'Mortgage team' }),
      isRequired: true,
      selector: {
        events: ['Document Uploaded'],
        where: [{ op: 'eq', property: 'properties.application_type', value: 'mortgage' }],
      },
    },
    {
      id: 'tp-account-opening',
      name: t({ fr: 'Ouverture de compte en ligne', en: 'Online account opening' }),
      channel: 'web',
      mode: 'online',
      stageId: 'documents',
      stepId: 'open-account',
      importance: 'high',
      ownerTeam: t({ fr: 'Digital', en: 'Digital' }),
      selector: {
        events: ['Account Opened'],
        where: [{ op: 'eq', property: 'properties.product', value: 'current-account' }],
      },
    },
    {
      id: 'tp-secure-messaging',
      name: t({ fr: 'Messagerie sécurisée avec le conseiller', en: 'Secure messaging with the adviser' }),
      channel: 'app',
      mode: 'online',
      stageId: 'documents',
      stepId: 'file-review',
      importance: 'medium',
      ownerTeam: t({ fr: 'Réseau d’agences', en: 'Branch network' }),
      selector: { events: ['Message Sent'], channels: ['app', 'web'] },
    },
    {
      id: 'tp-loan-offer',
      name: t({ fr: 'Offre de prêt', en: 'Loan offer' }),
      channel: 'email',
      mode: 'online',
      stageId: 'signature',
      stepId: 'loan-offer',
      importance: 'critical',
      ownerTeam: t({ fr: 'Crédit immobilier', en: 'Mortgage team' }),
      selector: { events: ['Loan Offer Issued'] },
    },
    {
      id: 'tp-e-signature',
      name: t({ fr: 'Signature électronique de l’offre', en: 'E-signature of the offer' }),
      channel: 'web',
      mode: 'online',
      stageId: 'signature',
      stepId: 'sign-offer',
      importance: 'high',
      ownerTeam: t({ fr: 'Crédit immobilier', en: 'Mortgage team' }),
      isRequired: true,
      selector: {
        events: ['Contract Signed'],
        where: [{ op: 'eq', property: 'properties.contract_type', value: 'mortgage' }],
      },
    },
    {
      id: 'tp-mobile-app',
      name: t({ fr: 'Application bancaire', en: 'Mobile banking app' }),
      channel: 'app',
      mode: 'online',
      stageId: 'first-months',
      stepId: 'setup-services',
      importance: 'medium',
      ownerTeam: t({ fr: 'Digital', en: 'Digital' }),
      selector: { events: ['Application Opened'], channels: ['app'] },
    },
    {
      id: 'tp-follow-up-call',
      name: t({ fr: 'Appel de suivi du conseiller', en: 'Adviser follow-up call' }),
      channel: 'phone',
      mode: 'offline',
      stageId: 'first-months',
      stepId: 'follow-up',
      importance: 'medium',
      ownerTeam: t({ fr: 'Réseau d’agences', en: 'Branch network' }),
      selector: {
        events: ['Call Completed'],
        where: [{ op: 'eq', property: 'properties.reason', value: 'mortgage-follow-up' }],
      },
    },
    {
      id: 'tp-nps-survey',
      name: t({ fr: 'Enquête de satisfaction à 3 mois', en: 'Three-month satisfaction survey' }),
      channel: 'email',
      mode: 'online',
      stageId: 'first-months',
      stepId: 'follow-up',
      importance: 'high',
      ownerTeam: t({ fr: 'Expérience client', en: 'Customer experience' }),
      selector: {
        events: ['Survey Answered'],
        where: [{ op: 'eq', property: 'properties.survey', value: 'nps' }],
      },
    },
  ]

  const kpis: KpiDefinition[] = [
    {
      id: 'kpi-callback-time',
      name: t({ fr: 'Délai de rappel', en: 'Callback time' }),
      kind: 'time-to-next-step',
      formula: t({
        fr: 'Délai de rappel = médiane, en heures, du temps entre la demande de rappel (Callback Requested) et le premier appel abouti du conseiller (Call Completed)',
        en: 'Callback time = median, in hours, of the time between the callback request (Callback Requested) and the adviser’s first completed call (Call Completed)',
      }),
      unit: 'duration-hours',
      appliesTo: { level: 'touchpoint', touchpointId: 'tp-callback-request' },
      target: 24,
      direction: 'lower-is-better',
    },
    {
      id: 'kpi-simulation-to-appointment',
      name: t({ fr: 'Taux de prise de rendez-vous après simulation', en: 'Simulation-to-appointment rate' }),
      kind: 'conversion-rate',
      formula: t({
        fr: 'Taux de prise de rendez-vous = prospects ayant pris rendez-vous (Appointment Booked) dans les 30 jours suivant une simulation ÷ prospects ayant terminé une simulation (Loan Simulation Completed) × 100',
        en: 'Appointment rate = prospects who booked an appointment (Appointment Booked) within 30 days of a simulation ÷ prospects who completed a simulation (Loan Simulation Completed) × 100',
      }),
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'stage', stageId: 'appointment' },
      target: 12,
      direction: 'higher-is-better',
    },
    {
      id: 'kpi-appointment-lead-time',
      name: t({ fr: 'Délai d’obtention d’un rendez-vous', en: 'Appointment lead time' }),
      kind: 'time-to-next-step',
      formula: t({
        fr: 'Délai d’obtention = médiane, en heures, du temps entre la prise de rendez-vous (Appointment Booked) et l’heure du rendez-vous',
        en: 'Lead time = median, in hours, of the time between booking (Appointment Booked) and the time of the appointment',
      }),
      unit: 'duration-hours',
      appliesTo: { level: 'touchpoint', touchpointId: 'tp-appointment-booking' },
      target: 72,
      direction: 'lower-is-better',
    },
    {
      id: 'kpi-file-drop-off',
      name: t({ fr: 'Abandon pendant la constitution du dossier', en: 'Application file drop-off' }),
      kind: 'drop-off',
      formula: t({
        fr: 'Taux d’abandon = dossiers ouverts encore incomplets 30 jours après l’entretien ÷ dossiers ouverts après un entretien × 100',
        en: 'Drop-off rate = files still incomplete 30 days after the meeting ÷ files opened after a meeting × 100',
      }),
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'stage', stageId: 'documents' },
      target: 15,
      direction: 'lower-is-better',
    },
    {
      id: 'kpi-account-opening-ces',
      name: t({ fr: 'Effort à l’ouverture de compte (CES)', en: 'Account opening effort (CES)' }),
      kind: 'ces',
      formula: t({
        fr: 'CES = moyenne des réponses à « Ouvrir mon compte a été facile », de 1 (pas du tout d’accord) à 7 (tout à fait d’accord)',
        en: 'CES = average answer to “Opening my account was easy”, from 1 (strongly disagree) to 7 (strongly agree)',
      }),
      unit: 'score',
      scale: { min: 1, max: 7 },
      appliesTo: { level: 'touchpoint', touchpointId: 'tp-account-opening' },
      target: 6,
      direction: 'higher-is-better',
    },
    {
      id: 'kpi-time-to-offer',
      name: t({ fr: 'Délai d’émission de l’offre', en: 'Time to loan offer' }),
      kind: 'time-to-next-step',
      formula: t({
        fr: 'Délai d’émission = médiane, en heures, du temps entre le dossier déclaré complet et l’émission de l’offre de prêt (Loan Offer Issued)',
        en: 'Time to offer = median, in hours, of the time between the file being marked complete and the loan offer being issued (Loan Offer Issued)',
      }),
      unit: 'duration-hours',
      appliesTo: { level: 'stage', stageId: 'signature' },
      target: 336,
      direction: 'lower-is-better',
    },
    {
      id: 'kpi-offer-signature-rate',
      name: t({ fr: 'Taux de signature des offres', en: 'Offer signature rate' }),
      kind: 'conversion-rate',
      formula: t({
        fr: 'Taux de signature = offres signées (Contract Signed) ÷ offres émises (Loan Offer Issued) sur la période × 100',
        en: 'Signature rate = offers signed (Contract Signed) ÷ offers issued (Loan Offer Issued) during the period × 100',
      }),
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'touchpoint', touchpointId: 'tp-e-signature' },
      target: 85,
      direction: 'higher-is-better',
    },
    {
      id: 'kpi-early-churn',
      name: t({ fr: 'Attrition la première année', en: 'First-year churn' }),
      kind: 'churn-rate',
      formula: t({
        fr: 'Taux d’attrition = clients ayant clôturé leur compte ou fait racheter leur prêt dans les 12 mois suivant le déblocage des fonds ÷ clients dont le prêt a été débloqué sur la période × 100',
        en: 'Churn rate = customers who closed their account or had their loan bought out within 12 months of the funds being released ÷ customers whose loan was released during the period × 100',
      }),
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'stage', stageId: 'first-months' },
      target: 3,
      direction: 'lower-is-better',
    },
    {
      id: 'kpi-nps',
      name: t({ fr: 'Net Promoter Score (NPS)', en: 'Net Promoter Score (NPS)' }),
      kind: 'nps',
      formula: t({
        fr: 'NPS = % de promoteurs (notes 9 et 10) − % de détracteurs (notes 0 à 6) parmi les réponses à « Recommanderiez-vous notre banque à un proche ? » (échelle de 0 à 10)',
        en: 'NPS = % promoters (scores 9 and 10) − % detractors (scores 0 to 6) among answers to “How likely are you to recommend our bank to a friend?” (scale of 0 to 10)',
      }),
      unit: 'score',
      scale: { min: -100, max: 100 },
      appliesTo: { level: 'map' },
      target: 30,
      direction: 'higher-is-better',
    },
  ]

  return buildTemplate({
    id: `${TEMPLATE_ID}-${locale}`,
    templateId: TEMPLATE_ID,
    locale,
    title: t({ fr: 'Parcours d’obtention d’un prêt immobilier', en: 'Mortgage application journey' }),
    objective: t({
      fr: 'Réduire le délai entre la première simulation et l’offre de prêt, et comprendre où les futurs emprunteurs décrochent : prise de rendez-vous, pièces justificatives, ouverture de compte.',
      en: 'Shorten the time between the first simulation and the loan offer, and understand where future borrowers drop out: booking an appointment, supporting documents, opening an account.',
    }),
    type: 'current',
    personas: [
      {
        id: PERSONA_ID,
        name: 'Karim Benali',
        avatar: 'KB',
        audience: 'b2c',
        quote: t({
          fr: '« Je veux savoir tout de suite si mon projet tient la route, sans courir après les papiers pendant trois semaines. »',
          en: '“I want to know straight away whether my project stands up, without chasing paperwork for three weeks.”',
        }),
        summary: t({
          fr: 'Primo-accédant, il prépare l’achat d’un appartement avec sa compagne et cherche la banque qui lui accordera un prêt immobilier à un bon taux, avec un vrai suivi.',
          en: 'A first-time buyer preparing to buy a flat with his partner, looking for the bank that will grant him a mortgage at a good rate, with real follow-up.',
        }),
        demographics: {
          ageRange: t({ fr: '30 à 35 ans', en: '30–35' }),
          gender: t({ fr: 'Homme', en: 'Male' }),
          location: t({ fr: 'Lille', en: 'Lille, France' }),
          occupation: t({
            fr: 'Technicien de maintenance en CDI',
            en: 'Maintenance technician on a permanent contract',
          }),
          income: t({
            fr: '2 400 € nets par mois (4 300 € pour le foyer)',
            en: '€2,400 net per month (€4,300 for the household)',
          }),
          education: t({
            fr: 'BTS maintenance industrielle',
            en: 'Two-year technical degree in industrial maintenance',
          }),
          familyStatus: t({ fr: 'Pacsé, un enfant de 2 ans', en: 'In a civil partnership, one child aged 2' }),
        },
        psychographics: {
          lifestyle: t({
            fr: ['Travaille en horaires décalés, peu disponible en journée', 'Gère ses comptes depuis son téléphone'],
            en: ['Works shifts and is rarely available during the day', 'Manages his accounts from his phone'],
          }),
          habits: t({
            fr: [
              'Compare les taux sur les simulateurs en ligne et les sites de courtiers',
              'Préfère les rendez-vous tôt le matin ou le samedi',
              'Lit chaque ligne d’un contrat avant de signer',
            ],
            en: [
              'Compares rates on online simulators and broker websites',
              'Prefers appointments early in the morning or on Saturdays',
              'Reads every line of a contract before signing',
            ],
          }),
          values: t({
            fr: ['Transparence sur les coûts', 'Sécurité financière de sa famille', 'Respect de son temps'],
            en: ['Transparency about costs', 'His family’s financial security', 'Respect for his time'],
          }),
          interests: t({
            fr: ['Bricolage et rénovation', 'Football amateur', 'Vidéos de conseils en finances personnelles'],
            en: ['DIY and renovation', 'Amateur football', 'Personal finance videos'],
          }),
        },
        goals: t({
          fr: [
            'Obtenir un prêt immobilier à un taux compétitif avant la date limite du compromis de vente',
            'Connaître rapidement sa capacité d’emprunt réelle',
            'Être accompagné par un conseiller qui suit son dossier de bout en bout',
          ],
          en: [
            'Get a mortgage at a competitive rate before the deadline in the sale agreement',
            'Quickly find out how much he can really borrow',
            'Be supported by one adviser who follows his file from start to finish',
          ],
        }),
        needs: t({
          fr: [
            'Une simulation fiable, qui tienne compte de l’assurance emprunteur et des frais',
            'Un rendez-vous compatible avec ses horaires, en agence ou en visio',
            'Une liste claire et unique des pièces à fournir',
            'Savoir à tout moment où en est son dossier',
          ],
          en: [
            'A reliable simulation that includes borrower insurance and fees',
            'An appointment that fits his hours, in a branch or by video call',
            'One clear list of the documents to provide',
            'Knowing at any time where his file stands',
          ],
        }),
        frustrations: t({
          fr: [
            'L’ouverture de compte en ligne, longue et compliquée',
            'Les longs temps d’attente en agence, même avec un rendez-vous',
            'Les pièces justificatives demandées au compte-gouttes',
            'Ne pas savoir où en est son dossier',
          ],
          en: [
            'Long and complicated online account opening',
            'Long waits in the branch, even with an appointment',
            'Supporting documents requested one at a time',
            'Not knowing where his file stands',
          ],
        }),
        motivations: t({
          fr: [
            'Devenir propriétaire et offrir plus d’espace à sa famille',
            'Arrêter de payer un loyer à fonds perdus',
            'Se sentir conseillé et respecté, pas seulement démarché',
          ],
          en: [
            'Becoming a homeowner and giving his family more space',
            'Stopping paying rent with nothing to show for it',
            'Feeling advised and respected, not just sold to',
          ],
        }),
        preferredChannels: ['app', 'web', 'phone', 'store', 'email'],
        sections: [
          {
            title: t({ fr: 'Critères de choix de la banque', en: 'How he chooses a bank' }),
            body: t({
              fr: 'Taux et coût total du crédit, coût de l’assurance emprunteur, rapidité de réponse, disponibilité du conseiller, frais de tenue de compte.',
              en: 'Interest rate and total cost of credit, cost of borrower insurance, speed of response, adviser availability, account fees.',
            }),
          },
        ],
      },
    ],
    stages,
    rows: [
      {
        lane: { id: 'actions', kind: 'actions', title: t({ fr: 'Actions', en: 'Actions' }) },
        cells: {
          simulation: t({
            fr: [
              'Teste plusieurs durées et montants d’apport sur le simulateur',
              'Compare avec les taux affichés par d’autres banques et des courtiers',
              'Laisse ses coordonnées pour être rappelé',
            ],
            en: [
              'Tries several loan terms and deposit amounts on the simulator',
              'Compares with the rates shown by other banks and brokers',
              'Leaves his details to be called back',
            ],
          }),
          appointment: t({
            fr: [
              'Prend rendez-vous en ligne ou par téléphone',
              'Rassemble ses trois derniers bulletins de salaire',
              'Rencontre le conseiller en agence ou en visio',
              'Repart avec une proposition de plan de financement',
            ],
            en: [
              'Books an appointment online or by phone',
              'Gathers his last three payslips',
              'Meets the adviser in a branch or by video call',
              'Leaves with a proposed financing plan',
            ],
          }),
          documents: t({
            fr: [
              'Dépose ses justificatifs dans l’espace client',
              'Ouvre un compte courant pour y domicilier ses revenus',
              'Complète les pièces manquantes demandées par le conseiller',
              'Choisit son assurance emprunteur',
            ],
            en: [
              'Uploads his supporting documents to the customer area',
              'Opens a current account into which his salary will be paid',
              'Provides the missing documents the adviser asks for',
              'Chooses his borrower insurance',
            ],
          }),
          signature: t({
            fr: [
              'Reçoit l’offre de prêt',
              'Relit les conditions pendant le délai de réflexion',
              'Signe l’offre électroniquement',
              'Signe l’acte de vente chez le notaire',
            ],
            en: [
              'Receives the loan offer',
              'Rereads the terms during the reflection period',
              'Signs the offer electronically',
              'Signs the deed of sale at the notary',
            ],
          }),
          'first-months': t({
            fr: [
              'Active sa carte et l’application',
              'Transfère ses prélèvements et programme ses virements',
              'Vérifie le prélèvement de la première échéance',
              'Fait un point avec son conseiller après trois mois',
            ],
            en: [
              'Activates his card and the app',
              'Moves his direct debits and sets up transfers',
              'Checks the first repayment has been debited',
              'Has a review with his adviser after three months',
            ],
          }),
        },
      },
      {
        lane: commonLane(locale, 'thoughts'),
        cells: {
          simulation: t({
            fr: ['« Est-ce que je peux vraiment emprunter 220 000 € ? »', '« Ce taux comprend-il l’assurance ? »'],
            en: ['“Can I really borrow €220,000?”', '“Does this rate include insurance?”'],
          }),
          appointment: t({
            fr: [
              '« Le premier créneau est dans trois semaines : c’est trop tard pour mon compromis. »',
              '« Ce conseiller a compris notre projet. »',
            ],
            en: [
              '“The first slot is in three weeks: that’s too late for my sale agreement.”',
              '“This adviser understands our project.”',
            ],
          }),
          documents: t({
            fr: [
              '« Je leur ai déjà envoyé ce document… »',
              '« Pourquoi l’ouverture de compte me redemande-t-elle tout ce que j’ai déjà fourni ? »',
            ],
            en: [
              '“I’ve already sent them this document…”',
              '“Why does the account opening ask me again for everything I’ve already provided?”',
            ],
          }),
          signature: t({
            fr: ['« Ça y est, c’est accepté ! »', '« Je veux être sûr de comprendre chaque frais avant de signer. »'],
            en: ['“That’s it, it’s approved!”', '“I want to be sure I understand every fee before signing.”'],
          }),
          'first-months': t({
            fr: [
              '« Est-ce que tout est en place pour la première échéance ? »',
              '« Ils me rappellent d’eux-mêmes, c’est appréciable. »',
            ],
            en: ['“Is everything in place for the first repayment?”', '“They call me without my asking, that’s nice.”'],
          }),
        },
      },
      {
        lane: commonLane(locale, 'feelings'),
        cells: {
          simulation: t({
            fr: 'Espoir et excitation, teintés d’inquiétude sur sa capacité d’emprunt.',
            en: 'Hopeful and excited, tinged with worry about how much he can borrow.',
          }),
          appointment: t({
            fr: 'Impatience face aux délais, puis confiance si le conseiller est à l’écoute.',
            en: 'Impatient about delays, then confident if the adviser listens.',
          }),
          documents: t({
            fr: 'Lassitude et agacement face aux demandes répétées ; stress lié à l’échéance du compromis.',
            en: 'Weary and annoyed by repeated requests; stressed by the sale agreement deadline.',
          }),
          signature: t({
            fr: 'Grand soulagement et fierté, avec la prudence de celui qui s’engage pour vingt-cinq ans.',
            en: 'Great relief and pride, with the caution of someone committing for twenty-five years.',
          }),
          'first-months': t({
            fr: 'Serein si tout fonctionne ; sentiment d’abandon si personne ne donne de nouvelles.',
            en: 'Calm if everything works; feels abandoned if nobody gets in touch.',
          }),
        },
      },
      {
        lane: emotionLane(locale, {
          id: 'emotions',
          curves: [
            {
              id: 'curve-current',
              label: t({ fr: 'Karim — expérience actuelle', en: 'Karim — current experience' }),
              personaId: PERSONA_ID,
              state: 'current',
              points: [
                {
                  stageId: 'simulation',
                  value: 1,
                  note: t({ fr: 'Le projet prend forme', en: 'The project takes shape' }),
                },
                {
                  stageId: 'appointment',
                  value: 0,
                  note: t({
                    fr: 'Délai de rendez-vous et attente en agence, compensés par un bon conseiller',
                    en: 'Appointment delay and waiting in the branch, offset by a good adviser',
                  }),
                },
                {
                  stageId: 'documents',
                  value: -2,
                  note: t({
                    fr: 'Pièces redemandées, ouverture de compte laborieuse',
                    en: 'Documents requested again, laborious account opening',
                  }),
                },
                {
                  stageId: 'signature',
                  value: 2,
                  note: t({ fr: 'Offre de prêt reçue', en: 'Loan offer received' }),
                },
                {
                  stageId: 'first-months',
                  value: 1,
                  note: t({
                    fr: 'Services en place, premier point de suivi',
                    en: 'Services in place, first follow-up',
                  }),
                },
              ],
            },
          ],
        }),
      },
      {
        lane: commonLane(locale, 'touchpoints'),
        cells: touchpointCells(stages, touchpoints),
      },
      {
        lane: commonLane(locale, 'channels'),
        cells: {
          simulation: { channels: ['web', 'app', 'advertising'] },
          appointment: { channels: ['web', 'phone', 'store'] },
          documents: { channels: ['web', 'app', 'email'] },
          signature: { channels: ['email', 'web', 'store'] },
          'first-months': { channels: ['app', 'phone', 'email'] },
        },
      },
      {
        lane: commonLane(locale, 'pain-points'),
        cells: {
          simulation: {
            cards: [
              painPoint(2, ['simulate-loan'], {
                fr: [
                  'Simulation trop approximative',
                  'Le simulateur n’intègre ni l’assurance emprunteur ni les frais de garantie : le coût réel est découvert plus tard.',
                ],
                en: [
                  'Simulation too approximate',
                  'The simulator includes neither borrower insurance nor guarantee fees: the real cost is discovered later.',
                ],
              }),
              painPoint(2, ['request-callback'], {
                fr: [
                  'Rappel tardif',
                  'La demande de rappel reste parfois plusieurs jours sans réponse, pendant que les concurrents appellent.',
                ],
                en: [
                  'Late callback',
                  'Callback requests sometimes go unanswered for several days while competitors call.',
                ],
              }),
            ],
          },
          appointment: {
            cards: [
              painPoint(3, ['book-appointment'], {
                fr: [
                  'Délai de rendez-vous trop long',
                  'Le premier créneau disponible tombe après la date limite fixée par le compromis de vente.',
                ],
                en: [
                  'Appointments too far away',
                  'The first available slot falls after the deadline set in the sale agreement.',
                ],
              }),
              painPoint(2, ['adviser-meeting'], {
                fr: [
                  'Attente en agence',
                  'Même avec un rendez-vous, le client attend à l’accueil, parfois plus de vingt minutes.',
                ],
                en: [
                  'Waiting in the branch',
                  'Even with an appointment, the customer waits at reception, sometimes for more than twenty minutes.',
                ],
              }),
            ],
          },
          documents: {
            cards: [
              painPoint(3, ['upload-documents'], {
                fr: [
                  'Pièces demandées au compte-gouttes',
                  'Les justificatifs manquants sont réclamés un par un, et chaque demande rallonge le délai de plusieurs jours.',
                ],
                en: [
                  'Documents requested one at a time',
                  'Missing documents are asked for one by one, and each request adds several days.',
                ],
              }),
              painPoint(3, ['open-account'], {
                fr: [
                  'Ouverture de compte en ligne compliquée',
                  'Parcours long, vérification d’identité qui échoue, informations déjà fournies à ressaisir.',
                ],
                en: [
                  'Complicated online account opening',
                  'A long process, failing identity checks, information already provided to be typed in again.',
                ],
              }),
            ],
          },
          signature: {
            cards: [
              painPoint(2, ['loan-offer'], {
                fr: [
                  'Offre difficile à comprendre',
                  'Le tableau d’amortissement et les conditions d’assurance sont denses ; le client n’ose pas poser toutes ses questions.',
                ],
                en: [
                  'An offer that is hard to understand',
                  'The repayment schedule and insurance terms are dense; the customer does not dare ask all his questions.',
                ],
              }),
            ],
          },
          'first-months': {
            cards: [
              painPoint(1, ['follow-up'], {
                fr: [
                  'Silence après la signature',
                  'Une fois les fonds débloqués, plus aucun contact jusqu’à la première difficulté.',
                ],
                en: [
                  'Silence after signing',
                  'Once the funds are released, there is no contact until the first problem.',
                ],
              }),
            ],
          },
        },
      },
      {
        lane: commonLane(locale, 'opportunities'),
        cells: {
          simulation: {
            cards: [
              opportunity('high', 'medium', ['simulate-loan'], {
                fr: [
                  'Simulation du coût total',
                  'Intégrer assurance, garantie et frais de dossier, et afficher le TAEG dès la simulation.',
                ],
                en: [
                  'Simulate the total cost',
                  'Include insurance, guarantee and arrangement fees, and show the APR from the simulation onwards.',
                ],
              }),
              opportunity('high', 'low', ['request-callback'], {
                fr: [
                  'Rappel sous 24 heures',
                  'Un conseiller dédié aux projets immobiliers rappelle chaque demande dans la journée ouvrée.',
                ],
                en: [
                  'Callback within 24 hours',
                  'An adviser dedicated to home loans calls back every request within one working day.',
                ],
              }),
            ],
          },
          appointment: {
            cards: [
              opportunity('high', 'medium', ['book-appointment', 'adviser-meeting'], {
                fr: [
                  'Créneaux en visio, tôt, tard et le samedi',
                  'Ouvrir des rendez-vous en visio le matin tôt, le soir et le samedi pour les projets urgents.',
                ],
                en: [
                  'Video slots early, late and on Saturdays',
                  'Offer video appointments early in the morning, in the evening and on Saturdays for urgent projects.',
                ],
              }),
            ],
          },
          documents: {
            cards: [
              opportunity('high', 'low', ['upload-documents'], {
                fr: [
                  'Liste de pièces unique et personnalisée',
                  'Envoyer dès l’entretien la liste complète des pièces selon la situation du client, avec un suivi de complétude.',
                ],
                en: [
                  'One personalised document list',
                  'Send the complete list of documents for the customer’s situation right after the meeting, with a completeness tracker.',
                ],
              }),
              opportunity('high', 'high', ['open-account'], {
                fr: [
                  'Ouverture de compte préremplie',
                  'Réutiliser les données et pièces du dossier de prêt pour ouvrir le compte en quelques minutes.',
                ],
                en: [
                  'Pre-filled account opening',
                  'Reuse the data and documents from the loan file to open the account in a few minutes.',
                ],
              }),
            ],
          },
          signature: {
            cards: [
              opportunity('medium', 'low', ['loan-offer'], {
                fr: [
                  'Lecture accompagnée de l’offre',
                  'Un rendez-vous court pour expliquer l’offre ligne par ligne pendant le délai de réflexion.',
                ],
                en: [
                  'Guided reading of the offer',
                  'A short appointment to explain the offer line by line during the reflection period.',
                ],
              }),
            ],
          },
          'first-months': {
            cards: [
              opportunity('medium', 'low', ['setup-services', 'follow-up'], {
                fr: [
                  'Programme de bienvenue sur 90 jours',
                  'Appels à 30 et 90 jours, aide au transfert des prélèvements, ligne directe du conseiller.',
                ],
                en: [
                  'A 90-day welcome programme',
                  'Calls at 30 and 90 days, help moving direct debits, the adviser’s direct line.',
                ],
              }),
            ],
          },
        },
      },
      {
        lane: commonLane(locale, 'kpis'),
        cells: kpiCells(stages, kpis, touchpoints, { label: kpiTargetLabel(locale) }),
      },
    ],
    touchpoints,
    kpis,
  })
}
