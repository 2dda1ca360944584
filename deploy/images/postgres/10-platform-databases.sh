#!/usr/bin/env bash
# First start only: one database per service, named in POSTGRES_MULTIPLE_DATABASES (comma or
# space separated), owned by POSTGRES_USER. Nothing happens when the variable is unset.
set -euo pipefail
databases="${POSTGRES_MULTIPLE_DATABASES:-}"
for db in ${databases//,/ }; do
  echo "creating database $db"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --no-password --no-psqlrc --dbname postgres \
    --set db="$db" <<'SQL'
SELECT format('CREATE DATABASE %I', :'db') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db')\gexec
SQL
done
