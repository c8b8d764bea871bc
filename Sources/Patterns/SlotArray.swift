/// Fixed slots that parallel pieces fill, one each.
final class SlotArray<Element>: @unchecked Sendable {
    private var slots: [Element]

    init(repeating value: Element, count: Int) { slots = Array(repeating: value, count: count) }

    /// Writes slot `index`; each index is written by one piece only.
    func set(_ index: Int, _ value: Element) {
        slots.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    /// The slots, after every piece has finished.
    var values: [Element] { slots }
}
