/// What a long job tells its caller as it goes: a stage started, moved on, or finished with its
/// time and counts. The command line draws these as progress bars on a terminal, one plain line per
/// stage otherwise, or JSON lines for log shippers.
public struct StageEvent: Sendable, Equatable {
    /// Where the stage is.
    public enum Phase: String, Sendable {
        /// It began.
        case started
        /// It moved on (a file, a step).
        case progress
        /// It ended.
        case finished
    }

    /// The stage (`ingest`, `accounts`, `themes`, `patterns`, `signals`).
    public var stage: String
    /// Its position among the job's stages, from 1, and how many there are.
    public var index: Int, of: Int
    /// Where it is.
    public var phase: Phase
    /// What it is doing, or how it ended.
    public var note: String
    /// Work done and to do within the stage (files, steps), when known.
    public var done: Int?, total: Int?
    /// Seconds, when finished.
    public var seconds: Double?
    /// Counts, when finished, in the order they read best.
    public var counts: [Count]

    /// One named count.
    public struct Count: Sendable, Equatable {
        /// Its name (`files_read`, `items_added`, …).
        public var name: String
        /// Its value.
        public var value: Int

        /// A count.
        public init(_ name: String, _ value: Int) {
            self.name = name
            self.value = value
        }
    }

    /// An event.
    public init(stage: String, index: Int, of: Int, phase: Phase, note: String = "", done: Int? = nil, total: Int? = nil,
                seconds: Double? = nil, counts: [Count] = []) {
        self.stage = stage
        self.index = index
        self.of = of
        self.phase = phase
        self.note = note
        self.done = done
        self.total = total
        self.seconds = seconds
        self.counts = counts
    }
}
