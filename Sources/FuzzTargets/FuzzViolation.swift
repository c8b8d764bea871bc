/// A broken invariant found by a fuzz harness: the input made the code under test return
/// something it never should. The fuzzer treats it as a crash; the replay tests report it.
public struct FuzzViolation: Error, CustomStringConvertible, Equatable {
    /// The harness that found it.
    public var harness: FuzzHarness
    /// What was wrong.
    public var message: String

    /// Creates a violation.
    public init(harness: FuzzHarness, message: String) {
        self.harness = harness
        self.message = message
    }

    /// `tokenizer: a token is empty at 12..<12`.
    public var description: String { "\(harness.rawValue): \(message)" }
}
