import Patterns
import Testing

@Suite struct PatternOptionsTests {
    @Test func defaultsAreTheDocumentedOnes() {
        let o = PatternOptions()
        #expect(o.recurringCount == 3 && o.recurringDays == 30 && o.repeatDays == 7 && o.spikeWeeks == 8 && o.spikeZ == 2)
        #expect(o.problem == nil)
    }

    @Test func unusableSettingsAreNamed() {
        #expect(PatternOptions(recurringCount: 1).problem?.setting == "recurring_count")
        #expect(PatternOptions(spikeWeeks: 1).problem?.setting == "spike_weeks")
        #expect(PatternOptions(spikeZ: 0).problem?.setting == "spike_z")
    }
}
