// Words that say nothing about which entry a message is about: English function words, the
// commonest question words, and the filler of chat ("hey", "lol", "thanks"). Kept general on
// purpose: no health or topic word belongs here. (A longer standard list, SMART's, measured worse
// on every evaluation set: it drops words like "first", "serious" and "help".)
// "when", "where", "why" and "who" are not stop words: they say what is asked ("where did it
// start" and "why did it start" are different questions). Keeping them raised top1 and lowered
// wrong answers on every set; "how", "what" and the modals (can, should, will) measured worse.

const STOP_LIST = `a about above after again against all also am an and any are arent as at be because been
before being below between both but by can cant cannot could couldnt did didnt do does doesnt doing dont down
during each either else even ever every few for from further had hadnt has hasnt have havent having he hed hell hes
her here heres hers herself him himself his how hows i id ill im ive if in into is isnt it its itself lets me
more most much must mustnt my myself neither no nor not of off on once only or other ought our ours ourselves out
over own same shall shant she shed shell shes should shouldnt so some such than that thats the their theirs them
themselves then there theres these they theyd theyll theyre theyve this those though through to too under until
up upon us very was wasnt we wed well were weve werent what whats whether which while
whom whose will with wont would wouldnt you youd youll youre youve your yours yourself yourselves
yet via per among within without onto whilst ur u r im dont wanna gonna gotta
anyone anybody someone somebody anything something everything nothing everyone
please pls plz thanks thank thx ty hey hi hello hiya yo ok okay k lol lmao haha hahaha hmm hm um uh ah oh wow yeah
yes yep yup nope guys folks all yall bot vetted question questions ask asking asked wonder wondering wondered
curious know knows knew tell telling told say says said think thinks thought guess maybe perhaps probably
actually really just basically literally honestly seriously kinda sorta like quite pretty rather still already
also anyway anyways btw fyi imo imho tbh idk iirc quick quickly sure certainly definitely one ones thing things
stuff way get gets got getting go goes going gone went make makes made making need needs needed want wants wanted
let thing mean means meant kind sort lot lots bit little etc`;

export const STOP_WORDS: ReadonlySet<string> = new Set(STOP_LIST.split(/\s+/).filter((word) => word !== ''));
