-- The RSA key (a private JWK) that signs access tokens, shared by every instance. The first instance
-- to start writes it; the primary key lets only one row in, so instances starting together agree.
-- Whoever reads this table can sign tokens: only the identity service's role may.
CREATE TABLE signing_key (
    id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    jwk text NOT NULL,
    created_at timestamptz NOT NULL
);
