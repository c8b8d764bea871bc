#ifndef CFUZZDRIVER_H
#define CFUZZDRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry point for a program that keeps its own `main`: parses libFuzzer's
/// arguments from `argc`/`argv` and runs `callback` on each input it makes.
///
/// Built with `-sanitize=fuzzer`, libFuzzer's definition is used. Without it, a weak fallback
/// replays inputs instead: every file named in `argv` (and every regular file directly inside a
/// named folder) is read and passed to `callback` once; arguments starting with `-` are skipped.
/// The fallback returns 0, or 1 when a file cannot be read.
int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*callback)(const uint8_t *data, size_t size));

#endif
