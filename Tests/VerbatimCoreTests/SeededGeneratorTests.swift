import Testing
import VerbatimCore

@Suite("SeededGenerator")
struct SeededGeneratorTests {
    // Expected values computed once with a line-by-line Python transliteration of the reference
    // C code (prng.di.unimi.it/splitmix64.c and xoshiro256starstar.c).
    @Test("SplitMix64 from zero gives the reference first output")
    func splitMixReference() {
        var state: UInt64 = 0
        #expect(SeededGenerator.splitMix64(&state) == 0xE220_A839_7B1D_CDAF)
        #expect(state == 0x9E37_79B9_7F4A_7C15)
    }

    @Test("Seed 0 and seed 42 give the reference first outputs")
    func xoshiroReference() {
        var zero = SeededGenerator(seed: 0)
        #expect([zero.next(), zero.next(), zero.next(), zero.next()] ==
                [0x99EC_5F36_CB75_F2B4, 0xBF6E_1F78_4956_452A, 0x1A5F_849D_4933_E6E0, 0x6AA5_94F1_262D_2D2C])
        var fortyTwo = SeededGenerator(seed: 42)
        #expect([fortyTwo.next(), fortyTwo.next(), fortyTwo.next(), fortyTwo.next()] ==
                [0x1578_0B2E_0C2E_C716, 0x6104_D986_6D11_3A7E, 0xAE17_5332_39E4_99A1, 0xECB8_AD47_03B3_60A1])
    }

    @Test("The same seed gives the same sequence and another seed a different one")
    func sameSeedSameSequence() {
        var a = SeededGenerator(seed: 7)
        var b = SeededGenerator(seed: 7)
        var c = SeededGenerator(seed: 8)
        let first = (0..<1000).map { _ in a.next() }
        #expect(first == (0..<1000).map { _ in b.next() })
        #expect(first != (0..<1000).map { _ in c.next() })
    }

    @Test("Bounded draws stay in range and reach every value")
    func boundedDraws() {
        var rng = SeededGenerator(seed: 1)
        var seen = [Int](repeating: 0, count: 7)
        for _ in 0..<7000 { seen[rng.int(below: 7)] += 1 }
        #expect(seen.allSatisfy { $0 > 800 && $0 < 1200 })
        for _ in 0..<1000 {
            let u = rng.unitDouble()
            #expect(u >= 0 && u < 1)
        }
    }
}
