-- Sign-on through OpenID Connect (issue #7). A user who signs in through the identity provider for the first time is
-- created without a role and waits until an admin grants one: the role becomes optional (NULL = waiting). The checks
-- on rolle from V1 and V70 let NULL through as they stand.
ALTER TABLE bruker ALTER COLUMN rolle DROP NOT NULL;

-- The identity provider's stable identity of the user (issuer and subject, "iss" and "sub"). Users are found by it
-- first, so a later change of the user name at the provider neither creates a second user nor hands this one to
-- someone else. Both or neither.
ALTER TABLE bruker ADD COLUMN oidc_issuer text;
ALTER TABLE bruker ADD COLUMN oidc_subject text;
ALTER TABLE bruker ADD CONSTRAINT oidc_identitet_hel
    CHECK ((oidc_issuer IS NULL) = (oidc_subject IS NULL));
CREATE UNIQUE INDEX bruker_unik_oidc_identitet ON bruker (oidc_issuer, oidc_subject) WHERE oidc_subject IS NOT NULL;
