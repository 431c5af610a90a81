"""The words questions use for relatives and loves ("father", "bff", "crush", "sunbae") and which relationship types
of the pack each one reads: subjects.py follows them from a name to the relative a question asks about."""

from __future__ import annotations

# Relation words -> (relationship types read toward the anchor, gender word the text must not contradict)
REL_WORDS: dict[str, tuple[tuple[str, ...], str]] = {
    "father": (("parent_of",), "father"), "dad": (("parent_of",), "father"), "daddy": (("parent_of",), "father"),
    "mother": (("parent_of",), "mother"), "mom": (("parent_of",), "mother"), "mum": (("parent_of",), "mother"),
    "parent": (("parent_of",), ""), "parents": (("parent_of",), ""),
    "son": (("child_of",), "son"), "daughter": (("child_of",), "daughter"), "child": (("child_of",), ""),
    "kid": (("child_of",), ""),
    "brother": (("sibling_of", "older_sibling_of", "younger_sibling_of"), "brother"),
    "sister": (("sibling_of", "older_sibling_of", "younger_sibling_of"), "sister"),
    "sibling": (("sibling_of", "older_sibling_of", "younger_sibling_of"), ""),
    "bro": (("sibling_of", "older_sibling_of", "younger_sibling_of"), "brother"),
    "sis": (("sibling_of", "older_sibling_of", "younger_sibling_of"), "sister"),
    "friend": (("best_friend_of", "friend_of"), ""), "bff": (("best_friend_of",), ""),
    "bestie": (("best_friend_of",), ""), "bestfriend": (("best_friend_of",), ""),
    "crush": (("crush_on", "loves", "love_interest_of"), ""),
    "interest": (("crush_on", "loves", "love_interest_of"), ""),  # "love interest"
    # a partner is a romance both share ("they kiss"), never a crush one of them has
    "girlfriend": (("loves", "love_interest_of"), ""), "boyfriend": (("loves", "love_interest_of"), ""),
    "gf": (("loves", "love_interest_of"), ""), "bf": (("loves", "love_interest_of"), ""),
    "ex": ((), ""),  # no source calls anyone an ex: asked, never followed, never the anchor instead
    "lover": (("loves", "love_interest_of"), ""),
    "teacher": (("teacher_of",), ""), "neighbour": (("neighbour_of",), ""), "neighbor": (("neighbour_of",), ""),
    "classmate": (("classmate_of",), ""), "partner": (("colleague_of",), ""), "colleague": (("colleague_of",), ""),
    "coworker": (("colleague_of",), ""), "buddy": (("best_friend_of", "friend_of"), ""),
    "wife": (("spouse_of",), ""), "husband": (("spouse_of",), ""),
    "senior": (("senior_of",), ""), "sunbae": (("senior_of",), ""), "junior": (("junior_of",), ""),
    "bully": (("bullies",), ""), "killer": (("killed",), ""), "victim": (("killed_by",), ""),
}


LOVE_TYPES = ("crush_on", "loves", "love_interest_of")
# Relations told from the anchor's side: "On-jo's crush" is whom On-jo has a crush on.
OUTGOING = {"crush", "girlfriend", "boyfriend", "gf", "bf", "lover", "interest"}
# A crush goes one way: "Ha-ri's crush" is whom she likes, never Dae-su who likes her (a partner is shared).
ONE_WAY = {"crush"}
GENDER_PAIRS = {"father": "mother", "mother": "father", "brother": "sister", "sister": "brother", "son": "daughter",
                "daughter": "son"}
MODIFIERS = {"older": "older_sibling_of", "big": "older_sibling_of", "elder": "older_sibling_of",
             "younger": "younger_sibling_of", "little": "younger_sibling_of", "lil": "younger_sibling_of",
             "baby": "younger_sibling_of"}
