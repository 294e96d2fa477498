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
    /// The keys in a `ByteKeyTable`, their readings beside them by the keys' numbers: a key is
    /// found by the hash it was made with and one `memcmp`, where a `Dictionary` hashed it
    /// again through `Hasher` at every look-up.
    fileprivate struct Table: Sendable {
        var keys: ByteKeyTable
        var readings: [Value] = []
    }

    private let table: Mutex<Table>

    init(capacity: Int = 1024) {
        table = Mutex(Table(keys: ByteKeyTable(capacity: capacity)))
    }

    /// The reading remembered for `key`, or `read()`'s, remembered from now on. A key too long
    /// to be a label (a heading block run together) is read every time.
    func value(for key: LabelKey, orRead read: () -> Value) -> Value {
        guard key.isRemembered else { return read() }
        if let known = key.withBytes({ bytes, hash in table.withLock { $0.reading(for: bytes, hash: hash) } }) { return known }
        let value = read()
        key.withBytes { bytes, hash in table.withLock { $0.remember(value, for: bytes, hash: hash) } }
        return value
    }

    /// How many readings are remembered, for tests.
    var count: Int { table.withLock { $0.readings.count } }
}

extension LabelMemo.Table {
    func reading(for key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Value? {
        keys.locate(key, hash: hash).index.map { readings[$0] }
    }

    /// Another worker may have read the same label meanwhile; its reading is the same.
    mutating func remember(_ value: Value, for key: UnsafeBufferPointer<UInt8>, hash: UInt64) {
        guard let added = keys.insert(key, hash: hash) else { return }
        if added.emptiedFirst { readings.removeAll(keepingCapacity: true) }
        readings.append(value)
    }
}
