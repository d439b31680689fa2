#!/usr/bin/env bash
# The everyday loop on the real corpus, beside Hugo over the same notes, interleaved round by round:
#   - Hugo (Debian's hugo, installed if missing) rendering every note of a minimal site;
#   - `dotnet build` from clean of a console app with one PackageReference to the packed CorpusGen, csc as a
#     process (UseSharedCompilation=false) and with the compiler server (fresh server, then warm);
#   - with the warm server: edit one note, add one, rename one, each followed by `dotnet build`;
#   - the app itself: first access to notes, backlinks, links, sections, timestamps; working set.
# Prints each run, then medians and ratios to Hugo. The notes are read from ../shared/real/tubegraph/content;
# the edit rounds work on a temporary copy (deleted at the end), never on the original.
#
# Usage: tests/CorpusGen.Benchmarks/build-vs-hugo.sh [rounds] [notes-folder]   (default: 3 rounds, the real corpus)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
here="$repo/tests/CorpusGen.Benchmarks/build-vs-hugo"
rounds=${1:-3}
source_notes=${2:-"$repo/../shared/real/tubegraph/content"}
if [[ ! -d "$source_notes" ]]; then
  echo "SKIPPED: no notes at $source_notes (../shared/real is absent); nothing measured."
  exit 0
fi
source_notes="$(cd "$source_notes" && pwd)"
if ! command -v hugo >/dev/null; then
  echo "installing Debian's hugo..."
  (apt-get install -y hugo >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y hugo >/dev/null 2>&1; }) \
    || { echo "hugo is not installed and could not be installed (apt-get install hugo)" >&2; exit 2; }
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

work=$(mktemp -d)
trap 'dotnet build-server shutdown >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
notes="$work/notes"
cp -r "$source_notes" "$notes"
count=$(find "$notes" -name '*.md' | wc -l)
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(hugo version | cut -d' ' -f1-2), dotnet $(dotnet --version), $count notes"

# The package, packed from this clone, and the consumer app (README: "Use it in your project").
dotnet pack "$repo/src/CorpusGen.Runtime" -c Release -o "$work/feed" -nologo -v:q >/dev/null
version=$(ls "$work/feed" | sed -n 's/^CorpusGen\.\([0-9.]*\)\.nupkg$/\1/p')
app="$work/app"
mkdir -p "$app"
cat >"$app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources><add key="corpusgen-local" value="$work/feed" /></packageSources>
  <packageSourceMapping>
    <packageSource key="corpusgen-local"><package pattern="CorpusGen" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML
cat >"$app/TubeGraph.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <CorpusGenNotesRoot>$notes/</CorpusGenNotesRoot>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="CorpusGen" Version="$version" />
    <GlobalAnalyzerConfigFiles Include="lowered.globalconfig" />
  </ItemGroup>
</Project>
XML
# The real notes have thousands of defects: every one reported, as a warning, so the build succeeds.
cp "$repo/tests/RealCorpusBuild/RealCorpusBuild.globalconfig" "$app/lowered.globalconfig"
cp "$here/Program.cs" "$app/Program.cs"
NUGET_PACKAGES="$work/packages" dotnet restore "$app" -v:q >/dev/null
export NUGET_PACKAGES="$work/packages"

# A minimal Hugo site over the same notes, with Hugo's defaults (taxonomy pages for the notes' tags): every
# note rendered to HTML through one template. Hardlinks, not a copy: the same files as the app's notes. A root
# index.md would make the whole folder one page bundle in Hugo: there the home page is _index.md.
site="$work/site"
mkdir -p "$site/layouts/_default"
cp -al "$notes" "$site/content"
[[ -f "$site/content/index.md" ]] && mv "$site/content/index.md" "$site/content/_index.md"
printf 'baseURL = "https://example.org/"\ntitle = "tubegraph"\n' >"$site/hugo.toml"
printf '<html><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n' >"$site/layouts/_default/single.html"
printf '<html><body>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</body></html>\n' >"$site/layouts/_default/list.html"

seconds() { local start end; start=$(date +%s.%N); "$@" >"$work/last.log" 2>&1 || { echo "FAILED: $*" >&2; tail -20 "$work/last.log" >&2; exit 1; }; end=$(date +%s.%N); awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
build() { dotnet build "$app" -nologo -clp:NoSummary -v:n "$@"; }
server_check() { if grep -q 'server rejected\|server failed' "$work/last.log"; then echo "the compiler server refused the build" >&2; exit 1; fi; }
csc_peak() { # peak RSS of the largest process of a process build (csc), from GNU time
  awk '/Maximum resident set size/ { printf "%.0f", $NF / 1024 }' "$work/time.txt"; }

declare -A runs
record() { runs[$1]+="$2 "; }
edit_note=$(find "$notes" -name '*.md' | sort | sed -n "$(( count < 100 ? count : 100 ))p")
for ((r = 1; r <= rounds; r++)); do
  rm -rf "$site/public"
  h=$(seconds hugo --source "$site" --quiet); record hugo "$h"
  pages=$(find "$site/public" -name '*.html' | wc -l)

  rm -rf "$app/obj/Debug" "$app/bin"
  if [[ -x /usr/bin/time ]]; then
    p=$(seconds /usr/bin/time -v -o "$work/time.txt" dotnet build "$app" -nologo -clp:NoSummary -v:n -p:UseSharedCompilation=false)
    record csc-process-peak-mb "$(csc_peak)"
  else
    p=$(seconds build -p:UseSharedCompilation=false)
  fi
  record clean-process "$p"

  dotnet build-server shutdown >/dev/null 2>&1 || true
  rm -rf "$app/obj/Debug" "$app/bin"
  s=$(seconds build -p:UseSharedCompilation=true); server_check; record clean-server-fresh "$s"
  rm -rf "$app/obj/Debug" "$app/bin"
  w=$(seconds build -p:UseSharedCompilation=true); server_check; record clean-server-warm "$w"
  server_pid=$(pgrep -f VBCSCompiler | head -1 || true)

  printf '\nEdited in round %d.\n' "$r" >>"$edit_note"
  e=$(seconds build -p:UseSharedCompilation=true); server_check; record edit "$e"
  printf -- '---\ntitle: Added %d\n---\nSee [[%s]].\n' "$r" "$(basename "$edit_note" .md)" >"$notes/added_note_$r.md"
  a=$(seconds build -p:UseSharedCompilation=true); server_check; record add "$a"
  mv "$notes/added_note_$r.md" "$notes/renamed_note_$r.md"
  n=$(seconds build -p:UseSharedCompilation=true); server_check; record rename "$n"
  rm "$notes/renamed_note_$r.md"
  seconds build -p:UseSharedCompilation=true >/dev/null
  [[ -n "$server_pid" && -r /proc/$server_pid/status ]] && record server-peak-mb "$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' /proc/$server_pid/status)"

  app_out=$(dotnet "$app/bin/Debug/net10.0/TubeGraph.dll")
  start=$(date +%s.%N); dotnet "$app/bin/Debug/net10.0/TubeGraph.dll" >/dev/null; end=$(date +%s.%N)
  record app-run "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')"
  for key in first-note-ms first-backlinks-ms first-links-ms first-sections-ms first-timestamps-ms next-note-links-ms every-note-ms working-set-mb; do
    record "$key" "$(sed -n "s/^$key: //p" <<<"$app_out")"
  done
  echo "round $r: hugo $h s ($pages pages) | clean: process $p s, fresh server $s s, warm server $w s | warm server: edit $e s, add $a s, rename $n s | app: $(tr '\n' ' ' <<<"$app_out")"
done

m() { printf '%s\n' ${runs[$1]} | median; }
hugo_median=$(m hugo)
echo
echo "medians of $rounds rounds ($count notes):"
for key in hugo clean-process clean-server-fresh clean-server-warm edit add rename app-run; do
  v=$(m "$key")
  printf '  %-20s %7s s   (%s x Hugo)\n' "$key" "$v" "$(awk -v a="$v" -v b="$hugo_median" 'BEGIN { printf "%.2f", a / b }')"
done
for key in csc-process-peak-mb server-peak-mb first-note-ms first-backlinks-ms first-links-ms first-sections-ms first-timestamps-ms next-note-links-ms every-note-ms working-set-mb; do
  [[ -n "${runs[$key]:-}" ]] || continue
  printf '  %-20s %7s\n' "$key" "$(m "$key")"
done
