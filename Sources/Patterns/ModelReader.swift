/// Reads what ``ModelWriter`` wrote, failing with ``ClassifierError/corruptModel(reason:)`` on
/// any short or inconsistent input.
struct ModelReader {
    let bytes: [UInt8]
    private(set) var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { offset == bytes.count }

    private mutating func take(_ count: Int) throws -> ArraySlice<UInt8> {
        guard count >= 0, count <= bytes.count - offset else {
            throw ClassifierError.corruptModel(reason: "it ends early, at byte \(offset)")
        }
        defer { offset += count }
        return bytes[offset ..< offset + count]
    }

    mutating func u32() throws -> UInt32 {
        let s = try take(4)
        var v: UInt32 = 0
        for (i, b) in s.enumerated() { v |= UInt32(b) << (8 * UInt32(i)) }
        return v
    }

    mutating func u64() throws -> UInt64 {
        let s = try take(8)
        var v: UInt64 = 0
        for (i, b) in s.enumerated() { v |= UInt64(b) << (8 * UInt64(i)) }
        return v
    }

    mutating func int() throws -> Int {
        let v = Int64(bitPattern: try u64())
        guard v >= 0, v <= Int64(bytes.count) * 8 + 1_000_000 else {
            throw ClassifierError.corruptModel(reason: "a count of \(v) at byte \(offset - 8)")
        }
        return Int(v)
    }

    mutating func f64() throws -> Double { Double(bitPattern: try u64()) }

    mutating func count(elementSize: Int) throws -> Int {
        let n = try int()
        guard n * elementSize <= bytes.count - offset else {
            throw ClassifierError.corruptModel(reason: "\(n) entries do not fit in the bytes left at \(offset)")
        }
        return n
    }

    mutating func floats() throws -> [Float] {
        let n = try count(elementSize: 4)
        var out = [Float]()
        out.reserveCapacity(n)
        for _ in 0 ..< n { out.append(Float(bitPattern: try u32())) }
        return out
    }

    mutating func int32s() throws -> [Int32] {
        let n = try count(elementSize: 4)
        var out = [Int32]()
        out.reserveCapacity(n)
        for _ in 0 ..< n { out.append(Int32(bitPattern: try u32())) }
        return out
    }

    mutating func string() throws -> String {
        let n = try count(elementSize: 1)
        return String(decoding: try take(n), as: UTF8.self)
    }

    mutating func strings() throws -> [String] {
        let n = try count(elementSize: 8)
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0 ..< n { out.append(try string()) }
        return out
    }
}
