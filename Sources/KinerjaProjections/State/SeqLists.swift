import KinerjaStore

/// Lists of seqs by a whole-number key (a year, or the seq of the event they name), each ascending: those a
/// snapshot restored, found in place in its bytes (the keys sorted, looked up by halving), and those changed
/// since in a dictionary.
///
/// Restoring a state reads where a table starts, not its keys: the realisations of a million events by
/// indicator and year made some 40,000 keys, and making a dictionary of them was most of the time an append
/// spent restoring a snapshot, for the one or two keys it reads. A key changed since is copied to the
/// dictionary as its restored list (read in place still) with the seq added, so changing a state restored
/// from a cached snapshot copies that dictionary, not the table.
struct SeqLists: Equatable, Sendable {
    /// The table a snapshot restored.
    private var restored = RestoredSeqLists()
    /// The keys added or changed since, with their whole lists (a changed key's restored part in place).
    private var changed: [Int: SeqList] = [:]
    /// How many keys of `changed` the table does not hold.
    private var addedKeys = 0

    /// No keys.
    init() {}

    /// The lists `table` holds.
    init(restored table: RestoredSeqLists) {
        restored = table
    }

    /// The list of `key`, if it has one.
    subscript(key: Int) -> SeqList? {
        changed[key] ?? restored.list(for: key)
    }

    /// How many keys have a list.
    var count: Int { restored.count == 0 ? changed.count : restored.count + addedKeys }
    var isEmpty: Bool { count == 0 }

    /// Adds `seq` to the list of `key` (above its seqs), making the list if the key has none.
    mutating func append(_ seq: Int, to key: Int) {
        // Nothing restored (a state folded from the stream's start): one lookup.
        guard restored.count > 0 else { return changed[key, default: []].append(seq) }
        if changed[key] == nil {
            if let list = restored.list(for: key) {
                changed[key] = list
            } else {
                changed[key] = []
                addedKeys += 1
            }
        }
        changed[key]?.append(seq)
    }

    /// Calls `body` with each key and its list, in ascending order of the keys.
    func forEach(_ body: (Int, SeqList) -> Void) {
        let added = changed.keys.sorted()
        var next = 0
        for index in 0..<restored.count {
            let key = restored.key(at: index)
            while next < added.count, added[next] < key {
                body(added[next], changed[added[next]] ?? [])
                next += 1
            }
            if next < added.count, added[next] == key {
                body(key, changed[key] ?? [])
                next += 1
            } else {
                body(key, restored.list(at: index))
            }
        }
        for key in added[next...] { body(key, changed[key] ?? []) }
    }

    /// The keys, ascending.
    var keys: [Int] {
        var keys: [Int] = []
        keys.reserveCapacity(count)
        forEach { key, _ in keys.append(key) }
        return keys
    }

    /// The lists, in ascending order of their keys.
    var values: [SeqList] {
        var values: [SeqList] = []
        values.reserveCapacity(count)
        forEach { _, list in values.append(list) }
        return values
    }

    /// Whether both hold the same keys with the same lists.
    static func == (lhs: SeqLists, rhs: SeqLists) -> Bool {
        guard lhs.count == rhs.count else { return false }
        // A restored table against lists folded from the stream's start (as `verify` compares them).
        if lhs.changed.isEmpty, rhs.restored.count == 0 { return lhs.restored.holds(rhs.changed) }
        if rhs.changed.isEmpty, lhs.restored.count == 0 { return rhs.restored.holds(lhs.changed) }
        var right: [(Int, SeqList)] = []
        right.reserveCapacity(rhs.count)
        rhs.forEach { right.append(($0, $1)) }
        var index = 0
        var same = true
        lhs.forEach { key, list in
            guard same else { return }
            same = index < right.count && right[index].0 == key && right[index].1 == list
            index += 1
        }
        return same
    }
}

/// A table of lists of seqs by key as a snapshot stores it, read in place: the keys ascending and where each
/// list starts, as numbers of one width (4 or 8 bytes), then the lists (``SnapshotWriter/list(_:)``).
///
/// Nothing here is read when it is made; a lookup or a list never reads outside the bytes, whatever they
/// hold (a table whose keys are not ascending finds fewer keys; a list that does not fit is empty).
struct RestoredSeqLists: @unchecked Sendable {
    /// The snapshot file's mapping, kept while the bytes are read (nil: each list is decoded when read).
    private let owner: ReadOnlyBytes?
    /// The keys, ascending.
    private let keys: FixedWidthNumbers
    /// Where each key's list starts in `lists`.
    private let starts: FixedWidthNumbers
    /// The lists.
    private let lists: UnsafeBufferPointer<UInt8>

    /// No keys.
    init() {
        owner = nil
        keys = FixedWidthNumbers(bytes: UnsafeRawBufferPointer(start: nil, count: 0), width: 8)
        starts = keys
        lists = UnsafeBufferPointer(start: nil, count: 0)
    }

    /// Reads a table ``write(_:to:)`` wrote, in place; nil when the bytes cannot hold it.
    init?(reading reader: inout SnapshotReader) {
        guard let count = reader.read(), let width = reader.read(), width == 4 || width == 8,
            let keys = reader.fixedNumbers(count, width: width), let starts = reader.fixedNumbers(count, width: width),
            let length = reader.read(), let lists = reader.take(bytes: length)
        else { return nil }
        (owner, self.keys, self.starts, self.lists) = (reader.owner, keys, starts, lists)
    }

    /// Writes `lists` as a table.
    static func write(_ lists: SeqLists, to writer: inout SnapshotWriter) {
        var coded = SnapshotWriter()
        var keys: [Int] = []
        var starts: [Int] = []
        lists.forEach { key, list in
            keys.append(key)
            starts.append(coded.bytes.count)
            coded.list(list)
        }
        let largest = max(keys.last ?? 0, coded.bytes.count)
        let width = keys.allSatisfy { $0 >= 0 } && largest <= Int(UInt32.max) ? 4 : 8
        writer.write(keys.count)
        writer.write(width)
        for number in keys + starts {
            if width == 4 {
                writer.fixed(UInt32(number))
            } else {
                writer.fixed(UInt64(truncatingIfNeeded: number))
            }
        }
        writer.write(coded.bytes.count)
        writer.bytes += coded.bytes
    }

    var count: Int { keys.count }

    /// The key at `index` (0 to `count` − 1), in ascending order.
    func key(at index: Int) -> Int {
        keys[index]
    }

    /// The list of the key at `index`.
    func list(at index: Int) -> SeqList {
        var reader = SnapshotReader(bytes: lists, owner: owner, index: min(max(starts[index], 0), lists.count))
        return reader.list() ?? []
    }

    /// Whether the table holds just `lists`, with its keys ascending (as a lookup halving them needs).
    fileprivate func holds(_ lists: [Int: SeqList]) -> Bool {
        guard keys.count == lists.count else { return false }
        keys.checkAll()
        starts.checkAll()
        owner?.ensure(self.lists)
        for index in 0..<keys.count {
            let key = keys.number(at: index)
            guard index == 0 || keys.number(at: index - 1) < key, let list = lists[key] else { return false }
            // Compared as the bytes are read, with no list made of them.
            var reader = SnapshotReader(
                bytes: self.lists, index: min(max(starts.number(at: index), 0), self.lists.count))
            guard list.isCoded(by: &reader) else { return false }
        }
        return true
    }

    /// The list of `key`, if the table has it.
    func list(for key: Int) -> SeqList? {
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key ? list(at: low) : nil
    }
}
