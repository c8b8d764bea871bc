// verbatim-fuzz HARNESS [libFuzzer options…] [CORPUS…]    or    verbatim-fuzz --list
//
// Runs one fuzz harness (see FuzzHarness) under libFuzzer when built with -sanitize=fuzzer, or
// replays the files and folders named when built without it. A broken invariant aborts, so
// libFuzzer saves the input as a crash. Tests/Fuzz/fuzz.sh builds and runs every harness.
//
// Example: verbatim-fuzz csvReader -max_total_time=60 corpus/ corpora/fuzz/csvReader
import CFuzzDriver
import Foundation
import FuzzTargets

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes `text` to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
}

let arguments = CommandLine.arguments
if arguments.count == 2, arguments[1] == "--list" {
    for harness in FuzzHarness.allCases { print("\(harness.rawValue) \(harness.maxLength)") }
    exit(0)
}
guard arguments.count >= 2, let harness = FuzzHarness(rawValue: arguments[1]) else {
    let names = FuzzHarness.allCases.map { "  \($0.rawValue) (max_len \($0.maxLength))" }.joined(separator: "\n")
    printError("""
        usage: verbatim-fuzz HARNESS [libFuzzer options…] [CORPUS-FOLDER…]
               verbatim-fuzz --list      (each harness and its max_len)
        Feeds generated inputs to one parser and checks its invariants (under libFuzzer), or
        replays the named files and folders (when built without -sanitize=fuzzer).
        Harnesses:
        \(names)
        Example: verbatim-fuzz tokenizer -max_total_time=60 -max_len=4096 corpora/fuzz/tokenizer

        """)
    exit(2)
}

/// The harness libFuzzer's callback runs; set before the driver starts, read only afterwards.
nonisolated(unsafe) var selected = harness

// libFuzzer reads argv[1…] as its own options and corpus folders: drop the harness name.
var forwarded = [arguments[0]] + arguments.dropFirst(2)
var cStrings: [UnsafeMutablePointer<CChar>?] = forwarded.map { strdup($0) } + [nil]
var argc = Int32(forwarded.count)
let status = cStrings.withUnsafeMutableBufferPointer { buffer -> Int32 in
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = buffer.baseAddress
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        let bytes = UnsafeRawBufferPointer(start: data, count: size)
        do {
            try selected.run(bytes)
        } catch {
            printError("verbatim-fuzz: \(error)\n")
            abort()
        }
        return 0
    }
}
exit(status)
