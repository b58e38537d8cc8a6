// The 193 Member States of the United Nations: English short name, ISO 3166-1 alpha-3 and alpha-2,
// and UN M49 continental region. Chinese names come from ICU (Intl.DisplayNames) at seed time.
import type { Region } from "../../app/generated/prisma/enums";

const TABLE = `
Afghanistan|AFG|AF|ASIA
Albania|ALB|AL|EUROPE
Algeria|DZA|DZ|AFRICA
Andorra|AND|AD|EUROPE
Angola|AGO|AO|AFRICA
Antigua and Barbuda|ATG|AG|AMERICAS
Argentina|ARG|AR|AMERICAS
Armenia|ARM|AM|ASIA
Australia|AUS|AU|OCEANIA
Austria|AUT|AT|EUROPE
Azerbaijan|AZE|AZ|ASIA
Bahamas|BHS|BS|AMERICAS
Bahrain|BHR|BH|ASIA
Bangladesh|BGD|BD|ASIA
Barbados|BRB|BB|AMERICAS
Belarus|BLR|BY|EUROPE
Belgium|BEL|BE|EUROPE
Belize|BLZ|BZ|AMERICAS
Benin|BEN|BJ|AFRICA
Bhutan|BTN|BT|ASIA
Bolivia (Plurinational State of)|BOL|BO|AMERICAS
Bosnia and Herzegovina|BIH|BA|EUROPE
Botswana|BWA|BW|AFRICA
Brazil|BRA|BR|AMERICAS
Brunei Darussalam|BRN|BN|ASIA
Bulgaria|BGR|BG|EUROPE
Burkina Faso|BFA|BF|AFRICA
Burundi|BDI|BI|AFRICA
Cabo Verde|CPV|CV|AFRICA
Cambodia|KHM|KH|ASIA
Cameroon|CMR|CM|AFRICA
Canada|CAN|CA|AMERICAS
Central African Republic|CAF|CF|AFRICA
Chad|TCD|TD|AFRICA
Chile|CHL|CL|AMERICAS
China|CHN|CN|ASIA
Colombia|COL|CO|AMERICAS
Comoros|COM|KM|AFRICA
Congo|COG|CG|AFRICA
Costa Rica|CRI|CR|AMERICAS
Côte d'Ivoire|CIV|CI|AFRICA
Croatia|HRV|HR|EUROPE
Cuba|CUB|CU|AMERICAS
Cyprus|CYP|CY|ASIA
Czechia|CZE|CZ|EUROPE
Democratic People's Republic of Korea|PRK|KP|ASIA
Democratic Republic of the Congo|COD|CD|AFRICA
Denmark|DNK|DK|EUROPE
Djibouti|DJI|DJ|AFRICA
Dominica|DMA|DM|AMERICAS
Dominican Republic|DOM|DO|AMERICAS
Ecuador|ECU|EC|AMERICAS
Egypt|EGY|EG|AFRICA
El Salvador|SLV|SV|AMERICAS
Equatorial Guinea|GNQ|GQ|AFRICA
Eritrea|ERI|ER|AFRICA
Estonia|EST|EE|EUROPE
Eswatini|SWZ|SZ|AFRICA
Ethiopia|ETH|ET|AFRICA
Fiji|FJI|FJ|OCEANIA
Finland|FIN|FI|EUROPE
France|FRA|FR|EUROPE
Gabon|GAB|GA|AFRICA
Gambia|GMB|GM|AFRICA
Georgia|GEO|GE|ASIA
Germany|DEU|DE|EUROPE
Ghana|GHA|GH|AFRICA
Greece|GRC|GR|EUROPE
Grenada|GRD|GD|AMERICAS
Guatemala|GTM|GT|AMERICAS
Guinea|GIN|GN|AFRICA
Guinea-Bissau|GNB|GW|AFRICA
Guyana|GUY|GY|AMERICAS
Haiti|HTI|HT|AMERICAS
Honduras|HND|HN|AMERICAS
Hungary|HUN|HU|EUROPE
Iceland|ISL|IS|EUROPE
India|IND|IN|ASIA
Indonesia|IDN|ID|ASIA
Iran (Islamic Republic of)|IRN|IR|ASIA
Iraq|IRQ|IQ|ASIA
Ireland|IRL|IE|EUROPE
Israel|ISR|IL|ASIA
Italy|ITA|IT|EUROPE
Jamaica|JAM|JM|AMERICAS
Japan|JPN|JP|ASIA
Jordan|JOR|JO|ASIA
Kazakhstan|KAZ|KZ|ASIA
Kenya|KEN|KE|AFRICA
Kiribati|KIR|KI|OCEANIA
Kuwait|KWT|KW|ASIA
Kyrgyzstan|KGZ|KG|ASIA
Lao People's Democratic Republic|LAO|LA|ASIA
Latvia|LVA|LV|EUROPE
Lebanon|LBN|LB|ASIA
Lesotho|LSO|LS|AFRICA
Liberia|LBR|LR|AFRICA
Libya|LBY|LY|AFRICA
Liechtenstein|LIE|LI|EUROPE
Lithuania|LTU|LT|EUROPE
Luxembourg|LUX|LU|EUROPE
Madagascar|MDG|MG|AFRICA
Malawi|MWI|MW|AFRICA
Malaysia|MYS|MY|ASIA
Maldives|MDV|MV|ASIA
Mali|MLI|ML|AFRICA
Malta|MLT|MT|EUROPE
Marshall Islands|MHL|MH|OCEANIA
Mauritania|MRT|MR|AFRICA
Mauritius|MUS|MU|AFRICA
Mexico|MEX|MX|AMERICAS
Micronesia (Federated States of)|FSM|FM|OCEANIA
Monaco|MCO|MC|EUROPE
Mongolia|MNG|MN|ASIA
Montenegro|MNE|ME|EUROPE
Morocco|MAR|MA|AFRICA
Mozambique|MOZ|MZ|AFRICA
Myanmar|MMR|MM|ASIA
Namibia|NAM|NA|AFRICA
Nauru|NRU|NR|OCEANIA
Nepal|NPL|NP|ASIA
Netherlands (Kingdom of the)|NLD|NL|EUROPE
New Zealand|NZL|NZ|OCEANIA
Nicaragua|NIC|NI|AMERICAS
Niger|NER|NE|AFRICA
Nigeria|NGA|NG|AFRICA
North Macedonia|MKD|MK|EUROPE
Norway|NOR|NO|EUROPE
Oman|OMN|OM|ASIA
Pakistan|PAK|PK|ASIA
Palau|PLW|PW|OCEANIA
Panama|PAN|PA|AMERICAS
Papua New Guinea|PNG|PG|OCEANIA
Paraguay|PRY|PY|AMERICAS
Peru|PER|PE|AMERICAS
Philippines|PHL|PH|ASIA
Poland|POL|PL|EUROPE
Portugal|PRT|PT|EUROPE
Qatar|QAT|QA|ASIA
Republic of Korea|KOR|KR|ASIA
Republic of Moldova|MDA|MD|EUROPE
Romania|ROU|RO|EUROPE
Russian Federation|RUS|RU|EUROPE
Rwanda|RWA|RW|AFRICA
Saint Kitts and Nevis|KNA|KN|AMERICAS
Saint Lucia|LCA|LC|AMERICAS
Saint Vincent and the Grenadines|VCT|VC|AMERICAS
Samoa|WSM|WS|OCEANIA
San Marino|SMR|SM|EUROPE
Sao Tome and Principe|STP|ST|AFRICA
Saudi Arabia|SAU|SA|ASIA
Senegal|SEN|SN|AFRICA
Serbia|SRB|RS|EUROPE
Seychelles|SYC|SC|AFRICA
Sierra Leone|SLE|SL|AFRICA
Singapore|SGP|SG|ASIA
Slovakia|SVK|SK|EUROPE
Slovenia|SVN|SI|EUROPE
Solomon Islands|SLB|SB|OCEANIA
Somalia|SOM|SO|AFRICA
South Africa|ZAF|ZA|AFRICA
South Sudan|SSD|SS|AFRICA
Spain|ESP|ES|EUROPE
Sri Lanka|LKA|LK|ASIA
Sudan|SDN|SD|AFRICA
Suriname|SUR|SR|AMERICAS
Sweden|SWE|SE|EUROPE
Switzerland|CHE|CH|EUROPE
Syrian Arab Republic|SYR|SY|ASIA
Tajikistan|TJK|TJ|ASIA
Thailand|THA|TH|ASIA
Timor-Leste|TLS|TL|ASIA
Togo|TGO|TG|AFRICA
Tonga|TON|TO|OCEANIA
Trinidad and Tobago|TTO|TT|AMERICAS
Tunisia|TUN|TN|AFRICA
Türkiye|TUR|TR|ASIA
Turkmenistan|TKM|TM|ASIA
Tuvalu|TUV|TV|OCEANIA
Uganda|UGA|UG|AFRICA
Ukraine|UKR|UA|EUROPE
United Arab Emirates|ARE|AE|ASIA
United Kingdom of Great Britain and Northern Ireland|GBR|GB|EUROPE
United Republic of Tanzania|TZA|TZ|AFRICA
United States of America|USA|US|AMERICAS
Uruguay|URY|UY|AMERICAS
Uzbekistan|UZB|UZ|ASIA
Vanuatu|VUT|VU|OCEANIA
Venezuela (Bolivarian Republic of)|VEN|VE|AMERICAS
Viet Nam|VNM|VN|ASIA
Yemen|YEM|YE|ASIA
Zambia|ZMB|ZM|AFRICA
Zimbabwe|ZWE|ZW|AFRICA
`;

export type MemberState = { name: string; iso3: string; iso2: string; region: Region };

export const memberStates: MemberState[] = TABLE.trim()
  .split("\n")
  .map((line) => {
    const [name, iso3, iso2, region] = line.split("|");
    return { name, iso3, iso2, region: region as Region };
  });

type OtherLanguage = "ar" | "fr" | "ru" | "es";

/**
 * The United Nations' own short names where CLDR's common name differs from them ("Corée du Nord" for the
 * Democratic People's Republic of Korea, "Bolivie" for the Plurinational State): the names the UN uses in its
 * Arabic, French, Russian and Spanish documents, as the English column holds the English ones.
 */
const UN_NAMES: Record<string, Record<OtherLanguage, string>> = {
  BOL: {
    ar: "بوليفيا (دولة - المتعددة القوميات)",
    fr: "Bolivie (État plurinational de)",
    ru: "Боливия (Многонациональное Государство)",
    es: "Bolivia (Estado Plurinacional de)",
  },
  BRN: { ar: "بروني دار السلام", fr: "Brunéi Darussalam", ru: "Бруней-Даруссалам", es: "Brunei Darussalam" },
  CPV: { ar: "كابو فيردي", fr: "Cabo Verde", ru: "Кабо-Верде", es: "Cabo Verde" },
  CAF: {
    ar: "جمهورية أفريقيا الوسطى",
    fr: "République centrafricaine",
    ru: "Центральноафриканская Республика",
    es: "República Centroafricana",
  },
  CIV: { ar: "كوت ديفوار", fr: "Côte d’Ivoire", ru: "Кот-д’Ивуар", es: "Côte d’Ivoire" },
  CZE: { ar: "تشيكيا", fr: "Tchéquie", ru: "Чехия", es: "Chequia" },
  PRK: {
    ar: "جمهورية كوريا الشعبية الديمقراطية",
    fr: "République populaire démocratique de Corée",
    ru: "Корейская Народно-Демократическая Республика",
    es: "República Popular Democrática de Corea",
  },
  COD: {
    ar: "جمهورية الكونغو الديمقراطية",
    fr: "République démocratique du Congo",
    ru: "Демократическая Республика Конго",
    es: "República Democrática del Congo",
  },
  DOM: { ar: "الجمهورية الدومينيكية", fr: "République dominicaine", ru: "Доминиканская Республика", es: "República Dominicana" },
  SWZ: { ar: "إسواتيني", fr: "Eswatini", ru: "Эсватини", es: "Eswatini" },
  IRN: {
    ar: "إيران (جمهورية - الإسلامية)",
    fr: "Iran (République islamique d’)",
    ru: "Иран (Исламская Республика)",
    es: "Irán (República Islámica del)",
  },
  LAO: {
    ar: "جمهورية لاو الديمقراطية الشعبية",
    fr: "République démocratique populaire lao",
    ru: "Лаосская Народно-Демократическая Республика",
    es: "República Democrática Popular Lao",
  },
  FSM: {
    ar: "ميكرونيزيا (ولايات - الموحدة)",
    fr: "Micronésie (États fédérés de)",
    ru: "Микронезия (Федеративные Штаты)",
    es: "Micronesia (Estados Federados de)",
  },
  NLD: { ar: "هولندا (مملكة -)", fr: "Pays-Bas (Royaume des)", ru: "Нидерланды (Королевство)", es: "Países Bajos (Reino de los)" },
  KOR: { ar: "جمهورية كوريا", fr: "République de Corée", ru: "Республика Корея", es: "República de Corea" },
  MDA: { ar: "جمهورية مولدوفا", fr: "République de Moldova", ru: "Республика Молдова", es: "República de Moldova" },
  RUS: { ar: "الاتحاد الروسي", fr: "Fédération de Russie", ru: "Российская Федерация", es: "Federación de Rusia" },
  SYR: {
    ar: "الجمهورية العربية السورية",
    fr: "République arabe syrienne",
    ru: "Сирийская Арабская Республика",
    es: "República Árabe Siria",
  },
  TLS: { ar: "تيمور - ليشتي", fr: "Timor-Leste", ru: "Тимор-Лешти", es: "Timor-Leste" },
  TUR: { ar: "تركيا", fr: "Türkiye", ru: "Турция", es: "Türkiye" },
  GBR: {
    ar: "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية",
    fr: "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord",
    ru: "Соединенное Королевство Великобритании и Северной Ирландии",
    es: "Reino Unido de Gran Bretaña e Irlanda del Norte",
  },
  TZA: {
    ar: "جمهورية تنزانيا المتحدة",
    fr: "République-Unie de Tanzanie",
    ru: "Объединенная Республика Танзания",
    es: "República Unida de Tanzanía",
  },
  USA: { ar: "الولايات المتحدة الأمريكية", fr: "États-Unis d’Amérique", ru: "Соединенные Штаты Америки", es: "Estados Unidos de América" },
  VEN: {
    ar: "فنزويلا (جمهورية - البوليفارية)",
    fr: "Venezuela (République bolivarienne du)",
    ru: "Венесуэла (Боливарианская Республика)",
    es: "Venezuela (República Bolivariana de)",
  },
  VNM: { ar: "فييت نام", fr: "Viet Nam", ru: "Вьетнам", es: "Viet Nam" },
};

/** A Member State's name in Arabic, French, Russian or Spanish: the UN's where it differs from CLDR's, else CLDR's (ICU). */
export function memberStateName(state: MemberState, language: OtherLanguage): string {
  return UN_NAMES[state.iso3]?.[language] ?? new Intl.DisplayNames(language, { type: "region" }).of(state.iso2) ?? state.name;
}
