-- Assignments (oppdrag) from the allocation letters, their text parts, references, budget lines and history.
-- Content exempt from public disclosure (offl. § 22) is stored apart: an exempt part is its own row flagged
-- unntatt; a wholly exempt assignment (unntak = 'WHOLE') has its title exempt too. Nothing outside the read path
-- (the views oppdrag_offentlig/oppdrag_full and their siblings below) shows these tables.

-- Register keys O-<year>-<n>: one counter per year, never reused because assignments are never deleted.
CREATE TABLE oppdrag_nokkelteller (
    aar    integer PRIMARY KEY,
    siste  integer NOT NULL
);

CREATE TABLE oppdrag (
    id              bigserial PRIMARY KEY,
    nokkel          text        NOT NULL UNIQUE,
    offisiell_id    text,
    -- The id shown and used in URLs: the official id where it is unique, else the key.
    visnings_id     text        NOT NULL,
    -- Row of the letter (tildelingsbrev module) it came from; no foreign key across modules. Null when carried over.
    brev_id         bigint,
    aar             integer     NOT NULL,
    etat_id         bigint      NOT NULL REFERENCES etat (id),
    seksjon         text,
    seksjon_tittel  text,
    hod_avdelinger  text[]      NOT NULL DEFAULT '{}',
    tittel          text        NOT NULL,
    tittel_norm     text        NOT NULL,
    unntak          text        NOT NULL DEFAULT 'NONE' CHECK (unntak IN ('NONE', 'PARTS', 'WHOLE')),
    frister         date[]      NOT NULL DEFAULT '{}',
    forste_frist    date,
    frist_tekst     text,
    status          text        NOT NULL DEFAULT 'IKKE_STARTET' CHECK (status IN ('IKKE_STARTET', 'PAAGAAR',
                        'FORSINKET', 'LEVERT', 'FULLFORT', 'UTGAAR', 'VIDEREFORT')),
    fremdrift       text,
    forventet_dato  date,
    status_grunn    text,
    divisjon_id     bigint      REFERENCES enhet (id),
    avdeling_id     bigint      REFERENCES enhet (id),
    opphav_id       bigint      REFERENCES oppdrag (id),
    fjernet         boolean     NOT NULL DEFAULT false,
    -- Natural order of the shown id: TB2025-2 before TB2025-10.
    sort_prefiks    text        NOT NULL,
    sort_nr         integer     NOT NULL,
    -- Search: the public text (ids, title unless wholly exempt, public parts) and the full text; and the title alone
    -- (small, so ranking title matches first stays cheap).
    sok_offentlig   tsvector    NOT NULL DEFAULT ''::tsvector,
    sok_full        tsvector    NOT NULL DEFAULT ''::tsvector,
    sok_tittel_offentlig tsvector NOT NULL DEFAULT ''::tsvector,
    sok_tittel_full tsvector    NOT NULL DEFAULT ''::tsvector,
    opprettet       timestamptz NOT NULL DEFAULT now(),
    endret          timestamptz NOT NULL DEFAULT now(),
    versjon         bigint      NOT NULL DEFAULT 0
);
CREATE INDEX oppdrag_brev ON oppdrag (brev_id);
CREATE INDEX oppdrag_offisiell_id ON oppdrag (lower(offisiell_id));
CREATE INDEX oppdrag_visnings_id ON oppdrag (lower(visnings_id));
CREATE INDEX oppdrag_nokkel_lav ON oppdrag (lower(nokkel));
CREATE INDEX oppdrag_aar_etat ON oppdrag (aar, etat_id);
CREATE INDEX oppdrag_status ON oppdrag (status);
CREATE INDEX oppdrag_divisjon ON oppdrag (divisjon_id);
CREATE INDEX oppdrag_forste_frist ON oppdrag (forste_frist);
CREATE INDEX oppdrag_naturlig ON oppdrag (sort_prefiks, sort_nr, nokkel);
CREATE INDEX oppdrag_opphav ON oppdrag (opphav_id);
CREATE INDEX oppdrag_hod_avdelinger ON oppdrag USING gin (hod_avdelinger);
CREATE INDEX oppdrag_sok_offentlig ON oppdrag USING gin (sok_offentlig);
CREATE INDEX oppdrag_sok_full ON oppdrag USING gin (sok_full);

-- Every word of the assignments (3 letters or more), for near-miss spellings: a query word is widened by trigram
-- similarity to the words here, and the widened query then runs against the viewer's full-text column. offentlig: the
-- word occurs in some public text; an uncleared viewer's query is widened only with those. A word that later
-- disappears stays here harmlessly: the full-text column decides what matches.
CREATE TABLE oppdrag_sokeord (
    ord        text    PRIMARY KEY,
    offentlig  boolean NOT NULL DEFAULT false
);
CREATE INDEX oppdrag_sokeord_trigram ON oppdrag_sokeord USING gin (ord gin_trgm_ops);

-- The text in paragraphs/points, in order.
CREATE TABLE oppdrag_del (
    oppdrag_id  bigint  NOT NULL REFERENCES oppdrag (id),
    nr          integer NOT NULL,
    tekst       text    NOT NULL,
    unntatt     boolean NOT NULL,
    PRIMARY KEY (oppdrag_id, nr)
);

-- Official ids of other assignments this one refers to (jf. TB2023-30); resolved when read, also across years.
CREATE TABLE oppdrag_referanse (
    oppdrag_id  bigint NOT NULL REFERENCES oppdrag (id),
    til_id      text   NOT NULL,
    PRIMARY KEY (oppdrag_id, til_id)
);
CREATE INDEX oppdrag_referanse_til ON oppdrag_referanse (lower(til_id));

-- Budget lines (kapittel, post) the assignment cites.
CREATE TABLE oppdrag_budsjett (
    oppdrag_id  bigint  NOT NULL REFERENCES oppdrag (id),
    kapittel    integer NOT NULL,
    post        integer NOT NULL,
    PRIMARY KEY (oppdrag_id, kapittel, post)
);
CREATE INDEX oppdrag_budsjett_linje ON oppdrag_budsjett (kapittel, post);

-- Every change: who, when, what from, what to. Append-only (the trigger refuses updates and deletes).
-- unntatt marks rows whose values are exempt content (the title of a wholly exempt assignment).
CREATE TABLE oppdrag_historikk (
    id           bigserial   PRIMARY KEY,
    oppdrag_id   bigint      NOT NULL REFERENCES oppdrag (id),
    tidspunkt    timestamptz NOT NULL DEFAULT now(),
    bruker_id    bigint,
    bruker_navn  text        NOT NULL,
    type         text        NOT NULL,
    felt         text,
    fra          text,
    til          text,
    notat        text,
    unntatt      boolean     NOT NULL DEFAULT false
);
CREATE INDEX oppdrag_historikk_oppdrag ON oppdrag_historikk (oppdrag_id, id);

CREATE FUNCTION oppdrag_historikk_uforanderlig() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Historikken for oppdrag kan ikke endres eller slettes.';
END
$$;
CREATE TRIGGER oppdrag_historikk_bare_tillegg BEFORE UPDATE OR DELETE ON oppdrag_historikk
    FOR EACH ROW EXECUTE FUNCTION oppdrag_historikk_uforanderlig();

-- The read path. Every page, export, API and search reads through exactly one pair of these views, chosen by the
-- viewer's clearance: *_full for cleared users, *_offentlig for everyone else. The public views replace exempt
-- content with the placeholder and search only the public text, so an exempt word can never match.
CREATE VIEW oppdrag_full AS
SELECT o.id, o.nokkel, o.offisiell_id, o.visnings_id, o.brev_id, o.aar, o.etat_id, o.seksjon, o.seksjon_tittel,
       o.hod_avdelinger, o.tittel, false AS tittel_skjult, o.unntak, o.frister, o.forste_frist, o.frist_tekst,
       o.status, o.fremdrift, o.forventet_dato, o.status_grunn, o.divisjon_id, o.avdeling_id, o.opphav_id, o.fjernet,
       o.sort_prefiks, o.sort_nr, o.endret, o.versjon, o.sok_full AS sok, o.sok_tittel_full AS sok_tittel
FROM oppdrag o;

CREATE VIEW oppdrag_offentlig AS
SELECT o.id, o.nokkel, o.offisiell_id, o.visnings_id, o.brev_id, o.aar, o.etat_id, o.seksjon, o.seksjon_tittel,
       o.hod_avdelinger,
       CASE WHEN o.unntak = 'WHOLE' THEN 'Unntatt offentlighet, jf. offl. § 22' ELSE o.tittel END AS tittel,
       o.unntak = 'WHOLE' AS tittel_skjult, o.unntak, o.frister, o.forste_frist, o.frist_tekst, o.status,
       CASE WHEN o.unntak = 'WHOLE' THEN NULL ELSE o.fremdrift END AS fremdrift, o.forventet_dato,
       CASE WHEN o.unntak = 'WHOLE' THEN NULL ELSE o.status_grunn END AS status_grunn,
       o.divisjon_id, o.avdeling_id, o.opphav_id, o.fjernet,
       o.sort_prefiks, o.sort_nr, o.endret, o.versjon, o.sok_offentlig AS sok,
       o.sok_tittel_offentlig AS sok_tittel
FROM oppdrag o;

CREATE VIEW oppdrag_del_full AS
SELECT d.oppdrag_id, d.nr, d.tekst, d.unntatt, false AS skjult
FROM oppdrag_del d;

CREATE VIEW oppdrag_del_offentlig AS
SELECT d.oppdrag_id, d.nr,
       CASE WHEN d.unntatt OR o.unntak = 'WHOLE' THEN 'Unntatt offentlighet, jf. offl. § 22' ELSE d.tekst END AS tekst,
       d.unntatt, (d.unntatt OR o.unntak = 'WHOLE') AS skjult
FROM oppdrag_del d JOIN oppdrag o ON o.id = d.oppdrag_id;

CREATE VIEW oppdrag_historikk_full AS
SELECT h.id, h.oppdrag_id, h.tidspunkt, h.bruker_navn, h.type, h.felt, h.fra, h.til, h.notat, false AS skjult
FROM oppdrag_historikk h;

-- Values and notes of a wholly exempt assignment may carry exempt content; the public view keeps who, when, what.
CREATE VIEW oppdrag_historikk_offentlig AS
-- Status, routing and dates stay visible; they say nothing about the content.
SELECT h.id, h.oppdrag_id, h.tidspunkt, h.bruker_navn, h.type, h.felt,
       CASE WHEN h.unntatt OR (o.unntak = 'WHOLE' AND h.felt NOT IN ('status', 'divisjon', 'avdeling', 'frister',
           'forventet_dato', 'unntak')) THEN NULL ELSE h.fra END AS fra,
       CASE WHEN h.unntatt OR (o.unntak = 'WHOLE' AND h.felt NOT IN ('status', 'divisjon', 'avdeling', 'frister',
           'forventet_dato', 'unntak')) THEN NULL ELSE h.til END AS til,
       CASE WHEN h.unntatt OR o.unntak = 'WHOLE' THEN NULL ELSE h.notat END AS notat,
       (h.unntatt OR o.unntak = 'WHOLE') AS skjult
FROM oppdrag_historikk h JOIN oppdrag o ON o.id = h.oppdrag_id;
