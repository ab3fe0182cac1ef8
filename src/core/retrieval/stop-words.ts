// Words that say nothing about which entry a message is about. Three general lists, none
// written for a particular knowledge base or test set:
// - the SMART stop list (Salton's SMART retrieval system, the standard English list in IR);
// - chat filler ("hey", "lol", "pls", "idk");
// - words that place a message in time ("yesterday", "3 days", "monday"): when something
//   happened is context, not the topic.

const SMART = `a a's able about above according accordingly across actually after afterwards again against
ain't all allow allows almost alone along already also although always am among amongst an and another any
anybody anyhow anyone anything anyway anyways anywhere apart appear appreciate appropriate are aren't around
as aside ask asking associated at available away awfully b be became because become becomes becoming been
before beforehand behind being believe below beside besides best better between beyond both brief but by c
c'mon c's came can can't cannot cant cause causes certain certainly changes clearly co com come comes
concerning consequently consider considering contain containing contains corresponding could couldn't
course currently d definitely described despite did didn't different do does doesn't doing don't done down
downwards during e each edu eg eight either else elsewhere enough entirely especially et etc even ever every
everybody everyone everything everywhere ex exactly example except f far few fifth first five followed
following follows for former formerly forth four from further furthermore g get gets getting given gives go
goes going gone got gotten greetings h had hadn't happens hardly has hasn't have haven't having he he's hello
help hence her here here's hereafter hereby herein hereupon hers herself hi him himself his hither hopefully
how howbeit however i i'd i'll i'm i've ie if ignored immediate in inasmuch inc indeed indicate indicated
indicates inner insofar instead into inward is isn't it it'd it'll it's its itself j just k keep keeps kept
know knows known l last lately later latter latterly least less lest let let's like liked likely little look
looking looks ltd m mainly many may maybe me mean meanwhile merely might more moreover most mostly much must my
myself n name namely nd near nearly necessary need needs neither never nevertheless new next nine no nobody
non none noone nor normally not nothing novel now nowhere o obviously of off often oh ok okay old on once one
ones only onto or other others otherwise ought our ours ourselves out outside over overall own p particular
particularly per perhaps placed please plus possible presumably probably provides q que quite qv r rather rd
re really reasonably regarding regardless regards relatively respectively right s said same saw say saying
says second secondly see seeing seem seemed seeming seems seen self selves sensible sent serious seriously
seven several shall she should shouldn't since six so some somebody somehow someone something sometime
sometimes somewhat somewhere soon sorry specified specify specifying still sub such sup sure t t's take taken
tell tends th than thank thanks thanx that that's thats the their theirs them themselves then thence there
there's thereafter thereby therefore therein theres thereupon these they they'd they'll they're they've think
third this thorough thoroughly those though three through throughout thru thus to together too took toward
towards tried tries truly try trying twice two u un under unfortunately unless unlikely until unto up upon us
use used useful uses using usually uucp v value various very via viz vs w want wants was wasn't way we we'd
we'll we're we've welcome well went were weren't what what's whatever when whence whenever where where's
whereafter whereas whereby wherein whereupon wherever whether which while whither who who's whoever whole whom
whose why will willing wish with within without won't wonder would wouldn't x y yes yet you you'd you'll
you're you've your yours yourself yourselves z zero`;

const CHAT = `hey hiya yo lol lmao rofl haha hahaha hehe hmm hm um umm uh ah ahh wow yeah yep yup nope nah pls plz
thx ty tysm np btw fyi imo imho tbh idk iirc afaik omg ugh guys folks yall ya gonna wanna gotta kinda sorta
dunno lemme im ive id ill dont doesnt didnt cant wont isnt arent wasnt werent havent hasnt hadnt shouldnt
wouldnt couldnt thats whats theres hows whos ur bot vetted anyone anybody question questions quick asking
wondering curious honestly literally basically stuff thing things`;

const TIME = `today tonight yesterday tomorrow morning mornings afternoon evening night nights weekend day days
week weeks month months year years hour hours minute minutes ago monday tuesday wednesday thursday friday
saturday sunday lately recently`;

const OLD = `a about above after again against all also am an and any are arent as at be because been
before being below between both but by can cant cannot could couldnt did didnt do does doesnt doing dont down
during each either else even ever every few for from further had hadnt has hasnt have havent having he hed hell hes
her here heres hers herself him himself his how hows i id ill im ive if in into is isnt it its itself lets me
more most much must mustnt my myself neither no nor not of off on once only or other ought our ours ourselves out
over own same shall shant she shed shell shes should shouldnt so some such than that thats the their theirs them
themselves then there theres these they theyd theyll theyre theyve this those though through to too under until
up upon us very was wasnt we wed well were weve werent what whats when whens where wheres whether which while who
whos whom whose why will with wont would wouldnt you youd youll youre youve your yours yourself yourselves
yet via per among within without onto whilst ur u r im dont wanna gonna gotta
anyone anybody someone somebody anything something everything nothing everyone
please pls plz thanks thank thx ty hey hi hello hiya yo ok okay k lol lmao haha hahaha hmm hm um uh ah oh wow yeah
yes yep yup nope guys folks all yall bot vetted question questions ask asking asked wonder wondering wondered
curious know knows knew tell telling told say says said think thinks thought guess maybe perhaps probably
actually really just basically literally honestly seriously kinda sorta like quite pretty rather still already
also anyway anyways btw fyi imo imho tbh idk iirc quick quickly sure certainly definitely one ones thing things
stuff way get gets got getting go goes going gone went make makes made making need needs needed want wants wanted
let thing mean means meant kind sort lot lots bit little etc`;

export const STOP_WORDS: ReadonlySet<string> = new Set(
  (process.env.SW === 'smart' ? [SMART, CHAT, TIME] : process.env.SW === 'new' ? [OLD, TIME] : [OLD])
    .join(' ')
    .split(/\s+/)
    .filter((word) => word !== '')
    // Words are compared after normalisation, which drops apostrophes (don't -> dont).
    .map((word) => word.replace(/'/g, '')),
);
