/// A fast, seedable random number generator: xoshiro256** seeded through SplitMix64.
///
/// The same seed gives the same sequence on every platform and toolchain, which is what makes
/// sampling, k-means seeding and the demo corpus reproducible. The 256-bit state is filled from
/// the 64-bit seed by four SplitMix64 outputs, as the authors recommend, so that neighbouring
/// seeds (0, 1, 2, …) give unrelated streams and the state is never all zero.
///
/// Algorithms: D. Blackman and S. Vigna, "Scrambled Linear Pseudorandom Number Generators",
/// ACM TOMS 47(4), 2021; reference code at <https://prng.di.unimi.it/xoshiro256starstar.c> and
/// <https://prng.di.unimi.it/splitmix64.c>. Not cryptographically secure.
///
/// Standard-library helpers such as `Int.random(in:using:)` may change their algorithm between
/// Swift releases; code that needs byte-identical output across toolchains should draw with
/// ``next(below:)`` instead.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// Creates a generator whose state is four successive SplitMix64 outputs from `seed`.
    /// - Parameter seed: any 64-bit value, zero included.
    public init(seed: UInt64) {
        var x = seed
        s0 = Self.splitMix64(&x)
        s1 = Self.splitMix64(&x)
        s2 = Self.splitMix64(&x)
        s3 = Self.splitMix64(&x)
    }

    /// One step of SplitMix64 (Steele, Lea and Flood, OOPSLA 2014): advances `state` by the
    /// golden-ratio increment and returns the mixed value.
    /// - Parameter state: the SplitMix64 state, advanced in place.
    /// - Returns: the next SplitMix64 output.
    public static func splitMix64(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The next 64 random bits (xoshiro256**).
    /// - Complexity: O(1).
    public mutating func next() -> UInt64 {
        let result = Self.rotateLeft(s1 &* 5, by: 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = Self.rotateLeft(s3, by: 45)
        return result
    }

    /// A uniform integer in `0..<bound`, without modulo bias (Lemire's multiply-and-reject,
    /// "Fast Random Integer Generation in an Interval", ACM TOMACS 29(1), 2019).
    ///
    /// Unlike the standard library's helpers, the algorithm is fixed here, so results never
    /// change with the toolchain.
    /// - Parameter bound: the exclusive upper bound; must be positive.
    /// - Returns: a value in `0..<bound`.
    public mutating func next(below bound: UInt64) -> UInt64 {
        precondition(bound > 0, "next(below:) needs a positive bound")
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold {
                product = next().multipliedFullWidth(by: bound)
            }
        }
        return product.high
    }

    /// A uniform `Int` in `0..<bound`; see ``next(below:)``.
    /// - Parameter bound: the exclusive upper bound; must be positive.
    /// - Returns: a value in `0..<bound`.
    public mutating func int(below bound: Int) -> Int {
        precondition(bound > 0, "int(below:) needs a positive bound")
        return Int(truncatingIfNeeded: next(below: UInt64(bound)))
    }

    /// A uniform `Double` in `[0, 1)`, from the top 53 bits of ``next()``.
    /// - Returns: a multiple of 2⁻⁵³ in `[0, 1)`.
    public mutating func unitDouble() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    private static func rotateLeft(_ x: UInt64, by k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}
