import type { HotlineId, Language } from '../../../contracts/hotlines';
import type { KbQueryCase } from './queries';

/**
 * Questions typed in Latin letters, the way people in Kazakhstan type them when a phone has no Cyrillic
 * keyboard: Kazakh in the 2021 alphabet (ä, ğ, ı, ñ, ö, q, ş, ū, ü), the 2018 one (acutes) and the 2017 one
 * (apostrophes), Kazakh with plain ASCII habits (q, gh/g, sh, zh/j, y, u, ...), Russian in translit (ya/ja,
 * zh, kh/h, ts, ch, sh, shch, yu/ju, ' for ь), abbreviations (ECQ, ECP, IIN, JSN, CON) and queries mixing
 * both scripts. At least one Kazakh and one Russian question per article family of both hotlines' seed
 * content. `lang` is the language the words are in; the expected article is the one in that language.
 */

const q =
  (hotline: HotlineId, lang: Language) =>
  (query: string, ...expected: string[]): KbQueryCase => ({ query, expected, hotline, lang });

const kk1414 = q('1414', 'kk');
const ru1414 = q('1414', 'ru');
const kk111 = q('111', 'kk');
const ru111 = q('111', 'ru');

export const KB_LATIN_QUERIES: readonly KbQueryCase[] = [
  // 1414, Kazakh.
  kk1414('egov portalynda tirkelu', '1414-egov-registration-kk'),
  kk1414('egov-ta qalai tırkelemın', '1414-egov-registration-kk'),
  kk1414('egov qūpiasözdı qalpyna keltıru', '1414-egov-password-kk'),
  kk1414('egov kupiya sozdi umyttym', '1414-egov-password-kk'),
  kk1414('elektrondyq qoltanba alu', '1414-eds-obtain-kk'),
  kk1414('ECQ qalai alamyn', '1414-eds-obtain-kk'),
  kk1414('elektrondyq sifrlyq qoltañba tegin be', '1414-eds-obtain-kk'),
  kk1414('ECQ merzimin uzartu', '1414-eds-renew-kk'),
  kk1414('ECQ-ny qalai uzartamyn', '1414-eds-renew-kk'),
  kk1414("ECQ merzimin uzarty'", '1414-eds-renew-kk'),
  kk1414('ecq kupiyasozin umyttym', '1414-eds-revoke-kk'),
  kk1414('ECQ kilti zhogaldy', '1414-eds-revoke-kk'),
  kk1414('NCALayer qatesi', '1414-ncalayer-kk'),
  kk1414('NCALayer qosylu qatelerı', '1414-ncalayer-kk'),
  kk1414('egov mobile mobildi qosymshasy', '1414-egov-mobile-kk'),
  kk1414('mobildi azamattar bazasy', '1414-mobile-citizens-database-kk'),
  kk1414('telefon nomirin auystyru', '1414-mobile-citizens-database-kk'),
  kk1414('tsifrlyq qujattar', '1414-digital-documents-kk'),
  kk1414('jeke kualikti telefonnan korsetu', '1414-digital-documents-kk'),
  kk1414('sottylyq joqtygy turaly anyqtama', '1414-criminal-record-certificate-kk'),
  kk1414('sottylyǵy týraly anyqtama', '1414-criminal-record-certificate-kk'),
  kk1414('mekenzhai anyqtamasy', '1414-address-certificate-kk'),
  kk1414('mekenjai anyqtamasyn alu', '1414-address-certificate-kk'),
  kk1414('turgylykty zheri boiynsha tirkelu', '1414-residence-registration-kk'),
  kk1414('JK ashu', '1414-sole-proprietor-registration-kk'),
  kk1414('jeke kásipker retinde tirkelu', '1414-sole-proprietor-registration-kk'),
  kk1414('jk jabu', '1414-sole-proprietor-closing-kk'),
  kk1414('JK qyzmetin toqtatu', '1414-sole-proprietor-closing-kk'),
  kk1414('zeinetaqy jarnalary turaly uzindi', '1414-pension-contributions-statement-kk'),
  kk1414('zeinetakyny kalai resimdeu', '1414-pension-application-kk'),
  kk1414('jasyna bailanysty zeinetaqy', '1414-pension-application-kk'),
  kk1414('alynatyn järdemaqy turaly anyqtama', '1414-benefits-certificate-kk'),
  kk1414('bala tuuyna järdemaqy', '1414-birth-benefit-kk'),
  kk1414('bala tuuyna birjolgy zhardemakhy', '1414-birth-benefit-kk'),
  kk1414('memlekettik qyzmetke shagym beru merzimi', '1414-complaint-egov-kk'),
  kk1414('şağym qalai beremın', '1414-complaint-egov-kk'),
  kk1414('1414 bailanys ortalygyna hat jazu', '1414-contact-center-appeals-kk'),
  kk1414("memlekettik organdarg'a aqparattyq ju'yeler boiynsha qoldau", '1414-state-bodies-support-kk'),
  kk1414('otinimnin martebesin bilu', '1414-application-status-kk'),
  kk1414('ötınımnıñ märtebesı', '1414-application-status-kk'),
  kk1414('IIN arqyly tirkelu egov', '1414-egov-registration-kk'),
  kk1414('JSN engizu egov', '1414-egov-registration-kk'),
  kk1414('HQKO-da ECQ alu', '1414-eds-obtain-kk'),

  // 1414, Russian.
  ru1414('registratsiya na egov', '1414-egov-registration-ru'),
  ru1414('kak zaregistrirovatsya na portale elektronnogo pravitelstva', '1414-egov-registration-ru'),
  ru1414('zabyl parol egov', '1414-egov-password-ru'),
  ru1414("vosstanovit' parol' lichnogo kabineta", '1414-egov-password-ru'),
  ru1414('kak poluchit ECP', '1414-eds-obtain-ru'),
  ru1414('gde poluchit elektronnuyu tsifrovuyu podpis', '1414-eds-obtain-ru'),
  ru1414('kak prodlit ecp', '1414-eds-renew-ru'),
  ru1414('ЭЦП prodlit istek srok', '1414-eds-renew-ru'),
  ru1414('poteryal klyuchi ECP', '1414-eds-revoke-ru'),
  ru1414('zabyla parol ot ecp', '1414-eds-revoke-ru'),
  ru1414('oshibka pri podklyuchenii k NCALayer', '1414-ncalayer-ru'),
  ru1414('ne mogu podpisat v brauzere', '1414-ncalayer-ru'),
  ru1414('prilozhenie egov mobile ne otkryvaetsya', '1414-egov-mobile-ru'),
  ru1414('baza mobilnyh grazhdan dobavit nomer', '1414-mobile-citizens-database-ru'),
  ru1414('kak pomenyat nomer telefona dlya sms', '1414-mobile-citizens-database-ru'),
  ru1414('udostoverenie lichnosti v telefone tsifrovye dokumenty', '1414-digital-documents-ru'),
  ru1414('spravka o nesudimosti', '1414-criminal-record-certificate-ru'),
  ru1414('spravka ob otsutstvii sudimosti dlya vizy', '1414-criminal-record-certificate-ru'),
  ru1414('справка o nesudimosti skolko zhdat', '1414-criminal-record-certificate-ru'),
  ru1414('adresnaya spravka', '1414-address-certificate-ru'),
  ru1414("adresnuyu spravku gde vzyat'", '1414-address-certificate-ru'),
  ru1414('propiska onlain', '1414-residence-registration-ru'),
  ru1414('vremennaya registraciya po mestu zhitelstva', '1414-residence-registration-ru'),
  ru1414('kak otkryt IP', '1414-sole-proprietor-registration-ru'),
  ru1414('registratsiya individualnogo predprinimatelya', '1414-sole-proprietor-registration-ru'),
  ru1414('zakryt ip likvidatsionnaya otchetnost', '1414-sole-proprietor-closing-ru'),
  ru1414('vypiska enpf pensionnye otchisleniya', '1414-pension-contributions-statement-ru'),
  ru1414('oformit pensiyu po vozrastu', '1414-pension-application-ru'),
  ru1414('spravka o poluchaemykh posobiyakh', '1414-benefits-certificate-ru'),
  ru1414('posobie pri rozhdenii rebenka', '1414-birth-benefit-ru'),
  ru1414('kak pozhalovatsya na gosuslugu', '1414-complaint-egov-ru'),
  ru1414('srok rassmotreniya zhaloby', '1414-complaint-egov-ru'),
  ru1414('napisat v 1414 po elektronnoi pochte', '1414-contact-center-appeals-ru'),
  ru1414('sboi informatsionnoi sistemy gosorgana', '1414-state-bodies-support-ru'),
  ru1414('status zayavki na egov', '1414-application-status-ru'),
  ru1414('kak uznat status zajavki na gosuslugu', '1414-application-status-ru'),
  ru1414('IIN zabyl kak uznat egov', '1414-egov-registration-ru', '1414-egov-password-ru'),
  ru1414('ECP v CON poluchit', '1414-eds-obtain-ru'),

  // 111, Kazakh.
  kk111('111 ne isteidi', '111-about-kk'),
  kk111('kuieuim urady', '111-domestic-violence-kk'),
  kk111('turmystyq zorlyq-zombylyq', '111-domestic-violence-kk'),
  kk111('qorgau nusqamasy', '111-protective-order-kk'),
  kk111('balamdy mektepte qorlaidy', '111-school-bullying-kk'),
  kk111('internette kiberbulling', '111-cyberbullying-kk'),
  kk111('balany internette bopsalaidy', '111-cyberbullying-kk'),
  kk111('balanyñ qūqyqtary', '111-child-rights-kk'),
  kk111('bala kukyktary', '111-child-rights-kk'),
  kk111('korshiler balany uryp-sogady', '111-child-abuse-kk'),
  kk111('aliment qansha', '111-alimony-kk'),
  kk111('aliment tolemeidi', '111-alimony-kk'),
  kk111('ajyrasu sot arqyly', '111-divorce-kk'),
  kk111('ajyrasqannan keiin bala kimmen qalady', '111-child-custody-kk'),
  kk111('psihologiyalyq komek kerek', '111-psychological-help-kk'),
  kk111('zhukti bolganym ushin zhumystan shygardy', '111-women-rights-kk'),
  kk111('qaida zhuginu kerek', '111-where-to-turn-kk'),
  kk111("o'tinishtin' ma'rtebesi", '111-appeal-status-kk'),
  kk111('otinishimnin nomiri', '111-appeal-status-kk'),

  // 111, Russian.
  ru111('chem pomogaet 111', '111-about-ru'),
  ru111("muzh b'et chto delat'", '111-domestic-violence-ru'),
  ru111('bytovoe nasilie kuda obrashchatsya', '111-domestic-violence-ru', '111-where-to-turn-ru'),
  ru111('zashchitnoe predpisanie', '111-protective-order-ru'),
  ru111('rebenka travyat v shkole', '111-school-bullying-ru'),
  ru111('bulling v shkole', '111-school-bullying-ru'),
  ru111('oskorblyayut v sotssetyakh kiberbulling', '111-cyberbullying-ru'),
  ru111('prava rebenka narusheny', '111-child-rights-ru'),
  ru111("sosedi b'yut rebenka", '111-child-abuse-ru'),
  ru111('skolko alimentov na dvoikh detei', '111-alimony-ru'),
  ru111('byvshii muzh ne platit alimenty', '111-alimony-ru'),
  ru111('kak razvestis esli est deti', '111-divorce-ru'),
  ru111('s kem ostanetsya rebenok posle razvoda', '111-child-custody-ru'),
  ru111('nuzhen psikholog', '111-psychological-help-ru'),
  ru111('uvolili iz-za beremennosti', '111-women-rights-ru'),
  ru111('dekretnyi otpusk', '111-women-rights-ru'),
  ru111('kuda obratitsya politsiya akimat opeka', '111-where-to-turn-ru'),
  ru111('nomer i status obrashcheniya', '111-appeal-status-ru'),
];
