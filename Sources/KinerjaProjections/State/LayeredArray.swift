/// An array in two layers: a base that is shared and never written (a snapshot's, restored once and kept in
/// the process's cache), and what was written since (elements of the base changed, elements appended). A
/// state restored from a snapshot then folds the stream's tail without copying the snapshot's arrays.
struct LayeredArray<Element: Equatable & Sendable>: RandomAccessCollection, MutableCollection, Equatable, Sendable {
    /// The shared part, never written.
    private let base: [Element]
    /// Elements of the base written since, by position.
    private var changed: [Int: Element] = [:]
    /// The elements appended after the base.
    private var tail: [Element] = []

    /// An empty array.
    init() {
        base = []
    }

    /// An array whose elements are `base`, shared.
    init(base: [Element]) {
        self.base = base
    }

    var startIndex: Int { 0 }
    var endIndex: Int { base.count + tail.count }

    subscript(position: Int) -> Element {
        get {
            guard position < base.count else { return tail[position - base.count] }
            if !changed.isEmpty, let element = changed[position] { return element }
            return base[position]
        }
        set {
            if position < base.count { changed[position] = newValue } else { tail[position - base.count] = newValue }
        }
    }

    /// Appends `element`.
    mutating func append(_ element: Element) {
        tail.append(element)
    }

    /// Appends `elements`.
    mutating func append(contentsOf elements: some Sequence<Element>) {
        tail.append(contentsOf: elements)
    }

    /// Calls `body` with the elements as two contiguous runs (the second follows the first), for a tight loop
    /// over a long array.
    func withRuns<Result>(_ body: (UnsafeBufferPointer<Element>, UnsafeBufferPointer<Element>) -> Result) -> Result {
        guard changed.isEmpty else {
            return ContiguousArray(self).withUnsafeBufferPointer { body($0, UnsafeBufferPointer(start: nil, count: 0)) }
        }
        return base.withUnsafeBufferPointer { base in tail.withUnsafeBufferPointer { tail in body(base, tail) } }
    }

    static func == (lhs: LayeredArray, rhs: LayeredArray) -> Bool {
        lhs.elementsEqual(rhs)
    }
}
