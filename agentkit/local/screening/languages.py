"""Which language a sentence is in, and the injection vocabulary of the languages other than English.

The language comes from `lingua-language-detector`, whose models ship inside its wheel (no download,
deterministic). It is asked only about `LANGUAGES`, the languages a workshop attendee is likely to
write in, and it is asked per sentence, so a German note inside an English page is read as German.

For each language the injection detector handles besides English (Spanish, German, French, Portuguese
and Italian), `LEXICONS` holds the same word classes the English detector uses, written once per
language as grammar, not as attack phrases: verbs of discarding ("ignora", "vergiss", "oublie"), verbs
of revealing ("muestra", "zeig", "affiche"), the nouns an assistant's instructions go by ("instrucciones",
"Anweisungen", "consignes"), the words that tie those nouns to the assistant (second-person possessives,
"previous", "hidden", "you were given"), a persona switch ("ahora eres", "du bist jetzt"), the words of
a persona without rules ("sin restricciones", "ohne Regeln") and a demand for obedience ("obedéceme").
A persona switch includes the verbs of pretending and acting as someone ("finge", "tu so als", "fais
semblant", "aja como", "fingi"); a persona without rules is also any word of lacking (`without`: "sin",
"keine", "aucune", "sem", "nessuna") followed, within two words (an article or a possessive:
"sans les restrictions"), by a noun of rules or limits (`limits`).
Words are matched on accent-folded, lower-cased text by their beginning (a stem), so inflections and
attached pronouns ("muéstrame", "ignorierst") match the stem they start with; German compounds match
by their last part ("Systemanweisungen").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from anyascii import anyascii
from lingua import Language, LanguageDetectorBuilder

LANGUAGES = {
    Language.ENGLISH: "en",
    Language.SPANISH: "es",
    Language.GERMAN: "de",
    Language.FRENCH: "fr",
    Language.PORTUGUESE: "pt",
    Language.ITALIAN: "it",
    Language.DUTCH: "nl",
}
"""The languages the identifier chooses between (Dutch only so German-like text has somewhere else to go)."""
NAMES = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "it": "Italian",
    "nl": "Dutch",
}
MIN_CONFIDENCE = 0.2
"""A language whose confidence for a sentence is at least this is read with its lexicon (at most two)."""


@lru_cache(maxsize=1)
def _detector():  # noqa: ANN202 - lingua's type
    return LanguageDetectorBuilder.from_languages(*LANGUAGES).build()


@lru_cache(maxsize=8192)
def candidates(sentence: str) -> tuple[str, ...]:
    """The languages `sentence` may be in, most likely first (ISO 639-1 codes), at most two."""
    if not re.search(r"[^\W\d_]{2,}", sentence):
        return ()
    values = _detector().compute_language_confidence_values(sentence)
    return tuple(LANGUAGES[v.language] for v in values[:2] if v.value >= MIN_CONFIDENCE)


def fold(text: str) -> str:
    """Lower-cased, accents and ligatures transliterated to ASCII (ß → ss, é → e)."""
    return anyascii(text).lower()


def _words(spec: str) -> tuple[str, ...]:
    return tuple(fold(word) for word in spec.split("|"))


@dataclass(frozen=True)
class Lexicon:
    """The injection word classes of one language (see the module docstring). Entries are stems; `_` joins words."""

    discard: str
    reveal: str
    objects: str
    markers: str
    role: str
    unrestricted: str
    obey: str
    every: str
    """"All" ("todas", "alle"): ties a discarded object to the assistant ("ignore all instructions"), not a revealed one."""
    without: str = ""
    """Words of lacking ("sin", "ohne", "keine", "aucune"): with a noun of `limits` after them, a persona without rules."""
    limits: str = ""
    """Nouns of rules and limits (stems)."""
    compounds: bool = False
    """Whether nouns join into compounds whose last part carries the meaning (German)."""

    @cached_property
    def patterns(self) -> dict[str, re.Pattern[str]]:
        """One pattern per class over folded text: each entry as a word start, spaces as any gap."""

        def compile_(spec: str, *, whole: bool = False) -> re.Pattern[str]:
            entries = [re.escape(entry).replace("_", r"\W+") for entry in _words(spec)]
            end = r"\b" if whole else ""
            start = r"(?:\b|(?<=[a-z]))" if self.compounds and spec is self.objects else r"\b"
            return re.compile(start + "(?:" + "|".join(entries) + ")" + end)

        return {
            "discard": compile_(self.discard),
            "reveal": compile_(self.reveal),
            "objects": compile_(self.objects),
            "markers": compile_(self.markers, whole=True),
            "every": compile_(self.every, whole=True),
            "role": compile_(self.role),
            "unrestricted": compile_(self.unrestricted),
            "obey": compile_(self.obey),
            "free": re.compile(
                r"\b(?:"
                + "|".join(re.escape(e).replace("_", r"\W+") for e in _words(self.without))
                + r")\W+(?:[a-z]+\W+){0,2}?(?:"
                + "|".join(re.escape(e) for e in _words(self.limits))
                + ")"
            )
            if self.without and self.limits
            else re.compile(r"(?!x)x"),
        }


LEXICONS: dict[str, Lexicon] = {
    "es": Lexicon(
        discard="ignor|olvid|descart|omit|anul|desobedec|no_sigas|no_siga|deja_de_seguir|deje_de_seguir|pasa_por_alto|haz_caso_omiso|salta",
        reveal="muestr|revel|ensen|dime|digame|imprim|repit|escrib|compart|transcrib",
        objects="instruccion|regla|directric|norma|indicacion|prompt|configuracion|restriccion|filtro|politica",
        markers="tus|tu|anteriores|previas|previos|ocultas|ocultos|secretas|secretos|sistema|iniciales|originales|te_dieron|te_han_dado|recibiste",
        every="todas|todos",
        role="ahora_eres|a_partir_de_ahora_eres|desde_ahora_eres|ahora_seras|actua_como|actue_como|finge|finja|eres_ahora|haz_como_si|haga_como_si|haz_de_cuenta|imagina_que_eres|comportate_como|simula_ser|interpreta_el_papel|juega_a_ser",
        unrestricted="sin_restriccion|sin_regla|sin_filtro|sin_limite|sin_censura|sin_normas",
        without="sin|ningun|ninguna|ya_no_tienes",
        limits="regla|restriccion|filtro|limite|censura|norma|politica|instruccion",
        obey="obedeceme|obedece_solo|obedecerme|haz_todo_lo_que",
    ),
    "de": Lexicon(
        discard="ignorier|vergiss|vergessen|missacht|ubergeh|uberspring|verwirf|verwerf|setze_ausser_kraft|befolge_nicht|halte_dich_nicht",
        reveal="zeig|gib|verrat|nenn|wiederhol|druck|schreib|ausgeb|teile|offenbar",
        objects="anweisung|regeln|richtlinie|vorgabe|instruktion|befehl|systemprompt|prompt|einschrankung|konfiguration|systemnachricht",
        markers="deine|deinen|deiner|deines|dein|vorherigen|vorherige|bisherigen|bisherige|fruheren|geheimen|geheime|versteckten|ursprunglichen|system|dir_gegeben|dir_vorgegeben|dir_gesagt|man_dir",
        every="alle|allen|samtliche",
        role="du_bist_jetzt|du_bist_nun|du_bist_ab_sofort|ab_sofort_bist_du|ab_jetzt_bist_du|spiele_die_rolle|spiel_die_rolle|tu_so_als|tue_so_als|verhalte_dich_wie|benimm_dich_wie|gib_vor|stell_dir_vor|agiere_als|schlupfe_in_die_rolle",
        unrestricted="ohne_einschrankung|ohne_regeln|ohne_filter|ohne_grenzen|ohne_zensur|ohne_richtlinien",
        without="ohne|keine|keinerlei|kein|keinen",
        limits="regel|einschrankung|beschrankung|filter|grenze|zensur|richtlinie|vorgabe|anweisung",
        obey="gehorche_mir|gehorchst_mir|gehorch_mir",
        compounds=True,
    ),
    "fr": Lexicon(
        discard="ignor|oubli|ne_tiens_plus_compte|ne_tenez_plus_compte|ne_tiens_pas_compte|ne_tenez_pas_compte|fais_abstraction|faites_abstraction|passe_outre|passez_outre|outrepass|contourn|desobei|annul",
        reveal="affich|montr|revel|donne|repet|ecri|imprim|dis_moi|dites_moi|divulgu|recopi",
        objects="instruction|consigne|regle|directive|prompt|configuration|restriction|filtre",
        markers="tes|ton|ta|vos|votre|precedentes|precedents|anterieures|cachees|caches|secretes|secrets|initiales|initiaux|originales|systeme|qu_on_t_a|que_tu_as_recu",
        every="toutes|tous",
        role="tu_es_maintenant|tu_es_desormais|desormais_tu_es|dorenavant_tu_es|a_partir_de_maintenant_tu_es|fais_comme_si|faites_comme_si|joue_le_role|jouez_le_role|agis_comme|agissez_comme|fais_semblant|faites_semblant|imagine_que_tu_es|imaginez_que_vous_etes|comporte_toi_comme|comportez_vous_comme|vous_etes_maintenant|vous_etes_desormais|incarne",
        unrestricted="sans_aucune_regle|sans_regle|sans_aucune_restriction|sans_restriction|sans_filtre|sans_limite|sans_censure",
        without="sans|aucun|aucune|pas_de|plus_de|plus_aucune",
        limits="regle|restriction|filtre|limite|censure|consigne|politique|instruction",
        obey="m_obeir|obeis_moi|obeissez_moi|obeis_uniquement",
    ),
    "pt": Lexicon(
        discard="ignor|esquec|desconsider|descart|anul|pule|pular|deixe_de_seguir|nao_siga",
        reveal="mostr|revel|diga|repit|imprim|escrev|exib|compartilh",
        objects="instruc|instrucao|regra|diretriz|norma|prompt|configurac|restric|filtro",
        markers="suas|seus|sua|seu|anteriores|previas|secretas|secretos|ocultas|ocultos|sistema|iniciais|originais|voce_recebeu|te_deram",
        every="todas|todos",
        role="agora_voce_e|agora_tu_es|a_partir_de_agora_voce_e|voce_agora_e|finja|finge|aja_como|atue_como|faca_de_conta|faz_de_conta|imagine_que_voce_e|comporte_se_como|interprete_o_papel",
        unrestricted="sem_restric|sem_regra|sem_filtro|sem_limite|sem_censura",
        without="sem|nenhum|nenhuma",
        limits="regra|restric|filtro|limite|censura|norma|politica|instruc",
        obey="me_obedeca|obedeca_me|obedeca_a_mim|obedeca_somente",
    ),
    "it": Lexicon(
        discard="ignor|dimentic|trascur|non_seguire",
        reveal="mostr|rivel|stamp|ripet|dimmi|scriv",
        objects="istruzion|regol|linee_guida|direttiv|prompt|configurazion|restrizion",
        markers="tue|tuoi|tua|tuo|precedenti|segrete|nascoste|sistema|iniziali|originali",
        every="tutte|tutti",
        role="ora_sei|d_ora_in_poi_sei|da_ora_sei|adesso_sei|fingi|agisci_come|comportati_come|fai_finta|fai_come_se|immagina_di_essere|interpreta_il_ruolo",
        unrestricted="senza_restrizion|senza_regol|senza_filtr|senza_limit|senza_censura",
        without="senza|nessun|nessuna|alcuna|alcun",
        limits="regol|restrizion|filtr|limit|censura|norm|politic|istruzion",
        obey="obbediscimi|obbedisci_solo",
    ),
}
"""Injection word classes by language (ISO 639-1). English is handled by `agentkit.local.screening.injection`."""

WINDOW = 6
"""Words between a discarding or revealing verb and its object, before or after it (German puts the verb last)."""


@dataclass(frozen=True)
class Match:
    cue: str
    confidence: str
    words: str


def find(sentence: str, language: str) -> Match | None:
    """The injection `sentence` carries in `language` (one of `LEXICONS`), strongest first, or None."""
    lexicon = LEXICONS[language]
    folded = fold(sentence)
    tokens = [(m.start(), m.end()) for m in re.finditer(r"[a-z]+", folded)]

    def positions(kind: str) -> list[tuple[int, int]]:
        return [m.span() for m in lexicon.patterns[kind].finditer(folded)]

    def index(char: int) -> int:
        return next((i for i, (start, end) in enumerate(tokens) if start <= char < end), len(tokens))

    marked = bool(lexicon.patterns["markers"].search(folded))
    every = bool(lexicon.patterns["every"].search(folded))
    objects = positions("objects")
    for kind, cue in (("discard", "overrides instructions"), ("reveal", "asks for its instructions")):
        if not (marked or (kind == "discard" and every)):
            continue
        for verb in positions(kind):
            for obj in objects:
                if obj[0] != verb[0] and abs(index(obj[0]) - index(verb[0])) <= WINDOW:
                    low, high = min(verb[0], obj[0]), max(verb[1], obj[1])
                    return Match(cue, "HIGH", folded[low:high])
    role = lexicon.patterns["role"].search(folded)
    unrestricted = lexicon.patterns["unrestricted"].search(folded) or lexicon.patterns["free"].search(folded)
    if role and unrestricted:
        return Match("assigns a new role", "HIGH", folded[role.start() : unrestricted.end()])
    if obey := lexicon.patterns["obey"].search(folded):
        return Match("assigns a new role", "MEDIUM", obey.group())
    if unrestricted and positions("discard"):
        return Match("overrides instructions", "MEDIUM", unrestricted.group())
    return None


ADVICE: dict[str, str] = {
    "es": "debo|deberia|deberiamos|tengo_que|tenemos_que|hay_que|puedo|podemos|es_seguro|es_legal|es_recomendable|me_conviene|conviene|vale_la_pena|que_me_recomiendas|que_hago|que_debo",
    "de": "soll_ich|sollte_ich|sollen_wir|muss_ich|mussen_wir|darf_ich|darf_er|darf_sie|darf_man|durfen_sie|kann_ich|ist_es_sicher|ist_es_legal|ist_das_legal|ist_das_erlaubt|lohnt_es_sich|was_soll_ich|was_kann_ich",
    "fr": "dois_je|devrais_je|est_ce_que_je_dois|faut_il|puis_je|ai_je_le_droit|est_ce_legal|est_il_prudent|est_ce_sur|vaut_il_mieux|que_dois_je|que_faire|que_me_conseillez",
    "pt": "devo|deveria|tenho_que|tenho_de|posso|e_seguro|e_legal|vale_a_pena|compensa|o_que_faco|o_que_devo",
    "it": "devo|dovrei|posso|e_sicuro|e_legale|conviene|vale_la_pena|cosa_devo|cosa_faccio|cosa_mi_consigli",
}
"""The other languages' grammar of asking for advice, as `agentkit.local.bedrock.topics.INTENT` is English's:
modal verbs of obligation and permission in the first person ("debo", "soll ich", "dois-je", "posso"),
"is it safe / legal", "is it worth it", "what should I do". Matched as whole words on folded text."""


@lru_cache(maxsize=8)
def _advice(language: str) -> re.Pattern[str]:
    entries = [re.escape(entry).replace("_", r"\W+") for entry in _words(ADVICE[language])]
    return re.compile(r"\b(?:" + "|".join(entries) + r")\b")


def asks_advice(text: str) -> bool:
    """Whether `text`, in a language of `ADVICE` (the likeliest `candidates`), asks for advice or a judgement."""
    return any(
        _advice(language).search(fold(text)) for language in candidates(text)[:1] if language in ADVICE
    )
