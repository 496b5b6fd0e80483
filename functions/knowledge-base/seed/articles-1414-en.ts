import type { KbArticle } from '../domain/types';
import { type ArticleContent, seedArticle } from './article';

const en = (topic: string, content: ArticleContent) => seedArticle('1414', topic, 'en', content);

/** English articles of the Unified Contact Center 1414, written for this project from public procedures. */
export const ARTICLES_1414_EN: readonly KbArticle[] = [
  en('egov-registration', {
    title: 'Registering on the egov.kz e-government portal',
    category: 'egov.kz portal',
    tags: ['registration', 'personal account', 'sign up'],
    body:
      'To receive state services online, register on egov.kz. Press "Registration", enter your IIN and choose how to ' +
      'confirm your identity: with an electronic digital signature (EDS) or with a one-time password sent by SMS if ' +
      'your phone number is in the mobile citizens database. Create a password and confirm your e-mail address. Your ' +
      'personal account then shows your applications, notifications and ready documents. Registration is free. ' +
      'Foreign citizens and stateless persons need an IIN to register.',
  }),
  en('egov-password', {
    title: 'How to reset a forgotten egov.kz password',
    category: 'egov.kz portal',
    tags: ['password', 'login', 'access recovery'],
    body:
      'If you forgot your egov.kz password, press "Forgot password?" on the login page and enter your IIN. You can set ' +
      'a new password by signing the request with your EDS or by confirming your phone number with a one-time SMS ' +
      'password if the number is registered in the mobile citizens database. The password needs at least eight ' +
      'characters with upper and lower case letters and digits. A 1414 operator never asks for your password; never ' +
      'share SMS codes with anyone.',
  }),
  en('eds-obtain', {
    title: 'How to obtain an electronic digital signature (EDS) from the National Certification Authority',
    category: 'EDS',
    tags: ['EDS', 'NCA', 'pki.gov.kz', 'obtaining'],
    body:
      'The National Certification Authority of Kazakhstan (NCA, pki.gov.kz) issues electronic digital signatures to ' +
      'individuals free of charge. Submit an application on pki.gov.kz, confirm your identity with your ID card at ' +
      'any public service center of the Government for Citizens, then download the keys using the request code. If you ' +
      'already hold a valid EDS, a new one can be obtained online. You receive two keys: AUTH for logging in to portals ' +
      'and RSA (GOST) for signing documents. The keys are valid for one year. Keep the key password safe: it cannot ' +
      'be recovered.',
  }),
  en('eds-renew', {
    title: 'Renewing (reissuing) an EDS',
    category: 'EDS',
    tags: ['EDS', 'renewal', 'reissue', 'expiry'],
    body:
      'An EDS is valid for one year. While your current keys are still valid you can renew it online on pki.gov.kz or ' +
      'egov.kz by reissuing the registration certificates: log in with the valid EDS, request a reissue, sign the ' +
      'request with the old key and save the new keys. Once the keys have expired they cannot be renewed online; get a ' +
      'new EDS by confirming your identity at a public service center. A reminder about the expiry date is sent to the ' +
      'e-mail given in the application.',
  }),
  en('eds-revoke', {
    title: 'Lost EDS key or forgotten key password: revocation and a new EDS',
    category: 'EDS',
    tags: ['EDS', 'revocation', 'lost key', 'password'],
    body:
      'The password of EDS keys cannot be recovered: only the owner knows it. If you forgot it, lost the keys or ' +
      'someone else may have used them, revoke the registration certificates on pki.gov.kz or at a public service ' +
      'center and obtain a new EDS. Revocation is free, and the old keys stop working. If you suspect that documents ' +
      'were signed with your signature without your consent, contact the police.',
  }),
  en('ncalayer', {
    title: 'NCALayer: signing on egov.kz and connection errors',
    category: 'EDS',
    tags: ['NCALayer', 'EDS', 'signing', 'error'],
    body:
      'To sign with an EDS in a browser on a computer you need the NCALayer program from pki.gov.kz. Start NCALayer ' +
      'before signing: its icon appears next to the clock. If the portal reports an error connecting to NCALayer, ' +
      'restart the program, reload the page, check that your antivirus does not block it and install the latest ' +
      'version. Choose the AUTH key to log in or the RSA (GOST) key to sign, and enter the key password.',
  }),
  en('egov-mobile', {
    title: 'The eGov mobile app',
    category: 'eGov mobile',
    tags: ['eGov mobile', 'app', 'smartphone'],
    body:
      'Install eGov mobile from the App Store or Google Play. Log in with your IIN and egov.kz password, with a ' +
      'one-time SMS password or with biometrics. The app offers popular state services such as certificates, ' +
      'residence registration and kindergarten queues, as well as digital documents and notifications about ready ' +
      'results. Many services in the app are signed with a one-time password instead of an EDS. If the app does not ' +
      'open, update it and check the date and time on your phone.',
  }),
  en('mobile-citizens-database', {
    title: 'Mobile citizens database: registering your phone number',
    category: 'egov.kz portal',
    tags: ['mobile citizens database', 'SMS', 'one-time password', 'phone number'],
    body:
      'The mobile citizens database links your IIN to your mobile phone number, so you receive one-time passwords by ' +
      'SMS and can sign applications on egov.kz and in eGov mobile without an EDS. Register the number on egov.kz with ' +
      'your EDS or at a public service center with your ID card. The number must be contracted in your name. If you ' +
      'change your number, delete the old one and add the new one the same way.',
  }),
  en('digital-documents', {
    title: 'Digital documents instead of a paper ID',
    category: 'eGov mobile',
    tags: ['digital documents', 'ID card', 'eGov mobile'],
    body:
      'The Digital documents service shows your ID card, driving licence, child birth certificate and other documents ' +
      'in eGov mobile. To share a document, the organization shows a QR code and you give consent in the app, or you ' +
      'show the document on your screen yourself. State bodies and service providers accept digital documents on a par ' +
      'with paper ones, except where the law requires the original.',
  }),
  en('criminal-record-certificate', {
    title: 'Certificate of criminal record (or its absence)',
    category: 'Certificates',
    tags: ['criminal record certificate', 'police clearance', 'certificate'],
    body:
      "The certificate on the presence or absence of a criminal record is issued by the Prosecutor General's Committee " +
      'on Legal Statistics and Special Records. Order it free of charge on egov.kz or in eGov mobile: sign the request ' +
      'with your EDS or a one-time password, and the certificate arrives in your personal account, usually within ' +
      'minutes and later in complex cases. Public service centers issue it too. An apostille may be needed to use it ' +
      'abroad.',
  }),
  en('address-certificate', {
    title: 'Address certificate (proof of registered residence)',
    category: 'Certificates',
    tags: ['address certificate', 'place of residence', 'certificate'],
    body:
      'The address certificate confirms the address where you are registered. It is issued free and immediately on ' +
      'egov.kz and in eGov mobile: choose the Address certificate service, sign the request with your EDS or a one-time ' +
      'password and download the document from your personal account. It can be verified by its QR code. If the ' +
      'address is wrong, contact a public service center.',
  }),
  en('residence-registration', {
    title: 'Registration at the place of residence',
    category: 'Registration',
    tags: ['residence registration', 'propiska', 'temporary registration'],
    body:
      'You can register at your place of residence online on egov.kz or in eGov mobile, or at a public service center. ' +
      'If the home belongs to someone else, the owner confirms consent in the app or with a one-time password. ' +
      'Permanent registration is made at the address where you live permanently; temporary registration when you live ' +
      'elsewhere for a while. Registering at a new address removes the old registration automatically. Afterwards, ' +
      'order an address certificate.',
  }),
  en('sole-proprietor-registration', {
    title: 'Registering as a sole proprietor (individual entrepreneur)',
    category: 'Business',
    tags: ['sole proprietor', 'individual entrepreneur', 'business registration'],
    body:
      'To start as a sole proprietor, send the notification on starting activity as an individual entrepreneur on ' +
      'egov.kz or elicense.kz, signed with your EDS, or visit a public service center. The service is free and the ' +
      'notification is accepted the same day. Your business number is your IIN. Choose a tax regime, for example the ' +
      'simplified declaration; the data go to the state revenue bodies automatically.',
  }),
  en('sole-proprietor-closing', {
    title: 'Closing a sole proprietorship',
    category: 'Business',
    tags: ['sole proprietor', 'termination', 'liquidation tax report'],
    body:
      'To stop your activity as a sole proprietor, first file the liquidation tax report and pay any tax and social ' +
      'payment debts with the state revenue body. Then send the notification on terminating the activity of an ' +
      'individual entrepreneur on egov.kz with your EDS or at a public service center. Check for debts in the ' +
      'taxpayer account. Tax questions are resolved by the State Revenue Committee.',
  }),
  en('pension-contributions-statement', {
    title: 'Statement of pension contributions (UAPF)',
    category: 'Pensions and benefits',
    tags: ['UAPF', 'pension contributions', 'statement'],
    body:
      'A statement of the contributions paid into your individual pension account is free on egov.kz, in your ' +
      'personal account on enpf.kz, in the UAPF mobile app or at a branch of the Unified Accumulative Pension Fund. It ' +
      'shows which employer paid contributions for which month. If contributions are missing, contact your employer ' +
      'first and then the state revenue bodies.',
  }),
  en('pension-application', {
    title: 'How to apply for an age pension',
    category: 'Pensions and benefits',
    tags: ['pension', 'retirement age', 'pension application'],
    body:
      'Apply for age pension payments at a public service center or on egov.kz when you reach retirement age. Often ' +
      'the service is proactive: you receive an SMS offering to arrange the pension and reply with your consent. ' +
      'Information about your work record is needed; bring missing documents about your service record to a public ' +
      'service center. The decision is announced in your personal account.',
  }),
  en('benefits-certificate', {
    title: 'Certificate of pensions and benefits received',
    category: 'Pensions and benefits',
    tags: ['certificate', 'social benefit', 'social payments'],
    body:
      'Information on the pensions, benefits and social payments assigned to you and their amounts is available on ' +
      'egov.kz: find the service issuing a certificate of assigned payments, sign the request with your EDS or a ' +
      'one-time password and the certificate arrives in your personal account. Public service centers issue it as ' +
      'well. It is often requested for targeted social assistance, privileges and subsidies.',
  }),
  en('birth-benefit', {
    title: 'One-time childbirth benefit',
    category: 'Pensions and benefits',
    tags: ['benefit', 'birth of a child', 'proactive service'],
    body:
      "After a child's birth is registered, one of the parents receives an SMS offering the one-time birth benefit; " +
      'reply with consent and give a bank account. If no SMS arrives, apply on egov.kz or at a public service center. ' +
      'Working mothers receive maternity and childcare payments from the State Social Insurance Fund.',
  }),
  en('complaint-egov', {
    title: 'How to file a complaint about a state service on egov.kz and when it will be reviewed',
    category: 'Complaints',
    tags: ['complaint', 'appeal a decision', 'review deadline', 'EDS'],
    body:
      "A complaint about a service provider's decision, action or inaction is filed on egov.kz as an electronic " +
      'document certified with an EDS: in your personal account choose to file a complaint, name the service and the ' +
      'application number, describe the violation and sign. A complaint to the service provider is reviewed within ' +
      'five working days of its registration; a complaint to the authorized body for assessment and control of the ' +
      'quality of state services within fifteen working days. A 1414 operator explains how to file it and tells you ' +
      'the review deadline.',
  }),
  en('contact-center-appeals', {
    title: 'How the 1414 Unified Contact Center works and how to reach it',
    category: 'About the contact center',
    tags: ['1414', 'contact center', 'appeal', 'response time'],
    body:
      'The Unified Contact Center works around the clock, without breaks, weekends or holidays. Calls are free: 1414 ' +
      'and 8 800 080 7777. Appeals are also accepted at www.1414.kz and by e-mail at egov@nitec.kz, ' +
      'support@pki.gov.kz and sd@nitec.kz. A written appeal is registered automatically and answered within two ' +
      'working days. If a question is outside the contact center, the operator tells you which body resolves it. ' +
      'After the call you can rate the advice on a five-point scale.',
  }),
  en('state-bodies-support', {
    title: "Support for state bodies' information systems",
    category: 'For state bodies',
    tags: ['state bodies', 'information systems', 'technical support'],
    body:
      'The Unified Contact Center advises employees of state bodies around the clock on information and communication ' +
      'services and e-government information systems. Report a failure by calling 1414 or writing to sd@nitec.kz; ' +
      'give the body, the system, the time and the error text. The contact center passes the request to the operator ' +
      'of the e-government information and communication infrastructure and to the responsible groups of software ' +
      'suppliers.',
  }),
  en('application-status', {
    title: 'How to check the status of a state service application',
    category: 'egov.kz portal',
    tags: ['application status', 'personal account', 'notifications'],
    body:
      'The status of an application is shown in your egov.kz personal account under the history of received services ' +
      'and in eGov mobile, where you also download the result. If an application takes long, check the service ' +
      'deadline in its description. If the deadline is missed or you receive an unfounded refusal, file a complaint ' +
      'through egov.kz. A 1414 operator needs the application number to check it.',
  }),
];
