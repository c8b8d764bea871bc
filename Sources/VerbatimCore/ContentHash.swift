/// A 128-bit content hash for records that have no id of their own, and for change detection.
///
/// Two 64-bit FNV-1a hashes with different offset bases over the parts, each part followed by a
/// 0x1F separator so that ("ab", "c") and ("a", "bc") differ. Not cryptographic: it identifies
/// records, it does not defend against an adversary choosing collisions.
/// (Fowler, Noll, Vo: http://www.isthe.com/chongo/tech/comp/fnv/)
public struct ContentHash: Sendable {
    private var a: UInt64 = 0xcbf2_9ce4_8422_2325
    private var b: UInt64 = 0x6c62_272e_07bb_0142
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// An empty hash.
    public init() {}

    /// Adds one part.
    public mutating func combine(_ part: String) {
        var s = part
        s.withUTF8 { buffer in
            for byte in buffer { mix(byte) }
        }
        mix(0x1F)
    }

    /// Adds an optional part; nil and "" hash differently.
    public mutating func combine(_ part: String?) {
        if let part { combine(part) } else { mix(0x1E); mix(0x1F) }
    }

    /// Adds one part given as UTF-8 bytes: the same as `combine(_:)` with their text.
    public mutating func combine(utf8 part: UnsafeBufferPointer<UInt8>) {
        for byte in part { mix(byte) }
        mix(0x1F)
    }

    /// Adds the part `tag` followed by `value` in decimal (`"i42"`, `"i-7"`), without making
    /// the text.
    public mutating func combine(tagged tag: UInt8, _ value: Int64) {
        mix(tag)
        if value < 0 { mix(UInt8(ascii: "-")) }
        mixDecimal(value.magnitude)
        mix(0x1F)
    }

    /// Adds the part `tag` followed by `value` in decimal (`"r4611686018427387904"`).
    public mutating func combine(tagged tag: UInt8, _ value: UInt64) {
        mix(tag)
        mixDecimal(value)
        mix(0x1F)
    }

    private mutating func mixDecimal(_ n: UInt64) {
        var divisor: UInt64 = 1
        while n / divisor >= 10 { divisor *= 10 }
        while divisor > 0 {
            mix(UInt8(48 + n / divisor % 10))
            divisor /= 10
        }
    }

    @inline(__always)
    private mutating func mix(_ byte: UInt8) {
        a = (a ^ UInt64(byte)) &* ContentHash.prime
        b = (b ^ UInt64(byte)) &* ContentHash.prime
        b = b ^ (b >> 29)
    }

    /// The hash as 32 lowercase hex digits.
    public var hex: String {
        func h(_ v: UInt64) -> String {
            let s = String(v, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }
        return h(a) + h(b)
    }

    /// Appends `hex` as UTF-8 bytes to `bytes`.
    public func appendHex(to bytes: inout [UInt8]) {
        func append(_ v: UInt64) {
            for shift in stride(from: 60, through: 0, by: -4) { bytes.append(ContentHash.hexDigit(UInt8(truncatingIfNeeded: v >> UInt64(shift)) & 0xF)) }
        }
        append(a)
        append(b)
    }

    /// The lowercase hex digit of `nibble` (0–15), as an ASCII byte.
    @inline(__always)
    public static func hexDigit(_ nibble: UInt8) -> UInt8 { nibble < 10 ? 48 + nibble : 87 + nibble }

    /// The hash of `parts`, as 32 hex digits.
    public static func hex(of parts: [String?]) -> String {
        var hash = ContentHash()
        for p in parts { hash.combine(p) }
        return hash.hex
    }
}
