"""Common English words, which a typo reading must not land on.

A typo is forgiven inside a long enough word ("hyosn" is Hyosan), but a guess that is itself a
common English word is that word, not a misspelt name: "lemon" is no Lomon, "jones" no Jonas. A
word that is the answer with one letter left out is still a typo of it ("soul" for Seoul), and a
plural of the answer is the answer (`bot.trivia.hits`). The list is kept compact: everyday words of
four to eight letters that sit a typo or two away from a name, and the commonest English surnames
and given names.
"""

from __future__ import annotations

COMMON_WORDS = frozenset(
    """
    able about above after again agent alarm album alien alive alley alone among angel anger angle angry
    apple april arena armor army arrow aside asset attic aunt autumn avenue award awful baby bacon badge
    baker ball balloon band bank barn basic basin batch beach beard beast beauty bench berry bible bird
    birth black blade blame blank blast blind block blood blown board boat body bone bonus book boot
    border boss bottle bottom bound bowl brain brand brave bread break brick bride brief bright bring
    broad broken brown brush buddy build bunch burn bush butter button cabin cable camel camera camp
    canal candy cane canon card care cargo carol carpet carry case cash castle cattle cause cell chain
    chair chalk champ chance change charm chart cheap check cheek cheese chess chest chief child chin
    choir chose church cider circle city civil claim class clean clear clerk cliff climb clock cloud
    club coach coast coat code coffee coin cold color comic cook copper coral corn corner cost cotton
    couch count court cousin cover crane crash cream crew crime crown cruel crush cycle daily dance
    danger dark data date dawn dead deal dear death debt deck deep deer delay demon denim depth desert
    desk devil diary dinner dirt dish ditch doctor dollar donor door double dough down dozen draft
    dragon drama dream dress drink drive drum duck dust duty eagle early earth east eight elbow elder
    empire empty enemy energy engine entry equal error event evil exit face fact fair faith fall false
    fame farm fault feast fence fever field fifty fight film final finger fire first fish flag flame
    flat flesh float flock floor flour flower fluid focus fog food fool foot force forest fork form
    fort forty fossil frame free fresh friend frog front frost fruit fuel funny game garden gate gear
    ghost giant gift girl glass globe glory glove glue goal goat gold golf good grace grade grain grand
    grape grass grave gravy gray great green grill group guard guest guide guilt guitar habit hair half
    hall hammer hand happy harbor hard harm hawk head heart heat heaven heavy hedge hell hello helmet
    hero hill hint history hobby hole holy home honey honor hook hope horn horse host hotel hour house
    human humor hunger hunt ice idea image inch index inner iron island issue item jacket jelly jewel
    join joke judge juice jump jungle junior jury just keen kettle key kick kind king kiss kitchen knee
    knife knight label labor lace ladder lady lake lamp land lane large laser late laugh lawn layer lead
    leaf lemon lesson letter level lever light lime line lion liquid list little liver local lock lodge
    logic long lord loss love lover lower loyal lucky lunch magic maid mail major maker manor maple
    marble march market mask mass master match mayor meal meat medal media melon memory mercy metal
    middle might mild mile milk mind minor minute mirror model money monk month moon moral more mother
    motor mount mouse mouth movie much muscle music nail name nation native nature navy neck needle
    nerve never news night noble noise north nose note novel number nurse ocean offer office often
    olive onion open opera orange order organ other oven owner page paint palace palm panel panic paper
    parade parent park party pasta paste patch path peace peach pearl pencil people pepper piano piece
    pilot pink pipe pirate pitch pizza place plain plan plane planet plant plate player plot poem poet
    point poison pole police polish pond pool porch port post pound powder power price pride priest
    prince print prison prize proof proud pupil puppy purple queen quest quick quiet rabbit race radio
    rain ranch range rank rapid rare rate raven razor ready real realm rebel record reed relief rent
    rest rice rich ride rifle right ring river road robot rock roof room root rope rose rough round
    route royal rubber ruby rule rural sail saint salad salt sand sauce scale scene school score screen
    scroll seal season seat secret seed sense seven shade shadow shake shape share shark sheep shelf
    shell shield shift shine ship shirt shock shoe shore short shot shoulder show side sight sign
    silent silk silver simple singer sister size skill skin skull slave sleep slice slope small smart
    smell smile smoke snack snake snow soap soccer sock soda soft soil soldier solid song soul sound
    soup south space spark speed spell spice spider spirit spoon sport spot spray spring square staff
    stage stair stamp star start state steak steam steel stick stock stone storm story stove straw
    street string strong sugar suit summer sunny super swamp sweet sword table tail talent tank tape
    taste teacher team tears temple tent term test thief thing thorn throat throne thumb ticket tiger
    timber time title toast today toilet token tone tongue tool tooth torch tower town toxic track
    trade trail train trash travel tray treat tree trial tribe trick truck trust truth tube tunnel
    turkey twin uncle union unit upper urban user valley value vault velvet verse video view village
    virus visit voice wagon waist wall water wave wealth weapon weather wedding week weight west whale
    wheat wheel while white whole wife wild wind window wine wing winter wire wise witch wolf woman
    wonder wood wool word world worm worth wound yard year yellow young youth zero zone
    smith jones brown johnson williams taylor davies davis wilson evans thomas roberts walker wright
    robinson thompson white hughes edwards green hall wood harris martin jackson clarke clark lewis
    james moore allen king scott young adams baker hill nelson carter mitchell turner parker collins
    morris cook rogers morgan cooper peters reed bell ward hunt price gray grey stone miller
    """.split()
)
