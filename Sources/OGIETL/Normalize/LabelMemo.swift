import Synchronization

/// What a parser made of a row's label cells, remembered by the cells' bytes. Every report
/// prints the same few dozen labels in a handful of spellings and line breaks, and reading one
/// (joining its cells, cleaning them, cutting at numbering marks, matching against
/// `pipeline.json`) cost several times more than reading the row's figures.
///
/// A reading is a function of its key alone, so which worker met a label first changes
/// nothing in the output. The table is emptied when full: memory stays bounded whatever the
/// corpus, and a corpus of unusual labels only loses the shortcut.
final class LabelMemo<Value: Sendable>: Sendable {
    private let entries = Mutex<[LabelKey: Value]>([:])
    let capacity: Int

    init(capacity: Int = 1024) {
        self.capacity = capacity
    }

    /// The reading remembered for `key`, or `read()`'s, remembered from now on. A key too long
    /// to be a label (a heading block run together) is read every time.
    func value(for key: LabelKey, orRead read: () -> Value) -> Value {
        guard key.isRemembered else { return read() }
        if let known = entries.withLock({ $0[key] }) { return known }
        let value = read()
        entries.withLock { table in
            if table.count >= capacity { table.removeAll(keepingCapacity: true) }
            table[key] = value
        }
        return value
    }

    /// How many readings are remembered, for tests.
    var count: Int { entries.withLock { $0.count } }
}
