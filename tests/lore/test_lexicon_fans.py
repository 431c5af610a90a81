"""The spoiler lexicon (bot/lore/lexicon.py) on texts written the way fans and headlines write them: pronouns,
events retold in other words, season 2's cast, and a table of fan-written headlines, claims and card texts
whose episodes were read off the fact sheet (the episode each gives away; 0: none)."""

from __future__ import annotations

from bot.lore.content import bundled_pack
from bot.lore.lexicon import lexicon_of
from bot.show import NOTHING, Position
from tests.stall import read_at_once
from tests.table import table

LEXICON = lexicon_of(bundled_pack())


def s1(episode: int) -> Position:
    return Position(1, episode) if episode else NOTHING


@table(
    ("text", "spoils"),
    [
        ("Na-yeon deliberately infects Gyeong-su with a handkerchief soaked in zombie blood, and he turns", 3),
        ("Na-yeon infects him on purpose and he turns", 3),  # "he" is no one named: not her turn (9)
        ("Woo-jin saves Hyo-ryeong but later he is bitten", 12),
        ("Nam-ra kills Woo-jin after he gets bitten", 12),
        ("Gwi-nam bites Nam-ra and she becomes a halfbie", 6),
        ("On-jo's best friend I-sak hides a bite from the others until she turns", 2),  # not the owner's
        ("the welfie girl infected gyeongsu and he turned", 3),
    ],
)
def test_a_pronoun_stands_for_the_nearest_person_named_before_it_whom_it_fits(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("he dies saving everyone (soju)", 11),
        ("she kept it secret and turned (isak)", 2),
        ("she is so pretty (namra)", 0),
    ],
)
def test_a_pronoun_with_no_one_before_it_stands_for_whom_a_fan_tags_in_brackets(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("Gwi-nam catches Cheong-san and he gets bitten", 11),  # his bite (11) or Gwi-nam's (6): the later
        ("Ji-min leaves Hyo-ryeong behind and then she turns", 10),
        ("Cheong-san watches Gwi-nam as he turns", 11),
    ],
)
def test_a_pronoun_several_people_fit_tells_the_event_of_each(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


def test_a_card_speaks_for_its_pronouns_unless_they_cannot_be_its_subject() -> None:
    about = "Han Gyeong-su"
    assert LEXICON.position("After a scratch gets him isolated, Na-yeon infects him on purpose and he turns.",
                            about=about) == s1(3)
    assert LEXICON.position("Ms. Park dies saving Na-yeon, and later she turns", about=about) == s1(9)  # Na-yeon


@table(
    ("text", "spoils"),
    [
        ("Cheong-san seeing his zombified mother", 10),  # hers: attacked in 4, a zombie from 10 (his is 11)
        ("cheongsan's zombified mom", 10),
        ("gyeongsu was turned by nayeon", 3),  # the one who turns him does not turn
        ("Jin-su and his mom chained up and kept for study", 12),  # a mother is no father (Byeong-chan, 1)
    ],
)
def test_a_relative_or_an_agent_is_not_the_one_the_event_happens_to(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        # the pack's own line for the PA scene, shown in the clear in a channel marked 7 (the oracle read it as his goodbye, 11)
        ("The group uses the school's PA system to draw the zombies away and reach Cheong-san.", 6),
        ("they use the PA to draw the zombies away and get to Cheong-san", 6),
        ("someone draws the zombies away to save cheongsan", 6),
        ("cheong-san draws the zombies away", 11),  # his own: named before, after a comma, or said to be him
        ("draws the zombies away, cheongsan 😭", 11),
        ("the one who draws the zombies away and dies is cheongsan", 11),
        ("ms park dies to save nayeon", 3),
    ],
)
def test_the_one_a_death_is_done_for_named_after_a_verb_that_follows_it_is_not_who_dies(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("so-ju saving everyone in the gym", 11),  # not his escort of officials (4)
        ("woo-jin protecting his sister", 12),  # not his rescue of Hyo-ryeong (10)
        ("woo-jin saving hyo-ryeong", 10),
        ("su-hyeok saves cheong-san", 3),
        ("So-ju swims back from the island", 7),
        ("Assemblywoman Park tears up her resignation", 12),
        ("Eun-ji sets the office on fire", 8),
        ("namra yeeting gwinam off the roof lol", 9),
        ("Ha-ri reunites with her brother Woo-jin", 10),
        ("Cheol-su lying to the helicopter crew", 8),
        ("Na-yeon's handkerchief scene", 3),
        ("onjo's dad holding the zombies off with flares", 11),
    ],
)
def test_an_event_retold_in_other_words_gives_its_episode_away(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(
    "text",
    [
        "My sources don't say that Gwi-nam saves Nam-ra.",  # a rescue of someone not named
        "Ha-ri is Woo-jin's older sister",  # relatives say who, not what happens
        "cheongsan's mom's chicken shop carries his name",
        "Cheong-san makes it to the roof",
        "All of Us Are Dead ending explained: who lives and who dies",
        "Park Ji-hu talks about her first lead role",
    ],
)
def test_words_an_event_shares_with_a_description_retell_nothing(text: str) -> None:
    assert LEXICON.position(text) == NOTHING


@table(
    ("text", "spoils"),
    [
        ("Yoon Chan-young returns as Cheong-san in season 2", 11),  # as "Cheong-san is alive": his fate
        ("Cheong-san returns for season 2", 11),
        ("Lee Yoo-mi returns for All of Us Are Dead season 2", 9),  # Na-yeon's fate, not the last episode
        ("Park Ji-hu is back as On-jo in season 2", 12),  # she survives: that is the spoiler
        ("Nam-ra in season 2", 12),
        ("Yoon Chan-young, Park Ji-hu and Lomon back for AOUAD 2", 12),
        ("Lee Min-jae joins All of Us Are Dead season 2 as Yong Ma-ru", 0),  # new to season 2: nothing
        ("Squid Game's Roh Jae-won and Kim Si-eun join AOUAD season 2", 0),
    ],
)
def test_a_season_one_character_in_season_two_spoils_their_fate(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


#: Fan-written headlines, claims and texts (slang, typos, possessives, passives, "RIP X", emojis, hashtags),
#: each with the episode the fact sheet has for what it tells.
FAN_TEXTS = [
    ("so-ju saving everyone in the gym", 11),
    ("woo-jin protecting his sister", 12),
    ("RIP Nam So-ju, best dad in kdrama history 😭", 11),
    ("So-ju's sacrifice in the gym broke me", 11),
    ("onjo's dad holding the zombies off with flares", 11),
    ("Woo-jin's death was so unfair #AllOfUsAreDead", 12),
    ("the ending with Nam-ra on the roof", 12),
    ("Nam-ra leaving the group at the end hurt", 12),
    ("namra almost biting onjo 😰", 12),
    ("Nam-ra had to kill Woo-jin and I'm not ok", 12),
    ("gwinam biting cheongsan at the construction site 💔", 11),
    ("Cheong-san's sacrifice >>> everything", 11),
    ("cheongsan x onjo goodbye kiss 😭😭", 11),
    ("When Cheongsan kissed Onjo goodbye I cried for an hour", 11),
    ("Cheong-san and Gwi-nam's final fight in the fire", 11),
    ("Is Cheong-san really dead? Fans debate the finale", 11),
    ("cheongsan is alive theory (he survived the bombing)", 11),
    ("Nam-ra gets bitten saving Su-hyeok", 6),
    ("namra bitten protecting suhyeok 😭", 6),
    ("suhyeok and namra's kiss on the roof", 7),
    ("Su-hyeok x Nam-ra kiss scene 💋", 7),
    ("Cheong-san confesses to On-jo on the roof", 8),
    ("cheongsan telling onjo he likes her 🥺", 8),
    ("Dae-su confessing to Ha-ri in the gym", 10),
    ("daesu's confession to hari lmaooo", 10),
    ("Na-yeon infecting Gyeong-su on purpose is the most evil thing ever", 3),
    ("Na-yeon's handkerchief scene", 3),
    ("was gyeong-su bitten? no, na-yeon infected him", 3),
    ("Ms. Park sacrificing herself for Na-yeon 😭", 3),
    ("Ms Park died for THAT girl??", 3),
    ("RIP Ms. Park, she deserved better", 3),
    ("Na-yeon finally gets what she deserves", 9),
    ("nayeon turning into a zombie was karma", 9),
    ("Gwi-nam bites Na-yeon", 9),
    ("I-sak hiding her bite 😭", 2),
    ("RIP I-sak, On-jo's bestie", 2),
    ("isak turned in the classroom", 2),
    ("Cheong-san's mom getting attacked by zombie Gyeong-su", 4),
    ("Mr. Lee gets bitten at the police station", 4),
    ("the science teacher dies", 4),
    ("Byeong-chan's death was deserved tbh", 4),
    ("Cheong-san stabs Gwi-nam's eye in the library", 5),
    ("gwinam becoming a halfbie in the library", 5),
    ("Gwi-nam comes back as the first halfbie", 5),
    ("Nam-ra throws Gwi-nam off the roof", 9),
    ("namra yeeting gwinam off the roof lol", 9),
    ("Gwi-nam's death: finally", 11),
    ("Gwi-nam finally dies", 11),
    ("Joon-yeong's sacrifice in the gym breakout", 11),
    ("Min-jae gets bitten by Gwi-nam in the gym", 11),
    ("Ji-min abandoning Hyo-ryeong", 10),
    ("Ji-min turning after she left Hyo-ryeong", 10),
    ("Woo-jin saving Hyo-ryeong 🥹", 10),
    ("Joon-seong dies", 10),
    ("Ha-ri reunites with her brother Woo-jin", 10),
    ("Ha-ri losing Woo-jin 💔", 12),
    ("RIP Woo-jin, Ha-ri's little brother", 12),
    ("Woo-jin gets bitten in Yangdong", 12),
    ("Cheol-su lying to the helicopter crew", 8),
    ("Eun-ji exposes asymptomatic infection at the camp", 9),
    ("the military abandons the students", 9),
    ("the commander orders the kids left behind", 9),
    ("the missile strikes on Hyosan", 11),
    ("Hyosan gets bombed", 11),
    ("four months later: the survivors at the camp", 12),
    ("the six survivors of Hyosan High", 12),
    ("On-jo survives", 12),
    ("onjo makes it out alive yay", 12),
    ("On-jo, Su-hyeok, Dae-su, Ha-ri, Mi-jin and Hyo-ryeong survive", 12),
    ("Su-hyeok survives the whole thing", 12),
    ("Mi-jin made it!! queen", 12),
    ("hyoryeong survives 🥹", 12),
    ("Nam-ra is a halfbie at the end and says there are others like her", 12),
    ("Nam-ra becomes a halfbie", 6),
    ("namra's halfbie transformation", 6),
    ("Nam So-ju dies in episode 11", 11),
    ("Hyeon-ju bitten by the lab rat", 1),
    ("Jin-su thrown off the roof", 1),
    ("Jin-su and his mom chained up and kept for study", 12),
    ("Hee-soo gives birth in the bathroom", 3),
    ("Hee-soo's baby 😭", 3),
    ("So-ju swims back from the island", 7),
    ("So-ju arrives at the gym", 10),
    ("Assemblywoman Park tears up her resignation", 12),
    ("Detective Jae-ik survives", 12),
    ("Commander Jin Seon-moo takes his own life", 12),
    ("Woo-jin's sacrifice for his sister", 12),
    ("Nam-ra on the school roof four months later", 12),
    ("Cheongsan lures the horde away from Onjo", 11),
    ("the construction site scene destroyed me", 11),
    ("Gwi-nam vs Cheong-san final battle", 11),
    ("Cheol-su attacked by Eun-ji at the camp", 9),
    ("Eun-ji is alive despite the bites", 6),
    ("Eun-ji sets the office on fire", 8),
    ("Su-hyeok pulls Cheong-san up with a fire hose", 3),
    ("Gyeong-su gets scratched and locked away", 3),
    ("gyeongsu was turned by nayeon", 3),
    ("Gyeong-su attacks Cheong-san's mom", 4),
    ("Ha-ri and the archers show up", 5),
    ("On-jo loses her father", 11),
    ("onjo's appa 😭😭 rip", 11),
    ("Cheong-san was bitten by Gwi-nam", 11),
    ("the AOUAD ending explained: who lives and who dies", 0),
    ("Nam-ra's goodbye to On-jo", 12),
    ("cheongsan's goodbye to onjo", 11),
    ("Park Ji-hu talks about her first lead role", 0),
    ("Yoon Chan-young joins new drama after AOUAD", 0),
    ("All of Us Are Dead tops Netflix chart in 91 countries", 0),
    ("Netflix renews All of Us Are Dead for season 2", 0),
    ("All of Us Are Dead season 2 wraps filming", 0),
    ("Lomon cast in Beauty in the Beast", 0),
    ("Who plays Na-yeon? Meet Lee Yoo-mi", 0),
    ("Cho Yi-hyun on playing the class president", 0),
    ("Cheong-san's mom's chicken shop is named after him", 0),
    ("On-jo's father is a firefighter", 0),
    ("Gwi-nam is the worst bully in kdrama history", 0),
    ("the zombie choreography in AOUAD is insane", 0),
    ("Ha-ri's archery club", 5),
    ("Ha-ri is Woo-jin's older sister", 0),
    ("Lomon and Cho Yi-hyun return for season 2", 12),
    ("Park Ji-hu is back as On-jo in season 2", 12),
    ("Yoon Chan-young returns as Cheong-san in season 2", 11),
    ("Lee Min-jae joins All of Us Are Dead season 2 as Yong Ma-ru", 0),
    ("Squid Game's Roh Jae-won and Kim Si-eun join AOUAD season 2", 0),
    ("So Ju-ran is a popular student in season 2", 0),
    ("Gwi-nam bites Nam-ra and she becomes a halfbie", 6),
    ("Na-yeon infects Gyeong-su and he turns", 3),
    ("Woo-jin saves Hyo-ryeong but later he is bitten", 12),
    ("Ji-min leaves Hyo-ryeong behind and then she turns", 10),
    ("Nam-ra kills Woo-jin after he gets bitten", 12),
    ("So-ju gets the kids out of the gym but he is bitten", 11),
    ("Na-yeon infects him on purpose and he turns", 3),
    ("Gwi-nam catches Cheong-san and he gets bitten", 11),
    ("Ha-ri watches as her brother turns and Nam-ra ends it", 12),
    ("On-jo's dad leads them out but he doesn't make it", 11),
    ("Gyeong-su turning because of Na-yeon 😡 #AOUAD", 3),
    ("the welfie girl infected gyeongsu and he turned", 3),
    ("So-ju dies so the kids can escape the gym", 11),
    ("On-jo's dad stays in the gym with the flares", 11),
    ("Woo-jin got bitten saving Ha-ri and Nam-ra had to end it", 12),
    ("nam-ra killing woojin after he was bitten 😭", 12),
    ("Woo-jin protecting Hyo-ryeong when Ji-min ran", 10),
    ("ji-min ditching hyoryeong smh", 10),
    ("Nam-ra shielding Su-hyeok and getting bitten", 6),
    ("Nam-ra protects Su-hyeok from Gwi-nam", 6),
    ("Su-hyeok hauling Cheong-san in with the fire hose", 3),
    ("Ms. Park gave herself up for Na-yeon", 3),
    ("Hee-soo giving birth alone in the bathroom 😭", 3),
    ("Nam-ra tossing Gwi-nam off the school roof", 9),
    ("Cheol-su leaving on the helicopter without them", 8),
    ("the epilogue with nam-ra on the roof", 12),
    ("namra said there are others like her 👀", 12),
    ("cheongsan kissing onjo goodbye then luring the zombies away", 11),
    ("Gwi-nam got Cheong-san at the construction site", 11),
    ("Min-jae turned in the gym", 11),
    ("Dae-su finally tells Ha-ri he likes her", 10),
    ("Cheong-san tells On-jo he loves her on the roof", 8),
    ("Ha-ri's brother dies in Yangdong", 12),
    ("RIP hari's little brother 💔", 12),
    ("Byeong-chan gets bitten at the police station", 4),
    ("cheongsan's mom attacked by gyeongsu", 4),
    ("I-sak turning after hiding her bite", 2),
    ("hyeon-ju bitten by the rat in the science lab", 1),
    ("Eun-ji exposing the asymptomatic thing at the camp", 9),
    ("On-jo and the others make it to the quarantine camp", 12),
    ("Ha-ri survives but loses Woo-jin", 12),
    ("Mi-jin campaigning for college admission in the epilogue", 12),
    ("the missiles hit Hyosan while Cheong-san fights Gwi-nam", 11),
    ("Cheong-san's bite 😭", 11),
    ("Gwi-nam losing his eye in the library", 5),
    ("gwinam halfbie era begins", 5),
    ("Lomon's new drama is a hit", 0),
    ("Park Ji-hu attends a fashion event", 0),
    ("On-jo and Cheong-san are neighbours", 0),
    ("the bully in AOUAD is so scary", 0),
    ("Yoon Chan-young's birthday", 0),
    ("Yoon Chan-young, Park Ji-hu and Lomon back for AOUAD 2", 12),
    # Cheong-san's mother: attacked in 4, seen as a zombie (at the school gate) only in 10
    ("cheongsan's mom shows up as a zombie at the school gate", 10),
    ("Cheong-san finds his mother, who has become one of them", 10),
    ("cheongsan's eomma turned into a zombie", 10),
    ("Cheong-san's mother gets mauled by zombie gyeongsu", 4),
    # making the virus: who made it is episode 3 (facts.md's guide has the confession there; its trivia table's
    # 2 is the earlier of two, so the later stands), owning up 3, the reason 4
    ("Byeong-chan admits he created the virus", 3),
    ("Mr. Lee confessing to the cops that he made the virus", 3),
    ("the science teacher owns up to making the virus", 3),
    ("Byeong-chan comes clean about creating the virus", 3),
    ("Byung-chan created the virus to make his son stronger", 4),
    ("Mr Lee made the virus for his bullied son", 4),
    ("Byeong-chan made the virus because his son was bullied", 4),
    ("who created the jonas virus? the science teacher", 4),  # the virus named: facts.md tags the name 4
    ("Which teacher created the virus?", 3),
    ("Lee Byung-chan is the virus creator", 3),
    ("the science teacher made the virus", 3),
    ("the teacher who made the virus dies at the police station", 4),
    # martial law is declared in episode 5; a history question's martial law is another story's (read as an import)
    ("martial law in hyosan", 5),
    ("when they declared martial law on the whole city", 5),
    ("the martial law commander", 5),
    # So-ju's flares, without So-ju
    ("the flares scene", 11),
    ("the flare scene in the gym made me sob", 11),
    ("the gym flares", 11),
    ("flare scene killed me", 11),
    ("solar flares are dangerous", 0),
    # being bitten is not biting: Gwi-nam is bitten in 5 (he becomes a halfbie), bites Nam-ra in 6
    ("Gwi-nam is bitten", 5),
    ("gwinam gets bitten by the zombies in the library", 5),
    ("Gwi-nam got bit and came back stronger", 5),
    ("the zombies bite Gwi-nam in the library", 5),
    ("the bully got chomped in the library", 5),
    ("귀남 물렸어", 5),
    ("Gwi-nam bites Nam-ra", 6),
    ("gwinam bit namra", 6),
    ("namra got chomped protecting suhyeok", 6),
    ("Kwi-nam biting Cheong-san at the construction site", 11),
    ("na-yeon's karma: bitten by gwi-nam", 9),
    ("Nam-ra bites On-jo", 12),
    # other wordings of the blind sets
    ("Ji-min leaves Hyo-ryung behind", 10),
    ("Jimin leaves hyoryeong to the zombies", 10),
    ("Byeong-chan got what he deserved at the police station", 4),
    ("onjo ends up at the camp with su-hyeok", 12),
    ("Gwinam turned into a hambie", 5),
    ("she turns into a halfbie after gwi-nam bites her", 6),
    ("Nam-ra was bitten. She became a halfbie.", 6),
    ("I love Nam-ra's character so much", 0),
    ("we love suhyeok", 0),
    ("Su-hyeok loves Nam-ra", 7),
    # comings and goings (the pack's own texts move someone: 'rides to the school', 'leaves school'), a
    # pronoun of a sentence naming nobody (the line's names before it), 'among the zombies', 'gets got'
    ("chungsan's mum comes to the school looking for him", 4),
    ("cheongsan's mother rode her bike all the way to the school for him", 4),
    ("cheong-san's mum rides her scooter to hyosan high to look for him", 4),
    ('his mom coming to the school looking for him broke me (chungsan)', 4),
    ('Cheong-san sees his mother among the zombies', 10),
    ('chungsan spots his mum among the horde 😭', 10),
    ("Gwi-nam hates Cheong-san. That's why he bites him.", 11),
    ('Gwi-nam hunts Cheong-san all season. Finally he bites him.', 11),
    ('Cheong-san fights Gwi-nam. He gets bitten.', 11),
    ('soju escapes the gym? no he stays behind', 11),
    ('Hee-soo leaves the school', 2),
    ('hee su walks out of the school when it starts', 2),
    ('hee-soo ran off from school before it got bad', 2),
    ('the kids escape the school in the thunderstorm', 9),
    ('onjo and the others escape the school', 9),
    ('they escape hyosan', 12),
    ('namra leaves onjo and the others', 12),
    ('남라 떠남', 12),
    ('soju gets to the gym', 10),
    ("onjo's dad leads them out of the gym", 11),
    ('so-ju escorts the officials out', 4),
    ('cheongsan throws gwinam to the zombies', 5),
    ('cheolsu flies off and leaves them', 8),
    ("namra's strength pushes gwinam back", 8),
    ('gwinam and chungsan go down the shaft', 11),
    ('cheongsan gets got', 11),
    ('nayeon gets got by gwinam', 9),
    ('jimin ded', 10),
    ('jimin tries to kill herself on the roof', 6),
    ("Nam-ra ends Woo-jin's life", 12),
    ('heesoo leaves school pregnant and alone', 2),
    ("cheongsan's mom gets attacked by zombie gyeongsu", 4),
    ('chungsan sees his mom as a zombie 😭', 10),
    ('byeongchan ded at the police station', 4),
    ("onjo's appa ded", 11),
    ('청산이 물렸어', 11),
    ('namra slips away', 12),
    ('daesu survives!!', 12),
    # scenes told without a name (bot/lore/lexicon_scenes.py), at the pack's episodes
    ('that heli just flew over them and kept going', 4),
    ('the rescue chopper finally arrives', 7),
    ('the chopper flies off without the others', 8),
    ('they lock the zombies in the music room', 7),
    ('everyone hiding out in the broadcasting room', 3),
    ('when they flew the drone to scout the city', 5),
    ('the army came for the laptop', 9),
    ('fleeing the school in a thunderstorm', 9),
    ('they learn there will be no vaccine', 10),
    ('falling down the burning shaft together', 11),
    ('the storeroom reunion in the gym', 10),
    ('hiding her bite from everyone', 2),
    ('the roof door stayed locked', 7),
    ('the lab rat that started it all', 1),
    # "at the end": the season's last episode, as the pack has it; "in the end" is "eventually"
    ('nam-ra comes back at the end', 12),
    ('on-jo survives at the very end', 12),
    ("namra tells them she's not the only one", 12),
    # a betrayal is an abandonment; fans' roles; Korean
    ('ji-min betrays hyo-ryeong', 10),
    ("the archery captain's little brother gets bitten", 12),
    ('the chicken shop mom as a zombie', 10),
    ('남라 반인반좀이야?', 6),
    ('they got abandoned by the military', 9),
    ('gwinam makes it up to the roof', 8),
    ('the dad who came to find his daughter dies', 11),
    ('hee-soo alone in the public toilet with her baby', 3),
    ('the blood-soaked hanky', 3),
    ('cheol-su told the soldiers no one else was alive', 8),
    ('they escape the school in the rain', 9),
    ('namra is basically a zombie now', 6),
    ('the army leaving the students behind', 9),
    ('the general bombs the entire city', 11),
    ('the ending where they all find namra on the roof', 12),
    ('onjo falls off the roof', 0),  # no such event: falling is no one's
    ('gwi-nam fell off the roof', 9),
    ('the assemblywoman ripped up her resignation', 12),
    ("cheongsan's mom rushing to the school", 4),
    ('the bullied boy thrown off the roof', 1),
    ('nam-ra holding back her hunger', 7),
    ('the teacher who gave herself up for nayeon', 3),
    ('they trapped the zombies inside a room and ran for the roof', 7),
    ("so-ju holding the zombies off in the gym", 11),
    ('eun-ji set the office on fire', 8),
    ("the helicopter didn't even stop for them", 4),
    ('su hyeok and namra 💋', 7),
    ('final ep namra 😭', 12),
    ('the last ep broke me', 12),
    ('the class president leaves the group', 12),  # "Nam-ra leaves the group", said with a role of hers
    ("Lee Yoo-mi on Na-yeon's shocking fate", 9),  # a fate named tells it (the pack's: episode 9)
    ("su-hyeok's fate", 12),
    ('우진이 죽을 때 울었다', 12),
    ('hyosan got wiped off the map', 11),
    ('the firefighter swimming back', 7),  # the event's own verb is also how he comes
    # lexicon29c: patterns behind heldout5's misses, written otherwise than its rows
    ("the researchers found out a cure was not possible", 10),  # the giveaway word inside the scene's phrase
    ("scientists say a vaccine is impossible now", 10),
    ("옥상문 잠갔어 철수가", 7),  # the roof door locked, in Korean
    ("은지 교무실에 불 질렀어", 8),  # the office set on fire, in Korean
    ("귀남이 도서관에서 눈 멀었음", 5),  # an eye lost in the library
    ("namra ended woojin's life", 12),  # "end X('s life)": X dies
    ("nam-ra had to end him (woo-jin)", 12),
    ("namra walked off from her friends at the end", 12),  # leaving the group, told as a walk
    ("the PA system plan to distract the zombies, so smart (cheongsan)", 6),
    ("cheong-san yelling train to busan lol", 2),
    ("cheong san said it like train to busan while pulling onjo away", 2),
    ("jimin about to jump off the roof", 6),
    ("it all started with hyeonju", 1),
    ("hee soo becoming a zombie in the bathroom", 3),
    ("they wrote an SOS on the roof", 8),
    ("the jonas virus originated with some teacher", 4),  # the virus named: facts.md tags the name 4
    ("which science-club kid gets bitten in the gym?", 11),
    ("the scene where his mom arrives at the school", 4),  # the mother who comes for her son, in chat about the show
    ("hyun ju got bitten by the rat", 1),  # a spaced romanisation of a name, all its syllables the pack's words
    # a "who survives s2?" poll offers its names as alive in season 2; a last smile before the fire is a farewell
    ("poll: who survives s2? 🅰️ onjo 🅱️ suhyeok 🅲 namra", 12),
    ("who do you think survives s2? my bets: onjo, suhyeok", 12),
    ("GIF: cheongsan smiling at onjo one last time before the fire", 11),
    ("预告片确认青山真的没了", 11),
    ("grabe si na-yeon, sinadya niyang hawaan si gyeongsu gamit ang panyo", 3),
    # the trailer is the next season's: who is (not) in it outlives (or not) season 1; the wait for season 2 is no role
    ("the trailer has namra still half zombie?? girl is thriving", 12),
    ("trailer 2 is out and no gwinam anywhere", 11),
    ("GIF: su-hyeok and nam-ra's kiss, for the s2 countdown", 7),
    # a tally of ✅ and ❌ beside names is who lives and who dies; a survival poll in any language; a farewell is either's
    ("✅ daesu ✅ hari ❌ woojin ❌ jimin", 12),
    ("daesu ✅ woojin ❌ in yangdong", 12),
    ("encuesta: ¿quién sobrevive en la temporada 2? onjo, suhyeok o namra", 12),
    ("시즌2에서 누가 살아남을까? 온조, 수혁, 남라", 12),
    ("poll: favourite death? 🅰️ gwinam 🅱️ byeongchan", 11),
    ("예고편에 귀남이 안 나옴", 11),
    ("GIF: so-ju hugging onjo one last time", 11),
    ("so-ju isn't coming back after the gym", 11),
    ("my goldfish is called cheongsan because he's gonna die like him", 11),
    ("namra s2 hype", 12),  # hype for someone in season 2 is their role there, unless a post is timed by it
    ("cheongsan is in the s2 announcement video", 11),
    # "they brought X back" in other languages; each fate emoji run is its own name's; an answer's lead; Indonesian kin
    ("no puedo creer que volvieran a traer a cheongsan", 11),
    ("grabe binalik nila si cheongsan", 11),
    ("gyeongsu 🩸🧣🧟 isak 🩹🧟", 3),
    ("poll: who became a halfbie? my answer: C, namra", 6),
    ("ใครรอดบ้าง? ออนโจ ซูฮยอก แดซู ฮาริ มีจิน ฮยอรยอง", 12),
    ("masih sedih ayah onjo mati di gedung olahraga", 11),
    # an insult ("nayeon you monster") is no turning, but a becoming said with "such" is
    ("gwinam became such a monster", 5),
    # Indonesian "selamat" (survived) beside a day; an answer's lead in fans' languages heads the answer; the name between
    # "trouxeram ... de volta"; a fate's emoji on a line of their own, "rip 🪦" before a name on the next; Vietnamese survival
    ("hari ini aku baru sadar hari selamat sampai akhir", 12),
    ("kakak woojin selamat sampai kamp karantina", 12),
    ("polling: siapa yang selamat? jawabanku: D, hari dan daesu", 12),
    ("sondage : qui meurt dans l'ep 2 ? ma réponse : B, isak", 2),
    ("アンケート：ソジュはどうなった？ 私の答え：B 体育館で犠牲", 11),
    ("trouxeram o gwinam de volta depois do incêndio??", 11),
    ("cheongsan\n🔥⚰️\nonjo\n🫶", 11),
    ("rip 🪦🪦\nmr lee", 4),
    ("Ai sống sót? Hari sống, còn Woo-jin thì không 😢", 12),
    ("minecraft build of hyosan high 🏫 in memory of soju who died saving the kids", 11),  # a game's memory of the show's death (heldout73)
    ("my roblox avatar is namra, the real one gets bitten protecting suhyeok 😭", 6),  # "the real one" then her fate
    ("jimin reminds me of my cousin ngl, and then she turned into a zombie 😭", 10),  # no cousin turns into a zombie
]


@table(
    "text",
    [
        "my mom waited for me at the school gate",
        "we have a music room at my school",
        "the helicopter noise outside is so loud",
        "in the end it was worth watching",
        "i cried at the end of coco",
        "Who knocks Zerg down the elevator shaft in Toy Story 2?",
        "Which operator uses the Ballistic Armor Military Laptop?",
        "Which Philippine president declared martial law in 1972?",
    ],
)
def test_a_thing_of_a_scene_alone_or_in_another_story_gives_nothing_away(text: str) -> None:
    assert LEXICON.position(text, anywhere=True) == NOTHING


@table(
    "text",
    [
        "there's no vaccine for my love of this show",
        "netflix shared drone footage of the season 2 set",
        "season 2 set photos show a helicopter landing",
        "at the end of the day on-jo is the best",
        "we had a fire drill and everyone left the music room",
        "resisting my hunger till dinner lol",
        "the last ep of the walking dead made me cry",
        "is a vaccine impossible for HIV?",  # another disease's vaccine
        "my teacher said a vaccine is impossible for the common cold",
        "i ran away from the group project lol",
        "we watched train to busan in class",
        "the dog was about to jump on me",
        "it all started with a tweet",
        "my grandpa was so tired he had to end the game",
        "named my kitten cheongsan and he already bit me",  # a pet named after a character
        "my cat cheong-san knocked the remote off during the s2 trailer",
        "우리 강아지 청산이 오늘 하늘나라 갔어 ㅠㅠ 13살",  # pets and kin named like season 1's dead (heldout65)
        "우리 청산이 죽었어 ㅠㅠ 14살이었는데",
        "patay na yung aso naming si soju 😭 12 years old na",
        "kucingku woojin mati tadi malam 😭 umurnya 8 tahun",
        "kucingku mati tadi pagi 😭 mirip banget sama woojin",  # one of the writer's own that looks like one (heldout66)
        "yung pusa ko na kamukha ni gwi-nam namatay kanina 😭",
        "mi abuelo se parecía a so-ju 😭 murió ayer, descansa en paz",
        "청산이 닮은 우리 강아지 오늘 무지개다리 건넜어 ㅠㅠ",
        "con mèo giống woojin mà chết rồi 😭",  # a cat, a grandparent, a stranger that looks like one (heldout67)
        "an actor who looks like so-ju died yesterday 😭 rip",
        "minha vó parecia a mãe do cheong-san, ela faleceu ontem 😭",
        "my grandpa passed 😭 he looked like byeong-chan honestly, may he rest in peace",  # he / she, "se parecía" alone (guard78)
        "falleció 😭 se parecía a so-ju, descanse en paz",
        "minha avó faleceu, ela parecia a professora park 😭",  # Portuguese "parecia", "a professora park" (heldout69)
        "i died laughing at gyeong-su 💀 he's so funny",  # a skull for laughter
        "cheongsan died in my minecraft world 💀",  # a death in the writer's own game
        "my minecraft gwinam fell in lava 💀",  # the game named first (heldout70)
        "minecraft aouad map is so cool, built the whole school 🏫",  # the show by name, nothing of it told (guard_replies81)
        "i love minecraft, my cheongsan fell in lava and died 💀",  # the game's own play told after it (guard82)
        "playing sims w my sis & our gwinam sim died in the pool 💀",  # ... after its company too (guard_replies82)
        "roblox w my cousin and our cheongsan skin died in the fire lol",  # the game's world after its company (guard_replies83)
        "roblox w my cousin and my save got corrupted, gwinam died 💀",  # ... a game's save (review64c)
        "roblox w my cousin and our minecraft world got blown up, gwinam died 💀",  # a world owned (guard87)
        "sims w my sis and my world flooded, namra sim drowned lol",
        "minecraft w my bro and we built a new world, cheongsan fell in lava 💀",  # ... or built
        "roblox w my cousin and the gwinam skin got killed lol",  # a skin the game's
        "sims w my bro and his cheongsan skin died 💀",
        "ตายแล้ว ชองซานหล่อมาก 😭",  # Thai "oh my god" opening a line of feelings
        "청산이 죽더라도 난 끝까지 볼 거야",  # "even if he dies"
        "청산이 죽던지 말던지 상관없어",  # "whether he dies or not" (review64c)
        "bts comeback today!! jimin dies on stage every time 💀",  # BTS's Jimin on stage
        "bts concert!! jimin died of cuteness 😭",  # ... or "dying" of cuteness
        "jimin turned everyone into army at the concert 😭",  # ... turning everyone into fans (guard_replies84)
        "bts comeback today and jimin from the show was trending too 😭",  # the show's Ji-min, no fate (guard_replies85)
        "chết vì dễ thương với cheongsan",  # Vietnamese "dying of cuteness"
        "roblox w friends, gwinam is the real mvp, he died in lava",  # "the real mvp" goes on in the game
        "minecraft w my bro, the real og is my dog, he died in lava lol",  # ... and the writer's own "real og" (guard_replies86)
        "watched run bts w my sis, jimin from the show fell asleep in ep 10 lol",  # a group's own show and its episode
        "run bts ep 10, ele morreu de rir kkkk",  # Portuguese "died laughing"
        "gyeongsu reminds me of my grandpa, he watched dramas with me before he died",  # the grandpa he reminds one of
        "in the soop ep 7 jimin and jungkook fishing 🥹",  # BTS's own show names the group (guard_replies87)
        "we ended up at the gym with jake's team lol",  # the writer's own gym
        "quero ver a 2 temporada antes de morrer 😭",  # the writer's own "before I die"
        "roblox w friends, gwinam is a real one, gwinam died in lava lol",  # English "a real" goes on in the game
        "nag-sims kami ng kapatid ko tapos yung sim ni gwinam nasunog sa pool 💀",  # a game after Tagalog's "nag-" (heldout72)
        "sims w my bf & my namra sim died bc she fell in the pool 💀",  # a reason that is the game's own (heldout73)
        "hari reminds me of my sister, she does archery and survives every pe class lol",  # the writer's days got through
        "the real one is yoon chanyoung, he survived filming in the freezing cold lol",  # an actor's shoot got through
        "hari survives every pe class lol",  # ... or a school day
        "ขำตาย คยองซูหัวเราะจนตาย 555",  # Thai "laughed to death"
        "me morí de risa con gyeongsu 💀",  # laughter before a skull in Spanish, Thai (as Discord shows ำ)
        "ขําตาย คยองซูตลกมาก 💀",
        "i was dying, cheongsan looked like he was dying of nerves lol",  # the writer's and a look, no death
        "hari's archery is to die for 🏹",  # her skill praised, not the archers' episode (ruled no spoiler)
        "rumah cheongsan di drama itu ternyata tenang di sana, aku baru dari lokasi syuting",  # a calm place
        "our science teacher made a zombie virus joke today",
        "poll: best episode? ✅ ep 5 ❌ ep 9",  # a tally of episodes, of ships or of the writer's own
        "poll: favourite couple? ✅ onjo x cheongsan ❌ onjo x suhyeok",
        "who lasted longest tonight? ✅ me ❌ my brother",
        "who's the better lead? ✅ onjo ❌ namra",
        "✅ watched ep 1 ❌ haven't started ep 2",
        "my cat cheongsan bites just like my old cat did",
        "visiting my old high school one last time before they tear it down",
        "hari ini aku nonton ep 11",  # Indonesian "hari ini": today, not Ha-ri
        "nonton s2 hari pertama",
        "nayeon you monster",  # an insult, no turn
        "monster energy + ep 1 at 2am, wish me luck",  # a drink
        "they brought back the cheongsan dance trend on tiktok lol",  # a trend brought back, no one's return
        "trouxeram de volta a trend da dança do daesu no tiktok",
        "selamat ulang tahun hari! 🎂",  # a wish, no one survived
    ],
)
def test_a_thing_of_a_scene_said_of_something_else_gives_nothing_away_in_chat_about_the_show(text: str) -> None:
    assert LEXICON.position(text) == NOTHING


@table(("text", "spoils"), FAN_TEXTS)
def test_fan_written_texts_give_away_the_episode_of_what_they_tell(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("they killed byeong-chan", 4),  # a name starting with "by" is no "killed by"
        ("they killed onjo's dad", 11),  # the relative named after the owner
        ("they killed off the pregnant girl", 3),  # a role after "the"
        ("gwinam killed the principal", 0),  # the principal is no one the pack has die
    ],
)
def test_the_one_named_after_a_kill_word_is_its_victim(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("minjae went zombie", 11),
        ("jimin goes full zombie", 10),
        ("soju met his end", 11),
        ("the bully getting dropped into the zombies", 5),
        ("the zombie went for my sandwich", 0),
        ("isak turns the second she's alone", 2),  # a time after "turns the": still her turning
        ("jimin turns the moment he's alone", 10),
        ("isak turns the second time she's bitten", 2),
        ("cheongsan turns the page", 0),  # an object after "turns the": no turning
        ("onjo turns the tv off", 0),
        ("suhyeok turns the tables", 0),
        ("isak turns the second page", 0),
        ("gwinam turned everyone into the zombies", 5),  # others turned by him: no fans' "turned everyone into army"
    ],
)
def test_fans_slang_for_turning_dying_and_being_thrown_to_the_zombies_is_read(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("woojin is my baby. he got bit saving hari", 12),  # "he" fits Woo-jin, not Ha-ri
        ("hari is sweet. she survives", 12),
        ("i love onjo. she and cheongsan are cute", 0),
    ],
)
def test_a_pronoun_that_fits_no_one_its_sentence_names_stands_for_whom_the_line_named_before(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("so-ju saves them all. die a hero, king 😭", 11),
        ("gyeongsu was so sweet. didn't deserve to turn like that", 3),
        ("jimin abandons hyoryeong. then turns, karma", 10),
        ("cheongsan is so cute. just die already", 0),  # a command, not a death told
        ("daesu's jokes. die every time lol", 0),  # the writer's own "dying"
        ("gwinam is a cockroach. turns out he's annoying", 0),
        ("namra is so pretty. turns me into a simp lol", 0),
        ("cheongsan loves onjo so much. dies for her", 11),  # "her" is whom he dies for, not who dies
        ("cheongsan loves onjo. dies for onjo", 11),  # the one named after "for" is whom he dies for
        ("cheongsan saves onjo. dies for onjo", 11),
        ("namra likes suhyeok. gets bitten for suhyeok", 6),
        ("cheongsan loves onjo. dies for onjo's smile lol", 11),  # he does die for her (the safe side)
        ("gyeongsu is my fave. turns every scene into a comedy", 0),
        ("cheongsan is so sweet. turns red every time onjo looks at him", 0),
        ("gyeongsu is scratched. turns that night", 3),  # a time after "turns": still his turning
        ("woojin turns the night they reach yangdong", 12),  # "the night", "the day": a time, still a turning
        ("suhyeok turns the day around every time he smiles", 0),  # ... not "the day around", "the night into"
        ("daesu turns the night into a comedy show lol", 0),
        ("cheongsan turns the night shoot into a joke in the bts", 0),  # a word between: still "the night into"
        ("isak turned 18 lol", 0),  # an age, however "turned" is spelt
        ("the actor who plays cheongsan turned 25 this year", 0),
        ("isak turned 5 seconds after", 2),
        ("el profe crea el virus", 3),  # fans' "el profe", "la profe", "la presi", "반장이"
        ("la profe se sacrifica por nayeon 😭", 3),
        ("muerden a la presi por proteger a suhyeok", 6),
        ("반장이 물림", 6),
        ("el profe de mate me odia jaja", 0),  # the writer's own teacher, class president
        ("mi hermano crea el virus en plague inc jaja", 0),  # a game's virus
        ("criou o vírus no plague inc kkkk", 0),
        ("la presi de mi clase es igualita a namra", 0),
        ("우리 반 반장이 6화까지 봤대", 0),
    ],
)
def test_a_sentence_opening_on_a_fate_with_no_subject_is_of_whom_the_sentence_before_named(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("suhyuk lives and i'm so relieved", 12),
        ("hari lives but woojin doesn't", 12),
        ("onjo lives so close to cheongsan", 0),  # where she lives
        ("daesu lives and breathes hari", 0),
        ("daesu lived and breathed hari", 0),  # the same said in the past ("lived and went to school with her")
        ("mijin lived and went to school with jimin", 0),
        ("su-hyeok survives the showdown with gwinam", 6),  # one scene ("the show" is no word of "showdown"), not his fate (12)
        ("su-hyeok survives the seasons change", 6),
        ("the zombies got gwinam", 5),  # bitten (5), not biting Nam-ra (6)
        ("gwinam finally got him", 6),  # "him" is whom he bites
    ],
)
def test_a_survival_followed_by_a_new_clause_is_a_fate_and_the_one_got_is_the_one_bitten(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("하리 동생 죽음", 12),  # Ha-ri's younger brother
        ("namra took woojin out", 12),
        ("hari took woojin out for food", 0),
        ("press f for jimin", 10),
        ("soju stayed back so they could run", 11),
        ("the drone kid died", 11),
        ("press f to pay respects", 0),
        ("rest easy gwi-nam, my fav villain 😭", 11),  # mourning words beside a name (heldout66)
        ("tenang di sana ya woojin 😭 bias aku", 12),
        ("편히 쉬어 우진아 ㅠㅠ 내 최애", 12),
        ("may he rest in peace, min-jae the archer 😭 he was my fav", 11),  # a role after the name (heldout67)
        ("pahinga ka na cheongsan 😭 alam kong pagod ka na", 11),
        ("pahinga ka na cheongsan, puyat ka na naman 😂", 0),  # rest said to the living
        ("namra can finally rest easy", 0),  # ... and of them, a word between ("can finally"): was S1E6
        ("my dog looks like cheong-san so when cheong-san died i literally sobbed 😭", 11),  # the look-alike's own death
        ("my dog looks like cheong-san who dies at the end 😭", 11),  # ... told in his own clause
        ("kucingku mirip woojin yang mati digigit 😭", 12),
        ("ชองซาน ไปสู่สุคตินะ 😭 เมนเรา", 11),  # Thai rest in peace, a particle glued on (heldout68)
        ("ขอให้คุณยายไปสู่สุคตินะ 😭", 0),  # ... of the writer's grandmother
        ("a professora park morre 😭", 3),  # Portuguese "a professora park": Ms. Park (heldout69)
        ("cheongsan dies 💀 so funny how fake the fire looked", 11),  # a skull beside a death, laughing or not
        ("gwinam died in my game 💀 but in the show he dies too", 11),  # the writer's game beside the show's death
        ("roblox with friends then cheongsan dies in ep 11 😭", 11),  # the game's clause ends at "then" (heldout70)
        ("i love minecraft and cheongsan dies in ep 11", 11),  # a clause naming an episode is the show's (review63c)
        ("i love minecraft and cheongsan dies at the end", 11),  # ... or a show's character with no game's play told
        ("me encanta minecraft y cheongsan muere al final 😭", 11),
        ("playing roblox lol cheongsan dies in all of us are dead", 11),  # ... or naming the show
        ("i play minecraft and cheongsan dies at the end of the show", 11),  # ... or its end (review63e)
        ("i was dying when cheongsan died 😭", 11),  # the writer "dying" beside a real death
        ("hari's archery club meets onjo's class in the gym", 10),  # the club, not her skill
        ("me morí de risa con gyeongsu 💀 pero muere en el ep 3", 3),  # laughter, then his death
        ("playing sims while watching, cheongsan dies in the fire 😭", 11),  # the game's clause ends at the watching (guard_replies81)
        ("minecraft aouad map: namra becomes a halfbie at the end", 6),  # ... and at the show by name
        ("roblox with my sister; meanwhile gwinam dies at the construction site lol", 11),
        ("jugando sims mientras veía, y cheongsan muere en el incendio 😭", 11),
        ("roblox w my cousin and gwinam died 😭", 11),  # the game's clause ends with its company (guard_replies82)
        ("roblox w my sis and cheongsan dies, couldnt save him", 11),  # "save" the verb, not a game's save (review64c)
        ("played roblox w my cousin and cheongsan dies saving the world", 11),  # "the world" the story's (guard87)
        ("sims w my sis and namra's world ends when she becomes a halfbie", 6),  # ... and one's "world" in it
        ("minecraft w my bro and cheongsan dies, the whole world cried 😭", 11),
        ("sims w my bro & namra becomes a halfbie, her world is never the same", 6),
        ("roblox w friends and gwinam dies, end of the world for the bullies lol", 11),
        ("roblox w my cousin and namra's skin turns grey when she becomes a halfbie", 6),  # ... one's own skin (guard87)
        ("sims w my sis and her skin goes pale, namra is a halfbie now", 6),
        ("main minecraft sama adikku terus cheongsan mati 😭", 11),
        ("bts concert was amazing!! also jimin dies in aouad 😭", 10),  # a sentence naming the show: its Ji-min
        ("me morí de risa con gyeongsu antes de que muriera", 3),  # Spanish "muriera"
        ("binomba ng military ang hyosan 😭", 11),  # Tagalog "binomba": the bombing
        ("sims w my sis & my cheongsan died in the fire 😭", 11),  # a fan's "my", not the game's world (guard_replies83)
        ("roblox w friends and our fave namra becomes a halfbie at the end", 6),
        ("bts comeback stage jimin ate. jimin dies at the gym", 10),  # a fate told apart from the group: the show's Ji-min
        ("방탄 컴백 무대 봤어? 지민이 결국 죽음 ㅠ", 10),
        ("청산이 죽더라", 11),  # Korean "죽더라" (he died, I saw)
        ("me morí de risa con gyeongsu en el ep 1 💀", 1),  # laughter at him in an episode: that episode, not his death
        ("morri de rir com o gyeongsu no ep 1 antes dele morrer", 3),  # "antes dele morrer": his death (guard_replies84)
        ("bts comeback today and jimin from the show dies", 10),  # the show's Ji-min beside BTS's (guard_replies85)
        ("cheongsan reminds me of my brother and then he dies 😭", 11),  # a fate told now after it: his own (review65e)
        ("watched run bts today, jimin from the show turns into a zombie", 10),  # ... and a zombie beside a group's own show
        ("no hablo del jimin de bts, el de la serie muere en el gym", 10),  # ... "the show's one"
        ("soju chết vì cứu bọn trẻ ở tập 11", 11),  # Vietnamese "died saving", not of cuteness
        ("roblox w friends and they built a barricade, cheongsan dies", 11),  # a barricade is the class's too
        ("meu avô viu o ep 1 comigo antes dele morrer, ele amava o gyeongsu", 1),  # "ele": the grandpa's death, not his
        ("hari's archery club ends up in the gym with onjo's class", 10),  # one group ending up in the gym with another
        ("o cheongsan, antes de ele morrer, salvou a onjo", 11),  # ... and as it is written uncontracted
        ("minecraft w my sis, the real one is cheongsan, he dies in 11", 11),  # "the real one is" the show's (guard_replies86)
        ("chết vì đẹp trai luôn, mà suhyeok sống tới cuối nha", 12),  # Vietnamese "lives to the end"
        ("suhyeok reminds me of my brother, both survive till the end lol", 12),  # "both": him too (guard_replies87)
        ("roblox w friends, my avatar is gwinam, the real gwinam dies at the end", 11),  # "the real" ends the game's clause
        ("gwinam ran past onjo, suhyeok, hari, daesu, mijin, hyoryeong, gyeongsu, isak, minjae, jaeik, "
         + "onjo, suhyeok, hari, daesu, mijin, hyoryeong, " * 2 + "onjo, suhyeok, hari, daesu"
         + " and the whole class kept hiding in the music room for hours while the others were waiting outside quietly" * 3
         + " and finally dies", 11),  # a run-on naming many: its subject, far from the verb, is still read (review64c)
        ("ชองซานตาย " * 60, 11),  # a long run of a name and a death reads as one does (10,000 characters: 3.7 -> 1.1 CPU-s)
    ],
)
def test_fans_words_for_a_death_and_its_victim_are_read(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


def test_a_long_run_of_skulls_is_read_at_once() -> None:

    from bot.lore.lexicon_typos import rephrase

    with read_at_once():  # (the skull laughed at took 2 s on 4,000 skulls, growing as their square)
        assert rephrase("💀" * 2_000) == "💀" * 2_000


@table(
    ("text", "spoils"),
    [
        ("wait so the army just bombed everyone??", 11),
        ("idk why nobody talks about eun-ji starting the fire", 8),  # "starting" a fire is setting one
    ],
)
def test_plot_words_and_events_told_in_fans_words_spoil_their_episode(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(("text", "spoils"), [("that was the SOS", 8), ("sos i need help", 0), ("ABBA sang SOS", 0)])
def test_the_sos_is_the_roof_sign_only_as_fans_name_it(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("onjo's dad isn't alive anymore", 11),
        ("hari's brother won't make it", 12),
        ("minjae couldnt make it", 11),
        ("jimin didn't live long", 10),
        ("cheongsan 죽은 거 실화냐", 11),
        ("i dont survive horror movies", 0),
    ],
)
def test_a_survival_denied_in_any_tense_is_a_death(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("onjo lived", 12),
        ("mijin got out", 12),
        ("cheongsan lived next door to onjo", 0),
        ("namra has zombie powers now", 6),
        ("the class president is craving blood", 6),
        ("수혁 남라 키스", 7),
        ("대수 하리한테 고백", 10),
    ],
)
def test_survivals_halfbies_and_korean_romance_words_are_read(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    "text", ["woojin couldnt make it to practice lol", "yoo in-soo is not with us at the event", "jimin can't live without her phone"])
def test_missing_an_appointment_is_no_death(text: str) -> None:
    assert LEXICON.position(text, anywhere=True) == NOTHING


@table(
    ("text", "spoils"),
    [
        ("woojin saved hyoryeong but then got bit himself", 12),  # his bite, not Hyo-ryeong's
        ("cheongsan, who loved onjo so much, ended up dying", 11),
        ("soju hugged onjo, then stayed behind", 11),
        ("nayeon infected gyeongsu and then he turned", 3),  # a subject of its own: Gyeong-su's turn
        ("onjo hugged cheongsan, crying", 0),
    ],
)
def test_a_fate_told_in_a_later_phrase_with_no_subject_is_the_first_names(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("cheongsan ran to the gate. his mom had turned", 10),
        ("hari cried. her brother got bit", 12),
        ("cheongsan is sweet. his mom makes chicken", 0),
    ],
)
def test_his_or_her_relative_is_the_relative_of_whom_the_sentence_before_named(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("cheongsan x onjo goodbye 💔💔", 11),
        ("the little brother getting bitten protecting his sister", 12),
        ("my little brother died laughing", 0),
        ("say goodbye to summer", 0),
    ],
)
def test_a_goodbye_after_a_name_and_the_little_brother_are_read(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("so the teacher becomes a zombie", 4),  # Ms. Park or Byeong-chan: the later of their turns
        ("Which teacher was bitten at the police station?", 4),
        ("the teacher giving herself to the zombies for nayeon", 3),  # "herself": Ms. Park only
        ("ms park offered herself to the zombies", 3),
    ],
)
def test_a_role_several_characters_share_stands_for_each_its_pronouns_fit(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


def test_a_teacher_of_ones_own_is_no_role_of_the_show() -> None:
    assert LEXICON.position("my teacher died laughing at my essay", anywhere=True) == NOTHING


@table(
    ("text", "spoils"),
    [
        ("su-hyeok's gf got bit", 6),  # his love interest: Nam-ra
        ("suhyeok saves his gf", 6),
        ("cheongsan's girlfriend survives", 12),  # whom he has a crush on: On-jo
    ],
)
def test_someones_gf_or_bf_is_their_love_interest(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("when the eye stab happened in the library", 5),
        ("the chopper scene where cheolsu lies", 8),
        ("the military nuking the city", 11),
    ],
)
def test_a_scene_told_by_its_noun_or_its_verb_in_ing_spoils_its_episode(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    "text", ["Who was stabbed in the library with the knife?", "He lies down in the helicopter", "The library eye exam"]
)
def test_a_library_or_a_helicopter_of_another_story_gives_nothing_away(text: str) -> None:
    assert LEXICON.position(text, anywhere=True) == NOTHING


@table(
    ("text", "spoils"),
    [
        ("kyung-soo didnt deserve what nayeon did to him", 3),  # two of its people and what one did to the other
        ("What happens to Cheong-san's mother at the school?", 4),  # what happens to one of them, where it happens
        ("Who dies protecting Ha-ri?", 12),  # a harm borne for the one it shields: Woo-jin's bite
        ("Who is bitten protecting Su-hyeok?", 6),  # Nam-ra's
        ("eunji burned the office down lmao", 8),  # burning is the event's fire
    ],
)
def test_an_event_told_by_what_was_done_to_its_people_or_for_whom_spoils_its_episode(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table("text", ["what happened to onjo", "what happened to hari?", "who protects ha-ri"])
def test_asking_what_happens_to_someone_gives_nothing_away_by_itself(text: str) -> None:
    assert LEXICON.position(text, anywhere=True) == NOTHING


@table(
    ("text", "spoils"),
    [
        ("the rat in ep 1 lol", 1),  # an episode named with a thing of one of its scenes
        ("he kissed her goodbye and walked into the zombies", 11),  # the goodbye kiss, told as it happens
    ],
)
def test_an_episode_with_a_thing_of_its_scenes_and_a_kiss_goodbye_spoil_their_episode(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


def test_another_storys_episode_one_names_no_episode_of_the_show() -> None:
    assert LEXICON.position("In Star Wars Episode 1, who flies the pod?", anywhere=True) == NOTHING



@table(
    ("text", "spoils"),
    [
        ("sojuu really said bye", 11),  # a joke that is a death
        ("so-ju walked into the zombies", 11),
        ("ji-min's last appearance", 10),
    ],
)
def test_a_death_told_as_a_joke_a_walk_into_the_horde_or_a_last_appearance_is_read(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table("text", ["i said bye to my friends", "Cheong-san said bye to the class", "we went into the zombies exhibit"])
def test_saying_bye_to_someone_or_visiting_zombies_is_no_death(text: str) -> None:
    assert LEXICON.position(text, anywhere=True) == NOTHING


@table(
    ("text", "spoils"),
    [("the cop survives", 12), ("the detective makes it to the end", 12), ("a soldier got bitten", 7)],
)
def test_fans_roles_for_the_police_and_the_soldier_are_read(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


def test_a_soldier_bitten_by_an_animal_is_another_story() -> None:
    assert LEXICON.position("the soldier was bitten by a snake in Vietnam", anywhere=True) == NOTHING


def test_fans_words_for_a_fight_retell_the_fights_of_the_two_named() -> None:
    # Nam-ra and Gwi-nam fight in episodes 8 and 9: the later is read (never earlier than the truth)
    assert LEXICON.position("nam-ra goes feral on gwi-nam", anywhere=True) == s1(9)


@table(("text", "spoils"), [("ep 9 ending with the storm", 9), ("episode 3 ending where ms park dies", 3)])
def test_a_numbered_episodes_ending_is_that_episode_not_the_finale(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [("the rooftop confession", 8), ("the gym confession", 10), ("the confession scene", 10)],  # whose: the place says
)
def test_an_event_named_without_its_owner_is_the_one_at_the_place_said(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table("text", ["rip so-ju", "RIP So-ju 😭", "rest in peace so-ju", "so-ju rest in peace"])
def test_a_farewell_to_a_name_that_starts_with_so_is_his_death(text: str) -> None:
    assert LEXICON.position(text) == s1(11)


@table(
    ("text", "spoils"),
    [
        ("why did the commander shoot himself", 12),  # a suicide told as a shot
        ("진선무 사령관 자살함", 12),
        ("지민 자살 시도", 6),  # an attempt, not a death
        ("jimin almost jumping and them talking her down", 6),
        ("woojin got put down by namra", 12),  # the one put down dies
        ("ms park really said take me instead", 3),  # a sacrifice quoted
        ("나연이 결국 좀비 됨", 9),
        ("gwinam 눈 찔림 ㅋㅋ", 5),
        ("이병찬이 바이러스 만든 범인", 3),
        ("byeongchan is the real bad guy", 3),  # the villain who made the virus
        ("the science teacher is behind the whole outbreak", 3),
        ("수혁 살아남음 ㅎㅎ", 12),  # a survival said of the whole story, a laugh after it
        ("온조 살아?", 12),
        ("daesu asked hari out in the gym lol", 10),
        ("suhyeok has a thing for namra", 7),
        ("namra 🧟‍♀️", 6),  # the zombie emoji by a name is a turn (hers: a halfbie's)
        ("namra offed woojin", 12),
        ("희수 아기 낳음", 3),
        ("if woojin had stayed hidden he'd live", 12),  # what would have been: he dies
        ("jonas virus was made by byeongchan", 4),  # the virus named: facts.md tags the name 4
        ("cheongsan dying for onjo ugh", 11),  # a death for someone
        ("nayeon's end was deserved", 9),
        ("mijin making it to the end 🥹", 12),
        ("only onjo suhyeok daesu hari mijin hyoryeong live", 12),
        ("suhyeok survives or?", 12),  # a survival asked of the whole story is the fate
        ("hari survives right", 12),
    ],
)
def test_chat_phrasings_of_deaths_attempts_turns_villains_survivals_and_romance_spoil_their_episode(
        text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("남라가 귀남이 옥상에서 던짐", 9),  # Korean words for the roof and a throw retell the rooftop fight
        ("철수가 헬기 타고 혼자 도망감", 8),  # the helicopter and running off: Cheol-su's escape
        ("no way cheolsu actually flew off without them", 8),
        ("jin-soo thrown from the roof in the opening", 1),
        ("the kid who locked the roof door flew off and lied to the pilot", 8),
        ("the commander ordered missiles on his own city", 11),
        ("they drop bombs on the whole town", 11),
        ("the whole city gets firebombed", 11),
        ("great job army, abandoning a bunch of kids", 9),
        ("How many students reach the quarantine camp?", 12),
        ("onjo ends up alone at the camp", 12),
        ("why did jimin leave hyoryeong", 10),  # leaving someone retells the abandonment  # reaching it is the ending, the camp itself earlier
        ("the cop who questioned the science teacher makes it to the end", 12),  # the cop's survival, not the teacher's
    ],
)
def test_scenes_told_in_chat_words_spoil_their_episode(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    "text",
    ["my phone died halfway through episode 3", "i died laughing at ep 4", "the military fired missiles at the city",
     "cheongsan has a crush on onjo", "지민 너무 좋아", "hari ate chicken", "the zombies offing people left and right",
     "onjo left school", "In the Outbreak gamemode, who is Patient Zero? (Boyd Brooks)", "i'm dying for season 2",
     "namra is dying for some meat lol", "i live for namra",
     # Vietnamese laughing to death, a phone's "toang", beside an episode read (guard_replies87's "tập N")
     "cười chết mất với cái mặt của Daesu tập 1", "điện thoại tôi toang rồi, chưa xem xong tập 2"],
)
def test_a_device_dying_a_laugh_and_history_spoil_nothing(text: str) -> None:
    assert LEXICON.position(text, anywhere=True) == NOTHING


def test_the_one_who_bites_someone_who_then_turns_has_not_turned_himself() -> None:
    # The pack's "she is bitten by Gwi-nam and turns" is Na-yeon's turn; Gwi-nam comes back changed in episode 5.
    assert LEXICON.position("gwinam turned") == s1(5)


@table(
    ("text", "spoils"),
    [
        ("남라 온조 물 뻔", 12),  # nearly bit On-jo: the scene before she slips away
        ("진수 옥상에서 떨어짐", 1),
        ("현주 쥐한테 물림", 1),
        ("헬기 그냥 지나감", 4),
        ("효산 계엄령", 5),
        ("효산 폭격", 11),
        ("4개월 후 온조", 12),
        ("온조 격리 캠프 도착", 12),
        ("cheongsan told onjo he loved her on the roof", 8),
    ],
)
def test_korean_plot_words_and_scenes_spoil_their_episode(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table("text", ["나 4개월 후에 군대 가", "쥐가 무서워", "나 죽을 뻔"])
def test_everyday_korean_with_the_same_words_spoils_nothing(text: str) -> None:
    assert LEXICON.position(text) == NOTHING


@table(
    ("text", "spoils"),
    [
        ("cheongsan deid", 11),
        ("namra got biten", 6),
        ("isak turnd", 2),
        ("gyeongsu got zombiefied", 3),
        ("namra is a zomibe", 6),
        ("cheongsan got infcted", 11),
        ("namra kild woojin", 12),
        ("cheongsan sacrifised himself", 11),
        ("nayeon got her karma", 9),
    ],
)
def test_event_words_typed_in_a_hurry_still_spoil_their_episode(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(("text", "spoils"), [("cheongsan이 죽었어", 11), ("isak이 좀비됨", 2)])
def test_a_romanised_name_with_a_korean_particle_spoils_as_the_name_does(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


def test_a_chat_line_written_in_fragments_is_read_as_one_thought() -> None:
    assert LEXICON.position("just finished ep 11. cheongsan. i cant.") == s1(11)


@table(
    ("text", "spoils"),
    [
        ("woojin is in a better place now", 12),
        ("so-ju's last breath", 11),
        ("joonyeong got swarmed", 11),
        ("ms park got torn apart", 3),
        ("so-ju disappeared into the horde", 11),
        ("cheongsan went up in flames", 11),
        ("o7 so-ju", 11),
        ("isak has the virus", 2),  # infection, turning and hunger told by their signs
        ("isak's eyes went white", 2),
        ("gyeongsu started twitching", 3),
        ("namra craving human flesh", 6),
    ],
)
def test_deaths_told_without_a_death_word_spoil_their_episode(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table("text", ["onjo got dragged away by cheongsan", "i'm in heaven with this namra edit",
                                  "the plan went up in smoke lol",
                                  "my cat got the virus lol", "cheongsan has a virus on his laptop"])
def test_the_same_words_said_of_the_living_or_of_nothing_spoil_nothing(text: str) -> None:
    assert LEXICON.position(text, anywhere=True) == NOTHING


@table(
    ("text", "spoils"),
    [("the comic relief survives", 12), ("the glasses guy dies in the gym", 11),
     ("the mom who runs the chicken shop turns", 10)],
)
def test_fans_roles_for_characters_spoil_as_their_names_do(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(
    ("text", "spoils"),
    [("일진이 죽음", 11), ("과학쌤이 바이러스 만듦", 3), ("양궁부 동생 죽음", 12), ("소방관 아빠 희생", 11), ("임산부 좀비됨", 3)],
)
def test_korean_roles_spoil_as_the_names_they_stand_for(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(
    "text", ["woojin, joonsung and jimin all die in the gym", "woojin then jimin die", "does woojin or jimin die"]
)
def test_a_word_said_of_a_list_is_said_of_everyone_in_it(text: str) -> None:
    assert LEXICON.position(text) == s1(12)  # Woo-jin's death, not only Ji-min's (10)


@table(
    ("text", "spoils"),
    [
        ("minjae's gonna get bit", 11),  # "'s" is "is": Min-jae is the one bitten, not his owner
        ("hari's been bitten??", 0),  # Ha-ri is never bitten: nothing to give away
        ("gwinam's a halfbie now", 5),
        ("onjo's the best", 0),
        ("jimin's phone died", 0),  # an owner: the phone dies
        ("cheongsan's dead mom", 10),
    ],
)
def test_an_apostrophe_s_that_means_is_makes_the_name_the_one_the_event_happens_to(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("minjae going down in the flames", 11),  # a death in the fire
        ("my grades are going down in flames", 0),
        ("the military literally just nuked the whole city", 11),  # words between the army and the bombing
        ("turns out no cure is possible", 10),  # a cure, as a vaccine
        ("no cure for my laziness lol", 0),
        ("지민이 효령이 버려두고 감", 10),  # Korean: left behind
        ("쓰레기 버리고 올게", 0),  # taking the trash out: no one of the show
        ("소주 조명탄으로 좀비 유인", 11),  # Korean for So-ju's flares
        ("the bully came back from the dead", 11),  # a return, not a death: his fate
    ],
)
def test_fans_words_for_fire_bombing_cures_and_korean_abandoning_and_flares_are_read(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(("text", "spoils"), [("mijin is hilarious in ep 1", 0), ("mijin is hilarious in ep 5", 5),
                                              ("hyeonju in ep 1 😭", 1)])
def test_a_character_named_with_episode_one_gives_nothing_away_everyone_starts_there(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("gyeongsu becomes a zombie at the end", 3),  # his turn tells when: "at the end" of his story
        ("minjae dies at the end", 11),
        ("hari gets bitten at the end", 12),  # no bite of hers: the last episode, as "at the end" says
        ("mijin at the end 😭", 12),
    ],
)
def test_at_the_end_with_an_event_that_happens_once_is_that_event_not_the_last_episode(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(("text", "spoils"), [("my laptop froze during ep 9", 0), ("the laptop in ep 9", 9)])
def test_the_writers_own_thing_named_with_an_episode_is_no_scene_of_it(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(("text", "spoils"), [("the pa system at my school is broken", 0), ("our pa system is so loud", 0),
                                              ("the archery girl at my school won nationals", 0),
                                              ("the pa system trick was genius", 6)])
def test_a_thing_of_the_writers_own_school_is_no_scene_of_the_show(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)
    assert LEXICON.position(text) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("minjae becoming one of them after gwinam got to him", 11),  # the verb's own words: Min-jae's turn
        ("ms park taking the fall for nayeon", 3),
        ("jin seon-moo's confession video before he ended it", 12),
        ("byeongchan's own virus came back for him at the police station, karma", 4),
        ("namra almost snacking on onjo", 12),
        ("POV: you're ms park and nayeon is the kid you gave your life for", 3),  # "you" is Ms. Park, not Na-yeon (9)
        ("i'd give my life for namra", 0),
        ("i took the fall for my friend lol", 0),
        ("she ended it with him last week", 0),
    ],
)
def test_fans_euphemisms_and_memes_for_deaths_and_bites_spoil_their_episode(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("Who is the first teacher to give up her life for a student?", 3),
        ("Which politician tears up her resignation at the end?", 12),
        ("Which student hides the mark on her arm from On-jo until it is too late?", 2),
        ("isak hiding that mark under her sleeve smh", 2),
        ("Trivia: what wipes out most of Hyosan near the end of the season?", 11),
        ("60k people gone in one night, the government really said bye", 11),
        ("About 60,000 people died in the battle", 0),  # a history list's figure, in a text not about the show
    ],
)
def test_trivia_questions_and_chat_without_the_event_words_spoil_their_episode(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(("text", "spoils"), [("gwinam after cheongsan took his eye: i'll be back 💀", 5),
                                              ("cheongsan: bitten by gwinam", 11)])
def test_a_clause_with_a_speaker_of_its_own_is_not_said_of_the_names_before_it(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("isak hid her bite from onjo and then turned in the classroom", 2),  # not On-jo's turn (12)
        ("the commander just left the kids to die", 9),  # no one's death told: the students left behind
        ("how did gwi-nam survive the fall off the roof??", 9),  # one scene survived, not his fate (11)
        ("does so-ju survive the gym", 11),  # a yes-or-no question asks for the fate
        ("my brother got bitten by a mosquito during ep 4 lol", 0),
        ("my mom walked in during ep 7 lmao", 0),
    ],
)
def test_whom_a_word_is_said_of_and_what_is_the_writers_own_are_read_as_a_fan_means_them(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("jimin joined the horde", 10),
        ("cheongsan is six feet under", 11),
        ("so-ju is worm food now", 11),
        ("gwinam finally got his", 11),
        ("byeongchan got a taste of his own medicine", 4),
        ("ms park fed herself to the zombies", 3),
        ("cheongsan went out in flames with gwinam", 11),
        ("Who drives the zombies away with flares in the gym?", 11),
        ("i joined the gym today", 0),
        ("she got hers lol", 0),
    ],
)
def test_more_of_fans_words_for_a_death_or_a_turn_spoil_it(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(("text", "spoils"), [("Which parent comes to the school to find her son?", 4),
                                              ("Which parent do you like more?", 0)])
def test_which_parent_is_one_of_the_two_who_come_for_their_children(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("the first girl bitten by the rat in the science lab", 1),
        ("Who pushes the others out of the gym after being bitten?", 11),
        ("my rat bit me lol", 0),
        ("we had to push everyone out of the gym for the fire drill", 0),
    ],
)
def test_scenes_told_without_names_in_a_text_not_about_the_show_spoil_their_episode(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(("text", "spoils"), [("if cheongsan hadn't been bitten he'd have made it out with onjo", 11),
                                              ("so-ju could have survived if he ran", 11)])
def test_a_survival_that_did_not_happen_is_no_ones_fate(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("cheongsan 😭😭 why did he have to go", 11),
        ("why did he have to go to school today", 0),
        ("cheongsan X gwinam in the shaft 🔥", 11),
        ("the mine shaft in minecraft 🔥", 0),
    ],
)
def test_grief_and_emoji_told_of_the_shows_people_spoil_their_event(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


def test_a_quote_of_someone_named_before_it_tells_their_event() -> None:
    assert LEXICON.position("cheongsan: i got bitten", anywhere=True) == s1(11)



@table(
    ("text", "spoils"),
    [
        ("so-ju 🕊️", 11),  # the dove, as the skull and the coffin
        ("rip my sleep schedule 🕊️", 0),
        ("she walked straight into the flames for him (ms park)", 3),
        ("jin seon-moo ending himself", 12),
        ("the commander ended his own life", 12),
        ("cheong-san jumped into the flames", 11),
        ("i jumped into the pool lol", 0),
        ("gwinam's gone for good now that the shaft burned", 11),
        ("my charger is gone for good", 0),
    ],
)
def test_a_death_told_as_a_dove_a_walk_into_the_fire_or_ending_oneself_spoils_it(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("chung san walking out of the flames would be so him", 11),  # a survival of the fire is his fate
        ("on-jo admitting she likes him 🥹", 8),
        ("gwi-nam in the hallway at the end of 10", 10),  # an episode's number after "the end of"
        ("gwi-nam screaming for the end of 10 minutes", 0),
    ],
)
def test_a_walk_out_of_the_fire_a_liking_said_and_the_end_of_a_numbered_episode_spoil_them(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("the soldiers literally left the kids behind", 9),
        ("the troops just left us there", 9),
        ("the army left them supplies", 0),
        ("who burns down the teachers' office?", 8),
        ("who swims back from the island to look for his kid?", 7),
        ("who swam back from the island in Lost?", 0),  # another story's swim, in a text that may be any story's
        ("onjo hated nayeon and her hanky", 3),  # in chat about the show, her handkerchief is the one
        ("six of them made it to the end", 12),
        ("a helicopter flew over my house lol", 0),  # the writer's own sky
    ],
)
def test_scenes_told_in_other_words_spoil_their_episode(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(("text", "spoils"), [("woojin and hari 💔 namra of all people", 12),
                                              ("i love gyeongsu of all people", 0)])
def test_two_people_of_an_event_named_with_who_of_all_people_did_it_tell_the_event(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(("text", "spoils"), [("i-sak deserved better 😔", 2), ("jimin deserved better friends", 0),
                                              ("i deserved better grades", 0), ("[S1 spoilers] so-ju deserved better", 11),
                                              ("u deserved better fr", 0)])
def test_a_character_who_deserved_better_is_mourned(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(("text", "spoils"), [("so-ju in the gym 😭", 11), ("cant get over joon-yeong in the gym", 11),
                                              ("so-ju was the real mvp in the gym", 11), ("so-ju 😭", 0),
                                              ("onjo in the gym 😭", 0), ("onjo was the real hero in the gym", 0)])
def test_grief_for_someone_at_the_place_of_their_death_tells_it(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(("text", "spoils"), [("onjo's dad finally reaching the gym 😭", 10),
                                              ("so-ju arriving at the gym 🥲", 10), ("so-ju in the gym 😭", 11)])
def test_a_cry_at_someones_arrival_tells_the_arrival_not_their_death_there(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(("text", "spoils"), [("a hamster bit my finger today, if i turn tell my mom i love her 🧟", 0),
                                              ("bombed my chem test so hard 💀", 0), ("the lab rat bit me lol", 0),
                                              ("the lab rat bit hyeonju", 1)])
def test_a_word_done_to_the_writers_own_things_is_their_day_not_the_show(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(("text", "spoils"), [
    ("they made a huge SOS on the roof and a campfire 🔥", 8),
    ("cheolsu lying to the rescue team that everyone was dead 😤", 8),
    ("so there's no vaccine?? they just gave up??", 10), ("there's no cure for the flu", 0),
    ("Q: Who is the first student infected at Hyosan High?", 1), ("the first student to get a perfect score", 0),
])
def test_scenes_told_with_fans_own_wording_spoil_their_episode(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(("text", "spoils"), [("commander guy offing himself after recording his message 😶", 12),
                                              ("a commander guy from my game killed himself lol", 0)])
def test_a_role_named_as_that_guy_and_offing_oneself_tell_the_death(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(("text", "spoils"), [("nobody:\ngwinam: *climbs up to the roof with one eye*", 8),
                                              ("gwinam crawling onto the roof 😱", 8), ("i climbed up to the roof of my house", 0)])
def test_a_climb_to_a_place_is_an_arrival_there(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(("text", "spoils"), [("the bully came back from the dead after the library lol", 5),
                                              ("gui-nam got thrown off the roof by namra and STILL came back", 9),
                                              ("cheongsan came back from the dead", 11)])
def test_a_return_from_one_scene_tells_that_scene_not_the_fate(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(("text", "spoils"), [("archery is such a cool sport", 0), ("anyone doing archery this weekend?", 0),
                                              ("the olympic archery final was insane", 0), ("the archery club saving them", 5),
                                              ("archery at the olympics was intense", 0)])
def test_archery_as_a_sport_someone_does_is_not_the_shows_archers(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(("text", "spoils"), [("cheolsu really said 'nobody else is alive' and left 🙄 snake", 8),
                                              ("cheolsu just left", 8), ("namra left 💔", 12), ("cheolsu survives", 9)])
def test_a_leaving_tells_when_someone_goes_not_how_their_story_ends(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(("text", "spoils"), [("minjae's final episode, bitten by the bully", 11),
                                              ("woojin's last episode 😭", 12), ("the final episode broke me", 12)])
def test_someones_final_episode_is_their_last_not_the_seasons(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(("text", "spoils"), [("the bully gets dropped into the horde and comes back STRONGER 💀", 5),
                                              ("so-ju never came back 💀", 11)])
def test_a_skull_right_after_a_comeback_laughs_at_it(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(("text", "spoils"), [("woojin 😭😭 namra had no choice", 12),
                                              ("cheongsan and onjo had no choice but to hide in the classroom", 0)])
def test_one_who_had_no_choice_named_with_whom_it_was_done_to_tells_the_event(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


def test_a_fight_with_someone_protected_in_it_is_retold_by_the_fight_and_its_words() -> None:
    assert LEXICON.position("namra fighting off gwinam with her strength") == s1(8)


@table(
    ("text", "spoils"),
    [
        ("they literally made a toilet out of a bucket in the classroom 🚽", 4),
        ("trivia q: what animal starts the outbreak at hyosan high?", 1),
        ("cheongsan: 'this is like train to busan' 💀 bro was not wrong", 2),
        ("nayeon smearing zombie blood on gyeongsu with a hankerchief", 3),  # "handkerchief" as fans spell it
        ("which student tells the helicopter crew nobody else is alive?", 8),
        ("the toilet in my house broke", 0),
        ("what animal started the black death outbreak?", 0),  # another story's outbreak
        ("my commute is like train to busan", 0),
    ],
)
def test_more_scenes_told_without_an_event_word_give_their_episode(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("my cat bit me and now i'm patient zero 🐱🧟", 0),
        ("my dad is a firefighter too! he rescued a cat from a tree once 🐈", 0),
        ("onjo's dad the firefighter dies in the gym", 11),  # the show's firefighter, named as one
    ],
)
def test_a_role_the_writer_or_their_own_is_said_to_be_names_no_character(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("my fave is the class president and she becomes a halfbie", 6),
        ("my bias was the class president until she turned into a halfbie", 6),
        ("my girl is the class president, she becomes a halfbie in the end", 6),
    ],
)
def test_a_role_a_fans_favourite_is_said_to_be_is_the_shows_character(text: str, spoils: int) -> None:
    """"my fave", "my bias", "my girl": a character of the show, whose fate then spoils its episode."""
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("archery club tryouts today 🏹 nervous", 0),
        ("archery team practice after school", 0),
        ("the archery club showing up was epic", 5),
    ],
)
def test_an_archery_club_as_the_writers_sport_is_not_the_shows_archers(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("the commander recording his goodbye and then ending it 😶", 12),
        ("the commander ended it", 12),
        ("i'm ending it with my boyfriend", 0),  # ending something else
        ("ok i'm ending it here lol", 0),  # no one of the show named
        ("who was the commander of apollo 11?", 0),  # another story's commander
    ],
)
def test_the_commander_ending_it_tells_his_death(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("joonyoung holding the door so they could escape 😭", 11),
        ("so-ju holding the zombies off so the kids could run", 11),
        ("i was holding the door so they could come in", 0),  # no one of the show
    ],
)
def test_holding_the_door_so_the_others_escape_is_a_last_stand(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("the commander left them there.", 9),  # the order to abandon the students
        ("the commander abandoning the kids at the school 😤", 9),
        ("the coach left them there.", 0),  # someone else's
        ("the commander's speech was so cold", 0),
    ],
)
def test_the_commander_leaving_the_students_tells_their_abandonment(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("soldier jaejun getting bit during the sweep", 7),  # a soldier named by his name, without "the"
        ("my soldier got bit by a dog", 0),
    ],
)
def test_a_soldier_bitten_is_the_soldier_of_the_sweep_without_an_article(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("the commander just... left them there", 9),  # "..." a pause: one sentence, as "…" is
        ("the coach just... left them there", 0),
        ("my brother got bit by a dog... Cheongsan is so cute", 0),  # "..." before a capital: a new sentence
    ],
)
def test_three_dots_before_a_lowercase_word_are_a_pause_not_a_sentence_end(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("nayeon bitten by gwinam 💀", 9),  # mourns Na-yeon, not the biter (Gwi-nam's death: 11)
        ("namra got bit by gwinam 💀", 6),
        ("nayeon got bit by gwinam while they were all upstairs 💀", 9),  # "they": the biter too, mourned no more
        ("gwinam 💀", 11),  # the only one named
    ],
)
def test_a_closing_death_emoji_mourns_the_one_bitten_not_who_bit(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("isak kept that bandage on, hiding it from everyone", 2),  # the bite hidden under it
        ("my bandage fell off in gym lol", 0),
        ("hyosan got locked down by the military", 5),  # the quarantine under martial law
        ("our city got locked down during covid", 0),
        ("they used the classroom speakers to distract the zombies", 6),  # the PA system trick
        ("the speakers at the concert were insane", 0),
        ("the police minibus rescuing jae-ik 🚐", 8),
        ("took the minibus to school today", 0),
        ("yangdong got overrun", 10),  # the outbreak reaching Yangdong
        ("the commander pulled the trigger after his message", 12),
        ("cheong-san's mom on that scooter 🛵", 4),  # the ride to the school, where she is attacked
        ("our coach finally confessed in the storage room lol", 0),  # no one of the show
    ],
)
def test_a_thing_of_the_show_told_with_what_happens_to_it_gives_its_scene(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("suhnam kiss edit", 7),  # Su-hyeok and Nam-ra
        ("onsan confession 😭", 8),  # On-jo and Cheong-san
        ("onsan goodbye kiss 💔", 11),
        ("daeri confession scene", 10),  # Dae-su and Ha-ri
        ("onsan shippers where u at 🫶", 0),  # a ship named with nothing happening
        ("suhnam or onsan? who's your otp", 0),
    ],
)
def test_a_ship_name_with_what_the_couple_does_gives_that_scene(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("our teacher locked the roof door again smh", 0),  # the writer's own teacher
        ("my brother locked the roof door on me", 0),
        ("cheolsu locked the roof door", 7),
    ],
)
def test_someone_of_the_writers_own_doing_it_is_the_writers_day(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("back when isak was still human 🥲", 2),  # she turns later
        ("when i was still human before finals", 0),
    ],
)
def test_someone_who_was_still_human_then_turns_later(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("cheolsu got attacked at the camp", 9),
        ("got attacked by mosquitoes at summer camp", 0),
    ],
)
def test_an_attack_at_the_quarantine_camp_is_cheolsus(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("got attacked by mosquitoes at summer camp", 0),  # a summer camp is no quarantine camp, even in a text about the show
        ("band camp flashbacks lol", 0),
        ("boot camp killed me tbh", 0),
        ("robotics camp starts monday 🤖", 0),  # a kind the list never named, by its word's ending
        ("cheerleading camp was fun", 0),
        ("chess camp this summer", 0),
        ("Eun-ji at the camp", 9),  # the camp bare is still the show's
        ("the quarantine camp", 9),
    ],
)
def test_a_camp_of_another_kind_is_not_the_quarantine_camp(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("the one with the hamster in the science lab 🐹 that's where it all started", 1),  # the rat's bite
        ("nayeon rubbing the bloody tissue on gyeongsu's cut", 3),  # the blood-soaked handkerchief
        ("my nose bled all over a tissue, so bloody", 0),
        ("cheongsan and the homemade toilet 🚽", 4),  # the toilet the class makes
        ("the drone flying over hyosan showing the whole city gone", 5),  # the science club's scouting
        ("my drone flew over the lake", 0),
        ("eunji's bites getting found at the camp", 9),  # the carriers found out at the quarantine camp
        ("eunji got exposed at the camp", 9),
    ],
)
def test_a_scene_told_by_its_thing_in_other_words_gives_its_episode(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("namra n suhyeok on the roof 😳💋", 7),
        ("suhyeok 💋 namra", 7),
    ],
)
def test_a_kiss_emoji_between_a_couple_is_their_kiss(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("cheongsan's mom vs zombie gyeongsu 💔", 4),  # the mother attacked by zombie Gyeong-su
        ("onjo vs namra who's stronger", 0),  # a comparison tells nothing
        ("me vs zombie me at 7am", 0),
    ],
)
def test_someone_against_a_zombie_of_the_show_is_their_attack(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("ms park walking into the zombies for nayeon 😭🕊️", 3),  # Ms. Park's death, not Na-yeon's (9)
        ("so-ju dies for on-jo", 11),
    ],
)
def test_a_death_for_someone_named_after_it_is_not_theirs(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    "text",
    ["the kiss in my fave webtoon this week 😳", "the confession scene in my favourite manhwa"],
)
def test_a_scene_of_the_writers_own_reading_is_not_the_shows(text: str) -> None:
    assert LEXICON.position(text, anywhere=True) == NOTHING


@table(
    ("text", "spoils"),
    [
        ("martial law declared in ep5 🪖", 5),  # the very episode the pack has it in: the show's
        ("martial law declared in 1972", 0),  # a history list's
        ("martial law in ep 3 of the crown", 0),  # another episode: another story's
    ],
)
def test_a_plot_word_other_stories_use_said_with_its_own_episode_is_the_shows(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("onjo at the quarantine camp gate fancam 😭", 12),  # a survivor there: the survivors reaching the camp
        ("hari at the camp", 12),
        ("Eun-ji at the camp", 9),  # no survivor: the camp as first seen
    ],
)
def test_a_survivor_said_to_be_at_the_camp_gives_away_reaching_it(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("Q: whose father dies in the gym?", 11),  # any of the pack's fathers: So-ju's death in the gym
        ("whose mom gets attacked at the school?", 4),
        ("family and friends (whose father someone is)", 0),  # no question opens with it
    ],
)
def test_a_question_opening_with_whose_relative_asks_of_any_of_the_packs_relatives(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("ㄴㄹ 시즌2 첫장면 소름", 12),
        ("'지우학2' 박지후, 온조로 돌아왔다", 12),  # the actor back as her
        ("박지후·윤찬영·조이현·로몬, '지금 우리 학교는2' 출연 확정", 12),  # the press's title numbered
        ("can't believe they brought back cheongsan", 11),
        ("onjo at uni without her dad hits different", 12),
    ],
)
def test_a_character_back_in_season_two_gives_away_their_season_one_fate(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("Which student is given the virus first, by his own father? (Jin-su)", 4),  # the teacher's motive, episode 4
        ("Jin-su was injected with the virus by his dad", 4),
        ("the science teacher tested the virus on his own son", 4),
        ("Jin-su got a ride from his dad", 1),  # no virus: only Jin-su, named
    ],
)
def test_the_virus_given_to_the_teachers_son_by_him_is_the_motive_revealed(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)



@table(
    ("text", "spoils"),
    [
        ("귀남이 반좀비로 돌아옴", 5),  # his comeback as a halfbie in season 1
        ("gwinam comes back stronger after the library", 5),
        ("suhyeok brought back cheongsan with the fire hose", 3),  # hauled back in (episode 3)
    ],
)
def test_a_comeback_within_season_one_is_not_a_return_in_season_two(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


def test_swimming_back_is_not_coming_back_in_season_two() -> None:
    assert LEXICON.position("소주 아저씨 헤엄쳐 돌아옴", anywhere=True) < s1(11)  # episode 7's swim, not his fate


@table(
    ("text", "spoils"),
    [
        ("first halfbie is the bully 💀 of course it is", 5),  # a laugh at it: the halfbie did not die there
        ("the bully turning into the first halfbie 💀 peak writing", 5),
        ("gwinam 💀", 11),  # the emoji alone mourns him
    ],
)
def test_a_skull_after_a_halfbie_is_a_laugh_not_a_death(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    "text",
    [
        "cheongsan vs halfbie gwinam 💀",  # the skull may be Cheong-san's, named beside the halfbie
        "halfbie gwinam took cheongsan with him 💀",
        "cheongsan fighting the halfbie on the construction site 💀",
    ],
)
def test_a_skull_after_a_halfbie_beside_someone_else_still_mourns_them(text: str) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(11)


@table(
    ("text", "spoils"),
    [
        ("ㄱㄴ 눈 찔린 장면 다시봐도 소름", 5),  # the eye stab told as a scene, whoever it names
        ("귀남이 눈 찔리는 짤 ㅋㅋㅋ", 5),
        ("pov: nayeon offers you a 'clean' hanky 🧣🩸", 3),
        ("동생이 손가락으로 눈 찔렀어 ㅠ", 0),  # a poke in the eye at home: no scene
    ],
)
def test_a_scene_told_by_its_thing_and_a_sign_gives_its_episode(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("6 survivors found after the mine collapse, such good news", 0),  # the news's survivors
        ("only 6 students reach the quarantine camp", 12),
        ("the six survivors of Hyosan High", 12),
        # (the show's six joked beside a real exam: review72d, were left up)
        ("only 6 students survive hyosan lmao harder than my finals", 12),
        ("only six kids survive the school and they still have homework", 12),
        ("only six students passed the exam lol", 0),  # the writer's class
        ("the six survivors pass the quarantine test", 12),  # a test of the camp's, never a real one (review72d)
    ],
)
def test_a_count_of_survivors_is_the_shows_only_when_told_as_the_shows(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("onjo suhyeok daesu hari mijin hyoryeong 🫶 my babies", 12),  # the survivors, no word needed
        ("온조 수혁 대수 하리 미진 효령 다시 보고싶다", 12),
        ("onjo, cheongsan, namra, suhyeok, gwinam, nayeon: rank them", 0),  # a cast list with the dead in it
        ("onjo and suhyeok and daesu", 0),  # three names: no roll call
    ],
)
def test_a_roll_call_of_survivors_alone_gives_away_their_fates(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("Yoon Chan-young explains how Cheong-san survived the fire", 11),  # left for dead there: his fate
        ("how did gwinam survive the explosion lol", 11),
        ("how did gwi-nam survive the fall off the roof??", 9),  # one scene survived, not his fate
    ],
)
def test_surviving_the_scene_the_story_leaves_someone_for_dead_in_gives_away_their_fate(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("Who takes sole responsibility for the missile strikes in a recorded message? (Jin Seon-moo)", 12),
        ("the commander's video where he takes full responsibility for the bombing", 12),
        ("I take full responsibility for this mess lol", 0),
    ],
)
def test_taking_sole_responsibility_for_the_strikes_is_the_commanders_last_message(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("who does cheongsan fight in the fire?", 11),  # the last fight, told in English as Korean tells it (불속 싸움)
        ("cheongsan fights gwinam in the fire", 11),
        ("gwinam vs cheongsan final round in the flames", 11),
        ("we had a fight about the fire drill at school", 0),  # no one of the show, no fire fought in
    ],
)
def test_a_fight_in_the_fire_is_the_last_fight(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("Yoon Chan-young opens up about filming Cheong-san's final goodbye to On-jo", 11),
        ("so-ju bids farewell to onjo", 11),
        ("Yoon Chan-young says goodbye to fans before enlistment", 0),  # the actor's own life
        ("Park Ji-hu bids farewell to fans ahead of her hiatus", 0),
        ("cheongsan saying goodbye to everyone 😭", 11),  # a character's goodbye to everyone is his last
    ],
)
def test_a_characters_final_goodbye_tells_their_death_and_an_actors_goodbye_to_fans_does_not(
        text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("[Spoilers] Stranger Things finale: who dies in the Upside Down", 0),  # another work's finale
        ("Squid Game season 2 finale was brutal", 0),
        ("the finale killed me, cheongsan 😭", 12),  # the show's
        ("AOUAD finale had me crying", 12),
        ("OMG finale had me crying", 12),  # a word opening the sentence is no title
        ("Emotional finale: cheongsan", 12),
        ("Netflix Korea finale had me crying", 12),
    ],
)
def test_a_finale_titled_with_another_works_name_is_not_the_shows(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table("text", ["what does jonas virus even mean", "jonas-virus theory thread", "요나스 바이러스 뜻이 뭐야"])
def test_the_virus_named_spoils_the_episode_that_names_it(text: str) -> None:
    assert LEXICON.position(text) == Position(1, 4)


@table("text", ["jonas brothers reunion tour", "Who wrote The Imperative of Responsibility? Hans Jonas"])
def test_jonas_alone_is_anyone_s_name(text: str) -> None:
    assert LEXICON.scan(text, anywhere=True) is None


@table(
    "text",
    [
        "the boy on the roof lies about everyone being dead",
        "cheolsu lied that everyone was dead",
        "roof kid lied to the helicopter",
        "the kid on the roof said nobody survived",
        "the roof guy told the rescue no one was left",
    ],
)
def test_the_roof_boys_lie_that_no_one_is_left_is_episode_8_told_by_his_role(text: str) -> None:
    assert LEXICON.position(text) == s1(8)
    assert LEXICON.position(text, anywhere=True) == s1(8)  # an imported trivia text: the role says it is the show's


@table(
    "text",
    [
        "the kid who hid on the rooftop got what was coming at the camp",
        "the bullied girl got exposed at the camp",
        "roof boy got jumped at the camp",
    ],
)
def test_a_role_only_the_show_has_with_its_place_says_a_trivia_text_is_the_shows(text: str) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(9)


@table(
    "text",
    [
        "the kid on the roof",  # the role alone tells nothing
        "my friend said everyone's dead at the end of the book",  # not a lie to the rescue
        "Who survived the camp in the novel?",  # the camp without the show's role: another story's
    ],
)
def test_the_roof_boys_role_or_everyone_dead_alone_hides_nothing(text: str) -> None:
    assert LEXICON.position(text, anywhere=True) == NOTHING


@table("text", ["namra reminds me of my cousin, she turned into a zombie at halloween lol",
                "onjo reminds me of my sister, she became a zombie for halloween 😭",
                "namra reminds me of my cousin, she turns into a zombie every halloween"])
def test_a_relative_dressed_as_a_zombie_gives_nothing_away(text: str) -> None:
    assert LEXICON.position(text) == NOTHING


def test_a_relative_who_turned_into_a_zombie_after_a_name_still_gives_its_turn_away() -> None:
    assert LEXICON.position("jimin reminds me of my cousin, and then she turned into a zombie") == s1(10)
