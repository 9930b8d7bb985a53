// More mastheads by beat, for outlets.ts's list: sports, business and tech
// desks and regional papers that stories cite by name ("per ESPN", "per The
// Athletic", "according to Dawn", "told the Hindustan Times"). Each entry is
// the canonical name first, then the other names it is written under.
//
// Left out on purpose: names that are as often plain words or a body's
// initials when capitalised ("Punch", "Stuff", "Mint", "Metro", "Nation",
// "Vanguard", "Status", "NRC", "DR", "NOS", "AS"); a one-word name written
// with "The" is a masthead only with it ("The Hindu", "The National"), see
// outlets.ts bareMasthead.

export const MORE_OUTLETS: readonly (readonly string[])[] = [
  // Sports.
  ['ESPN', 'ESPN.com'], ['The Athletic'], ['Sports Illustrated'], ['Yahoo Sports'], ['CBS Sports'], ['Fox Sports'], ['NBC Sports'],
  ['Sky Sports', 'Sky Sports News'], ['BBC Sport'], ['TNT Sports'], ['Bleacher Report'], ['The Ringer'], ['Sportsnet'], ['TSN'],
  ['NFL Network'], ['MLB Network'], ['NBA TV'], ['Pro Football Talk', 'ProFootballTalk'], ['Front Office Sports'], ['The Score', 'theScore'],
  ['talkSPORT', 'Talksport'], ['Marca'], ["L'Equipe", "L'Équipe"], ['Gazzetta dello Sport', 'La Gazzetta dello Sport'], ['Kicker'], ['Sport Bild'],
  ['Mundo Deportivo'], ['Relevo'], ['On3'], ['247Sports'],
  // Business and markets.
  ["Barron's"], ['Fortune'], ['Business Standard'], ['The Economic Times', 'Economic Times'], ['Livemint'], ['Moneycontrol'],
  ['The Information'], ['CoinDesk'], ['The Block'], ['Fox Business'], ['Bloomberg Law'], ['Breakingviews', 'Reuters Breakingviews'],
  ['Insider'], ['Quartz'], ['Fast Company'], ['Les Echos'], ['Il Sole 24 Ore'], ['Economic Observer'], ['Securities Times'],
  ['Shanghai Securities News'], ['Financial Express', 'The Financial Express'], ['Börsen-Zeitung', 'Boersen-Zeitung'], ['Seeking Alpha'],
  ['American Banker'], ['Automotive News'], ["Lloyd's List"], ['TradeWinds'], ['The Motley Fool', 'Motley Fool'], ['Kiplinger'],
  ["Crain's"], ['Valor Econômico', 'Valor Economico'],
  // Tech.
  ['Ars Technica'], ['Engadget'], ['Gizmodo'], ['ZDNet'], ['CNET'], ["Tom's Hardware"], ["Tom's Guide"], ['The Register'],
  ['MacRumors'], ['9to5Mac'], ['9to5Google'], ['AppleInsider'], ['VentureBeat'], ['TechRadar'], ['PCMag'], ['Android Authority'],
  ['Digital Trends'], ['404 Media'], ['Platformer'], ['Rest of World'], ['DigiTimes'], ['The Elec'], ['Windows Central'], ['Heise'],
  // US national and regional.
  ['New York Post', 'The New York Post', 'NY Post'], ['New York Daily News', 'Daily News'], ['Newsday'],
  ['The Atlanta Journal-Constitution', 'Atlanta Journal-Constitution', 'AJC'], ['Miami Herald', 'The Miami Herald'],
  ['Houston Chronicle', 'The Houston Chronicle'], ['The Dallas Morning News', 'Dallas Morning News'],
  ['The Philadelphia Inquirer', 'Philadelphia Inquirer'], ['San Francisco Chronicle', 'The San Francisco Chronicle'],
  ['The Seattle Times', 'Seattle Times'], ['The Denver Post', 'Denver Post'], ['Star Tribune', 'Minneapolis Star Tribune'],
  ['Tampa Bay Times'], ['Detroit Free Press'], ['The Arizona Republic', 'Arizona Republic'], ['Las Vegas Review-Journal'],
  ['The Sacramento Bee', 'Sacramento Bee'], ['The Kansas City Star', 'Kansas City Star'], ['The Baltimore Sun', 'Baltimore Sun'],
  ['Orlando Sentinel'], ['Milwaukee Journal Sentinel'], ['The Texas Tribune', 'Texas Tribune'], ['The Mercury News', 'Mercury News'],
  ['Punchbowl News'], ['NOTUS'], ['The Dispatch'], ['ProPublica'], ['The Intercept'], ['Mother Jones'], ['National Review'],
  ['The Free Press'], ['The 19th'], ['Talking Points Memo'], ['Raw Story'], ['The Daily Caller', 'Daily Caller'], ['The Daily Wire', 'Daily Wire'],
  ['Newsmax'], ['One America News', 'OAN', 'One America News Network'], ['The Blaze', 'TheBlaze'], ['Washington Free Beacon', 'Free Beacon'],
  ['Roll Call'], ['The Bulwark'], ['Mediaite'], ['Gothamist'], ['KFF Health News', 'Kaiser Health News'], ['STAT', 'STAT News'],
  ['CalMatters'], ['Telemundo'], ['Univision'], ['C-SPAN'], ['WNYC'], ['KQED'], ['WBUR'], ['Scripps News'], ['NewsNation'],
  ['Spectrum News'], ['E&E News'], ['Military Times'], ['Defense News'], ['Breaking Defense'], ['The War Zone'], ['Stars and Stripes'],
  ['Foreign Policy'], ['The Diplomat'], ['Al-Monitor', 'Al Monitor'], ['Middle East Eye'], ['Radio Free Asia', 'RFA'],
  ['Radio Free Europe/Radio Liberty', 'RFE/RL', 'Radio Free Europe', 'Radio Liberty'],
  // Britain, Ireland and the Commonwealth.
  ['The Sun'], ['Daily Mirror', 'The Mirror', 'The Daily Mirror'], ['Daily Express', 'The Daily Express'], ['Evening Standard', 'The Evening Standard'],
  ['The Observer'], ['New Statesman'], ['The Spectator'], ['PA Media', 'Press Association', 'PA news agency'], ['LBC'], ['GB News'],
  ['The Scotsman'], ['The Irish Times', 'Irish Times'], ['RTE', 'RTÉ'], ['Irish Independent'], ['The Globe and Mail', 'Globe and Mail'],
  ['CBC News', 'CBC'], ['CTV News', 'CTV'], ['Toronto Star', 'The Toronto Star'], ['National Post'], ['Global News'], ['La Presse'], ['Le Devoir'],
  ['The Age'], ['The Australian'], ['Australian Financial Review', 'AFR'], ['News.com.au'], ['SBS News', 'SBS'], ['Nine News'],
  ['New Zealand Herald', 'NZ Herald', 'The New Zealand Herald'], ['RNZ', 'Radio New Zealand'],
  // South Asia, the Middle East and Africa.
  ['Dawn'], ['The Express Tribune', 'Express Tribune'], ['Geo News'], ['The Hindu'], ['Hindustan Times', 'The Hindustan Times'],
  ['The Times of India', 'Times of India'], ['The Indian Express', 'Indian Express'], ['India Today'], ['ThePrint', 'The Print'],
  ['The Daily Star'], ['Prothom Alo'], ['The Kathmandu Post', 'Kathmandu Post'], ['Gulf News'], ['Khaleej Times'], ['The National'],
  ['Gulf Times'], ['Al-Ahram', 'Al Ahram', 'Ahram Online'], ['Asharq Al-Awsat'], ["L'Orient-Le Jour"], ['Tehran Times'], ['Kayhan'],
  ['Iran International'], ['Rudaw'], ['Kurdistan 24'], ['Shafaq News'], ['Yedioth Ahronoth', 'Yediot Ahronot'], ['Maariv'], ['Israel Hayom'],
  ['i24NEWS', 'i24 News'], ['Premium Times'], ['ThisDay'], ['Daily Nation'], ['The EastAfrican'], ['Mail & Guardian'], ['News24'],
  ['Daily Maverick'], ['TimesLIVE'], ['SABC'], ['eNCA'], ['Addis Standard'], ['Jeune Afrique'], ['RFI', 'Radio France Internationale'],
  // Asia and the Pacific.
  ['Bangkok Post'], ['Jakarta Post', 'The Jakarta Post'], ['Kompas'], ['Philippine Daily Inquirer'], ['Rappler'],
  ['Manila Bulletin'], ['CNA', 'Channel NewsAsia', 'Channel News Asia'], ['Focus Taiwan'], ['Taipei Times'], ['Liberty Times'], ['United Daily News'],
  ['Malaysiakini'], ['New Straits Times'], ['The Star'], ['VnExpress'], ['Tuoi Tre'], ['KBS'], ['MBC'], ['Hankyoreh', 'The Hankyoreh'],
  ['Dong-A Ilbo'], ['Korea JoongAng Daily'], ['The Korea Times', 'Korea Times'], ['NK News'], ['Daily NK'], ['The Japan Times', 'Japan Times'],
  ['Sankei Shimbun', 'Sankei'], ['TBS'], ['Fuji TV'], ['Ming Pao'], ['HK01'], ['Hong Kong Free Press', 'HKFP'], ['Sing Tao'],
  ['Lianhe Zaobao'], ['Sixth Tone'], ['Guancha'], ['Phoenix TV', 'Phoenix Television'], ['Kyiv Post'], ['The Moscow Times', 'Moscow Times'],
  ['Mediazona'], ['Fontanka'], ['Lenta.ru'], ['Rossiyskaya Gazeta'], ['Komsomolskaya Pravda'], ['Ukrainska Pravda'], ['Hromadske'], ['Suspilne'],
  // Europe and Latin America.
  ['Le Parisien'], ['Libération', 'Liberation'], ['Ouest-France'], ['BFMTV', 'BFM TV'], ['franceinfo', 'France Info'], ['Le Point'],
  ["L'Express"], ['Mediapart'], ['Die Zeit', 'Zeit'], ['Die Welt', 'Welt'], ['Tagesspiegel', 'Der Tagesspiegel'], ['RND'],
  ['Neue Zürcher Zeitung', 'NZZ', 'Neue Zuercher Zeitung'], ['Der Standard'], ['ORF'], ['De Telegraaf', 'Telegraaf'], ['De Standaard'],
  ['Le Soir'], ['El Mundo'], ['La Vanguardia'], ['El Confidencial'], ['La Stampa'], ['Il Fatto Quotidiano'], ['RAI'], ['Público', 'Publico'],
  ['Kathimerini'], ['Gazeta Wyborcza'], ['Rzeczpospolita'], ['TVN24'], ['Aftonbladet'], ['Dagens Nyheter'], ['Svenska Dagbladet'], ['Yle'],
  ['NRK'], ['Helsingin Sanomat'], ['Aftenposten'], ['Politiken'], ['Jyllands-Posten'], ['Folha de S.Paulo', 'Folha de S. Paulo', 'Folha'],
  ['O Globo'], ['Estadão', 'Estadao', 'O Estado de S. Paulo'], ['Clarín', 'Clarin'], ['La Nación', 'La Nacion'], ['Infobae'],
  ['El Universal'], ['Milenio'], ['El Tiempo'], ['La Tercera'], ['El Mercurio'], ['Telesur', 'teleSUR'], ['Prensa Latina'], ['Granma'],
]
