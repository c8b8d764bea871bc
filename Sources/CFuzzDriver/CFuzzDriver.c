// The replay fallback for LLVMFuzzerRunDriver: weak, so that libFuzzer's strong definition wins
// when the program is linked with -sanitize=fuzzer.
#include "CFuzzDriver.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef int (*fuzz_callback)(const uint8_t *data, size_t size);

/// Reads the file at `path` whole and runs `callback` on it; 0 on success, 1 when unreadable.
static int replay_file(const char *path, fuzz_callback callback) {
    FILE *file = fopen(path, "rb");
    if (!file) {
        fprintf(stderr, "verbatim-fuzz: cannot read %s\n", path);
        return 1;
    }
    size_t capacity = 4096, size = 0;
    uint8_t *data = malloc(capacity);
    size_t got;
    while (data && (got = fread(data + size, 1, capacity - size, file)) > 0) {
        size += got;
        if (size == capacity) {
            capacity *= 2;
            uint8_t *grown = realloc(data, capacity);
            if (!grown) { free(data); data = NULL; }
            else data = grown;
        }
    }
    fclose(file);
    if (!data) {
        fprintf(stderr, "verbatim-fuzz: out of memory reading %s\n", path);
        return 1;
    }
    callback(data, size);
    free(data);
    return 0;
}

static int compare_names(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/// Runs `callback` on every regular file directly inside `path`, in name order.
static int replay_folder(const char *path, fuzz_callback callback, int *count) {
    DIR *dir = opendir(path);
    if (!dir) {
        fprintf(stderr, "verbatim-fuzz: cannot open the folder %s\n", path);
        return 1;
    }
    char **names = NULL;
    size_t used = 0, capacity = 0;
    struct dirent *entry;
    while ((entry = readdir(dir)) != NULL) {
        if (entry->d_name[0] == '.') continue;
        if (used == capacity) {
            capacity = capacity ? capacity * 2 : 64;
            char **grown = realloc(names, capacity * sizeof *names);
            if (!grown) break;
            names = grown;
        }
        names[used++] = strdup(entry->d_name);
    }
    closedir(dir);
    if (used > 0) qsort(names, used, sizeof *names, compare_names);
    int status = 0;
    for (size_t i = 0; i < used; i++) {
        size_t length = strlen(path) + strlen(names[i]) + 2;
        char *full = malloc(length);
        if (full) {
            snprintf(full, length, "%s/%s", path, names[i]);
            struct stat info;
            if (stat(full, &info) == 0 && S_ISREG(info.st_mode)) {
                status |= replay_file(full, callback);
                *count += 1;
            }
            free(full);
        }
        free(names[i]);
    }
    free(names);
    return status;
}

__attribute__((weak))
int LLVMFuzzerRunDriver(int *argc, char ***argv, fuzz_callback callback) {
    int status = 0, count = 0;
    for (int i = 1; i < *argc; i++) {
        const char *arg = (*argv)[i];
        if (arg[0] == '-') continue;
        struct stat info;
        if (stat(arg, &info) == 0 && S_ISDIR(info.st_mode)) {
            status |= replay_folder(arg, callback, &count);
        } else {
            status |= replay_file(arg, callback);
            count += 1;
        }
    }
    fprintf(stderr, "verbatim-fuzz: replayed %d inputs (built without libFuzzer)\n", count);
    return status;
}
