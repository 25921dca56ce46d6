#!/usr/bin/env bash
# Adds a migration named $1 to both providers and regenerates the idempotent SQL Server script.
# Run after changing the model; the test Neither_provider_has_pending_model_changes fails until you do.
set -euo pipefail
name="${1:?usage: database/add-migration.sh MigrationName}"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build database/Sqlite -v q >/dev/null && dotnet build database/SqlServer -v q >/dev/null

for provider in Sqlite SqlServer; do
  project="database/$provider/KejaksaanDatun.Migrations.$provider.csproj"
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations
done

mkdir -p database/sqlserver-scripts
dotnet ef migrations script --idempotent \
  --project database/SqlServer/KejaksaanDatun.Migrations.SqlServer.csproj \
  --startup-project database/SqlServer/KejaksaanDatun.Migrations.SqlServer.csproj \
  --output database/sqlserver-scripts/datun-idempotent.sql
echo "Migration $name added; database/sqlserver-scripts/datun-idempotent.sql regenerated."
