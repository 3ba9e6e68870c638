//! French vocabulary and page-markup vocabulary, as data only.
//!
//! Every word, label, verb, month or class token that a stage matches
//! lives here once, in a table with a one-line comment saying what it
//! is for and how it is matched. No functions, no regexes, no logic:
//! stages build their matchers from these tables (see `pattern`).
//! Counts in comments refer to `../shared/FRENCH.md` (Σ74 pages).

// ---------------------------------------------------------------------
// Markup vocabulary: class / id sub-words (split on - _ and camelCase,
// lower-cased, matched whole). FRENCH.md §1.4.
// ---------------------------------------------------------------------

/// Sub-words of share bars and social buttons; the block is dropped.
pub const SHARE_TOKENS: &[&str] = &[
    "share",
    "shares",
    "sharing",
    "sharebar",
    "sharetools",
    "social",
    "socials",
    "partage",
    "partager",
    "addthis",
    "sociable",
    "follow",
];

/// Sub-words of newsletter, app and subscription prompts; dropped.
pub const NEWSLETTER_TOKENS: &[&str] = &[
    "newsletter",
    "newsletters",
    "infolettre",
    "subscribe",
    "subscription",
    "abonnement",
    "souscription",
    "inscription",
    "signup",
    "optin",
];

/// Sub-words of cookie and consent banners; dropped.
pub const COOKIE_TOKENS: &[&str] =
    &["cookie", "cookies", "consent", "rgpd", "gdpr", "cmp", "didomi"];

/// Sub-words of comment sections; dropped.
pub const COMMENT_TOKENS: &[&str] = &[
    "comments",
    "comment",
    "commentaires",
    "commentaire",
    "commentlist",
    "reactions",
    "forum",
    "respond",
    "viafoura",
    "disqus",
    "discussion",
];

/// Sub-words of advertising slots; dropped.
pub const AD_TOKENS: &[&str] = &[
    "pub",
    "publicite",
    "ad",
    "ads",
    "adslot",
    "advert",
    "advertisement",
    "advertising",
    "dfp",
    "inread",
    "banner",
    "mpu",
    "sponsor",
    "sponsored",
    "sponso",
    "native",
    "adsbygoogle",
];

/// Sub-words of related-article boxes and recommendation widgets inside
/// the body; their links become promos (`related-block`).
pub const RELATED_TOKENS: &[&str] = &[
    "related",
    "ralated",
    "relatedarticles",
    "readmore",
    "readalso",
    "also",
    "lire",
    "aussi",
    "catcher",
    "suggested",
    "suggestion",
    "suggestions",
    "recommended",
    "recommande",
    "recommandations",
    "reco",
    "connexes",
    "siblings",
    "bounce",
    "outbrain",
    "taboola",
    "ligatus",
    "promo",
    "autopromo",
    "linked",
    "others",
    "popular",
    "lus",
    "similar",
    "similaires",
    "meme",
    "more",
    "next",
    "teaser",
    "teasers",
];

/// Sub-words of bylines, dates and other article meta lines; dropped
/// from the body (the metadata stage reads them).
pub const META_TOKENS: &[&str] = &[
    "date",
    "time",
    "datetime",
    "pubdate",
    "publication",
    "parution",
    "dates",
    "published",
    "posted",
    "timestamp",
    "dateline",
    "readtime",
    "reading",
    "meta",
];

/// Sub-words of byline elements ("author vcard", "article__byline");
/// dropped from the body like other meta lines, and read for `authors`.
pub const AUTHOR_TOKENS: &[&str] = &[
    "author",
    "authors",
    "auteur",
    "auteurs",
    "byline",
    "signature",
    "authorsign",
];

/// Sub-words of captions and photo credits; dropped from the body and
/// read as `metadata.captions`.
pub const CAPTION_TOKENS: &[&str] = &[
    "caption",
    "legend",
    "legende",
    "credit",
    "credits",
    "copyright",
    "figcaption",
];

/// Sub-words of tag lists, breadcrumbs, navigation, tables of contents
/// and page tools; dropped.
pub const NAV_TOKENS: &[&str] = &[
    "nav",
    "navigation",
    "navbar",
    "menu",
    "breadcrumb",
    "breadcrumbs",
    "ariane",
    "tags",
    "tag",
    "keywords",
    "topics",
    "pagination",
    "prev",
    "previous",
    "precedent",
    "suivant",
    "toc",
    "sommaire",
    "toolbar",
    "tools",
    "print",
    "bookmark",
    "sidebar",
    "widget",
    "skip",
];

/// Whole class names of visually hidden elements (screen-reader text,
/// `display:none` utility classes); dropped.
pub const HIDDEN_CLASSES: &[&str] = &[
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-text",
    "screen-reader-only",
    "hidden",
    "hide",
    "d-none",
    "u-hidden",
    "is-hidden",
];

/// Sub-words marking the lede / chapô element.
pub const STANDFIRST_TOKENS: &[&str] = &[
    "chapo",
    "desc",
    "leadin",
    "sapo",
    "chapeau",
    "chapô",
    "lead",
    "lede",
    "standfirst",
    "intro",
    "introduction",
    "description",
    "summary",
    "excerpt",
    "subtitle",
    "subheadline",
    "deck",
    "resume",
    "accroche",
];

/// Sub-words marking the main text container of an article; a mild
/// bonus when choosing the body among close candidates.
pub const BODY_TOKENS: &[&str] = &[
    "content",
    "article",
    "text",
    "body",
    "texte",
    "contenu",
    "entry",
    "post",
    "story",
    "corps",
    "articlebody",
];

/// Sub-words of paywall wrappers: they flag `metadata.paywalled` when
/// found in the article region, but are never dropped on their own
/// (`post-paywall` holds body text on real pages).
pub const PAYWALL_TOKENS: &[&str] =
    &["paywall", "restricted", "poool", "piano", "premium", "locked"];

// ---------------------------------------------------------------------
// Promo labels (FRENCH.md §1.1, §1.5). Matched case-insensitively at the
// start of a block, with `A`/`À` folded; separators after the label are
// handled by the promos stage.
// ---------------------------------------------------------------------

/// Verbs that open a read-also label ("À lire aussi", "Voir aussi").
pub const READ_ALSO_VERBS: &[&str] =
    &["lire", "voir", "écouter", "regarder", "découvrir", "relire", "revoir"];

/// Words that may follow the verb in a read-also label.
pub const READ_ALSO_ADVERBS: &[&str] = &["aussi", "également", "egalement"];

/// Genre nouns in "Lire notre enquête :", "Lire l’entretien :".
pub const READ_ALSO_GENRES: &[&str] = &[
    "article",
    "enquête",
    "analyse",
    "portrait",
    "tribune",
    "récit",
    "reportage",
    "chronique",
    "éditorial",
    "entretien",
    "interview",
    "décryptage",
    "dossier",
    "explications",
    "témoignage",
    "témoignages",
    "critique",
    "sélection",
];

/// Whole labels that introduce one promoted link, beside the verb forms
/// above ("Sur le même sujet :").
pub const READ_ALSO_LABELS: &[&str] = &[
    "sur le même sujet",
    "sur le même thème",
    "pour aller plus loin",
    "aller plus loin",
    "pour en savoir plus",
    "en savoir plus",
    "plus d’infos",
    "plus d'infos",
    "notre dossier",
    "en complément",
    "à consulter",
    "découvrez aussi",
    "découvrez également",
    "à découvrir",
    "à découvrir aussi",
    "à découvrir également",
    "le saviez-vous",
];

/// Headings of related-article blocks (a heading, then links).
pub const RELATED_HEADINGS: &[&str] = &[
    "sur le même sujet",
    "sur le même thème",
    "dans la même rubrique",
    "pour aller plus loin",
    "aller plus loin",
    "la rédaction vous conseille",
    "vous aimerez aussi",
    "vous aimerez peut-être",
    "vous pourriez aussi aimer",
    "nos lecteurs ont lu aussi",
    "nos lecteurs ont aimé aussi",
    "l’auteur vous recommande",
    "l'auteur vous recommande",
    "articles en relation",
    "en relation",
    "articles connexes",
    "articles liés",
    "nos articles liés",
    "articles similaires",
    "à découvrir",
    "à découvrir aussi",
    "à découvrir également",
    "découvrez aussi",
    "notre sélection",
    "notre sélection vidéo",
    "les plus lus",
    "articles les plus lus",
    "les plus populaires",
    "les + populaires",
    "les plus consultés",
    "les plus commentés",
    "les plus partagés",
    "vidéos les plus vues",
    "dernières vidéos",
    "dernières publications",
    "dernières actus",
    "dernières infos",
    "sur le web",
    "ailleurs sur le web",
    "by the web",
    "d’autres ont aimé",
    "d'autres ont aimé",
    "au cas où vous l’auriez manqué",
    "au cas où vous l'auriez manqué",
    "recommandé pour vous",
    "sélectionné pour vous",
    "contenus sponsorisés",
    "à lire aussi",
    "à lire également",
    "lire aussi",
    "voir aussi",
    "à voir aussi",
    "à écouter aussi",
    "nos dossiers",
    "plus d’actualité",
    "plus d'actualité",
];

/// Format kickers that lead a teaser title ("VIDÉO. …").
pub const TEASER_KICKERS: &[&str] = &[
    "vidéo",
    "video",
    "vidéos",
    "videos",
    "en vidéo",
    "photos",
    "en images",
    "diaporama",
    "infographie",
    "podcast",
    "direct",
];

// ---------------------------------------------------------------------
// Boilerplate sentences (FRENCH.md §1.1). Matched case-insensitively as
// the start of a short block unless said otherwise.
// ---------------------------------------------------------------------

/// Comment-section headers and prompts; the block is dropped.
pub const COMMENT_PROMPTS: &[&str] = &[
    "partagez votre avis",
    "partagez votre opinion",
    "un avis, un commentaire",
    "réagissez",
    "réagir",
    "laisser un commentaire",
    "laisser un nouveau commentaire",
    "ajouter un commentaire",
    "écrire un commentaire",
    "poster un commentaire",
    "publier un commentaire",
    "commentaires",
    "commentaire",
    "voir les commentaires",
    "voir tous les commentaires",
    "afficher les commentaires",
    "lire les commentaires",
    "charte des commentaires",
    "pour réagir",
    "vous souhaitez réagir",
    "aucun commentaire",
    "un commentaire",
    "commentaires plus anciens",
    "commentaires plus récents",
    "votre adresse e-mail ne sera pas publiée",
    "votre adresse email ne sera pas publiée",
    "enregistrer mon nom",
];

/// Paywall and subscription notices, matched anywhere in a short block
/// (anchored on "aux abonnés" because "réservé" alone is an adjective).
pub const PAYWALL_PHRASES: &[&str] = &[
    "réservé aux abonnés",
    "réservée aux abonnés",
    "réservés aux abonnés",
    "réservées aux abonnés",
    "réservé à nos abonnés",
    "réservée à nos abonnés",
    "réservé aux inscrits",
    "réservée aux inscrits",
    "la suite est réservée",
    "pour lire la suite",
    "pour continuer à lire",
    "de cet article à lire",
    "lecture restreinte",
    "continuer à lire ici",
    "accédez à tous nos contenus",
    "cet article vous est offert",
    "article offert",
];

/// Prompts to subscribe, follow, download the app or sign up for a
/// newsletter; a short block starting with one is dropped.
pub const PROMPT_STARTS: &[&str] = &[
    "abonnez-vous",
    "s’abonner",
    "s'abonner",
    "je m’abonne",
    "je m'abonne",
    "déjà abonné",
    "inscrivez-vous",
    "s’inscrire",
    "s'inscrire",
    "je m’inscris",
    "je m'inscris",
    "recevez",
    "newsletter",
    "la newsletter",
    "suivez-nous",
    "retrouvez-nous",
    "téléchargez",
    "découvrez notre application",
    "découvrez nos applications",
    "lire dans l’app",
    "lire dans l'app",
    "soutenez",
    "publicité",
    "contenu sponsorisé",
    "contenu partenaire",
    "en partenariat avec",
    "passer la publicité",
    "partager",
    "partagez",
    "partager sur",
    "copier le lien",
    "lien copié",
    "imprimer",
    "envoyer par e-mail",
    "lire plus tard",
    "sauvegarder cet article",
    "temps de lecture",
    "tous droits réservés",
    "mots-clés",
    "mots clés",
    "étiquettes",
    "nous utilisons des cookies",
    "en poursuivant votre navigation",
    "gérer le consentement",
    "gérer mes cookies",
    "accepter les cookies",
    "votre inscription a bien été prise en compte",
    "merci pour votre inscription",
    "signaler un abus",
    "signaler une erreur",
    "vous avez aimé cet article",
    "cet article vous a plu",
];

/// Whole-block texts that are boilerplate on their own (compared after
/// case folding, trailing punctuation removed).
pub const BOILERPLATE_EXACT: &[&str] = &[
    "publicité",
    "pub",
    "advertisement",
    "sommaire",
    "partager",
    "partagez",
    "partager l’article",
    "partager l'article",
    "similaire",
    "similaires",
    "newsletter",
    "menu",
    "rechercher",
    "fermer",
    "lire la suite",
    "voir plus",
    "charger plus",
    "plus d’articles",
    "plus d'articles",
    "à lire",
    "à lire aussi",
    "lire aussi",
    "à la une",
    "tags",
    "thèmes",
    "sujets",
    "le direct",
    "en direct",
    "écouter",
    "écouter l’article",
    "écouter l'article",
    "copier le lien",
];

// ---------------------------------------------------------------------
// Headline decorations (FRENCH.md §7).
// ---------------------------------------------------------------------

/// Separators between a headline and its site decoration in `<title>`,
/// always with white space on both sides (never " : ").
pub const TITLE_SEPARATORS: &[&str] =
    &["|", "-", "–", "—", "‹", "›", "»", "/", "·", "•", "::"];

/// Badge words glued to the end of an h1 by a separate element.
pub const HEADLINE_BADGES: &[&str] = &[
    "abonnés",
    "premium",
    "exclusif",
    "réservé aux abonnés",
    "article réservé aux abonnés",
    "édition abonnés",
    "contenu exclusif",
];

// ---------------------------------------------------------------------
// Bylines, dates, credits: short lines around the body (FRENCH.md §4–5).
// ---------------------------------------------------------------------

/// Openers of photo credit lines ("© AFP", "Photo : X / AFP").
pub const CREDIT_STARTS: &[&str] = &[
    "©",
    "(c)",
    "crédit :",
    "crédits :",
    "crédit photo :",
    "crédits photo :",
    "photo :",
    "photos :",
    "illustration :",
    "image :",
    "image illustrative",
    "image d’illustration",
    "photo d’illustration",
    "photo illustration",
    "crédit image",
    "crédits image",
    "source :",
];

/// Nouns counted in comment counters ("21 avis sur « … »",
/// "21 commentaires", "21 réactions"); matched after a number.
pub const COMMENT_COUNT_NOUNS: &[&str] = &[
    "avis",
    "commentaire",
    "commentaires",
    "réaction",
    "réactions",
    "contribution",
    "contributions",
];

/// Separators written between a promo label and its title ("Lire aussi
/// : X", "LIRE AUSSI >> X", "À lire aussi » X"), stripped from labels.
pub const LABEL_SEPARATORS: &[&str] =
    &[":", ".", "|", "»", ">>", ">", "–", "—", "-", "→", "►", "▶", "…"];

// ---------------------------------------------------------------------
// Language guess, when a page declares none.
// ---------------------------------------------------------------------

/// Frequent French function words; a body where they dominate is
/// French. Matched whole, lower case.
pub const FRENCH_FUNCTION_WORDS: &[&str] = &[
    "le", "la", "les", "des", "du", "de", "un", "une", "et", "est", "dans",
    "pour", "que", "qui", "sur", "au", "aux", "avec", "pas", "par", "sont",
    "mais", "ont", "ce", "cette", "il", "elle", "ils", "nous", "été",
];

/// Frequent English function words, to tell English pages apart.
pub const ENGLISH_FUNCTION_WORDS: &[&str] = &[
    "the", "and", "of", "to", "is", "in", "that", "for", "with", "was", "on",
    "are", "by", "this", "be", "it", "from", "have", "has", "at",
];

// ---- Dates (metadata::date) -------------------------------------------
// Apostrophes are written ’ in every table; readers fold ' to ’ first.

/// French month names in full, with their number; unaccented spellings
/// included. Read by metadata::date; case-folded, whole word.
pub const MONTHS: &[(&str, u32)] = &[
    ("janvier", 1),
    ("février", 2),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
];

/// Abbreviated month names, without their dot, with their number
/// ("10 nov. 2024", "lun. 5 août", "PARIS, 10 nov (AFP)"). Read by
/// metadata::date; case-folded, whole word, optional dot. Without a dot an
/// abbreviation needs a year after it ("sept" is also the number 7).
/// "jui" is left out: June or July.
pub const MONTH_ABBREVIATIONS: &[(&str, u32)] = &[
    ("janv", 1),
    ("jan", 1),
    ("févr", 2),
    ("fevr", 2),
    ("fév", 2),
    ("fev", 2),
    ("mar", 3),
    ("avr", 4),
    ("jun", 6),
    ("juil", 7),
    ("jul", 7),
    ("aoû", 8),
    ("aou", 8),
    ("sept", 9),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("déc", 12),
    ("dec", 12),
];

/// Weekday names and abbreviations (without dot) that may stand between a
/// label or "le" and the day ("Publié le jeudi 24 Décembre 2020", "lun. 5
/// août"). Read by metadata::date and ::byline; case-folded, whole word.
pub const WEEKDAYS: &[&str] = &[
    "lundi", "lun", "mardi", "mar", "mercredi", "mer", "jeudi", "jeu",
    "vendredi", "vend", "ven", "samedi", "sam", "dimanche", "dim",
];

/// Spellings of the first day of a month ("le 1er juillet 2020"). Read by
/// metadata::date; case-folded, whole word.
pub const FIRST_OF_MONTH: &[&str] = &["1er", "1ᵉʳ"];

/// Article before a day number ("le 3 mars", "Le 23/11 à 14H45", "par
/// Didier Roy, le 21 juin"). Read by metadata::date and ::byline;
/// case-folded, whole word.
pub const DAY_ARTICLES: &[&str] = &["le"];

/// Words joining a date to its time ("10 novembre 2024 à 08h32", "A
/// 14h"). Read by metadata::date; case-folded, whole word.
pub const TIME_CONNECTORS: &[&str] = &["à", "a"];

/// Hour marks after the hour number ("08h32", "14H45", "9 h 14 min", "à
/// 18 heures"). Read by metadata::date; case-folded.
pub const HOUR_MARKS: &[&str] = &["heures", "heure", "h"];

/// Minute marks after the minutes ("9 h 14 min"). Read by metadata::date;
/// case-folded, whole word.
pub const MINUTE_MARKS: &[&str] = &["minutes", "min", "mn"];

/// Relative day words with their offset in days from the capture date
/// ("Hier à 18h", "Publié aujourd’hui à 10h05"). Read by metadata::date,
/// only when the caller gives a reference date; case-folded, whole word.
pub const RELATIVE_DAYS: &[(&str, i64)] =
    &[("avant-hier", -2), ("hier", -1), ("aujourd’hui", 0)];

/// Opening of a relative date ("il y a 2 heures", "Il y a 3 jours"). Read
/// by metadata::date; case-folded, whole words.
pub const RELATIVE_AGO: &[&str] = &["il y a"];

/// Units of a relative date with their length in minutes ("il y a 2
/// minute" is seen singular). Months and years are left out: too vague.
/// Read by metadata::date; case-folded, whole word.
pub const RELATIVE_UNITS: &[(&str, i64)] = &[
    ("minutes", 1),
    ("minute", 1),
    ("min", 1),
    ("mn", 1),
    ("heures", 60),
    ("heure", 60),
    ("h", 60),
    ("jours", 1440),
    ("jour", 1440),
    ("j", 1440),
    ("semaines", 10080),
    ("semaine", 10080),
];

/// Labels announcing the publication date ("Publié le 22/10/17 à 19h49",
/// "Créé: 12.12.2019", "Mise en ligne", "Date de publication :"). Read by
/// metadata::date (and ::byline, which cuts there); case-folded, whole words.
pub const PUBLISHED_LABELS: &[&str] = &[
    "publié",
    "publiée",
    "publie",
    "mis en ligne",
    "mise en ligne",
    "posté",
    "postée",
    "créé",
    "créée",
    "date de publication",
    "première publication",
    "paru",
    "parue",
    "parution",
];

/// Labels announcing the update date ("Mis à jour le 18/06/2014 à 17h03",
/// "Dernière mise à jour", "MAJ", "Modifié le", "Actualisé le"). Read by
/// metadata::date (and ::byline, which cuts there); case-folded, whole words.
pub const MODIFIED_LABELS: &[&str] = &[
    "mis à jour",
    "mise à jour",
    "mis a jour",
    "mise a jour",
    "dernière mise à jour",
    "maj",
    "màj",
    "modifié",
    "modifiée",
    "actualisé",
    "actualisée",
    "édité",
    "éditée",
];

// ---- Bylines (metadata::byline) ---------------------------------------

/// Openers of a byline, dropped before the names ("Par Camille Durand",
/// "Par : X|", "Recueilli par Patrick ANGEVIN.", "Propos recueillis par
/// X"). Bare "De" is left out ("De Villepin"). Read by metadata::byline;
/// case-folded, whole words, an optional ":" after.
pub const BYLINE_PREFIXES: &[&str] = &[
    "par",
    "by",
    "texte",
    "textes",
    "auteur",
    "auteurs",
    "auteure",
    "autrice",
    "l’auteur",
    "l’auteure",
    "signé",
    "signée",
    "propos recueillis par",
    "recueilli par",
    "recueillie par",
    "recueillis par",
    "recueillies par",
    "entretien réalisé par",
    "interview réalisée par",
    "interview",
    "rédigé par",
    "écrit par",
    "un documentaire de",
    "un reportage de",
    "une enquête de",
    "un film de",
];

/// Words joining several people in a byline ("par Alexandria Sage et Lisa
/// Girion", "X & Y"). Read by metadata::byline; case-folded, whole word.
pub const BYLINE_JOINERS: &[&str] = &["et", "and", "&"];

/// Words bringing in co-authors or an agency ("Le Monde avec AFP", "(avec
/// Damien Leloup et Morgane Tual)"). Read by metadata::byline;
/// case-folded, whole word.
pub const BYLINE_WITH: &[&str] = &["avec", "with"];

/// Words after which a byline holds no more names, on top of the date
/// labels ("Texte : X Photos : Y", "X 3 min de lecture"). Read by
/// metadata::byline; case-folded, whole words.
pub const BYLINE_CUT_LABELS: &[&str] = &[
    "photo",
    "photos",
    "crédit",
    "crédits",
    "illustration",
    "vidéo",
    "temps de lecture",
    "lecture",
    "partager",
    "suivre",
    "commentaires",
];

/// Role words that end the names of a byline ("Raphaël Balenieri,
/// correspondant à Pékin", "X et Y Envoyés spéciaux à Kiev", op-ed
/// signatures "Barbara Stiegler Philosophe, Professeur de …"). Read by
/// metadata::byline; case-folded, whole words.
pub const BYLINE_ROLES: &[&str] = &[
    "correspondant",
    "correspondante",
    "correspondants",
    "correspondantes",
    "envoyé spécial",
    "envoyée spéciale",
    "envoyés spéciaux",
    "envoyées spéciales",
    "envoyé",
    "envoyée",
    "envoyés",
    "journaliste",
    "journalistes",
    "rédacteur",
    "rédactrice",
    "reporter",
    "chroniqueur",
    "chroniqueuse",
    "éditorialiste",
    "pigiste",
    "stagiaire",
    "photographe",
    "directeur",
    "directrice",
    "chef",
    "cheffe",
    "philosophe",
    "professeur",
    "professeure",
    "maître de conférences",
    "chercheur",
    "chercheuse",
    "historien",
    "historienne",
    "sociologue",
    "économiste",
    "politologue",
    "écrivain",
    "écrivaine",
    "essayiste",
    "avocat",
    "avocate",
    "médecin",
    "député",
    "députée",
    "sénateur",
    "sénatrice",
    "ancien",
    "ancienne",
    "président",
    "présidente",
    "fondateur",
    "fondatrice",
];

/// News agencies: spelling → canonical name written in `metadata.agencies`
/// ("afp", "(AFP)", "Agence France-Presse" → "AFP"; "ats/nxp" → "ATS").
/// Read by metadata::byline and ::date; case-folded, whole string or its
/// first "/" segment, parentheses and a leading "l’" removed.
pub const NEWS_AGENCIES: &[(&str, &str)] = &[
    ("afp", "AFP"),
    ("agence france-presse", "AFP"),
    ("agence france presse", "AFP"),
    ("afp-services", "AFP"),
    ("afp.com", "AFP"),
    ("reuters", "Reuters"),
    ("ap", "AP"),
    ("associated press", "AP"),
    ("belga", "Belga"),
    ("ats", "ATS"),
    ("keystone-ats", "ATS"),
    ("ansa", "ANSA"),
    ("dpa", "DPA"),
    ("xinhua", "Xinhua"),
    ("chine nouvelle", "Xinhua"),
    ("efe", "EFE"),
    ("europa press", "Europa Press"),
    ("tass", "TASS"),
    ("ria novosti", "RIA Novosti"),
    ("interfax", "Interfax"),
    ("ukrinform", "Ukrinform"),
    ("anadolu", "Anadolu"),
    ("la presse canadienne", "La Presse canadienne"),
    ("pc", "La Presse canadienne"),
    ("aps", "APS"),
    ("map", "MAP"),
    ("tap", "TAP"),
    ("aip", "AIP"),
    ("apa", "APA"),
    ("agences", "agences"),
];

/// Elided articles in front of an agency ("avec l’AFP"). Read by
/// metadata::byline; case-folded, prefix.
pub const ELIDED_ARTICLES: &[&str] = &["l’"];

/// Photo agencies and stock libraries: credits, never authors. Read by
/// metadata::byline; case-folded, whole string or first "/" segment.
pub const PHOTO_AGENCIES: &[&str] = &[
    "sipa",
    "sipa press",
    "maxppp",
    "getty",
    "getty images",
    "hans lucas",
    "abaca",
    "abacapress",
    "ip3",
    "ip3 press",
    "epa",
    "keystone",
    "hémis",
    "divergence",
    "andia",
    "leemage",
    "bestimage",
    "shutterstock",
    "istock",
    "unsplash",
    "wikimedia commons",
];

/// Collective signatures and media names that are never people ("La
/// rédaction", "Collectif", "Le Monde" as a JSON-LD Person). Read by
/// metadata::byline; case-folded, whole string.
pub const COLLECTIVE_SIGNATURES: &[&str] = &[
    "la rédaction",
    "rédaction",
    "la redaction",
    "collectif",
    "équipe de rédaction",
    "l’équipe",
    "le club de mediapart",
    "le monde",
    "le monde diplomatique",
    "le figaro",
    "libération",
    "libé",
    "le parisien",
    "aujourd’hui en france",
    "l’express",
    "le point",
    "l’obs",
    "le nouvel obs",
    "ouest-france",
    "sud ouest",
    "la croix",
    "les echos",
    "les échos",
    "l’humanité",
    "la dépêche",
    "la voix du nord",
    "le progrès",
    "le dauphiné libéré",
    "mediapart",
    "slate",
    "challenges",
    "franceinfo",
    "france info",
    "france inter",
    "france culture",
    "france 24",
    "radio france",
    "rfi",
    "bfmtv",
    "lci",
    "tf1",
    "euronews",
    "huffpost",
    "le huffpost",
    "konbini",
    "le devoir",
    "la presse",
    "radio-canada",
    "le soir",
    "la libre",
    "la libre belgique",
    "sudinfo",
    "rtbf",
    "le temps",
    "tribune de genève",
    "rts",
    "courrier international",
    "le journal du dimanche",
    "le jdd",
];

/// First words of desk or organisation names that are never people
/// ("Service politique", "Rédaction Ouest-France", "Pôle enquête"). Read
/// by metadata::byline; case-folded, whole first word.
pub const DESK_WORDS: &[&str] = &[
    "service",
    "rédaction",
    "redaction",
    "pôle",
    "cellule",
    "équipe",
    "desk",
    "collectif",
    "agence",
    "groupe",
    "journal",
    "magazine",
    "association",
    "fédération",
    "syndicat",
    "ministère",
    "comité",
    "institut",
    "fondation",
];

/// Endings of site names that are never people ("Par sudinfo.be",
/// "<site>.com"). Read by metadata::byline; case-folded, suffix.
pub const SITE_NAME_SUFFIXES: &[&str] = &[
    ".fr", ".com", ".be", ".ch", ".ca", ".net", ".org", ".info", ".eu", ".lu",
    ".io", ".tv", ".news",
];

/// Name particles put in lower case when a name is written in capitals
/// ("Jean DE LA FONTAINE" → "Jean de La Fontaine", "D’ARTAGNAN"), and
/// allowed in lower case inside a name ("Lorraine de Foucher"). Read by
/// metadata::byline; case-folded, whole word (d’ as a prefix).
pub const NAME_PARTICLES: &[&str] = &[
    "de", "du", "des", "d’", "van", "von", "der", "den", "di", "da", "dos",
    "das", "del", "della", "zu", "ter",
];

/// Articles allowed in lower case inside a name but kept capitalised when
/// a name is written in capitals ("Marine LE PEN" → "Marine Le Pen",
/// "Zine el-Abidine ben Ali"). Read by metadata::byline; case-folded,
/// whole word.
pub const NAME_ARTICLES: &[&str] =
    &["le", "la", "les", "el", "al", "ben", "ibn", "bin", "bint", "ould"];

/// Honorifics dropped in front of a name ("M. Jean Dupont", "Mme Durand",
/// "Dr Martin"). Read by metadata::byline; case-folded, whole first word
/// exactly as listed (the dot of "m." is required: "M" alone may be an
/// initial).
pub const HONORIFICS: &[&str] = &[
    "m.",
    "mm.",
    "mme",
    "mme.",
    "mmes",
    "mlle",
    "mlle.",
    "me",
    "me.",
    "dr",
    "dr.",
    "pr",
    "pr.",
    "mgr",
    "mgr.",
    "monsieur",
    "madame",
    "mademoiselle",
    "docteur",
    "professeur",
    "maître",
    "maitre",
];

/// Headings that open the closing "about the publisher" boilerplate of
/// press releases and institutional pages; the body ends there.
/// Matched case-insensitively at the start of a heading.
pub const ABOUT_HEADINGS: &[&str] = &["à propos", "about"];

// ---- Numbers (FRENCH.md §6); read by src/numbers.rs ----

/// Multiplier words after a number (`1,5 million`, `347 milliards`,
/// `30 mille`), case-folded, whole word, with the power of ten they apply.
/// French `billion` is 10^12, never 10^9.
pub const NUMBER_MULTIPLIERS: &[(&str, i32)] = &[
    ("million", 6),
    ("millions", 6),
    ("milliard", 9),
    ("milliards", 9),
    ("millier", 3),
    ("milliers", 3),
    ("mille", 3),
    ("billion", 12),
    ("billions", 12),
];

/// Abbreviated multipliers written as a word after a number (`3 Mds`,
/// `2 Mrd de francs`, `5 bn`), case-sensitive, whole word, power of ten.
pub const NUMBER_MULTIPLIER_ABBREVIATIONS: &[(&str, i32)] =
    &[("Md", 9), ("Mds", 9), ("Mrd", 9), ("Mrds", 9), ("bn", 9)];

/// Multiplier letters that count only when a currency symbol of
/// `CURRENCY_SYMBOLS` follows (`3 M€`, `1,2 Md$`, `50 k€`),
/// case-sensitive, with the power of ten they apply.
pub const CURRENCY_MULTIPLIER_PREFIXES: &[(&str, i32)] =
    &[("M", 6), ("Md", 9), ("Mds", 9), ("Mrd", 9), ("k", 3), ("K", 3)];

/// Currency symbols, after a number (`12 €`, `12€`) or before it (`€12`,
/// `$5`); exact match; the symbol is its own normal form.
pub const CURRENCY_SYMBOLS: &[&str] = &["€", "$", "£", "¥"];

/// Unit symbols after a number, glued or spaced (`12 %`, `10km`, `3 M€` is
/// handled by `CURRENCY_MULTIPLIER_PREFIXES`), case-sensitive, whole token;
/// (as written, normal form). Normal form: the symbol, ISO code or plural
/// noun used in `Number::unit`.
pub const UNIT_SYMBOLS: &[(&str, &str)] = &[
    ("%", "%"),
    ("‰", "‰"),
    ("km/h", "km/h"),
    ("km²", "km²"),
    ("km", "km"),
    ("m/s", "m/s"),
    ("m²", "m²"),
    ("m³", "m³"),
    ("m", "m"),
    ("cm", "cm"),
    ("mm", "mm"),
    ("ha", "ha"),
    ("kg", "kg"),
    ("mg", "mg"),
    ("µg", "µg"),
    ("g", "g"),
    ("t", "t"),
    ("l", "l"),
    ("L", "l"),
    ("°C", "°C"),
    ("°F", "°F"),
    ("°", "°"),
    ("W", "W"),
    ("kW", "kW"),
    ("MW", "MW"),
    ("GW", "GW"),
    ("kWh", "kWh"),
    ("MWh", "MWh"),
    ("GWh", "GWh"),
    ("TWh", "TWh"),
    ("Ko", "Ko"),
    ("Mo", "Mo"),
    ("Go", "Go"),
    ("To", "To"),
    ("Mbit/s", "Mbit/s"),
    ("Gbit/s", "Gbit/s"),
    ("h", "h"),
    ("min", "min"),
    ("mn", "min"),
    ("s", "s"),
    ("pts", "points"),
    ("pt", "points"),
    ("pp", "points"),
    ("EUR", "€"),
    ("USD", "$"),
    ("GBP", "£"),
    ("CHF", "CHF"),
    ("GNF", "GNF"),
    ("FCFA", "FCFA"),
    ("CFA", "FCFA"),
    ("DT", "DT"),
];

/// Unit words after a number (`12 pour cent`, `3 euros`, `36 ans`),
/// case-folded, whole word, a space standing for any run of 1–2 spaces
/// (SP, NBSP, NNBSP, THIN); (as written, normal form). Counted nouns
/// (`drones`, `morts`, `personnes`, `habitants`) are deliberately absent:
/// they are not units.
pub const UNIT_WORDS: &[(&str, &str)] = &[
    ("pour cent", "%"),
    ("pour-cent", "%"),
    ("pourcent", "%"),
    ("points de pourcentage", "points"),
    ("point de pourcentage", "points"),
    ("points", "points"),
    ("point", "points"),
    ("euros", "€"),
    ("euro", "€"),
    ("dollars", "$"),
    ("dollar", "$"),
    ("livres sterling", "£"),
    ("livre sterling", "£"),
    ("yens", "¥"),
    ("yen", "¥"),
    ("yuans", "CNY"),
    ("yuan", "CNY"),
    ("roubles", "RUB"),
    ("rouble", "RUB"),
    ("hryvnias", "UAH"),
    ("hryvnia", "UAH"),
    ("francs suisses", "CHF"),
    ("franc suisse", "CHF"),
    ("francs cfa", "FCFA"),
    ("franc cfa", "FCFA"),
    ("francs guinéens", "GNF"),
    ("franc guinéen", "GNF"),
    ("francs", "francs"),
    ("franc", "francs"),
    ("dinars", "dinars"),
    ("dinar", "dinars"),
    ("kilomètres par heure", "km/h"),
    ("kilomètre par heure", "km/h"),
    ("kilomètres-heure", "km/h"),
    ("kilomètres carrés", "km²"),
    ("kilomètre carré", "km²"),
    ("kilomètres", "km"),
    ("kilomètre", "km"),
    ("mètres carrés", "m²"),
    ("mètre carré", "m²"),
    ("mètres cubes", "m³"),
    ("mètre cube", "m³"),
    ("mètres", "m"),
    ("mètre", "m"),
    ("centimètres", "cm"),
    ("centimètre", "cm"),
    ("millimètres", "mm"),
    ("millimètre", "mm"),
    ("hectares", "ha"),
    ("hectare", "ha"),
    ("tonnes", "t"),
    ("tonne", "t"),
    ("kilogrammes", "kg"),
    ("kilogramme", "kg"),
    ("kilos", "kg"),
    ("kilo", "kg"),
    ("grammes", "g"),
    ("gramme", "g"),
    ("litres", "l"),
    ("litre", "l"),
    ("degrés celsius", "°C"),
    ("degré celsius", "°C"),
    ("degrés", "°"),
    ("degré", "°"),
    ("nœuds", "nœuds"),
    ("nœud", "nœuds"),
    ("noeuds", "nœuds"),
    ("noeud", "nœuds"),
    ("mégawatts", "MW"),
    ("mégawatt", "MW"),
    ("kilowatts", "kW"),
    ("kilowatt", "kW"),
    ("heures", "h"),
    ("heure", "h"),
    ("minutes", "min"),
    ("minute", "min"),
    ("secondes", "s"),
    ("seconde", "s"),
    ("jours", "jours"),
    ("jour", "jours"),
    ("semaines", "semaines"),
    ("semaine", "semaines"),
    ("mois", "mois"),
    ("années", "ans"),
    ("année", "ans"),
    ("ans", "ans"),
    ("an", "ans"),
];

/// Words linking a multiplier to its unit (`2 milliards d’euros`,
/// `3 millions de tonnes`), case-folded; a word form needs a space after.
pub const UNIT_LINKS: &[&str] = &["de", "d’", "d'"];

/// Ordinal suffixes glued to digits (`1er`, `1re`, `3e`, `3ème`, `2è`,
/// `2nd`, `5ᵉ`), case-sensitive, whole word; a plural `s` may follow.
pub const ORDINAL_SUFFIXES: &[&str] =
    &["er", "re", "ère", "e", "ème", "eme", "è", "ᵉ", "ᵉʳ", "nd", "nde", "d"];

/// Ordinal suffixes glued to roman numerals (`XIXe`, `Ve`, `Ier`),
/// case-sensitive, whole word; a plural `s` may follow.
pub const ROMAN_ORDINAL_SUFFIXES: &[&str] =
    &["er", "re", "ère", "e", "ème", "eme", "è", "ᵉ", "ᵉʳ"];

/// Cardinal number words (`trois`, `vingt et un`, `quatre-vingt-dix`,
/// `deux cent mille`), case-folded, whole word, with their value; compounds
/// are assembled by numbers.rs (BE/CH `septante`, `huitante`, `nonante`).
pub const NUMBER_WORDS: &[(&str, u32)] = &[
    ("un", 1),
    ("une", 1),
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("six", 6),
    ("sept", 7),
    ("huit", 8),
    ("neuf", 9),
    ("dix", 10),
    ("onze", 11),
    ("douze", 12),
    ("treize", 13),
    ("quatorze", 14),
    ("quinze", 15),
    ("seize", 16),
    ("vingt", 20),
    ("vingts", 20),
    ("trente", 30),
    ("quarante", 40),
    ("cinquante", 50),
    ("soixante", 60),
    ("septante", 70),
    ("huitante", 80),
    ("octante", 80),
    ("nonante", 90),
    ("cent", 100),
    ("cents", 100),
    ("mille", 1000),
];

/// Number words that are also an article or adjective (`un`, `une`,
/// `neuf` = new), case-folded: numbers only inside a compound
/// (`vingt et un`, `dix-neuf`) or before a multiplier (`un million`).
pub const AMBIGUOUS_NUMBER_WORDS: &[&str] = &["un", "une", "neuf"];

/// Word joining tens and units in number words (`vingt et un`,
/// `soixante-et-onze`), case-folded, whole word.
pub const NUMBER_WORD_JOINERS: &[&str] = &["et"];

/// Approximate quantities after a determiner of `APPROXIMATE_DETERMINERS`
/// (`une vingtaine`), case-folded, whole word, with their nominal value.
pub const APPROXIMATE_NUMBERS: &[(&str, u32)] = &[
    ("dizaine", 10),
    ("douzaine", 12),
    ("quinzaine", 15),
    ("vingtaine", 20),
    ("trentaine", 30),
    ("quarantaine", 40),
    ("cinquantaine", 50),
    ("soixantaine", 60),
    ("centaine", 100),
];

/// Determiners that make an approximation a single quantity
/// (`une vingtaine`; `des dizaines` has no value), case-folded, whole word.
pub const APPROXIMATE_DETERMINERS: &[&str] = &["une"];

/// Words whose hyphen does not glue a following number into a name
/// (`mi-2025`, `post-2020`), case-folded; after any other word a hyphen
/// makes an identifier (`Covid-19`, `F-16`, `Su-35`), which is skipped.
pub const NUMBER_HYPHEN_PREFIXES: &[&str] = &["mi", "pré", "post"];

/// Ranges whose second number lends its unit to the first
/// (`de 10 à 12 %`, `entre 3 et 5 ans`, `3-5 ans`): (opener just before
/// the first number, connector between the two), case-folded, whole word;
/// an empty opener means none is needed.
pub const NUMBER_RANGE_CONNECTORS: &[(&str, &str)] =
    &[("", "-"), ("", "–"), ("de", "à"), ("entre", "et"), ("entre", "à")];

// ---- quotes ----
// Read by quotes.rs. Lower case, apostrophes written ’ (readers fold ' to
// ’ first), whole words. Verb tables hold lemmas only: every finite form,
// participle and inverted incise ("a-t-il déclaré", "déclare-t-elle",
// "ont-ils affirmé") is generated by quotes.rs from them.

/// Regular -er reporting verbs (FRENCH.md §2.3, "safe" families: neutre,
/// assertion, explication, ajout, insistance, constat, opinion, récit,
/// confidence, concession, conclusion, réponse, désaccord, question,
/// approbation, attitude, défense, avertissement, demande…); infinitives,
/// pronominal ones without their "se".
pub const REPORTING_VERBS_ER: &[&str] = &[
    "déclarer",
    "indiquer",
    "rappeler",
    "signaler",
    "mentionner",
    "annoncer",
    "confirmer",
    "commenter",
    "informer",
    "notifier",
    "signifier",
    "citer",
    "affirmer",
    "assurer",
    "certifier",
    "jurer",
    "avancer",
    "expliquer",
    "préciser",
    "résumer",
    "détailler",
    "développer",
    "illustrer",
    "décrypter",
    "synthétiser",
    "clarifier",
    "ajouter",
    "continuer",
    "enchaîner",
    "compléter",
    "souligner",
    "insister",
    "marteler",
    "répéter",
    "réitérer",
    "asséner",
    "assener",
    "appuyer",
    "noter",
    "observer",
    "remarquer",
    "relever",
    "constater",
    "pointer",
    "diagnostiquer",
    "estimer",
    "juger",
    "considérer",
    "penser",
    "trouver",
    "analyser",
    "trancher",
    "insinuer",
    "philosopher",
    "raconter",
    "relater",
    "narrer",
    "retracer",
    "évoquer",
    "témoigner",
    "remémorer",
    "rapporter",
    "confier",
    "révéler",
    "livrer",
    "avouer",
    "concéder",
    "confesser",
    "nuancer",
    "relativiser",
    "tempérer",
    "minimiser",
    "modérer",
    "excuser",
    "terminer",
    "achever",
    "rétorquer",
    "répliquer",
    "riposter",
    "corriger",
    "rectifier",
    "objecter",
    "contester",
    "nier",
    "réfuter",
    "récuser",
    "balayer",
    "protester",
    "opposer",
    "interroger",
    "demander",
    "questionner",
    "saluer",
    "féliciter",
    "remercier",
    "approuver",
    "acquiescer",
    "abonder",
    "montrer",
    "rassurer",
    "temporiser",
    "tranquilliser",
    "plaider",
    "argumenter",
    "arguer",
    "justifier",
    "revendiquer",
    "assumer",
    "alerter",
    "menacer",
    "pronostiquer",
    "anticiper",
    "augurer",
    "engager",
    "espérer",
    "souhaiter",
    "redouter",
    "exiger",
    "réclamer",
    "appeler",
    "exhorter",
    "implorer",
    "supplier",
    "conjurer",
    "inviter",
    "encourager",
    "conseiller",
    "recommander",
    "préconiser",
    "suggérer",
    "proposer",
    "tweeter",
    "publier",
    "poster",
    "communiquer",
    "stipuler",
    "énoncer",
    "regretter",
    "déplorer",
    "inquiéter",
    "interpeller",
    "dénoncer",
    "glisser",
    "lâcher",
    "lancer",
    "soupirer",
    "souffler",
];

/// Regular -er verbs that report speech only in an incise or before a
/// colon ("», tacle X", "X s’indigne : «"); elsewhere they are ordinary
/// verbs (FRENCH.md §2.3 families critique, ironie, émotion, manière).
pub const INCISE_VERBS_ER: &[&str] = &[
    "fustiger",
    "critiquer",
    "condamner",
    "accuser",
    "attaquer",
    "charger",
    "tacler",
    "étriller",
    "épingler",
    "pilonner",
    "cingler",
    "tancer",
    "recadrer",
    "sermonner",
    "apostropher",
    "vitupérer",
    "dézinguer",
    "flinguer",
    "allumer",
    "égratigner",
    "torpiller",
    "sabrer",
    "railler",
    "ironiser",
    "persifler",
    "brocarder",
    "moquer",
    "gausser",
    "plaisanter",
    "blaguer",
    "amuser",
    "esclaffer",
    "taquiner",
    "désoler",
    "lamenter",
    "indigner",
    "insurger",
    "offusquer",
    "agacer",
    "emporter",
    "énerver",
    "irriter",
    "étrangler",
    "fulminer",
    "tempêter",
    "tonner",
    "gronder",
    "pester",
    "enrager",
    "râler",
    "grincer",
    "grogner",
    "maugréer",
    "alarmer",
    "étonner",
    "exclamer",
    "écrier",
    "enthousiasmer",
    "enflammer",
    "murmurer",
    "chuchoter",
    "susurrer",
    "jeter",
    "crier",
    "hurler",
    "scander",
    "clamer",
    "proclamer",
    "tonitruer",
    "bredouiller",
    "balbutier",
    "bafouiller",
    "articuler",
    "hésiter",
    "trembler",
    "sangloter",
    "persister",
];

/// Stems of -er reporting verbs that double their consonant before a
/// mute e ("appelle", "jette") instead of taking a grave accent.
pub const ER_DOUBLING_STEMS: &[&str] = &["appel", "rappel", "jet", "renouvel"];

/// Second-group (-ir, "-issent") reporting verbs.
pub const REPORTING_VERBS_IR: &[&str] = &[
    "garantir",
    "renchérir",
    "surenchérir",
    "applaudir",
    "réagir",
    "réjouir",
    "avertir",
    "rugir",
    "gémir",
];

/// Irregular reporting verbs with their principal parts: infinitive,
/// present 3sg, present 3pl, imparfait stem, passé simple 3sg, past
/// participle, futur stem. Every other form is generated from these.
pub const REPORTING_VERBS_IRREGULAR: &[(
    &str,
    &str,
    &str,
    &str,
    &str,
    &str,
    &str,
)] = &[
    ("dire", "dit", "disent", "dis", "dit", "dit", "dir"),
    ("redire", "redit", "redisent", "redis", "redit", "redit", "redir"),
    ("écrire", "écrit", "écrivent", "écriv", "écrivit", "écrit", "écrir"),
    (
        "décrire",
        "décrit",
        "décrivent",
        "décriv",
        "décrivit",
        "décrit",
        "décrir",
    ),
    (
        "poursuivre",
        "poursuit",
        "poursuivent",
        "poursuiv",
        "poursuivit",
        "poursuivi",
        "poursuivr",
    ),
    (
        "reprendre",
        "reprend",
        "reprennent",
        "repren",
        "reprit",
        "repris",
        "reprendr",
    ),
    (
        "prévenir",
        "prévient",
        "préviennent",
        "préven",
        "prévint",
        "prévenu",
        "préviendr",
    ),
    (
        "soutenir",
        "soutient",
        "soutiennent",
        "souten",
        "soutint",
        "soutenu",
        "soutiendr",
    ),
    (
        "maintenir",
        "maintient",
        "maintiennent",
        "mainten",
        "maintint",
        "maintenu",
        "maintiendr",
    ),
    (
        "convenir",
        "convient",
        "conviennent",
        "conven",
        "convint",
        "convenu",
        "conviendr",
    ),
    (
        "souvenir",
        "souvient",
        "souviennent",
        "souven",
        "souvint",
        "souvenu",
        "souviendr",
    ),
    ("admettre", "admet", "admettent", "admett", "admit", "admis", "admettr"),
    (
        "promettre",
        "promet",
        "promettent",
        "promett",
        "promit",
        "promis",
        "promettr",
    ),
    (
        "reconnaître",
        "reconnaît",
        "reconnaissent",
        "reconnaiss",
        "reconnut",
        "reconnu",
        "reconnaîtr",
    ),
    (
        "conclure",
        "conclut",
        "concluent",
        "conclu",
        "conclut",
        "conclu",
        "conclur",
    ),
    (
        "répondre",
        "répond",
        "répondent",
        "répond",
        "répondit",
        "répondu",
        "répondr",
    ),
    (
        "prétendre",
        "prétend",
        "prétendent",
        "prétend",
        "prétendit",
        "prétendu",
        "prétendr",
    ),
    (
        "défendre",
        "défend",
        "défendent",
        "défend",
        "défendit",
        "défendu",
        "défendr",
    ),
    (
        "démentir",
        "dément",
        "démentent",
        "dément",
        "démentit",
        "démenti",
        "démentir",
    ),
    (
        "contredire",
        "contredit",
        "contredisent",
        "contredis",
        "contredit",
        "contredit",
        "contredir",
    ),
    ("prédire", "prédit", "prédisent", "prédis", "prédit", "prédit", "prédir"),
    ("croire", "croit", "croient", "croy", "crut", "cru", "croir"),
    (
        "craindre",
        "craint",
        "craignent",
        "craign",
        "craignit",
        "craint",
        "craindr",
    ),
    (
        "plaindre",
        "plaint",
        "plaignent",
        "plaign",
        "plaignit",
        "plaint",
        "plaindr",
    ),
    ("sourire", "sourit", "sourient", "souri", "sourit", "souri", "sourir"),
    ("rire", "rit", "rient", "ri", "rit", "ri", "rir"),
    ("lire", "lit", "lisent", "lis", "lut", "lu", "lir"),
    (
        "prévoir",
        "prévoit",
        "prévoient",
        "prévoy",
        "prévit",
        "prévu",
        "prévoir",
    ),
    ("émouvoir", "émeut", "émeuvent", "émouv", "émut", "ému", "émouvr"),
    (
        "enquérir",
        "enquiert",
        "enquièrent",
        "enquér",
        "enquit",
        "enquis",
        "enquerr",
    ),
    ("vouloir", "veut", "veulent", "voul", "voulut", "voulu", "voudr"),
    ("faire", "fait", "font", "fais", "fit", "fait", "fer"),
    ("mettre", "met", "mettent", "mett", "mit", "mis", "mettr"),
    (
        "inscrire",
        "inscrit",
        "inscrivent",
        "inscriv",
        "inscrivit",
        "inscrit",
        "inscrir",
    ),
    (
        "interrompre",
        "interrompt",
        "interrompent",
        "interromp",
        "interrompit",
        "interrompu",
        "interrompr",
    ),
];

/// Lemmas that report speech only with their reflexive pronoun
/// ("s’étonne", "se souvient", "s’est exclamé"); without it they mean
/// something else ("cela étonne").
pub const PRONOMINAL_ONLY_VERBS: &[&str] = &[
    "étonner",
    "indigner",
    "insurger",
    "offusquer",
    "exclamer",
    "écrier",
    "esclaffer",
    "gausser",
    "lamenter",
    "désoler",
    "remémorer",
    "souvenir",
    "plaindre",
    "émouvoir",
    "enquérir",
    "réjouir",
    "inquiéter",
    "alarmer",
    "agacer",
    "emporter",
    "énerver",
    "irriter",
    "étrangler",
    "enthousiasmer",
    "enflammer",
    "amuser",
    "excuser",
    "engager",
    "opposer",
    "vouloir",
    "montrer",
];

/// Lemmas that report speech only inside a fixed locution, with the
/// words that must follow ("fait savoir", "a-t-il mis en garde", "met en
/// cause", "s’inscrit en faux"); the tail comes after the participle or
/// the inverted pronoun.
pub const VERB_LOCUTIONS: &[(&str, &str)] = &[
    ("faire", "savoir"),
    ("faire", "valoir"),
    ("faire", "remarquer"),
    ("faire", "observer"),
    ("faire", "part"),
    ("mettre", "en garde"),
    ("mettre", "en cause"),
    ("pointer", "du doigt"),
    ("montrer", "du doigt"),
    ("inscrire", "en faux"),
];

/// Auxiliaries of compound tenses in attributions ("a déclaré", "avait
/// asséné", "aurait affirmé"; "s’est dit", "se sont félicités" with a
/// reflexive).
pub const SPEECH_AUXILIARIES: &[&str] = &[
    "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient",
    "eut", "eurent", "est", "sont", "était", "étaient", "sera", "serait",
    "fut",
];

/// Subject pronouns of inverted incises ("a-t-il ajouté", "explique-t-elle").
pub const INCISE_PRONOUNS: &[&str] = &["il", "elle", "on", "ils", "elles"];

/// Object clitics allowed before an incise verb ("nous a-t-il confié",
/// "lui a-t-elle répondu").
pub const INCISE_CLITICS: &[&str] =
    &["nous", "vous", "lui", "leur", "me", "m’", "te", "t’"];

/// Adverbs that may sit between an auxiliary and its participle, or
/// after an inverted pronoun ("a-t-il aussi fait savoir", "a elle aussi
/// jugé").
pub const INCISE_ADVERBS: &[&str] = &[
    "aussi",
    "encore",
    "également",
    "ensuite",
    "alors",
    "enfin",
    "notamment",
    "même",
    "déjà",
    "toutefois",
    "ainsi",
    "souvent",
    "pourtant",
    "d’ailleurs",
    "elle aussi",
    "lui aussi",
    "eux aussi",
    "elles aussi",
    "simplement",
    "plutôt",
    "en effet",
    "de son côté",
    "par ailleurs",
    "cependant",
    "néanmoins",
    "aussitôt",
    "immédiatement",
    "publiquement",
    "clairement",
    "fermement",
    "longtemps",
    "récemment",
    "d’abord",
    "finalement",
    "toujours",
    "bien",
    "ouvertement",
];

/// Complements that may stand between an incise verb and its named
/// subject; they start with one of these words and are skipped ("»,
/// anticipe à Pékin Andy Rothman", "», indique dans un communiqué le
/// ministère").
pub const INCISE_COMPLEMENT_STARTS: &[&str] = &[
    "à",
    "au",
    "aux",
    "dans",
    "sur",
    "lors",
    "devant",
    "depuis",
    "auprès",
    "via",
    "hier",
    "aujourd’hui",
    "ce",
    "cette",
    "mardi",
    "lundi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "en",
];

/// Framing words after which the speaker is named ("selon le ministère",
/// "d’après elle", "aux yeux de X", "pour lui, «").
pub const FRAMING_WORDS: &[&str] = &[
    "selon",
    "d’après",
    "aux yeux de",
    "à en croire",
    "de l’avis de",
    "dixit",
    "pour",
];

/// Stressed pronouns after a framing word or "pour" ("selon lui", "pour
/// elle"), resolved like subject pronouns.
pub const STRESSED_PRONOUNS: &[(&str, &str)] =
    &[("lui", "il"), ("elle", "elle"), ("eux", "ils"), ("elles", "elles")];

/// Role nouns naming a speaker by what they are, masculine and feminine
/// forms ("le magistrat", "la ministre", "l’avocate de X"); the same
/// word twice is epicene. Read by quotes.rs for speaker_role, gender and
/// role-to-name resolution.
pub const SPEAKER_ROLES: &[(&str, &str)] = &[
    ("ministre", "ministre"),
    ("premier ministre", "première ministre"),
    ("président", "présidente"),
    ("vice-président", "vice-présidente"),
    ("chef de l’état", "cheffe de l’état"),
    ("chef", "cheffe"),
    ("porte-parole", "porte-parole"),
    ("secrétaire", "secrétaire"),
    ("conseiller", "conseillère"),
    ("chancelier", "chancelière"),
    ("commissaire", "commissaire"),
    ("député", "députée"),
    ("eurodéputé", "eurodéputée"),
    ("sénateur", "sénatrice"),
    ("élu", "élue"),
    ("maire", "maire"),
    ("édile", "édile"),
    ("adjoint", "adjointe"),
    ("préfet", "préfète"),
    ("gouverneur", "gouverneure"),
    ("procureur", "procureure"),
    ("juge", "juge"),
    ("magistrat", "magistrate"),
    ("avocat", "avocate"),
    ("bâtonnier", "bâtonnière"),
    ("prévenu", "prévenue"),
    ("accusé", "accusée"),
    ("témoin", "témoin"),
    ("enquêteur", "enquêtrice"),
    ("policier", "policière"),
    ("gendarme", "gendarme"),
    ("colonel", "colonelle"),
    ("général", "générale"),
    ("commandant", "commandante"),
    ("capitaine", "capitaine"),
    ("directeur", "directrice"),
    ("pdg", "pdg"),
    ("patron", "patronne"),
    ("fondateur", "fondatrice"),
    ("cofondateur", "cofondatrice"),
    ("dirigeant", "dirigeante"),
    ("responsable", "responsable"),
    ("délégué", "déléguée"),
    ("syndicaliste", "syndicaliste"),
    ("économiste", "économiste"),
    ("analyste", "analyste"),
    ("chercheur", "chercheuse"),
    ("scientifique", "scientifique"),
    ("expert", "experte"),
    ("politologue", "politologue"),
    ("sociologue", "sociologue"),
    ("historien", "historienne"),
    ("philosophe", "philosophe"),
    ("médecin", "médecin"),
    ("professeur", "professeure"),
    ("enseignant", "enseignante"),
    ("étudiant", "étudiante"),
    ("militant", "militante"),
    ("manifestant", "manifestante"),
    ("commerçant", "commerçante"),
    ("agriculteur", "agricultrice"),
    ("habitant", "habitante"),
    ("riverain", "riveraine"),
    ("imam", "imam"),
    ("prêtre", "prêtre"),
    ("rabbin", "rabbin"),
    ("journaliste", "journaliste"),
    ("auteur", "autrice"),
    ("écrivain", "écrivaine"),
    ("réalisateur", "réalisatrice"),
    ("entraîneur", "entraîneuse"),
    ("sélectionneur", "sélectionneuse"),
    ("joueur", "joueuse"),
    ("attaquant", "attaquante"),
    ("défenseur", "défenseuse"),
    ("gardien", "gardienne"),
    ("coach", "coach"),
    ("candidat", "candidate"),
    ("leader", "leader"),
    ("politique", "politique"),
    ("diplomate", "diplomate"),
    ("ambassadeur", "ambassadrice"),
    ("cadre", "cadre"),
    ("salarié", "salariée"),
    ("employé", "employée"),
    ("ouvrier", "ouvrière"),
    ("artisan", "artisane"),
    ("élève", "élève"),
    ("père", "mère"),
    ("jeune homme", "jeune femme"),
    ("jeune fille", "jeune fille"),
    ("octogénaire", "octogénaire"),
    ("quinquagénaire", "quinquagénaire"),
    ("retraité", "retraitée"),
    ("spécialiste", "spécialiste"),
    ("consultant", "consultante"),
    ("infirmier", "infirmière"),
    ("pompier", "pompière"),
    ("sauveteur", "sauveteuse"),
    ("victime", "victime"),
    ("vacataire", "vacataire"),
    ("confrère", "consœur"),
    ("collègue", "collègue"),
    ("membre", "membre"),
    ("représentant", "représentante"),
    ("pilote", "pilote"),
    ("champion", "championne"),
    ("sportif", "sportive"),
    ("ancien", "ancienne"),
    ("rapporteur", "rapporteuse"),
    ("opérateur", "opératrice"),
    ("technicien", "technicienne"),
    ("ingénieur", "ingénieure"),
    ("soignant", "soignante"),
];

/// Demonstratives and definites that point back to the last person
/// named ("ce dernier", "l’intéressée").
pub const ANAPHORS: &[&str] = &[
    "ce dernier",
    "cette dernière",
    "celui-ci",
    "celle-ci",
    "l’intéressé",
    "l’intéressée",
];

/// Role nouns that describe a person rather than name an office ("le
/// politique letton", "le responsable"): a quote given to one may go to
/// the last person named even when that person holds another title.
/// Lower case, matched against the role's head noun.
pub const DESCRIPTOR_ROLES: &[&str] = &[
    "politique",
    "homme politique",
    "femme politique",
    "responsable",
    "dirigeant",
    "dirigeante",
    "élu",
    "élue",
    "diplomate",
    "chef",
    "cheffe",
    "intéressé",
    "intéressée",
    "haut fonctionnaire",
    "expert",
    "experte",
    "spécialiste",
];

/// Role nouns that name the same kind of person in news copy, so that
/// "le magistrat" finds "le président du tribunal, Denis Weisbuch".
/// Pairs (role used, role first given); prefix match.
pub const ROLE_SYNONYMS: &[(&str, &str)] = &[
    ("magistrat", "juge"),
    ("magistrat", "président du tribunal"),
    ("magistrat", "présidente du tribunal"),
    ("magistrat", "procureur"),
    ("magistrate", "juge"),
    ("magistrate", "présidente du tribunal"),
    ("magistrate", "procureure"),
    ("édile", "maire"),
    ("élu", "député"),
    ("élu", "sénateur"),
    ("élu", "maire"),
    ("élue", "députée"),
    ("élue", "sénatrice"),
    ("élue", "maire"),
    ("chef de l’état", "président"),
    ("ministre", "ministre"),
    ("diplomate", "ambassadeur"),
    ("diplomate", "chef de la diplomatie"),
];

/// Head nouns of bodies that can speak ("la préfecture du Nord", "le
/// ministère russe de la Défense", "le parquet de Paris").
pub const SPEAKING_BODIES: &[&str] = &[
    "ministère",
    "préfecture",
    "gouvernement",
    "mairie",
    "parquet",
    "police",
    "gendarmerie",
    "commission",
    "présidence",
    "élysée",
    "kremlin",
    "pentagone",
    "armée",
    "ambassade",
    "tribunal",
    "cour",
    "syndicat",
    "association",
    "fédération",
    "agence",
    "direction",
    "rectorat",
    "hôpital",
    "club",
    "conseil",
    "département",
    "région",
    "municipalité",
    "entreprise",
    "société",
    "groupe",
    "parti",
    "état-major",
    "autorité",
    "service",
    "office",
    "institut",
    "banque",
    "organisation",
    "comité",
    "collectif",
    "ong",
    "onu",
    "otan",
    "fondation",
    "maison blanche",
    "quai d’orsay",
    "matignon",
    "chancellerie",
    "communauté",
    "procureur",
];

/// Vague sources: an attribution to one of these gives `speaker: null`
/// ("un proche du ministre", "l’entourage du Premier ministre", "une
/// source proche du dossier").
pub const VAGUE_SPEAKERS: &[&str] = &[
    "proche",
    "proches",
    "entourage",
    "source",
    "sources",
    "habitants",
    "témoins",
    "internautes",
    "observateurs",
    "spécialistes",
    "experts",
    "analystes",
    "syndicats",
];

/// Words right before an opening quote mark that make the quoted words a
/// title, a name or a charge rather than speech ("le livre « … »",
/// "baptisé « … »", "poursuivi pour « apologie du terrorisme »").
/// Matched as the last word, or last word + "de"/"pour", before the mark.
pub const TITLE_CUES: &[&str] = &[
    "livre",
    "film",
    "ouvrage",
    "roman",
    "essai",
    "émission",
    "série",
    "opération",
    "baptisé",
    "baptisée",
    "baptisés",
    "baptisées",
    "intitulé",
    "intitulée",
    "intitulés",
    "intitulées",
    "surnommé",
    "surnommée",
    "dénommé",
    "dénommée",
    "nommé",
    "nommée",
    "newsletter",
    "chronique",
    "rubrique",
    "slogan",
    "hashtag",
    "mot-clé",
    "mention",
    "label",
    "titre",
    "documentaire",
    "spectacle",
    "exposition",
    "album",
    "chanson",
    "pièce",
    "journal",
    "magazine",
    "podcast",
    "programme",
    "plan",
    "dispositif",
    "festival",
    "projet",
    "rapport",
    "campagne",
    "pétition",
    "tribune",
    "mot",
    "terme",
    "expression",
    "formule",
    "nom",
    "poursuivi",
    "poursuivie",
    "poursuivis",
    "poursuivies",
    "condamné",
    "condamnée",
    "condamnés",
    "condamnées",
    "inculpé",
    "inculpée",
    "mis en examen",
    "mise en examen",
    "accusé",
    "accusée",
    "soupçonné",
    "soupçonnée",
    "jugé pour",
    "jugée pour",
    "délit",
    "chefs",
    "qualification",
    "motif",
    "infraction",
    "crime",
    "chef d’accusation",
    "prend le nom",
    "prend le nom d’",
    "sous le nom de",
    "appelé",
    "appelée",
    "dite",
    "alias",
    "association",
    "collectif",
    "mouvement",
    "site",
    "page",
    "compte",
    "groupe",
    "loi",
    "hôtel",
    "restaurant",
    "bar",
    "entreprise",
    "société",
    "marque",
    "logiciel",
    "application",
    "appli",
    "réseau",
    "thème",
    "édition",
    "numéro",
    "hors-série",
    "opus",
    "clip",
    "morceau",
    "concept",
    "stratégie",
    "doctrine",
];

/// Capitalised words that never open a person's name: articles,
/// pronouns, conjunctions, prepositions and sentence adverbs.
pub const NAME_STOPWORDS: &[&str] = &[
    "le",
    "la",
    "les",
    "l’",
    "un",
    "une",
    "des",
    "du",
    "de",
    "d’",
    "ce",
    "cet",
    "cette",
    "ces",
    "il",
    "elle",
    "ils",
    "elles",
    "on",
    "nous",
    "vous",
    "je",
    "j’",
    "tu",
    "mais",
    "et",
    "ou",
    "pour",
    "selon",
    "si",
    "dans",
    "avec",
    "en",
    "au",
    "aux",
    "à",
    "a",
    "sur",
    "par",
    "depuis",
    "après",
    "avant",
    "pendant",
    "lors",
    "quand",
    "comme",
    "alors",
    "ainsi",
    "certes",
    "pourtant",
    "enfin",
    "ensuite",
    "puis",
    "or",
    "donc",
    "car",
    "cela",
    "ça",
    "c’est",
    "c’",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "tout",
    "tous",
    "toute",
    "toutes",
    "chaque",
    "plusieurs",
    "aucun",
    "aucune",
    "dès",
    "face",
    "malgré",
    "sans",
    "sous",
    "entre",
    "vers",
    "chez",
    "contre",
    "outre",
    "hier",
    "aujourd’hui",
    "demain",
    "mon",
    "ma",
    "mes",
    "notre",
    "nos",
    "votre",
    "vos",
    "qui",
    "que",
    "qu’",
    "quoi",
    "où",
    "dont",
    "lorsque",
    "puisque",
    "parce",
    "ni",
    "non",
    "oui",
    "très",
    "plus",
    "moins",
    "bien",
    "déjà",
    "encore",
    "aussi",
    "même",
    "seul",
    "seule",
    "autre",
    "autres",
    "cependant",
    "néanmoins",
    "toutefois",
    "désormais",
    "ici",
    "là",
    "voici",
    "voilà",
    "près",
    "loin",
    "fin",
    "début",
    "mi",
    "mi-mars",
    "selon",
    "d’après",
    "monsieur",
    "madame",
    "m.",
    "mme",
    "mlle",
    "me",
    "dr",
    "pr",
    "mgr",
    "saint",
    "sainte",
    "président",
    "présidente",
    "ministre",
    "rue",
    "place",
    "avenue",
    "boulevard",
    "université",
    "lycée",
    "collège",
    "école",
    "hôpital",
    "institut",
    "commission",
    "conseil",
    "cour",
    "tribunal",
    "parlement",
    "assemblée",
    "sénat",
    "union",
    "fédération",
    "fonds",
    "banque",
    "organisation",
    "parti",
    "ligue",
    "front",
    "mouvement",
    "maison",
    "ministère",
    "gouvernement",
    "préfecture",
    "mairie",
    "état",
    "etat",
    "états",
    "etats",
    "république",
    "nord",
    "sud",
    "est",
    "ouest",
    "article",
    "photo",
    "vidéo",
    "lire",
    "voir",
    "regarder",
    "écouter",
];

/// Prepositions and articles after which a capitalised word is a place,
/// an organisation or a complement, not the subject of a sentence ("à
/// Pékin", "du Kremlin", "la Stampa").
pub const COMPLEMENT_WORDS: &[&str] = &[
    "à", "a", "en", "de", "d’", "du", "des", "au", "aux", "vers", "depuis",
    "dans", "sur", "sous", "le", "la", "les", "l’", "un", "une", "par",
    "pour", "entre", "contre", "après", "avant", "près", "via", "outre",
];

/// Prepositions of place: "à Pékin Andy Rothman" starts with a place.
pub const PLACE_PREPOSITIONS: &[&str] =
    &["à", "en", "depuis", "vers", "au", "aux", "dans"];

/// Prepositions after which a capitalised word is still a person one
/// talks with ("en discutant avec Pasiphae", "chez Mohammed").
pub const PERSON_PREPOSITIONS: &[&str] = &["avec", "chez"];

/// Prepositions that end a role phrase belonging to someone else
/// ("l’avocate de" Yassin E.).
pub const ROLE_LINK_PREPOSITIONS: &[&str] = &[
    "de", "d’", "du", "des", "à", "au", "aux", "pour", "par", "avec", "chez",
];

/// Determiners that open a noun phrase naming a speaker ("le magistrat",
/// "cette dernière", "son avocate").
pub const DETERMINERS: &[&str] = &[
    "le", "la", "l’", "les", "un", "une", "ce", "cet", "cette", "son", "sa",
    "leur",
];

/// Determiners that make a following word a noun, not a verb ("des
/// notes", "ses critiques").
pub const NOUN_DETERMINERS: &[&str] =
    &["des", "du", "ses", "leurs", "mes", "nos", "vos"];

/// Definite articles: "le « maillon faible »" names a thing unless a
/// reporting verb governs it.
pub const DEFINITE_ARTICLES: &[&str] = &["le", "la", "les", "l’"];

/// Possessives: "ses « recommandations »" names a thing.
pub const POSSESSIVES: &[&str] =
    &["son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos"];

/// Words that end a noun phrase naming a speaker ("le chancelier au
/// quotidien italien", "le juge qui…", "la jeune femme s’inquiète").
pub const PHRASE_STOPS: &[&str] = &[
    "qui", "que", "qu’", "se", "s’", "dans", "lors", "devant", "depuis",
    "auprès", "sur", "avant", "après", "pendant", "a", "avait", "est",
    "était", "et", "ou", "au", "aux", "en", "m’", "lui", "leur", "nous",
    "vous", "ne", "n’",
];

/// Auxiliaries that need a reflexive pronoun to report speech ("s’est
/// étonné"; "est dit" alone is not speech).
pub const ETRE_AUXILIARIES: &[&str] =
    &["est", "sont", "était", "étaient", "sera", "serait", "fut"];

/// Reflexive pronouns of pronominal reporting verbs.
pub const REFLEXIVE_PRONOUNS: &[&str] = &["se", "s’"];

/// Honorifics that show a woman ("Mme Durand").
pub const FEMININE_HONORIFICS: &[&str] =
    &["mme", "mme.", "madame", "mlle", "mlle.", "mademoiselle"];

/// Words that may open an incise before its verb ("», comme l’explique
/// le ministère", "», ainsi que le souligne X").
pub const INCISE_LEADS: &[&str] = &[
    "comme l’",
    "comme le",
    "comme la",
    "ainsi que le",
    "ainsi que la",
    "ainsi que l’",
    "comme",
];

/// Relative pronoun standing for the person just named ("plaide
/// l’imam, qui jure avoir…").
pub const SUBJECT_RELATIVES: &[&str] = &["qui"];

/// Framings whose speaker is the person last named ("à ses yeux, «").
pub const FRAMING_ANAPHORS: &[&str] = &["à ses yeux", "à leurs yeux"];

/// Words after a weekday in a time complement ("lundi soir").
pub const DAY_PARTS: &[&str] = &["soir", "matin", "midi", "après-midi"];

/// Time words that are a complement on their own ("», a-t-il dit hier
/// le ministre").
pub const TIME_WORDS: &[&str] = &["hier", "aujourd’hui", "avant-hier"];

/// Words after a title cue that still belong to it ("poursuivi pour «",
/// "le nom de «").
pub const TITLE_CUE_LINKS: &[&str] =
    &["de", "d’", "du", "des", "pour", "la", "le", "les", "l’"];

/// Framing words that frame a speech only when a comma follows the
/// name ("Pour Nadia Benali, « … »"; "poursuivi pour « … »" is not).
pub const COMMA_FRAMINGS: &[&str] = &["pour"];

/// Subject pronouns with what they can stand for: 'm' a man (or a
/// person of unknown gender), 'f' a woman, 'p' a group, 'i' nobody in
/// particular ("on").
pub const SUBJECT_PRONOUNS: &[(&str, char)] =
    &[("il", 'm'), ("elle", 'f'), ("ils", 'p'), ("elles", 'p'), ("on", 'i')];

/// Indefinite articles: "confie une habitante", "un proche" name nobody
/// in particular, so the speaker is null.
pub const INDEFINITE_ARTICLES: &[&str] = &["un", "une", "des"];
