#!/usr/bin/env bash
# Add an EF Core migration for both providers (SQLite and PostgreSQL), from the one model.
# Usage: scripts/add-migration.sh NAME
set -euo pipefail
name="${1:?usage: scripts/add-migration.sh NAME}"
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dotnet tool restore >/dev/null
dotnet build src/Tandem.Web -v q -nologo
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project src/Tandem.Web --no-build \
    --context "${provider}AppDbContext" --output-dir "Data/Migrations/$provider"
done
