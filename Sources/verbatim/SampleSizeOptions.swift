import ArgumentParser
import SampleCorpus

/// The size and seed of a sample corpus, shared by `sample` and `demo`.
struct SampleSizeOptions: ParsableArguments {
    @Option(help: "How many feedback items.")
    var items = 5_000

    @Option(help: "How many accounts.")
    var accounts = 300

    @Option(help: "The random seed; the same seed writes byte-identical files.")
    var seed: UInt64 = 42

    func validate() throws {
        guard items >= 10 else { throw ValidationError("--items \(items): write at least 10 items.") }
        guard accounts >= 5 else { throw ValidationError("--accounts \(accounts): write at least 5 accounts.") }
    }

    /// The generator's options.
    var sampleOptions: SampleOptions { SampleOptions(items: items, accounts: accounts, seed: seed) }
}
