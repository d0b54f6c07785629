-- The organisation module's additions: the names a unit had, and the ministry's departments as data.

-- A unit is never deleted; when it is renamed, the name it had is kept here with the time it stopped being used.
CREATE TABLE enhet_navn (
    id          bigserial PRIMARY KEY,
    enhet_id    bigint      NOT NULL REFERENCES enhet (id),
    navn        text        NOT NULL,
    gyldig_til  timestamptz NOT NULL DEFAULT now(),
    endret_av   text
);
CREATE INDEX enhet_navn_enhet ON enhet_navn (enhet_id);

ALTER TABLE enhet ADD COLUMN opprettet timestamptz NOT NULL DEFAULT now();
ALTER TABLE enhet ADD COLUMN deaktivert timestamptz;

-- The ministry's departments (FHA, SHA, ...). Codes change over the years, so they are rows with a validity period.
CREATE TABLE departementsavdeling (
    id          bigserial PRIMARY KEY,
    kode        text NOT NULL,
    navn        text NOT NULL,
    gyldig_fra  date,
    gyldig_til  date,
    CONSTRAINT departementsavdeling_periode CHECK (gyldig_til IS NULL OR gyldig_fra IS NULL OR gyldig_fra <= gyldig_til)
);
CREATE UNIQUE INDEX departementsavdeling_unik ON departementsavdeling (upper(kode), coalesce(gyldig_fra, DATE '0001-01-01'));

-- The codes seen in the letters. KFI is seen without an explanation; its name is left as the code for an admin to fill in.
INSERT INTO departementsavdeling (kode, navn) VALUES
    ('FHA', 'Folkehelseavdelingen'),
    ('KTA', 'Kommunetjenesteavdelingen'),
    ('SHA', 'Spesialisthelsetjenesteavdelingen'),
    ('HRA', 'Helserettsavdelingen'),
    ('DIG', 'Digitaliseringsavdelingen'),
    ('ADA', 'Administrasjonsavdelingen'),
    ('EHE', 'E-helseavdelingen'),
    ('EIA', 'Eieravdelingen'),
    ('OTA', 'Omsorgstjenesteavdelingen'),
    ('PTA', 'Primærhelsetjenesteavdelingen'),
    ('KFI', 'KFI');
