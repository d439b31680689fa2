#!/usr/bin/env bash
# `corpusgen check` over a folder of notes beside the floor (a new process that reads and parses every note
# single-threaded, Floor.ParseOne), interleaved round by round; prints each run and the medians and ratio.
# Usage: tests/CorpusGen.Benchmarks/check-vs-floor.sh [folder] [rounds]   (default: the real corpus, 5 rounds)
set -euo pipefail
cd "$(dirname "$0")/../.."
folder=${1:-../shared/real/tubegraph/content}
rounds=${2:-5}
dotnet build src/CorpusGen.Cli -c Release -nologo -v:q >/dev/null
dotnet build tests/CorpusGen.Benchmarks -c Release -nologo -v:q >/dev/null
tool=src/CorpusGen.Cli/bin/Release/net8.0/corpusgen.dll
bench=tests/CorpusGen.Benchmarks/bin/Release/net10.0/CorpusGen.Benchmarks.dll
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N); awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f\n", b - a }'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
checks=() floors=()
for ((i = 1; i <= rounds; i++)); do
  f=$(seconds dotnet "$bench" floor-cold "$folder")
  c=$(seconds dotnet "$tool" check "$folder")
  floors+=("$f") checks+=("$c")
  echo "round $i: floor ${f} s, corpusgen check ${c} s"
done
mf=$(printf '%s\n' "${floors[@]}" | median)
mc=$(printf '%s\n' "${checks[@]}" | median)
echo "medians: floor ${mf} s, corpusgen check ${mc} s, check/floor $(awk -v c="$mc" -v f="$mf" 'BEGIN { printf "%.2f", c / f }')"
