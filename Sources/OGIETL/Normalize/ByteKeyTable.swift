/// Short runs of bytes, numbered in the order they were added and found again by their bytes:
/// the index the workers' memos share (`LineMemo` for lines, and the texts that name no section).
///
/// Open addressing over flat arrays, with twice as many slots as keys so that a look-up rarely
/// walks, and no String or reference per key: a memo is asked once per line or cell of every
/// report. Full at `capacity` keys; the owner empties it and starts again, so memory is bounded
/// whatever the corpus.
struct ByteKeyTable: Sendable {
    let capacity: Int
    /// Index of the key, or -1. None in a table that keeps nothing.
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private var ranges: [Range<Int>] = []
    private var bytes: [UInt8] = []

    init(capacity: Int) {
        self.capacity = capacity
        slots = [Int32](repeating: -1, count: 2 * capacity)
    }

    /// A table that keeps nothing: for a single report, where remembering costs more than it saves.
    static var none: ByteKeyTable { ByteKeyTable(capacity: 0) }

    var count: Int { ranges.count }
    var isFull: Bool { count == capacity }
    /// Bytes of the keys themselves, for owners that bound their memory by bytes.
    var keyBytes: Int { bytes.count }
    var keepsNothing: Bool { slots.isEmpty }

    /// Where a key is, or would go: found once, then used to read or to add.
    struct Location {
        let hash: UInt64
        fileprivate let slot: Int
        /// The key's number, nil when it is not in the table.
        let index: Int?
    }

    /// Looks `key` up; only in a table that keeps something.
    func locate(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64? = nil) -> Location {
        let hash = hash ?? ByteScanning.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let index = Int(slots[slot])
            if hashes[index] == hash, equal(ranges[index], key) { return Location(hash: hash, slot: slot, index: index) }
            slot = (slot + 1) & mask
        }
        return Location(hash: hash, slot: slot, index: nil)
    }

    /// Adds `key` where `location` found it missing, and returns its number. The table must not
    /// be full, and must not have changed since `location` was found.
    mutating func add(_ key: UnsafeBufferPointer<UInt8>, at location: Location) -> Int {
        let index = ranges.count
        slots[location.slot] = Int32(index)
        hashes.append(location.hash)
        ranges.append(bytes.count..<(bytes.count + key.count))
        bytes.append(contentsOf: key)
        return index
    }

    /// A key just added: its number, and whether the table was emptied first, when an owner
    /// keeps something beside each key and must drop it too.
    struct Insertion {
        let index: Int
        let emptiedFirst: Bool
    }

    /// Adds `key` if it is missing, emptying a full table first; nil when the key was there
    /// already, and in a table that keeps nothing.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64? = nil) -> Insertion? {
        guard !keepsNothing else { return nil }
        var location = locate(key, hash: hash)
        guard location.index == nil else { return nil }
        let emptiedFirst = isFull
        if emptiedFirst {
            removeAll()
            location = locate(key, hash: location.hash)
        }
        return Insertion(index: add(key, at: location), emptiedFirst: emptiedFirst)
    }

    func contains(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64? = nil) -> Bool {
        !keepsNothing && locate(key, hash: hash).index != nil
    }

    mutating func removeAll() {
        for index in slots.indices { slots[index] = -1 }
        hashes.removeAll(keepingCapacity: true)
        ranges.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
    }

    private func equal(_ range: Range<Int>, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { ByteScanning.equal(UnsafeBufferPointer(rebasing: $0[range]), key) }
    }
}
