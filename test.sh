#!/usr/bin/env bash
# The one test command: installs what a fresh Debian machine lacks, builds, runs every test project and
# prints "N passed, N failed". Exits non-zero when a prerequisite is missing, a test fails or none ran.
set -euo pipefail
cd "$(dirname "$0")"

fail() { echo "test.sh: $*" >&2; exit 1; }

command -v dotnet >/dev/null || fail "the .NET SDK (dotnet) is not installed."

# Debian's Chromium for the browser tests; Playwright cannot download a browser of its own here.
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium for the browser tests..."
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq || fail "apt-get update failed; Chromium is needed for the browser tests."
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-dejavu-core fonts-liberation >/dev/null \
    || fail "could not install Chromium (apt-get install chromium); the browser tests need it."
fi
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is still missing."

# LibreOffice and poppler for the round trips of a rendered letter (docx -> pdf -> text) and of an Excel export
# (xlsx -> csv, which needs Calc's filters).
has_calc() { [ -e /usr/lib/libreoffice/program/libscfiltlo.so ]; }
if ! command -v soffice >/dev/null || ! command -v pdftotext >/dev/null || ! has_calc; then
  echo "Installing LibreOffice Writer and Calc and poppler-utils for the document round-trip tests..."
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq || fail "apt-get update failed; LibreOffice is needed for the document round-trip tests."
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-liberation >/dev/null \
    || fail "could not install LibreOffice (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils); the document round-trip tests need it."
fi
command -v soffice >/dev/null || fail "soffice is still missing."
command -v pdftotext >/dev/null || fail "pdftotext is still missing."
has_calc || fail "LibreOffice Calc is still missing."

# The reference spelling of Indonesian numbers for the terbilang differential test.
command -v node >/dev/null || fail "Node.js (node) is not installed; the terbilang differential test needs it (apt-get install nodejs npm)."
command -v npm >/dev/null || fail "npm is not installed; it installs the terbilang oracle (apt-get install npm)."
npm ci --prefix tests/KejaksaanDatun.Documents.Tests/terbilang-oracle --no-audit --no-fund \
  || fail "npm ci failed in tests/KejaksaanDatun.Documents.Tests/terbilang-oracle (the terbilang oracle package)."

dotnet restore KejaksaanDatun.sln
dotnet build KejaksaanDatun.sln -c Release --no-restore -v minimal \
  || { echo "test.sh: the build failed; no test was run." >&2; echo "0 passed, 0 failed"; exit 1; }

results="$PWD/TestResults"
rm -rf "$results"
mkdir -p "$results"
status=0
for project in tests/*/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" -c Release --no-build --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
  [ -f "$results/$name.trx" ] || { echo "test.sh: $name produced no results." >&2; status=1; }
done

# Sum the counters of every project's results file.
passed=0; failed=0; executed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed)))
  executed=$((executed + $(value executed)))
done

if [ "$executed" -eq 0 ]; then
  echo "test.sh: no test was executed." >&2
  status=1
fi
[ "$failed" -eq 0 ] || status=1
echo "$passed passed, $failed failed"
exit $status
