#!/usr/bin/env bash
# Runs the fuzz harnesses under libFuzzer.
#
#   Tests/Fuzz/fuzz.sh SECONDS [HARNESS…]     (all harnesses when none is named)
#
# Builds `verbatim-fuzz` in release mode with libFuzzer and AddressSanitizer into .build-fuzz
# (set FUZZ_NO_BUILD=1 to reuse the binary, e.g. for a second run beside the first), then runs
# each harness for SECONDS on a working corpus in .build-fuzz/corpus/HARNESS, first filled from
# the seeds and regressions in corpora/fuzz/HARNESS (the repository's folders are only read).
# Crash, timeout and out-of-memory inputs go to .build-fuzz/crashes/HARNESS/; logs to
# .build-fuzz/logs/HARNESS.log. Prints, per harness: seconds, executions, exec/s, corpus size
# and crashes, and appends the same line to .build-fuzz/summary.tsv.
#
# Example: Tests/Fuzz/fuzz.sh 600 csvReader tokenizer
set -euo pipefail

if [[ $# -lt 1 || ! $1 =~ ^[0-9]+$ ]]; then
    sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
seconds=$1
shift

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
scratch=.build-fuzz

if [[ -z ${FUZZ_NO_BUILD:-} ]]; then
    # The default gold linker crashes on libFuzzer's objects; lld links them.
    swift build -c release --scratch-path "$scratch" --product verbatim-fuzz \
        -Xswiftc -sanitize=fuzzer,address \
        -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld >&2
fi
binary="$scratch/release/verbatim-fuzz"
[[ -x $binary ]] || { echo "fuzz.sh: $binary is missing; run without FUZZ_NO_BUILD" >&2; exit 1; }

declare -A maxlen
while read -r name length; do maxlen[$name]=$length; done < <("$binary" --list)
harnesses=("$@")
[[ ${#harnesses[@]} -gt 0 ]] || harnesses=("${!maxlen[@]}")

# Swift's backtracer would catch the crash signal before libFuzzer saves the input.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}

printf '%-14s %8s %12s %8s %8s %8s\n' harness seconds executions exec/s corpus crashes
status=0
for harness in "${harnesses[@]}"; do
    [[ -n ${maxlen[$harness]:-} ]] || { echo "fuzz.sh: no harness $harness (have: ${!maxlen[*]})" >&2; exit 2; }
    corpus="$scratch/corpus/$harness"
    crashes="$scratch/crashes/$harness"
    log="$scratch/logs/$harness.log"
    mkdir -p "$corpus" "$crashes" "$(dirname "$log")"
    for seeds in "corpora/fuzz/$harness" "corpora/fuzz/$harness/regressions"; do
        [[ -d $seeds ]] && find "$seeds" -maxdepth 1 -type f -exec cp -n {} "$corpus/" \;
    done
    before=$(find "$crashes" -type f | wc -l)
    start=$(date +%s)
    set +e
    "$binary" "$harness" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
        -max_len="${maxlen[$harness]}" -print_final_stats=1 -artifact_prefix="$crashes/" \
        "$corpus" > "$log" 2>&1
    code=$?
    set -e
    elapsed=$(( $(date +%s) - start ))
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | awk '{print $2}')
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | tail -1 | awk '{print $2}')
    size=$(find "$corpus" -type f | wc -l)
    found=$(( $(find "$crashes" -type f | wc -l) - before ))
    [[ $code -eq 0 ]] || status=1
    line=$(printf '%-14s %8s %12s %8s %8s %8s' "$harness" "$elapsed" "${runs:-?}" "${rate:-?}" "$size" "$found")
    echo "$line"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$harness" "$elapsed" "${runs:-?}" "${rate:-?}" "$size" "$found" >> "$scratch/summary.tsv"
    if [[ $found -gt 0 ]]; then
        echo "  crash inputs in $crashes/ (log: $log); replay: $binary $harness $crashes/<file>" >&2
    fi
done
exit $status
