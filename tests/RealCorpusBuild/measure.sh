#!/usr/bin/env bash
# Builds all real tubegraph notes through CorpusGen with `dotnet build` and reports wall time,
# peak RSS of the compiler process (csc, run out of the shared server with UseSharedCompilation=false)
# and of the whole build tree (GNU time), and the CorpusGen diagnostics per id.
#
#   tests/RealCorpusBuild/measure.sh            # measured build of this project (deps built first, untimed)
#   tests/RealCorpusBuild/measure.sh --emit     # also write the generated .g.cs under obj/generated and size them
#   tests/RealCorpusBuild/measure.sh -p:CorpusGenCompilerTieredCompilation=true   # any other argument goes to the
#                                               # measured `dotnet build` (here: csc with the runtime's defaults)
#
# The notes are read in place from ../shared/real/tubegraph/content (relative to the repo root); none is copied.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
content="$(cd "$repo/.." && pwd)/shared/real/tubegraph/content"
out="$here/out"
emit=false
[[ "${1:-}" == "--emit" ]] && { emit=true; shift; }
extra=("$@")

if [[ ! -d "$content" ]]; then
  echo "SKIPPED: real corpus not found at $content (../shared/real is absent); nothing measured."
  exit 0
fi
if [[ ! -x /usr/bin/time ]]; then
  echo "GNU time (/usr/bin/time) is required: apt-get install time" >&2
  exit 2
fi
mkdir -p "$out"
cd "$here"
notes=$(find "$content" -name '*.md' | wc -l)
echo "notes: $notes in $content"

common=(-c Release -p:UseSharedCompilation=false -nodeReuse:false -clp:NoSummary -p:EmitCompilerGeneratedFiles=$emit)

# 1. Restore and build the dependencies (generator, runtime) once, untimed.
dotnet restore -v:q >"$out/restore.log" 2>&1 || { echo "restore failed, see $out/restore.log"; exit 1; }
dotnet build ../../generator/CorpusGen.Generator/CorpusGen.Generator.csproj -c Release --no-restore -v:q -nodeReuse:false >"$out/deps.log" 2>&1 \
  && dotnet build ../../src/CorpusGen.Runtime/CorpusGen.Runtime.csproj -c Release --no-restore -v:q -nodeReuse:false >>"$out/deps.log" 2>&1 \
  || { echo "dependencies failed to build, see $out/deps.log"; exit 1; }

# 2. The measured build: this project's outputs removed, so the compiler runs the generator over every note.
rm -rf obj/Release bin/Release
# Sample the peak RSS (VmHWM) of our csc process while the build runs. Light on purpose (the machine has
# 2 cores): pgrep only until our csc is found, then bash builtins reading its /proc status twice a second.
sampler() {
  local pid="" key value _
  while :; do
    if [[ -z "$pid" ]]; then
      for p in $(pgrep -f 'Roslyn/bincore/csc' 2>/dev/null); do
        # csc gets its arguments in a response file: recognise ours by its working directory.
        [[ "$(readlink /proc/$p/cwd 2>/dev/null)" == "$here" ]] && pid=$p
      done
    fi
    if [[ -n "$pid" && -r /proc/$pid/status ]]; then
      while read -r key value _; do
        [[ "$key" == "VmHWM:" ]] && echo "$value" >"$out/csc-hwm-kb"
      done </proc/$pid/status
    fi
    sleep 0.5
  done
}
echo 0 >"$out/csc-hwm-kb"
sampler & spid=$!
start=$(date +%s.%N)
/usr/bin/time -v -o "$out/time.txt" dotnet build --no-restore --no-dependencies "${common[@]}" "${extra[@]}" >"$out/build.log" 2>&1
rc=$?
end=$(date +%s.%N)
kill "$spid" 2>/dev/null; wait "$spid" 2>/dev/null

wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
tree_rss_mb=$(awk '/Maximum resident set size/ { printf "%.0f", $NF / 1024 }' "$out/time.txt")
csc_rss_mb=$(awk '{ printf "%.0f", $1 / 1024 }' "$out/csc-hwm-kb")
echo "exit code: $rc ($([[ $rc == 0 ]] && echo 'build succeeded' || echo 'BUILD FAILED'))"
echo "wall time: ${wall} s   (GNU time: $(awk -F': ' '/Elapsed/ {print $2}' "$out/time.txt"))"
echo "peak RSS of csc (VmHWM sampled): ${csc_rss_mb} MB"
echo "peak RSS of largest process in the build tree (GNU time): ${tree_rss_mb} MB"
echo "build log: $out/build.log ($(wc -l <"$out/build.log") lines, $(du -h "$out/build.log" | cut -f1))"
echo "CorpusGen diagnostics per id (distinct file+position+id, as logged):"
grep -oE '(warning|error) CG[0-9]{4}' "$out/build.log" | sort | uniq -c | sort -k3
echo "other errors:"
grep -oE 'error [A-Z]+[0-9]+' "$out/build.log" | grep -v ' CG' | sort | uniq -c | head -20
if $emit; then
  gen="$here/obj/generated"  # CompilerGeneratedFilesOutputPath in RealCorpusBuild.csproj
  echo "generated: $(find "$gen" -name '*.g.cs' | wc -l) files, $(du -cb $(find "$gen" -name '*.g.cs') | tail -1 | cut -f1) bytes; largest:"
  find "$gen" -name '*.g.cs' -printf '%s %P\n' | sort -n | tail -3
fi
ls -l bin/Release/net10.0/RealCorpusBuild.dll 2>/dev/null
exit $rc
