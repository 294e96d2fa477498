/// Remembers which 64-bit keys were seen in a fixed number of bits: it may answer "seen" for a
/// key that was not (rarely), never "not seen" for one that was. Sized at 32 bits a key up to
/// a cap, so remembering every report of a run costs at most `maximumBytes` however long it is.
struct BloomFilter {
    private var words: [UInt64]
    private let bitMask: UInt64
    static let probes = 8

    /// With 32 bits a key and 8 probes, a new key is taken for a seen one about once in
    /// 175,000 at the planned load; past the cap the rate rises.
    init(expectedKeys: Int, maximumBytes: Int = 4 << 20) {
        let wanted = max(1 << 16, min(maximumBytes * 8, 32 * max(expectedKeys, 1)))
        var bits = 1 << 16
        while bits < wanted { bits <<= 1 }
        words = [UInt64](repeating: 0, count: bits / 64)
        bitMask = UInt64(bits - 1)
    }

    var byteCount: Int { words.count * 8 }

    /// Adds `key` and says whether it may have been added before.
    mutating func insert(_ key: UInt64) -> Bool {
        let first = Self.mix(key)
        let step = Self.mix(key ^ 0x5851_F42D_4C95_7F2D) | 1
        var seen = true
        for probe in 0..<UInt64(Self.probes) {
            let bit = (first &+ probe &* step) & bitMask
            let word = Int(bit >> 6)
            let flag: UInt64 = 1 << (bit & 63)
            if words[word] & flag == 0 {
                seen = false
                words[word] |= flag
            }
        }
        return seen
    }

    /// SplitMix64's finaliser: keys that differ in one bit land on unrelated bits.
    private static func mix(_ key: UInt64) -> UInt64 {
        var value = key &+ 0x9E37_79B9_7F4A_7C15
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
