/// Writes a model as little-endian bytes: fixed-width integers, IEEE floats by bit pattern, and
/// length-prefixed UTF-8 strings, so the same model always gives the same bytes.
struct ModelWriter {
    private(set) var bytes: [UInt8] = []

    mutating func u32(_ value: UInt32) {
        var v = value.littleEndian
        withUnsafeBytes(of: &v) { bytes.append(contentsOf: $0) }
    }

    mutating func u64(_ value: UInt64) {
        var v = value.littleEndian
        withUnsafeBytes(of: &v) { bytes.append(contentsOf: $0) }
    }

    mutating func int(_ value: Int) { u64(UInt64(bitPattern: Int64(value))) }
    mutating func f64(_ value: Double) { u64(value.bitPattern) }

    mutating func floats(_ values: [Float]) {
        int(values.count)
        bytes.reserveCapacity(bytes.count + values.count * 4)
        for v in values { u32(v.bitPattern) }
    }

    mutating func int32s(_ values: [Int32]) {
        int(values.count)
        for v in values { u32(UInt32(bitPattern: v)) }
    }

    mutating func string(_ value: String) {
        let utf8 = Array(value.utf8)
        int(utf8.count)
        bytes.append(contentsOf: utf8)
    }

    mutating func strings(_ values: [String]) {
        int(values.count)
        for v in values { string(v) }
    }
}
