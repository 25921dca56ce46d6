#!/usr/bin/env bash
# Regenerates the initial EF Core migration of both providers and the idempotent SQL Server script.
# Run after changing the model; the test Neither_provider_has_pending_model_changes fails until you do.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build database/Sqlite -v q >/dev/null && dotnet build database/SqlServer -v q >/dev/null

for provider in Sqlite SqlServer; do
  project="database/$provider/KejaksaanDatun.Migrations.$provider.csproj"
  rm -rf "database/$provider/Migrations"
  dotnet ef migrations add Initial --project "$project" --startup-project "$project" --output-dir Migrations
done

mkdir -p database/sqlserver-scripts
dotnet ef migrations script --idempotent \
  --project database/SqlServer/KejaksaanDatun.Migrations.SqlServer.csproj \
  --startup-project database/SqlServer/KejaksaanDatun.Migrations.SqlServer.csproj \
  --output database/sqlserver-scripts/datun-idempotent.sql
echo "Migrations and database/sqlserver-scripts/datun-idempotent.sql regenerated."
