#!/usr/bin/env bash
# Measures builds and start-up of consumer apps side by side, runs the generator evaluation and the
# BenchmarkDotNet benchmarks, and writes docs/performance.md. Everything it builds goes to benchmarks/out/.
#
#   benchmarks/run.sh                  # sizes 5, 50 and 100 MB (about an hour on 2 cores)
#   SIZES="1" RUNS=3 BUILDS=1 BENCH=none benchmarks/run.sh --smoke   # a quick check that the script works
#
# Environment: SIZES (corpus sizes in MB), RUNS (start-up runs per app), BUILDS (compiles per app),
# BENCH (BenchmarkDotNet job: short, medium, default, or none to skip), INLINE_MAX (largest corpus in MB built
# inline: inline storage above 32 MB is what NewsCorpusStorage=auto avoids, and costs the most to build),
# CSC_MAX (largest corpus in MB whose apps are also compiled by csc alone), BENCH_FILTER (BenchmarkDotNet
# --filter), EVAL_REPEATS (repeats of the generator evaluation),
# OUT_DOC (where to write the report).
#
# The machine is assumed noisy (2 cores, other builds): every figure is a median of several runs, apps are
# measured round-robin so noise hits all of them alike, and the report states ratios to baselines measured in
# the same run. Needs GNU time (/usr/bin/time): apt-get install time.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/benchmarks/out"
SIZES="${SIZES:-5 50 100}"
RUNS="${RUNS:-11}"
BUILDS="${BUILDS:-3}"
BENCH="${BENCH:-short}"
INLINE_MAX="${INLINE_MAX:-50}"
CSC_MAX="${CSC_MAX:-100}"
BENCH_FILTER="${BENCH_FILTER:-*}"
EVAL_REPEATS="${EVAL_REPEATS:-5}"
OUT_DOC="${OUT_DOC:-$ROOT/docs/performance.md}"
REPORT_ONLY=0
[[ "${1:-}" == "--smoke" ]] && OUT_DOC="$OUT/performance-smoke.md"
# --report: write the report from the results of an earlier (possibly interrupted) run, measuring nothing.
[[ "${1:-}" == "--report" ]] && REPORT_ONLY=1
# The report describes the run that measured: --report reads that run's settings back, not this call's.
SETTINGS_FILE="$OUT/results/settings.env"
if (( REPORT_ONLY )) && [[ -f "$SETTINGS_FILE" ]]; then
  # shellcheck source=/dev/null
  source "$SETTINGS_FILE"
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
if [[ ! -x /usr/bin/time ]]; then
  echo "benchmarks/run.sh needs GNU time for peak memory: apt-get install time" >&2
  exit 1
fi

SDK_DIR="$(dotnet --list-sdks | awk -v v="$(dotnet --version)" '$1 == v { print substr($2, 2, length($2) - 2) "/" $1 }')"
CSC="$SDK_DIR/Roslyn/bincore/csc.dll"
[[ -f "$CSC" ]] || { echo "csc.dll not found at $CSC" >&2; exit 1; }

RESULTS="$OUT/results"
log() { echo "[$(date +%H:%M:%S)] $*" | { if [[ -d "$RESULTS" ]]; then tee -a "$RESULTS/log.txt"; else cat; fi; } >&2; }

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# The apps measured, and the sizes of what they hold: used by the measurements and by the report (also --report).
APPS="empty-0"
for size in $SIZES; do
  if (( size <= INLINE_MAX )); then APPS="$APPS inline-$size"; fi
  APPS="$APPS resource-$size plainres-$size json-$size"
done
# Generated source that depends on the corpus (the runtime types are the same for every corpus).
generated_bytes() { # app [name pattern]
  local dir
  dir="$(find "$OUT/apps/$1/obj/Release" -type d -name NewsCorpus.Generator.CorpusGenerator 2>/dev/null | head -1)"
  [[ -n "$dir" ]] || { echo 0; return; }
  find "$dir" -type f -name "${2:-*}" ! -name 'NewsCorpus.Runtime.*' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }'
}
corpus_bytes() { find "$OUT/corpus-$1MB" -type f -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0 || b == "nan" || a == "nan") print "n/a"; else printf "%.2f", a / b }'; }
fmt() { awk -v a="$1" -v d="${2:-2}" 'BEGIN { if (a == "nan") print "n/a"; else printf "%." d "f", a }'; }

if (( ! REPORT_ONLY )); then
rm -rf "$RESULTS"
mkdir -p "$OUT/apps" "$RESULTS"
: > "$RESULTS/log.txt"
declare -p SIZES RUNS BUILDS BENCH INLINE_MAX CSC_MAX BENCH_FILTER EVAL_REPEATS > "$SETTINGS_FILE"

# ---------------------------------------------------------------------------------------------- tools
log "building the generator, its task and the corpus writer (Release)"
dotnet build "$ROOT/src/NewsCorpus.Generator/NewsCorpus.Generator.csproj" -c Release -v q -nologo >/dev/null
dotnet build "$ROOT/benchmarks/NewsCorpus.CorpusWriter/NewsCorpus.CorpusWriter.csproj" -c Release -v q -nologo >/dev/null
GENERATOR_DLL="$ROOT/src/NewsCorpus.Generator/bin/Release/netstandard2.0/NewsCorpus.Generator.dll"
TASKS_DLL="$ROOT/src/NewsCorpus.Generator.Tasks/bin/Release/netstandard2.0/NewsCorpus.Generator.Tasks.dll"
# What the package's build targets pick on this platform (NewsCorpus.Generator.Storage.targets): the ReadyToRun build.
if [ "$(uname -s)-$(uname -m)" = Linux-x86_64 ] && [ "$(dotnet --version | cut -d. -f1)" = 10 ]; then
  TASKS_DLL="$ROOT/src/NewsCorpus.Generator.Tasks/bin/Release/net10.0/linux-x64/publish/NewsCorpus.Generator.Tasks.dll"
fi
WRITER="$ROOT/benchmarks/NewsCorpus.CorpusWriter/bin/Release/net10.0/NewsCorpus.CorpusWriter.dll"

# ---------------------------------------------------------------------------------------------- corpora
for size in $SIZES; do
  corpus="$OUT/corpus-${size}MB"
  if [[ ! -f "$corpus.done" ]]; then
    log "writing the ${size} MB corpus"
    rm -rf "$corpus"
    dotnet "$WRITER" --size "${size}MB" --out "$corpus" --json "$corpus.json" > "$corpus.done"
  fi
done

# ---------------------------------------------------------------------------------------------- consumer apps
# Apps live outside the repository's build settings and reference the built generator the way the package does
# (an analyzer plus the build props/targets), so they measure what a user's project gets.
cat > "$OUT/apps/Directory.Build.props" <<'EOF'
<Project />
EOF
cat > "$OUT/apps/Directory.Build.targets" <<'EOF'
<Project>
  <!-- Keeps the compiler's exact command line, so run.sh can time csc alone. -->
  <PropertyGroup><ProvideCommandLineArgs>true</ProvideCommandLineArgs></PropertyGroup>
  <Target Name="NewsCorpusBenchDumpCsc" AfterTargets="CoreCompile">
    <WriteLinesToFile File="$(MSBuildProjectDirectory)/csc.rsp" Lines="@(CscCommandLineArgs)" Overwrite="true" />
  </Target>
</Project>
EOF

write_app() { # kind size
  local kind="$1" size="$2" dir="$OUT/apps/$1-$2" corpus="$OUT/corpus-$2MB"
  mkdir -p "$dir"
  local items="" program=""
  case "$kind" in
    empty)
      program='System.Console.WriteLine("Hello, World!");' ;;
    inline|resource)
      items="<NewsCorpusDirectory>$corpus</NewsCorpusDirectory>
    <NewsCorpusStorage>$kind</NewsCorpusStorage>
    <NewsCorpusTasksAssembly>$TASKS_DLL</NewsCorpusTasksAssembly>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>"
      program='System.Console.WriteLine(Bench.Corpus.Articles[0].Title);' ;;
    plainres)
      program='var assembly = typeof(Marker).Assembly;
using var reader = new System.IO.StreamReader(assembly.GetManifestResourceStream(assembly.GetManifestResourceNames()[0])!);
System.Console.WriteLine(reader.ReadLine());
internal sealed class Marker { }' ;;
    json)
      program='using var stream = typeof(JsonArticle).Assembly.GetManifestResourceStream("corpus.json")!;
var articles = System.Text.Json.JsonSerializer.Deserialize<System.Collections.Generic.List<JsonArticle>>(stream, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;
System.Console.WriteLine(articles[0].Title);
internal sealed record JsonArticle(string Id, string Title, string Dateline, System.Collections.Generic.List<string> Paragraphs);' ;;
  esac
  local generator="" resources=""
  if [[ "$kind" == inline || "$kind" == resource ]]; then
    generator="<Import Project=\"$ROOT/src/NewsCorpus.Generator/build/NewsCorpus.Generator.props\" />"
    resources="<ItemGroup><Analyzer Include=\"$GENERATOR_DLL\" /></ItemGroup>
  <Import Project=\"$ROOT/src/NewsCorpus.Generator/build/NewsCorpus.Generator.targets\" />"
  elif [[ "$kind" == plainres ]]; then
    resources="<ItemGroup><EmbeddedResource Include=\"$corpus/**/*.txt\" LogicalName=\"corpus/%(RecursiveDir)%(Filename)%(Extension)\" WithCulture=\"false\" /></ItemGroup>"
  elif [[ "$kind" == json ]]; then
    resources="<ItemGroup><EmbeddedResource Include=\"$corpus.json\" LogicalName=\"corpus.json\" WithCulture=\"false\" /></ItemGroup>"
  fi
  cat > "$dir/app.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  $generator
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RootNamespace>Bench</RootNamespace>
    <AssemblyName>app</AssemblyName>
    $items
  </PropertyGroup>
  $resources
</Project>
EOF
  printf '%s\n' "$program" > "$dir/Program.cs"
}

for app in $APPS; do write_app "${app%-*}" "${app##*-}"; done

# ---------------------------------------------------------------------------------------------- builds
# A full build (MSBuild, the resource task, csc) from a clean obj/Release, and csc alone on the command line
# that build used; both under GNU time for wall time and peak RSS (the largest process of the tree).
build_once() { # app -> "seconds maxrss_kb"
  local dir="$OUT/apps/$1"
  rm -rf "$dir/obj/Release" "$dir/bin/Release"
  /usr/bin/time -f "%e %M" -o "$dir/build.time" \
    dotnet build "$dir/app.csproj" -c Release --no-restore -m:1 -nodeReuse:false -p:UseSharedCompilation=false -v q -nologo > "$dir/build.log" 2>&1 \
    || { echo "build of $1 failed, see $dir/build.log" >&2; tail -20 "$dir/build.log" >&2; exit 1; }
  cat "$dir/build.time"
}

csc_once() { # app -> "seconds maxrss_kb"
  local dir="$OUT/apps/$1"
  (cd "$dir" && /usr/bin/time -f "%e %M" -o "$dir/csc.time" dotnet exec "$CSC" @csc.rsp > "$dir/csc.log" 2>&1) \
    || { echo "csc for $1 failed, see $dir/csc.log" >&2; tail -20 "$dir/csc.log" >&2; exit 1; }
  cat "$dir/csc.time"
}

log "restoring the apps"
for app in $APPS; do dotnet restore "$OUT/apps/$app/app.csproj" -v q -nologo > /dev/null; done

for round in $(seq 1 "$BUILDS"); do
  for app in $APPS; do
    log "build $round/$BUILDS: $app"
    read -r s kb < <(build_once "$app"); echo "$s" >> "$RESULTS/$app.build.s"; echo "$kb" >> "$RESULTS/$app.build.kb"
    if (( ${app##*-} <= CSC_MAX )); then
      read -r s kb < <(csc_once "$app"); echo "$s" >> "$RESULTS/$app.csc.s"; echo "$kb" >> "$RESULTS/$app.csc.kb"
    fi
  done
done

# ---------------------------------------------------------------------------------------------- start-up
# Round-robin: each round runs every app once, so a busy moment hits all apps alike. Wall time from date,
# peak RSS from GNU time (its own small overhead is the same for every app).
log "start-up: $RUNS rounds over $(echo $APPS | wc -w) apps"
for app in $APPS; do dotnet "$OUT/apps/$app/bin/Release/net10.0/app.dll" > /dev/null; done   # warm the file cache
for round in $(seq 1 "$RUNS"); do
  for app in $APPS; do
    dll="$OUT/apps/$app/bin/Release/net10.0/app.dll"
    start=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$RESULTS/$app.rss.tmp" dotnet "$dll" > "$RESULTS/$app.stdout"
    end=$(date +%s%N)
    echo "$(( (end - start) / 1000 ))" >> "$RESULTS/$app.start.us"
    cat "$RESULTS/$app.rss.tmp" >> "$RESULTS/$app.start.kb"
  done
done

# ---------------------------------------------------------------------------------------------- generator
EVAL_CORPUS="$OUT/corpus-$(echo $SIZES | awk '{ print ($NF > 50 ? 50 : $NF) }')MB"
[[ -d "$EVAL_CORPUS" ]] || EVAL_CORPUS="$OUT/corpus-$(echo $SIZES | awk '{ print $1 }')MB"
BENCH_CORPUS="$OUT/corpus-$(echo $SIZES | awk '{ print $1 }')MB"
log "benchmarks project over $BENCH_CORPUS"
dotnet build "$ROOT/benchmarks/NewsCorpus.Benchmarks/NewsCorpus.Benchmarks.csproj" -c Release -v q -nologo -p:NewsCorpusBenchCorpus="$BENCH_CORPUS" > "$RESULTS/benchmarks-build.log" 2>&1 \
  || { tail -20 "$RESULTS/benchmarks-build.log" >&2; exit 1; }
BENCH_DLL="$ROOT/benchmarks/NewsCorpus.Benchmarks/bin/Release/net10.0/NewsCorpus.Benchmarks.dll"
log "generator evaluation over $EVAL_CORPUS"
dotnet "$BENCH_DLL" generator "$EVAL_CORPUS" 2000 "$EVAL_REPEATS" | tee "$RESULTS/generator.txt"

if [[ "$BENCH" != none ]]; then
  log "BenchmarkDotNet ($BENCH job)"
  read -ra filters <<< "$BENCH_FILTER"
  (cd "$RESULTS" && NEWSCORPUS_BENCH_CORPUS="$BENCH_CORPUS" dotnet "$BENCH_DLL" --filter "${filters[@]}" --job "$BENCH" --exporters github > "$RESULTS/bdn.log" 2>&1) \
    || { tail -30 "$RESULTS/bdn.log" >&2; exit 1; }
fi

fi # REPORT_ONLY

# ---------------------------------------------------------------------------------------------- report
EVAL_CORPUS="${EVAL_CORPUS:-$OUT/corpus-50MB}"
BENCH_CORPUS="${BENCH_CORPUS:-$OUT/corpus-$(echo $SIZES | awk '{ print $1 }')MB}"
get() { if [[ -f "$RESULTS/$1" ]]; then median < "$RESULTS/$1"; else echo nan; fi; }
kb2mb() { awk -v k="$1" 'BEGIN { if (k == "nan") print "n/a"; else printf "%d", k / 1024 }'; }
us2ms() { awk -v u="$1" 'BEGIN { if (u == "nan") print "n/a"; else printf "%.1f", u / 1000 }'; }
val() { [[ -f "$RESULTS/generator.txt" ]] && awk -F= -v k="$1" '$1 == k { print $2 }' "$RESULTS/generator.txt"; true; }
LOAD_END="$(cut -d' ' -f1-3 /proc/loadavg)"

{
  echo "# Performance"
  echo
  echo "Measured by \`benchmarks/run.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), .NET SDK $(dotnet --version), load average at the end $LOAD_END)."
  echo "Every figure is the median of several runs; this machine is shared and noisy, so the claims rest on the"
  echo "ratios to baselines measured in the same run, round-robin. Rerun with \`benchmarks/run.sh\` (about an hour);"
  echo "\`SIZES=\"5\" RUNS=5 BUILDS=1 BENCH=none benchmarks/run.sh\` is a quick partial run."
  echo
  echo "Corpora come from \`benchmarks/NewsCorpus.CorpusWriter\` (deterministic, seed 1): $(for s in $SIZES; do printf '%s MB = %s files, ' "$s" "$(find "$OUT/corpus-${s}MB" -name '*.txt' | wc -l)"; done | sed 's/, $//')."
  echo
  # What people wrote between the markers (the goals table, notes on probes) survives a rerun; the rest is measured.
  if [[ -f "$OUT_DOC" ]] && grep -q '^<!-- hand-written: begin' "$OUT_DOC"; then
    sed -n '/^<!-- hand-written: begin/,/^<!-- hand-written: end/p' "$OUT_DOC"
    echo
  fi
  echo "## Start-up to the first headline"
  echo
  echo "\`dotnet app.dll\` printing \`Corpus.Articles[0].Title\`, $RUNS runs per app; \"empty\" prints a constant string;"
  echo "\"JSON\" deserializes the same articles from an embedded JSON resource with System.Text.Json, as a hand-written"
  echo "loader would. Peak RSS is the whole process."
  echo
  echo "| corpus | empty app | inline | resource | JSON resource | inline / empty | resource / empty | JSON / empty | RSS empty | RSS inline | RSS resource | RSS JSON |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  e=$(get empty-0.start.us); ekb=$(get empty-0.start.kb)
  for s in $SIZES; do
    i=$(get inline-$s.start.us); r=$(get resource-$s.start.us); j=$(get json-$s.start.us)
    echo "| $s MB | $(us2ms "$e") ms | $(us2ms "$i") ms | $(us2ms "$r") ms | $(us2ms "$j") ms | $(ratio "$i" "$e") | $(ratio "$r" "$e") | $(ratio "$j" "$e") | $(kb2mb "$ekb") MB | $(kb2mb "$(get inline-$s.start.kb)") MB | $(kb2mb "$(get resource-$s.start.kb)") MB | $(kb2mb "$(get json-$s.start.kb)") MB |"
  done
  echo
  echo "## Compiling a consumer"
  echo
  echo "\"csc\" is the compiler alone (\`dotnet exec csc.dll @csc.rsp\` with the command line of the build, generator"
  echo "included, one process, no compiler server); \"build\" is \`dotnet build -c Release -m:1 -p:UseSharedCompilation=false\`"
  echo "from a clean obj/Release (MSBuild, the resource task, csc). Per-MB figures subtract the empty app. $BUILDS builds per app."
  echo
  echo "| corpus | csc empty | csc inline | csc resource | csc plain resources | inline: s per MB | inline: MB RSS per MB | resource / plain (csc) | build resource | build plain resources | resource / plain (build) | generated source (resource) | generated / corpus |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  ce=$(get empty-0.csc.s); cekb=$(get empty-0.csc.kb)
  for s in $SIZES; do
    ci=$(get inline-$s.csc.s); cikb=$(get inline-$s.csc.kb); cr=$(get resource-$s.csc.s); cp=$(get plainres-$s.csc.s)
    br=$(get resource-$s.build.s); bp=$(get plainres-$s.build.s)
    gen=$(generated_bytes resource-$s); cb=$(corpus_bytes "$s")
    echo "| $s MB | $(fmt "$ce") s, $(kb2mb "$cekb") MB | $(fmt "$ci") s, $(kb2mb "$cikb") MB | $(fmt "$cr") s, $(kb2mb "$(get resource-$s.csc.kb)") MB | $(fmt "$cp") s, $(kb2mb "$(get plainres-$s.csc.kb)") MB | $(awk -v a="$ci" -v b="$ce" -v s="$s" 'BEGIN{ if (a == "nan") print "n/a"; else printf "%.3f", (a-b)/s}') | $(awk -v a="$cikb" -v b="$cekb" -v s="$s" 'BEGIN{ if (a == "nan") print "n/a"; else printf "%.1f", (a-b)/1024/s}') | $(ratio "$cr" "$cp") | $(fmt "$br") s | $(fmt "$bp") s | $(ratio "$br" "$bp") | $((gen / 1024)) KB | $(awk -v g="$gen" -v c="$cb" 'BEGIN{printf "%.2f%%", 100*g/c}') |"
  done
  echo
  echo "Generated source of the resource-mode apps by origin (bytes, and share of the corpus):"
  echo
  echo "| corpus | storage: Corpus.g.cs (index) | search: Corpus.Search*, QuoteClusters | entities: Corpus.Entit* | all corpus-dependent |"
  echo "|---|---|---|---|---|"
  for s in $SIZES; do
    cb=$(corpus_bytes "$s")
    st=$(generated_bytes resource-$s 'Corpus.g.cs'); se=$(( $(generated_bytes resource-$s 'Corpus.Search*') + $(generated_bytes resource-$s 'Corpus.QuoteClusters*') )); en=$(generated_bytes resource-$s 'Corpus.Entit*'); al=$(generated_bytes resource-$s)
    echo "| $s MB | $((st / 1024)) KB ($(awk -v g="$st" -v c="$cb" 'BEGIN{printf "%.2f%%", 100*g/c}')) | $((se / 1024)) KB ($(awk -v g="$se" -v c="$cb" 'BEGIN{printf "%.2f%%", 100*g/c}')) | $((en / 1024)) KB ($(awk -v g="$en" -v c="$cb" 'BEGIN{printf "%.2f%%", 100*g/c}')) | $((al / 1024)) KB ($(awk -v g="$al" -v c="$cb" 'BEGIN{printf "%.2f%%", 100*g/c}')) |"
  done
  echo
  echo "### Choosing the storage"
  echo
  first=$(for x in $SIZES; do if (( x <= INLINE_MAX )); then echo "$x"; fi; done | sort -n | tail -1)
  ci=$(get inline-$first.csc.s); cikb=$(get inline-$first.csc.kb); cr=$(get resource-$first.csc.s); crkb=$(get resource-$first.csc.kb)
  echo "From the largest corpus of this run ($first MB): inline storage costs the compiler $(awk -v a="$ci" -v b="$cr" -v s="$first" 'BEGIN{printf "%.3f", (a-b)/s}') s"
  echo "and $(awk -v a="$cikb" -v b="$crkb" -v s="$first" 'BEGIN{printf "%.1f", (a-b)/1024/s}') MB of memory per corpus MB more than resource storage. \`NewsCorpusStorage=auto\` switches"
  echo "to the resource above \`NewsCorpusResourceThreshold\` (32 MB): below it inline adds at most"
  echo "$(awk -v a="$ci" -v b="$cr" -v s="$first" 'BEGIN{printf "%.0f", 32*(a-b)/s}') s and $(awk -v a="$cikb" -v b="$crkb" -v s="$first" 'BEGIN{printf "%.0f", 32*(a-b)/1024/s}') MB to a build and needs neither the build task nor unsafe code, so a"
  echo "plain analyzer reference and small corpora keep the simplest setup; above it the build cost of inline grows"
  echo "linearly towards the compiler's limits while resource storage stays near the cost of copying the bytes."
  echo
  echo "## Generator"
  echo
  echo "\`dotnet benchmarks/NewsCorpus.Benchmarks/bin/Release/net10.0/NewsCorpus.Benchmarks.dll generator $(basename "$EVAL_CORPUS") 2000 $EVAL_REPEATS\`"
  echo "(medians of $EVAL_REPEATS):"
  echo
  echo "| measure | value |"
  echo "|---|---|"
  echo "| parse + model + encode, single thread ($(val parse_files) files, $(awk -v b="$(val parse_bytes)" 'BEGIN{printf "%.0f", b / 1048576}') MB) | $(fmt "$(val parse_mb_per_s)" 1) MB/s |"
  echo "| first run over $(val incremental_files) files: generator time, steps tracked | $(fmt "$(val first_run_generator_seconds_median)" 3) s |"
  echo "| after editing one of them: generator time, steps tracked | $(fmt "$(val edit_run_generator_seconds_median)" 3) s ($(awk -v r="$(val edit_over_first_generator_time)" 'BEGIN{printf "%.1f%%", 100*r}') of the first run) |"
  echo "| first run, steps not tracked (as in a build or an IDE): generator time | $(fmt "$(val untracked_first_run_generator_seconds_median)" 3) s |"
  echo "| after editing one file, steps not tracked: generator time | $(fmt "$(val untracked_edit_run_generator_seconds_median)" 3) s ($(awk -v r="$(val untracked_edit_over_first_generator_time)" 'BEGIN{printf "%.1f%%", 100*r}') of the first run) |"
  echo "| tracked step time, first run / after the edit | $(fmt "$(val first_run_step_seconds_median)" 3) s / $(fmt "$(val edit_run_step_seconds_median)" 3) s ($(awk -v r="$(val edit_over_first_step_time)" 'BEGIN{printf "%.1f%%", 100*r}')) |"
  echo "| step outputs computed (not cached), first run / after the edit | $(val first_run_computed_outputs) / $(val edit_run_computed_outputs) |"
  echo "| files parsed after editing one file / after editing unrelated C# | $(val edit_run_parsed_files) / $(val csharp_edit_parsed_files) |"
  echo "| kept by the driver after a run (step outputs and generated sources; an IDE holds it while the project is open) | $(awk -v b="$(val driver_retained_bytes)" -v c="$(val incremental_bytes)" 'BEGIN{printf "%.1f MB, %.1f bytes per corpus byte", b / 1048576, b / c}') |"
  echo "| of which the generated sources' text | $(awk -v b="$(val driver_generated_source_bytes)" 'BEGIN{printf "%.1f MB", b / 1048576}') |"
  echo
  echo "Compiling the generated code of those $(val incremental_files) files (about $(awk -v b="$(val incremental_bytes)" 'BEGIN{printf "%.1f", b / 1048576}') MB, inline storage) in process, by origin:"
  echo "Roslyn's ParseText and Emit, medians. The compiler's cost per MB of generated source is its own; how many MB of"
  echo "source a corpus MB becomes is the generator's. Storage is the corpus class and the record chunks."
  echo
  echo "| origin | generated source | per corpus MB | parse + emit | per source MB | per corpus MB |"
  echo "|---|---|---|---|---|---|"
  mb=$(awk -v b="$(val incremental_bytes)" 'BEGIN{print b / 1048576}')
  origin_row() { # label source_bytes seconds
    awk -v l="$1" -v b="$2" -v t="$3" -v m="$mb" 'BEGIN{ if (b == "" || t == "") { printf "| %s | n/a | | | | |\n", l; exit }
      printf "| %s | %.2f MB | %.2f MB | %.3f s | %.3f s | %.3f s |\n", l, b / 1048576, b / 1048576 / m, t, (b > 0 ? t / (b / 1048576) : 0), t / m }'
  }
  rt_b=$(val source_bytes_runtime); rs_b=$(val source_bytes_runtime_and_storage); ev_b=$(val source_bytes_everything)
  rt_t=$(awk -v a="$(val emit_seconds_runtime)" -v b="$(val parse_seconds_runtime)" 'BEGIN{print a + b}')
  rs_t=$(awk -v a="$(val emit_seconds_runtime_and_storage)" -v b="$(val parse_seconds_runtime_and_storage)" 'BEGIN{print a + b}')
  ev_t=$(awk -v a="$(val emit_seconds_everything)" -v b="$(val parse_seconds_everything)" 'BEGIN{print a + b}')
  if [[ -n "$rt_b" && -n "$rs_b" && -n "$ev_b" ]]; then
    awk -v l="runtime types (the same for every corpus)" -v b="$rt_b" -v t="$rt_t" 'BEGIN{ printf "| %s | %.2f MB | | %.3f s | | |\n", l, b / 1048576, t }'
    origin_row "storage" "$(awk -v a="$rs_b" -v b="$rt_b" 'BEGIN{print a - b}')" "$(awk -v a="$rs_t" -v b="$rt_t" 'BEGIN{print a - b}')"
    origin_row "search and entities" "$(awk -v a="$ev_b" -v b="$rs_b" 'BEGIN{print a - b}')" "$(awk -v a="$ev_t" -v b="$rs_t" 'BEGIN{print a - b}')"
    origin_row "all corpus data" "$(awk -v a="$ev_b" -v b="$rt_b" 'BEGIN{print a - b}')" "$(awk -v a="$ev_t" -v b="$rt_t" 'BEGIN{print a - b}')"
  else
    echo "| (not measured) | | | | | |"
  fi
  echo
  echo "Where the first run's time goes (tracked steps, summed over their outputs):"
  echo
  echo "| step | seconds |"
  echo "|---|---|"
  awk -F= '$1 ~ /^step_/ { sub(/^step_/, "", $1); printf "| %s | %s |\n", $1, $2 }' "$RESULTS/generator.txt"
  echo
  echo "The unit tests prove the same behaviour without timings: \`IncrementalTests\` (only the edited file is parsed;"
  echo "a C# edit parses nothing)."
  if [[ "$BENCH" != none ]]; then
    echo
    echo "## Runtime (BenchmarkDotNet, $BENCH job, $(basename "$BENCH_CORPUS"))"
    echo
    echo "\`cd benchmarks/out/results && NEWSCORPUS_BENCH_CORPUS=$(basename "$BENCH_CORPUS") dotnet NewsCorpus.Benchmarks.dll --filter '$BENCH_FILTER' --job $BENCH\`"
    for report in "$RESULTS"/BenchmarkDotNet.Artifacts/results/*-report-github.md; do
      [[ -f "$report" ]] || continue
      echo
      echo "### $(basename "$report" -report-github.md | sed 's/^NewsCorpus\.Benchmarks\.//')"
      echo
      sed -n '/^|/p' "$report"
    done
  fi
  echo
  echo "## Raw data"
  echo
  echo "Every run's numbers are in \`benchmarks/out/results/\` (one file per app and measure, one line per run)."
} > "$OUT_DOC.tmp"
mv "$OUT_DOC.tmp" "$OUT_DOC"
log "wrote $OUT_DOC"
