// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Verbatim",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "verbatim", targets: ["verbatim"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // libxml2, for streaming XML. Headers and link flags come from pkg-config.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // Records, IDs, dates, hashing and errors shared by every stage.
        .target(name: "VerbatimCore"),
        // Streaming readers (CSV/TSV, JSON/JSONL, XML) and the mapping of raw records to items.
        .target(name: "Ingest", dependencies: ["VerbatimCore", "CLibXML2"]),
        // Normalisation, tokenising, stemming, stopwords, language and phrases.
        .target(name: "TextAnalysis", dependencies: ["VerbatimCore"]),
        // TF-IDF vectors, spherical k-means, labels, quotes and the theme registry's matching.
        .target(name: "Themes", dependencies: ["VerbatimCore"]),
        // Issue types (rules and a trained linear classifier), sentiment, recurring issues,
        // repeat contacts, spikes and emerging themes.
        .target(name: "Patterns", dependencies: ["VerbatimCore", "TextAnalysis", "Themes"]),
        // KPIs per period and segment, health scores, and the theme × account join against
        // churn, expansion and NPS.
        .target(name: "Signals", dependencies: ["VerbatimCore"]),
        // The SQLite store (GRDB): migrations, upserts, rejects, runs.
        .target(name: "Store", dependencies: [
            "VerbatimCore",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        // Export tables and their writers: CSV, JSON and XLSX workbooks (SpreadsheetML zipped with
        // ZIPFoundation), with formula-injection neutralising for the spreadsheet formats.
        .target(name: "Output", dependencies: [
            "VerbatimCore", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // The deterministic demo-corpus generator behind `verbatim sample`.
        .target(name: "SampleCorpus", dependencies: ["VerbatimCore"]),
        // Workspace, config (verbatim.toml) and the order of stages.
        .target(name: "Pipeline", dependencies: [
            "VerbatimCore", "Ingest", "Store", "SampleCorpus", "TextAnalysis", "Themes", "Patterns", "Signals",
            "Output", .product(name: "TOMLKit", package: "TOMLKit"),
        ]),
        .executableTarget(name: "verbatim", dependencies: [
            "Pipeline", "VerbatimCore", "Output", "Patterns", "Signals", "Store", "Ingest", "SampleCorpus",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Release-mode benchmarks: ingest against `wc -l` on the same files, patterns, export writers.
        .executableTarget(name: "verbatim-bench", dependencies: ["Pipeline", "Ingest", "Store", "VerbatimCore", "Patterns", "TextAnalysis", "Output"]),

        // Fuzzing: libFuzzer's driver entry point (a replay fallback when built without
        // libFuzzer), one harness per untrusted input, and `verbatim-fuzz HARNESS [args…]`.
        .target(name: "CFuzzDriver"),
        .target(name: "FuzzTargets", dependencies: ["Ingest", "VerbatimCore", "TextAnalysis", "Pipeline"]),
        .executableTarget(name: "verbatim-fuzz", dependencies: ["FuzzTargets", "CFuzzDriver"]),

        // Paths to the shared datasets and fixtures, for the test targets.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "VerbatimCoreTests", dependencies: ["VerbatimCore"]),
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "VerbatimCore", "TestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "TextAnalysisTests", dependencies: ["TextAnalysis", "VerbatimCore", "TestSupport"]),
        .testTarget(name: "ThemesTests", dependencies: ["Themes", "VerbatimCore", "TestSupport"]),
        .testTarget(name: "PatternsTests", dependencies: ["Patterns", "TextAnalysis", "Themes", "VerbatimCore", "TestSupport"]),
        .testTarget(name: "SignalsTests", dependencies: ["Signals", "VerbatimCore", "TestSupport"]),
        .testTarget(name: "OutputTests", dependencies: ["Output", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "VerbatimCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "SampleCorpusTests", dependencies: ["SampleCorpus", "VerbatimCore"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "Ingest", "Store", "VerbatimCore", "Patterns", "Signals",
                                                 "SampleCorpus", "Themes", "Output", "TestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "CLITests", dependencies: ["verbatim", .product(name: "GRDB", package: "GRDB.swift")]),
        // The fuzz seeds and regressions replayed through the harnesses (no fuzzer needed).
        .testTarget(name: "FuzzTargetsTests", dependencies: ["FuzzTargets", "TextAnalysis", "VerbatimCore", "TestSupport"]),
        // Property-based tests: the CSV writer against the reader, tokenizer invariants.
        .testTarget(name: "PropertyTests", dependencies: [
            "Output", "Ingest", "TextAnalysis", "VerbatimCore", "FuzzTargets",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
    ]
)
