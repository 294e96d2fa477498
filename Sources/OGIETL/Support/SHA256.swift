import SHA256Extensions

/// SHA-256 (FIPS 180-4) in plain Swift, with the block function handed to C on x86: to the SHA
/// extensions when the CPU has them, else to a vectorised message schedule.
///
/// Written by hand rather than taken from CryptoKit or swift-crypto because the pipeline
/// only needs content fingerprints of its inputs, must build on Linux without extra
/// packages, and hashes every input byte, so the block function works on raw pointers
/// with wrapping arithmetic and never allocates per block.
public struct SHA256: Sendable {
    /// The eight working hash words, kept apart from the pending bytes so the block
    /// function can mutate them while reading the pending buffer without an exclusivity clash.
    struct State: Sendable {
        var h0: UInt32 = 0x6a09_e667, h1: UInt32 = 0xbb67_ae85
        var h2: UInt32 = 0x3c6e_f372, h3: UInt32 = 0xa54f_f53a
        var h4: UInt32 = 0x510e_527f, h5: UInt32 = 0x9b05_688c
        var h6: UInt32 = 0x1f83_d9ab, h7: UInt32 = 0x5be0_cd19

        var words: [UInt32] { [h0, h1, h2, h3, h4, h5, h6, h7] }

        /// The words big-endian, as FIPS 180-4 prints a digest.
        var digest: [UInt8] {
            var digest = [UInt8]()
            digest.reserveCapacity(32)
            for word in words {
                digest.append(UInt8(truncatingIfNeeded: word >> 24))
                digest.append(UInt8(truncatingIfNeeded: word >> 16))
                digest.append(UInt8(truncatingIfNeeded: word >> 8))
                digest.append(UInt8(truncatingIfNeeded: word))
            }
            return digest
        }
    }

    static let blockSize = 64

    private var state = State()
    /// Bytes that did not fill a whole block yet; always 64 long, valid up to `pendingCount`.
    private var pending = [UInt8](repeating: 0, count: SHA256.blockSize)
    private var pendingCount = 0
    /// Total message length in bytes; the padding needs it in bits, modulo 2^64.
    private var messageLength: UInt64 = 0

    /// Where blocks go; tests choose each one this CPU has, to check they all agree.
    let blockFunction: BlockFunction

    public init() {
        blockFunction = BlockFunction.fastest
    }

    init(blockFunction: BlockFunction) {
        self.blockFunction = blockFunction
    }

    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard var base = bytes.baseAddress, bytes.count > 0 else { return }
        var remaining = bytes.count
        messageLength &+= UInt64(remaining)

        if pendingCount > 0 {
            let taken = fillPending(from: base, count: remaining)
            base += taken
            remaining -= taken
            guard pendingCount == SHA256.blockSize else { return }
            compressPending()
        }

        let wholeBlocks = remaining / SHA256.blockSize
        if wholeBlocks > 0 {
            SHA256.compress(&state, base, blocks: wholeBlocks, with: blockFunction)
            base += wholeBlocks * SHA256.blockSize
            remaining -= wholeBlocks * SHA256.blockSize
        }
        if remaining > 0 {
            _ = fillPending(from: base, count: remaining)
        }
    }

    /// Returns the digest and resets the hasher, so a finalized value cannot silently be
    /// extended into a digest of a message nobody meant to hash.
    public mutating func finalize() -> [UInt8] {
        update(SHA256.padding(messageLength: messageLength))

        let digest = state.digest
        self = SHA256(blockFunction: blockFunction)
        return digest
    }

    public static func digest(_ bytes: [UInt8]) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Lowercase hex, because that is how `sha256sum` prints it and operators compare by eye.
    public static func hexDigest(_ bytes: [UInt8]) -> String {
        hexDigest(bytes, blockFunction: BlockFunction.fastest)
    }

    static func hexDigest(_ bytes: [UInt8], blockFunction: BlockFunction) -> String {
        var hasher = SHA256(blockFunction: blockFunction)
        hasher.update(bytes)
        return hasher.finalizeHex()
    }

    /// What follows a message of `messageLength` bytes: 0x80, zeros up to 8 bytes before a
    /// block's end, and the length in bits, big-endian.
    static func padding(messageLength: UInt64) -> [UInt8] {
        let rest = Int(messageLength % UInt64(blockSize))
        var tail = Array(repeatElement(UInt8(0), count: 2 * blockSize))
        let blocks = tail.withUnsafeMutableBufferPointer { writePadding(messageLength: messageLength, into: $0) }
        return Array(tail[rest..<(blocks * blockSize)])
    }

    /// Writes the padding into `tail`, a message's last partial block (`messageLength` modulo
    /// the block size bytes of it, already in place) followed by zeros, at least two blocks in
    /// all: 0x80 after those bytes, and the length at the end of the first or second block,
    /// whichever leaves room for it. Returns the padded tail's length in blocks, 1 or 2. The
    /// lanes pad every message of a batch this way, in place.
    static func writePadding(messageLength: UInt64, into tail: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let rest = Int(messageLength % UInt64(blockSize))
        tail[rest] = 0x80
        let blocks = rest + 9 <= blockSize ? 1 : 2
        let bitLength = messageLength &* 8
        for offset in 0..<8 {
            tail[blocks * blockSize - 1 - offset] = UInt8(truncatingIfNeeded: bitLength >> (8 * UInt64(offset)))
        }
        return blocks
    }

    /// `finalize()` as lowercase hex.
    public mutating func finalizeHex() -> String {
        SHA256.hex(finalize())
    }

    /// Written straight into the string's storage: every report is hashed, and building an
    /// alphabet, a byte array and then a validated String cost 2,300 instructions a digest.
    static func hex(_ digest: [UInt8]) -> String {
        String(unsafeUninitializedCapacity: 2 * digest.count) { buffer in
            for (index, byte) in digest.enumerated() {
                buffer[2 * index] = hexDigit(byte >> 4)
                buffer[2 * index + 1] = hexDigit(byte & 0x0F)
            }
            return 2 * digest.count
        }
    }

    @inline(__always)
    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") - 10 + nibble
    }

    /// Copies as much as fits into the pending block and returns how many bytes it took.
    private mutating func fillPending(from source: UnsafeRawPointer, count: Int) -> Int {
        let taken = min(count, SHA256.blockSize - pendingCount)
        let offset = pendingCount
        pending.withUnsafeMutableBytes { buffer in
            guard let destination = buffer.baseAddress else { return }
            (destination + offset).copyMemory(from: source, byteCount: taken)
        }
        pendingCount += taken
        return taken
    }

    private mutating func compressPending() {
        pending.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            SHA256.compress(&state, base, blocks: 1, with: blockFunction)
        }
        pendingCount = 0
    }
}

extension SHA256 {
    /// The round constants: the first 32 bits of the fractional parts of the cube roots of
    /// the first 64 primes.
    private static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 {
        (x &>> n) | (x &<< (32 &- n))
    }

    /// Runs the compression function over `blocks` consecutive 64-byte blocks. The message
    /// schedule lives in one stack buffer reused for every block, and the round constants are
    /// read through a pointer, so the hot loop has neither allocations nor bounds checks.
    static func compress(_ state: inout State, _ data: UnsafeRawPointer, blocks: Int, with function: BlockFunction) {
        switch function {
        case .shaExtensions: compressInC(&state, data, blocks: blocks, ogi_sha256_compress_extensions)
        case .avx2: compressInC(&state, data, blocks: blocks, ogi_sha256_compress_avx2)
        case .ssse3: compressInC(&state, data, blocks: blocks, ogi_sha256_compress_ssse3)
        case .portable: compressPortably(&state, data, blocks: blocks)
        }
    }

    /// The eight words go through a homogeneous tuple, which Swift lays out like a C array.
    private static func compressInC(
        _ state: inout State, _ data: UnsafeRawPointer, blocks: Int,
        _ function: (UnsafeMutablePointer<UInt32>?, UnsafePointer<UInt8>?, Int) -> Void
    ) {
        var words = (state.h0, state.h1, state.h2, state.h3, state.h4, state.h5, state.h6, state.h7)
        withUnsafeMutableBytes(of: &words) { buffer in
            guard let base = buffer.baseAddress?.assumingMemoryBound(to: UInt32.self) else { return }
            function(base, data.assumingMemoryBound(to: UInt8.self), blocks)
        }
        (state.h0, state.h1, state.h2, state.h3, state.h4, state.h5, state.h6, state.h7) = words
    }

    /// The block function without the extensions.
    private static func compressPortably(_ state: inout State, _ data: UnsafeRawPointer, blocks: Int) {
        roundConstants.withUnsafeBufferPointer { constants in
            guard let k = constants.baseAddress else { return }
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
                guard let w = schedule.baseAddress else { return }
                for block in 0..<blocks {
                    let bytes = data + block &* 64
                    expandSchedule(w, from: bytes)
                    runRounds(&state, w, k)
                }
            }
        }
    }

    @inline(__always)
    private static func expandSchedule(_ w: UnsafeMutablePointer<UInt32>, from bytes: UnsafeRawPointer) {
        for t in 0..<16 {
            w[t] = UInt32(bigEndian: bytes.loadUnaligned(fromByteOffset: t &* 4, as: UInt32.self))
        }
        for t in 16..<64 {
            let a = w[t &- 15], b = w[t &- 2]
            let s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a &>> 3)
            let s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b &>> 10)
            w[t] = w[t &- 16] &+ s0 &+ w[t &- 7] &+ s1
        }
    }

    @inline(__always)
    private static func runRounds(_ state: inout State, _ w: UnsafeMutablePointer<UInt32>, _ k: UnsafePointer<UInt32>) {
        var a = state.h0, b = state.h1, c = state.h2, d = state.h3
        var e = state.h4, f = state.h5, g = state.h6, h = state.h7
        for t in 0..<64 {
            let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            let choose = g ^ (e & (f ^ g))
            let t1 = h &+ s1 &+ choose &+ k[t] &+ w[t]
            let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            let majority = (a & b) | (c & (a | b))
            let t2 = s0 &+ majority
            h = g; g = f; f = e; e = d &+ t1
            d = c; c = b; b = a; a = t1 &+ t2
        }
        state.h0 &+= a; state.h1 &+= b; state.h2 &+= c; state.h3 &+= d
        state.h4 &+= e; state.h5 &+= f; state.h6 &+= g; state.h7 &+= h
    }
}
