import Foundation
import Patterns
import Testing
@testable import Pipeline

@Suite("The [patterns] section")
struct PatternConfigTests {
    @Test("Thresholds are read over the defaults")
    func reads() throws {
        let config = try Config(text: """
            [patterns]
            recurring_count = 4
            spike_z = 2.5
            """, file: "verbatim.toml")
        let options = try #require(config.patterns).options(file: "verbatim.toml")
        #expect(options == PatternOptions(recurringCount: 4, spikeZ: 2.5))
    }

    @Test("spike_z may be written as a whole number")
    func wholeNumberZ() throws {
        let config = try Config(text: "[patterns]\nspike_z = 3\n", file: "verbatim.toml")
        #expect(try config.patterns?.options(file: "verbatim.toml").spikeZ == 3)
    }

    @Test("An unusable threshold is named with its value and the rule")
    func rejects() throws {
        let config = try Config(text: "[patterns]\nspike_weeks = 1\n", file: "verbatim.toml")
        #expect {
            try config.patterns?.options(file: "verbatim.toml")
        } throws: { error in
            String(describing: error).contains("[patterns] spike_weeks = 1: must be at least 2 weeks")
        }
    }
}
