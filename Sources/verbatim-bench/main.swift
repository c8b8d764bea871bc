// Release-mode benchmark of the ingest stage, with `wc -l` on the same files in the same run as the
// baseline (these machines are shared and noisy: compare ratios, not seconds).
//
//   swift build -c release && .build/release/verbatim-bench FILE...
//
// For each file: `wc -l` (best of 3), the reader alone (records counted, best of 3), and a full
// ingest into a fresh store (read, map, write to SQLite), with peak memory at the end. The ingest
// reads and maps on a second thread beside the writer; `--serial` times it on one thread. The
// ingest redacts personal data as `verbatim ingest` does; `--keep-pii` times it without.
// `verbatim-bench pii [corpora/pii/labelled.tsv]` prints the detectors' precision and recall.
// `verbatim-bench patterns …` measures sentiment and issue types instead (PatternsBench.swift),
// `verbatim-bench export …` the CSV and XLSX writers (ExportBench.swift).
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Ingest
import Pipeline
import Store
import VerbatimCore

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func best(of n: Int, _ body: () throws -> Void) rethrows -> Double {
    var result = Double.infinity
    for _ in 0..<n { result = min(result, try seconds(body)) }
    return result
}

func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

if try runPatternsBench(Array(CommandLine.arguments.dropFirst())) { exit(0) }
if try runExportBench(Array(CommandLine.arguments.dropFirst())) { exit(0) }
if try runThemesBench(Array(CommandLine.arguments.dropFirst())) { exit(0) }
if CommandLine.arguments.dropFirst().first == "pii" {
    let path = CommandLine.arguments.dropFirst(2).first ?? "corpora/pii/labelled.tsv"
    let evaluation = PIIEvaluation(list: try String(contentsOfFile: path, encoding: .utf8), redactor: .standard)
    print("\(evaluation.lines) labelled lines (\(path))\n" + evaluation.table, terminator: "")
    exit(0)
}
let arguments = CommandLine.arguments.dropFirst()
let serial = arguments.contains("--serial")
let keepPII = arguments.contains("--keep-pii")
let files = arguments.filter { $0 != "--serial" && $0 != "--keep-pii" }.map { URL(fileURLWithPath: $0) }
guard !files.isEmpty else {
    FileHandle.standardError.write(Data("usage: verbatim-bench [--serial] [--keep-pii] FILE...\n".utf8))
    exit(2)
}
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-bench-\(getpid())")
try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: scratch) }
let store = try Store(path: scratch.appendingPathComponent("bench.sqlite").path)

print("file\tMB\trecords\twc -l s\tread s\tread MB/s\tread/wc\tread+map s\tingest s\tingest rec/s\tingest/wc")
var totalBytes = 0.0, totalWC = 0.0, totalRead = 0.0, totalMap = 0.0, totalIngest = 0.0, totalRecords = 0
for url in files {
    let bytes = Double((try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.int64Value ?? 0)
    let wc = best(of: 3) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/wc")
        p.arguments = ["-l", url.path]
        p.standardOutput = FileHandle.nullDevice
        try? p.run()
        p.waitUntilExit()
    }
    let format = FileFormat.detect(url)
    var records = 0
    let read = try best(of: 3) {
        records = 0
        try format.reader(for: url, record: nil).read { event in
            if case .record = event { records += 1 }
        }
    }
    var mapped = 0
    let map = try best(of: 1) {
        let mapper = try ItemMapper(options: MappingOptions(source: url.lastPathComponent))
        try format.reader(for: url, record: nil).read { event in
            if case .record(let r) = event, case .item = try mapper.map(r) { mapped += 1 }
        }
    }
    var report: FileReport?
    let ingest = try seconds {
        report = try Ingester(store: store, pipelined: !serial, redactor: keepPII ? nil : .standard).ingest(url, options: MappingOptions(source: url.lastPathComponent), runID: nil)
    }
    let stored = report?.counts.total ?? 0
    totalBytes += bytes; totalWC += wc; totalRead += read; totalMap += map; totalIngest += ingest; totalRecords += stored
    print(String(format: "%@\t%.1f\t%d\t%.3f\t%.3f\t%.0f\t%.1fx\t%.2f\t%.2f\t%.0f\t%.1fx", url.lastPathComponent, bytes / 1e6, records,
                 wc, read, bytes / 1e6 / read, read / wc, map, ingest, Double(stored) / ingest, ingest / wc))
}
print(String(format: "all\t%.1f\t%d\t%.3f\t%.3f\t%.0f\t%.1fx\t%.2f\t%.2f\t%.0f\t%.1fx", totalBytes / 1e6, totalRecords, totalWC, totalRead,
             totalBytes / 1e6 / totalRead, totalRead / totalWC, totalMap, totalIngest, Double(totalRecords) / totalIngest, totalIngest / totalWC))
print(String(format: "peak memory: %.0f MB", peakMemoryMB()))
