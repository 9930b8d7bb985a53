// Word lists the rules read. Sets of lower-case words; user text is only
// ever looked up in them, never used as a key.

const set = (words: string) => new Set(words.trim().split(/\s+/))

// Reporting verbs by inflected form: speech, writing, stance, reported
// thought (GUIDE decision 2). Looked up on the lower-cased token.
export const REPORTING = set(`
say says said tell tells told add adds added note notes noted stress stresses stressed
emphasise emphasises emphasised emphasize emphasizes emphasized underline underlines underlined
underscore underscores underscored highlight highlights highlighted reiterate reiterates reiterated
report reports reported write writes wrote state states stated announce announces announced
declare declares declared explain explains explained insist insists insisted deny denies denied
claim claims claimed allege alleges alleged argue argues argued assert asserts asserted
acknowledge acknowledges acknowledged admit admits admitted confirm confirms confirmed
warn warns warned urge urges urged caution cautions cautioned predict predicts predicted
forecast forecasts estimate estimates estimated expect expects expected believe believes believed
think thinks thought hope hopes hoped fear fears feared reckon reckons reckoned
conclude concludes concluded recall recalls recalled reveal reveals revealed disclose discloses disclosed
complain complains complained concede concedes conceded contend contends contended
counter counters countered reply replies replied respond responds responded answer answers answered
convey conveys conveyed signal signals signalled signaled indicate indicates indicated
suggest suggests suggested accuse accuses accused brand brands branded describe describes described
vow vows vowed pledge pledges pledged promise promises promised agree agrees agreed
boast boasts boasted comment comments commented remark remarks remarked observe observes observed
point points pointed condemn condemns condemned criticise criticises criticised criticize criticizes criticized
tweet tweets tweeted post posts posted quote quotes quoted cite cites cited
show shows showed find finds found read reads maintain maintains maintained
mention mentions mentioned acknowledge dismiss dismisses dismissed
present presents presented portray portrays portrayed depict depicts depicted
dispute disputes disputed reject rejects rejected
call calls called assure assures assured inform informs informed blame blames blamed
recommend recommends recommended advise advises advised
express expresses expressed voice voices voiced propose proposes proposed
hail hails hailed welcome welcomes welcomed slam slams slammed sees fret frets fretted lament laments lamented determine determines determined
retort retorts retorted affirm affirms affirmed foresee foresees foresaw project projects projected
envision envisions envisioned envisage envisages envisaged
worry worries forecasting continued continues
testify testifies testified speculate speculates speculated surmise surmised theorize theorized theorise theorised
posit posits posited hint hints hinted confide confides confided wonder wonders wondered question questions questioned
demand demands demanded brag brags bragged grumble grumbles grumbled grouse groused protest protests protested
object objects objected elaborate elaborated clarify clarifies clarified recount recounts recounted opine opines opined
venture ventured volunteer volunteered conjecture conjectured hypothesize hypothesized hypothesise hypothesised
interject interjected doubt doubts doubted suspect suspects suspected charge charges charged reason reasoned
email emails emailed text texts texted figure figures figured guess guesses guessed
rule rules ruled judge judges judged reaffirm reaffirms reaffirmed reassure reassures reassured refute refutes refuted
rebut rebuts rebutted relay relays relayed calculate calculates calculated compute computes computed attest attests attested
certify certifies certified aver avers averred avow avows avowed swear swears swore
denounce denounces denounced plead pleads pleaded pled tout touts touted view views viewed marvel marvels marveled marvelled blast blasts blasted
remember remembers remembered chant chants chanted
praise praises praised applaud applauds applauded commend commends commended lambast lambasts lambasted
decry decries decried deride derides derided castigate castigates castigated chide chides chided rebuke rebukes rebuked
offer offers offered
quip quips quipped joke jokes joked snap snaps snapped fume fumes fumed muse muses mused scoff scoffs scoffed
exclaim exclaims exclaimed shout shouts shouted yell yells yelled whisper whispers whispered gush gushes gushed
sneer sneers sneered simper simpers simpered chuckle chuckles chuckled laugh laughs laughed sigh sighs sighed
ask asks asked see
hoping warning saying claiming urging insisting arguing predicting telling calling stressing pledging vowing promising denying
alleging contending asserting
reporting threaten threatens threatened threatening recognize recognizes recognized recognise recognises recognised counting
downplay downplays downplayed play plays played flagged
interpret interprets interpreted characterise characterises characterised characterize characterizes characterized
anticipate anticipates anticipated
consider considers considered chastise chastises chastised define defines defined
`)

// How a voice sounded ("quipped", "shouted"), or a question put ("“Who cares?” one asked"): a report
// only right next to the quotation it gives ("asked him to leave" is a request, "asked about it" no content).
export const MANNER = set(`ask asks asked
quip quips quipped joke jokes joked snap snaps snapped fume fumes fumed muse muses mused
scoff scoffs scoffed exclaim exclaims exclaimed shout shouts shouted yell yells yelled whisper whispers whispered
gush gushes gushed sneer sneers sneered simper simpers simpered chuckle chuckles chuckled laugh laughs laughed sigh sighs sighed
chant chants chanted`)

// Verbs that report only when their subject is a document or data source
// ("a study found", "figures showed", "the document reads").
export const EVIDENTIAL = set(`show shows showed find finds found read reads reveal reveals revealed
indicate indicates indicated suggest suggests suggested estimate estimates estimated`)

// Verbs that need a complement to carry content: "point out", "call for/on".
export const CLAIM_NOUNS = new Set(['suggestions', 'claims', 'accusations', 'allegations', 'charges', 'assertions', 'reports', 'criticism', 'speculation'])
export const NEEDS_PARTICLE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['point', new Set(['out'])], ['points', new Set(['out'])], ['pointed', new Set(['out'])],
  ['call', new Set(['for', 'on'])], ['calls', new Set(['for', 'on'])], ['called', new Set(['for', 'on'])],
  ['post', new Set(['on'])], ['posts', new Set(['on'])], ['posted', new Set(['on'])],
  ['agree', new Set(['that'])], ['agrees', new Set(['that'])], ['agreed', new Set(['that'])],
  // "investigators determined that ..." finds; "determined to win" is a resolve.
  ['determine', new Set(['that'])], ['determines', new Set(['that'])], ['determined', new Set(['that'])],
  // Verbs that mostly name acts ("charged with murder", "objected to the plan", "questioned the suspect"):
  // a report only with "that" (or "whether" for a question) after them.
  ...['charge', 'charges', 'charged', 'object', 'objects', 'objected', 'protest', 'protests', 'protested', 'reason', 'reasoned',
    'figure', 'figures', 'figured', 'guess', 'guesses', 'guessed', 'suspect', 'suspects', 'suspected', 'doubt', 'doubts', 'doubted',
    'venture', 'ventured', 'volunteer', 'volunteered', 'text', 'texts', 'texted', 'email', 'emails', 'emailed', 'demand', 'demands', 'demanded',
    'confide', 'confides', 'confided', 'elaborate', 'elaborated', 'clarify', 'clarifies', 'clarified',
    // ("ruled out", "judged the contest", "swore an oath", "calculated the cost": acts.)
    'rule', 'rules', 'ruled', 'judge', 'judges', 'judged', 'reaffirm', 'reaffirms', 'reaffirmed', 'reassure', 'reassures', 'reassured',
    'rebut', 'rebuts', 'rebutted', 'relay', 'relays', 'relayed', 'calculate', 'calculates', 'calculated', 'compute', 'computes', 'computed',
    'attest', 'attests', 'attested', 'certify', 'certifies', 'certified', 'aver', 'avers', 'averred', 'avow', 'avows', 'avowed', 'swear', 'swears', 'swore',
  ].map((v) => [v, new Set(['that'])] as const),
  // ("hinted at the possibility of ...": a hint names what it points at.)
  ...['hint', 'hints', 'hinted'].map((v) => [v, new Set(['that', 'at'])] as const),
  ...['refute', 'refutes', 'refuted'].map((v) => [v, new Set([...CLAIM_NOUNS, 'that'])] as const),
  // ("pleaded guilty": a plea in court; "pleaded with the administration to ..." asks.)
  ...['plead', 'pleads', 'pleaded', 'pled'].map((v) => [v, new Set(['with', 'that', 'for'])] as const),
  ...['marvel', 'marvels', 'marveled', 'marvelled'].map((v) => [v, new Set(['at', 'that'])] as const),
  // ("offered a deal": an act; "offered that the band would be touring" reports.)
  ...['offer', 'offers', 'offered'].map((v) => [v, new Set(['that'])] as const),
  ...['wonder', 'wonders', 'wondered', 'question', 'questions', 'questioned'].map((v) => [v, new Set(['whether', 'if', 'why', 'how'])] as const),
  ...['testify', 'testifies', 'testified'].map((v) => [v, new Set(['that', 'before', 'at', 'in', 'on', 'to'])] as const),
  // "Tunisians worry that ...": a fear with its content; "worry about costs" names only a topic.
  ['worry', new Set(['that'])], ['worries', new Set(['that'])],
  // "Moscow threatened to cut supplies": a threat says what will be done; "threatened legal action" names an act.
  ...['threaten', 'threatens', 'threatened', 'threatening'].map((v) => [v, new Set(['to', 'that'])] as const),
  // "He anticipated that his company's claims would be less": an expectation with its content; "anticipated the move" none.
  ...['anticipate', 'anticipates', 'anticipated'].map((v) => [v, new Set(['that'])] as const),
  // "Peskov considers that it is absurd ...": a view with its content; "considers the offer" weighs a thing.
  ...['consider', 'considers', 'considered'].map((v) => [v, new Set(['that'])] as const),
  // "The bank recognizes that growth is slowing": a stance; "recognized the new government" is an act of state.
  ...['recognize', 'recognizes', 'recognized', 'recognise', 'recognises', 'recognised'].map((v) => [v, new Set(['that'])] as const),
  // "Smith is counting on voters to back the plan": a hope named with what is hoped for.
  ['counting', new Set(['on'])],
  // "played down the significance of ...": a stance like "dismissed"; "played the game" is an act.
  ...['play', 'plays', 'played'].map((v) => [v, new Set(['down'])] as const),
  // "rejected suggestions that ...": a stance on a claim; "rejected the offer" is an act.
  ...['reject', 'rejects', 'rejected'].map((v) => [v, CLAIM_NOUNS] as const),
])

// Verbs that report a stance only with "as" after their object: "has long
// presented Turkey as a mediator", "presents itself as".
export const NEEDS_AS = set('define defines defined present presents presented portray portrays portrayed depict depicts depicted describe describes tout touts touted view views viewed blast blasts blasted')

// Participles that hang a report on the main clause's speaker.
export const PARTICIPLES = set(`noting adding saying stressing emphasising emphasizing warning arguing
insisting citing underlining underscoring claiming explaining writing telling accusing urging predicting
asserting acknowledging admitting announcing declaring describing calling
alleging contending complaining vowing pledging`)

export const BE = set('is are was were be been being am')
export const MODALS = set('will would could can may might should must shall')
export const NEGATIONS = set("not n't never no neither nor")
export const REFUSALS = set('declined refused declines refuses decline refuse')

// Heads of noun phrases that name a text (GUIDE decision 7: document).
export const DOCUMENT_NOUNS = set(`report study survey data figures statement communique communiqué memorandum
document letter analysis poll research paper filing note statistics declaration decree resolution
readout transcript notice release bulletin draft plan agreement treaty order ruling verdict memo email record tool tracker gauge
result finding outline
assessment review audit index census book article editorial post estimate projection forecast
complaint lawsuit indictment affidavit petition tally graphic chart graph
guidelines guideline accord message telegram appeal decision`)

// Role nouns that stand for a person named earlier ("the expert").
export const PERSON_ROLES = set(`expert president premier minister analyst official spokesman spokeswoman
spokesperson professor economist diplomat lawmaker senator ambassador chief executive ceo director
leader researcher scholar chairman chairwoman chair governor mayor general commander envoy secretary
strategist adviser advisor founder head deputy lawyer attorney prosecutor judge officer source
fellow author candidate politician prime chancellor king queen representative manager partner
investor trader scientist doctor associate ally confidant
sheriff publicist inspector detective coroner rep
`)

// Role nouns that stand for an organisation named earlier ("the ministry").
export const ORG_ROLES = set(`ministry company bank agency government department firm group commission
committee council office embassy administration authority regulator court party union
institute university organisation organization association fund army military police service
cabinet parliament bureau board exchange watchdog presidency brigade coastguard thinktank think-tank force navy
chipmaker carmaker automaker drugmaker carrier airline lender insurer retailer miner producer manufacturer maker
developer operator utility conglomerate startup club broker supplier exporter importer refiner shipper
provider brewer grocer bank brokerage team movement chain`)

// Nouns meaning an outlet ("the newspaper reported").
export const OUTLET_ROLES = set(`newspaper paper broadcaster outlet channel daily tabloid magazine wire
network station radio television`)

// Words in a proper name that make it an organisation.
export const ORG_WORDS = set(`ministry department council committee commission bank inc corp corporation ltd
plc llc group company co university institute institution association party government office service
administration authority organization organisation federation fund kremlin pentagon parliament assembly
agency bureau center centre academy court union board foundation cabinet senate congress house army navy military
police brigade coastguard presidency staff command forces motor church mosque temple hospital school college air airways embassy consulate exchange securities conference legislature legislatures capital partners relations holdings motors airlines nations alliance
semiconductor technologies systems energy pharma industries labs electronics software networks logistics
shipping mining petroleum steel chemicals resources brands foods solutions ventures therapeutics robotics
telecom communications insurance financial investments healthcare gazprom rosneft sberbank
nato opec who imf wto un eu asean brics sco fed reserve treasury commerce customs railways
lines airways railway directorate inspectorate secretariat ombudsman tribunal regulator observatory republic`)

// Titles and descriptors that precede a person's name and are not part of it.
export const TITLES = set(`republican democrat democratic president premier prime minister pm foreign vice deputy chief executive secretary
spokesman spokeswoman spokesperson ambassador mr mr. mrs mrs. ms ms. dr dr. prof prof. professor sen sen.
rep rep. gov gov. gen gen. general chancellor chairman chairwoman senator governor mayor king queen
analyst economist strategist expert director envoy commander state councilor lawyer official ceo
founder head leader pope judge lt. col. colonel admiral minister-counselor negotiator commissioner
representative rep. broadcaster chair member
coroner sheriff pastor reverend rev. bishop archbishop cardinal imam rabbi father sister mp mep lawmaker
congressman congresswoman councillor councilor councilman councilwoman alderman assemblyman assemblywoman
forward midfielder defender goalkeeper striker winger coach manager captain quarterback pitcher
holder resident owner fan student teacher nurse farmer driver worker activist campaigner candidate
detective inspector sergeant sgt. constable superintendent marshal attorney prosecutor justice
consul adviser advisor researcher scientist economist physician surgeon doctor officer
administrator employee engineer editor organizer organiser coordinator supervisor principal trooper clerk treasurer comptroller auditor
commodore brigadier lieutenant ayatollah hojatoleslam sheikh`)

// Countries and places that speak as states ("Russia warned") or only set scenes.
export const PLACES = set(`china russia ukraine india japan germany france britain uk us u.s. usa america
iran israel turkey brazil pakistan korea canada australia italy spain poland belarus kazakhstan
beijing moscow washington kyiv kiev london paris berlin tokyo hangzhou shanghai delhi
europe asia africa taiwan syria egypt mexico indonesia vietnam thailand saudi arabia qatar
norway sweden finland denmark netherlands belgium austria switzerland greece portugal ireland hungary romania
nigeria kenya ethiopia argentina chile colombia peru venezuela iraq lebanon kuwait oman algeria morocco libya
uzbekistan azerbaijan armenia mongolia philippines malaysia singapore bangladesh afghanistan
sudan jordan serbia`)

export const DEMONYMS = set(`chinese russian american british ukrainian indian japanese german french
european iranian israeli turkish korean canadian australian italian spanish polish western us u.s.
dutch belgian swiss swedish danish norwegian finnish austrian greek irish portuguese mexican brazilian
saudi egyptian syrian pakistani afghan kazakh uzbek belarusian georgian armenian vietnamese thai
kenyan nigerian ethiopian sudanese iraqi philippine malaysian argentine chilean colombian venezuelan lebanese
jordanian hungarian romanian serbian singaporean bangladeshi qatari indonesian taiwanese
kuwaiti bahraini omani emirati yemeni libyan algerian moroccan tunisian`)

// Months and days, which wink tags as proper nouns.
export const CALENDAR = set(`january february march april may june july august september october november
december jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov.
dec dec. monday tuesday wednesday thursday friday saturday sunday`)

// Platforms where someone speaks (GUIDE decision 5 and 6: venue).
export const PLATFORMS = new Map([
  ['telegram', 'Telegram'], ['facebook', 'Facebook'], ['twitter', 'Twitter'], ['x', 'X'], ['weibo', 'Weibo'],
  ['wechat', 'WeChat'], ['instagram', 'Instagram'], ['youtube', 'YouTube'], ['linkedin', 'LinkedIn'],
  ['vkontakte', 'VKontakte'], ['truth', 'Truth Social'], ['tiktok', 'TikTok'], ['threads', 'Threads'],
])

// Phrases of unnamed sources that make a speaker anonymous.
export const ANONYMOUS_HEADS = set(`officials sources source people person insiders insider diplomats
diplomat analysts observers residents witnesses experts executives bankers traders investors aides
aide official critics drivers organisers organizers groups protesters workers activists campaigners
economists economist analyst strategist members lawmakers employees staff doctors nurses parents students users delegate delegates
media commentators politicians governments scientists researchers forecasters meteorologists
 firefighters rescuers watchers pollsters investigators authorities prosecutors detectives villagers locals farmers survivors neighbours neighbors passengers account accounts
 associate associates ally allies confidant confidants adviser advisers advisor advisors
 banker academic academics
 physicians teachers unions`)

// Participles between a text and its date: "data released in January showed".
export const RELEASED = set('released published issued provided compiled gathered collected obtained seen reviewed sent circulated distributed posted filed signed written drafted prepared authored')

// The adjective of a country, for bodies named by it: "Russia's Ministry of
// Economic Development" is the Russian one, "his office" (of Turkey's
// president) the Turkish presidential office.
export const DEMONYM_OF: ReadonlyMap<string, string> = new Map([
  ['china', 'Chinese'], ['russia', 'Russian'], ['ukraine', 'Ukrainian'], ['india', 'Indian'], ['japan', 'Japanese'],
  ['germany', 'German'], ['france', 'French'], ['britain', 'British'], ['uk', 'British'], ['iran', 'Iranian'],
  ['israel', 'Israeli'], ['turkey', 'Turkish'], ['türkiye', 'Turkish'], ['brazil', 'Brazilian'], ['pakistan', 'Pakistani'],
  ['korea', 'Korean'], ['south korea', 'South Korean'], ['north korea', 'North Korean'], ['canada', 'Canadian'], ['australia', 'Australian'], ['italy', 'Italian'], ['spain', 'Spanish'],
  ['poland', 'Polish'], ['belarus', 'Belarusian'], ['kazakhstan', 'Kazakh'], ['taiwan', 'Taiwanese'], ['syria', 'Syrian'],
  ['egypt', 'Egyptian'], ['mexico', 'Mexican'], ['indonesia', 'Indonesian'], ['vietnam', 'Vietnamese'],
  ['thailand', 'Thai'], ['qatar', 'Qatari'], ['netherlands', 'Dutch'], ['belgium', 'Belgian'], ['sweden', 'Swedish'],
  ['norway', 'Norwegian'], ['finland', 'Finnish'], ['denmark', 'Danish'], ['austria', 'Austrian'], ['greece', 'Greek'],
  ['ireland', 'Irish'], ['portugal', 'Portuguese'], ['switzerland', 'Swiss'], ['georgia', 'Georgian'], ['armenia', 'Armenian'],
  ['kenya', 'Kenyan'], ['nigeria', 'Nigerian'], ['ethiopia', 'Ethiopian'], ['sudan', 'Sudanese'], ['iraq', 'Iraqi'],
  ['afghanistan', 'Afghan'], ['philippines', 'Philippine'], ['malaysia', 'Malaysian'], ['argentina', 'Argentine'],
  ['chile', 'Chilean'], ['colombia', 'Colombian'], ['venezuela', 'Venezuelan'], ['lebanon', 'Lebanese'], ['jordan', 'Jordanian'],
  ['hungary', 'Hungarian'], ['romania', 'Romanian'], ['serbia', 'Serbian'], ['singapore', 'Singaporean'], ['bangladesh', 'Bangladeshi'],
  ['saudi arabia', 'Saudi'], ['kuwait', 'Kuwaiti'], ['bahrain', 'Bahraini'], ['oman', 'Omani'], ['yemen', 'Yemeni'],
  ['libya', 'Libyan'], ['algeria', 'Algerian'], ['morocco', 'Moroccan'], ['tunisia', 'Tunisian'],
  ['ecuador', 'Ecuadorian'], ['peru', 'Peruvian'], ['bolivia', 'Bolivian'], ['uruguay', 'Uruguayan'], ['cuba', 'Cuban'],
  ['yugoslavia', 'Yugoslav'], ['soviet union', 'Soviet'], ['zambia', 'Zambian'], ['zimbabwe', 'Zimbabwean'], ['ghana', 'Ghanaian'], ['sri lanka', 'Sri Lankan'], ['new zealand', 'New Zealand'],
])

// Capitals in datelines, for the country an article is written from.
export const COUNTRY_OF_CAPITAL: ReadonlyMap<string, string> = new Map([
  // ("PEKING, March 11 -": wire copy of the 1980s wrote Beijing so.)
  ['beijing', 'china'], ['peking', 'china'], ['moscow', 'russia'], ['kyiv', 'ukraine'], ['kiev', 'ukraine'], ['new delhi', 'india'],
  ['tokyo', 'japan'], ['berlin', 'germany'], ['paris', 'france'], ['london', 'britain'], ['tehran', 'iran'],
  ['jerusalem', 'israel'], ['ankara', 'turkey'], ['brasilia', 'brazil'], ['islamabad', 'pakistan'], ['seoul', 'korea'],
  ['ottawa', 'canada'], ['canberra', 'australia'], ['rome', 'italy'], ['madrid', 'spain'], ['warsaw', 'poland'],
  ['minsk', 'belarus'], ['astana', 'kazakhstan'], ['taipei', 'taiwan'], ['damascus', 'syria'], ['cairo', 'egypt'],
  ['mexico city', 'mexico'], ['jakarta', 'indonesia'], ['hanoi', 'vietnam'], ['bangkok', 'thailand'], ['doha', 'qatar'],
  ['the hague', 'netherlands'], ['amsterdam', 'netherlands'], ['brussels', 'belgium'], ['stockholm', 'sweden'],
  ['oslo', 'norway'], ['helsinki', 'finland'], ['copenhagen', 'denmark'], ['vienna', 'austria'], ['athens', 'greece'],
  ['dublin', 'ireland'], ['lisbon', 'portugal'], ['bern', 'switzerland'], ['tbilisi', 'georgia'], ['yerevan', 'armenia'],
  ['nairobi', 'kenya'], ['abuja', 'nigeria'], ['addis ababa', 'ethiopia'], ['khartoum', 'sudan'], ['baghdad', 'iraq'],
  ['kabul', 'afghanistan'], ['manila', 'philippines'], ['kuala lumpur', 'malaysia'], ['buenos aires', 'argentina'],
  ['santiago', 'chile'], ['bogota', 'colombia'], ['caracas', 'venezuela'], ['beirut', 'lebanon'], ['amman', 'jordan'],
  ['budapest', 'hungary'], ['bucharest', 'romania'], ['belgrade', 'serbia'], ['dhaka', 'bangladesh'],
  // (City-states and Gulf capitals: a "KUWAIT" or "SINGAPORE" dateline is the capital of the country of that name.)
  ['riyadh', 'saudi arabia'], ['kuwait', 'kuwait'], ['manama', 'bahrain'], ['muscat', 'oman'], ['sanaa', 'yemen'],
  ['tripoli', 'libya'], ['algiers', 'algeria'], ['rabat', 'morocco'], ['tunis', 'tunisia'], ['singapore', 'singapore'],
  ['quito', 'ecuador'], ['lima', 'peru'], ['la paz', 'bolivia'], ['montevideo', 'uruguay'], ['havana', 'cuba'], ['lusaka', 'zambia'],
  ['harare', 'zimbabwe'], ['accra', 'ghana'], ['colombo', 'sri lanka'], ['wellington', 'new zealand'],
])

// Prepositions that place an unnamed source: "a source at the ministry",
// "officials in Washington", "an insider from the company".
export const SOURCE_PLACES = set('at in within inside from across around throughout')

// A company's legal suffix, no part of the name it is known by ("Valtronix Inc" is Valtronix).
export const LEGAL_SUFFIX = /,?\s+(?:&\s+Co\.?|Inc\.?|Corp\.?|Ltd\.?|plc|PLC|LLC|AG|SA|NV)$/
