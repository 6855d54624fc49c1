/// An array in two layers: a base that is shared and never written (a snapshot's column, read in place from
/// its file), and what was written since (elements of the base changed, elements appended). A
/// state restored from a snapshot then folds the stream's tail without copying the snapshot's arrays.
struct LayeredArray<Base: SharedColumn>: RandomAccessCollection, MutableCollection, Equatable, Sendable
where Base.Element: Equatable & Sendable {
    typealias Element = Base.Element

    /// The shared part, never written.
    private let base: Base
    /// How many elements the base has.
    private let baseCount: Int
    /// Elements of the base written since, by position.
    private var changed: [Int: Element] = [:]
    /// The elements appended after the base.
    private var tail: [Element] = []

    /// An empty array.
    init() {
        base = Base()
        baseCount = 0
    }

    /// An array whose elements are `base`, shared.
    init(base: Base) {
        self.base = base
        baseCount = base.count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { baseCount + tail.count }

    subscript(position: Int) -> Element {
        get {
            guard position < baseCount else { return tail[position - baseCount] }
            if !changed.isEmpty, let element = changed[position] { return element }
            return base[position]
        }
        set {
            if position < baseCount { changed[position] = newValue } else { tail[position - baseCount] = newValue }
        }
    }

    /// Makes room for `count` more appended elements.
    mutating func reserveCapacity(appending count: Int) {
        tail.reserveCapacity(tail.count + count)
    }

    /// Appends `element`.
    mutating func append(_ element: Element) {
        tail.append(element)
    }

    /// Calls `body` with each element in order, reading the base in one pass.
    func forEachInOrder(_ body: (Element) -> Void) {
        var position = 0
        base.forEachInOrder { element in
            body(changed.isEmpty ? element : changed[position] ?? element)
            position += 1
        }
        tail.forEach(body)
    }

    /// Checks the pieces of the whole base at once (on every core), for a reader of every element: otherwise
    /// each piece is checked on the reader's thread as it reaches it.
    func checkAll() {
        base.checkAll()
    }

    static func == (lhs: LayeredArray, rhs: LayeredArray) -> Bool {
        guard lhs.count == rhs.count else { return false }
        lhs.checkAll()
        rhs.checkAll()
        // One side all appended (a state folded from the stream's start, as `verify` compares a snapshot's
        // with): the other is read beside it in one pass over its base.
        if lhs.baseCount == 0 { return rhs.elementsEqual(inOrder: lhs.tail) }
        if rhs.baseCount == 0 { return lhs.elementsEqual(inOrder: rhs.tail) }
        return lhs.elementsEqual(rhs)
    }

    /// Whether the elements are `elements` (as many), read in one pass (``forEachInOrder(_:)``).
    private func elementsEqual(inOrder elements: [Element]) -> Bool {
        var position = 0
        var same = true
        forEachInOrder { element in
            if same { same = element == elements[position] }
            position += 1
        }
        return same
    }
}

/// The shared part of a ``LayeredArray``: a column of a snapshot, read in place.
protocol SharedColumn<Element>: Sendable {
    associatedtype Element
    /// An empty column.
    init()
    var count: Int { get }
    subscript(position: Int) -> Element { get }
    /// Calls `body` with each element in order.
    func forEachInOrder(_ body: (Element) -> Void)
    /// Checks the pieces of the snapshot that hold the whole column, at once.
    func checkAll()
}

extension SharedColumn {
    func checkAll() {}

    func forEachInOrder(_ body: (Element) -> Void) {
        for position in 0..<count { body(self[position]) }
    }
}
