import SHA256Extensions

extension SHA256 {
    /// Code that hashes eight messages at once, one per vector lane. Without the SHA
    /// extensions one message's rounds are a single chain of dependent instructions, so eight
    /// independent chains side by side hash several times the bytes per second.
    enum LaneFunction: Sendable, CaseIterable {
        /// AVX-512VL's rotate and three-input logic on 256-bit registers.
        case avx512
        /// AVX2, which has neither, so a round takes about twice the instructions.
        case avx2

        static let available: [LaneFunction] = {
            let level = ogi_sha256_lanes_level()
            return allCases.filter { $0 == .avx512 ? level >= 2 : level >= 1 }
        }()

        static let fastest: LaneFunction? = preferred(among: available, beside: BlockFunction.fastest)

        /// On a Xeon that has both, eight messages in AVX-512 lanes hashed 1.2–2.1 GB/s and one
        /// message at a time on the SHA extensions 0.9–1.3 GB/s; AVX2 lanes, at 0.8–0.9 GB/s,
        /// lose to the extensions and win only without them.
        static func preferred(among available: [LaneFunction], beside blockFunction: BlockFunction) -> LaneFunction? {
            if available.contains(.avx512) { return .avx512 }
            return blockFunction == .shaExtensions ? nil : available.first
        }

        func compress(_ states: UnsafeMutablePointer<UInt32>, _ data: [UnsafePointer<UInt8>?], blocks: Int) {
            switch self {
            case .avx512: ogi_sha256_compress_lanes_avx512(states, data, blocks)
            case .avx2: ogi_sha256_compress_lanes_avx2(states, data, blocks)
            }
        }
    }

    /// `hexDigest` of each message, in order. A reader loads several reports before hashing
    /// them, so that every input byte can go through the lanes.
    public static func hexDigests(_ messages: [[UInt8]]) -> [String] {
        hexDigests(messages, lanes: LaneFunction.fastest, blockFunction: BlockFunction.fastest)
    }

    static func hexDigests(_ messages: [[UInt8]], lanes: LaneFunction?, blockFunction: BlockFunction) -> [String] {
        guard let lanes, messages.count >= LaneSchedule.fewestLanes(beside: blockFunction) else {
            return messages.map { hexDigest($0, blockFunction: blockFunction) }
        }
        let tails = LaneSchedule.paddedTails(messages)
        var collected: [UnsafeBufferPointer<UInt8>] = []
        collected.reserveCapacity(messages.count)
        let states = withBaseAddresses(messages[...], collected: &collected) { bodies in
            tails.bytes.withUnsafeBufferPointer { tailBuffer -> [State] in
                guard let tailBase = tailBuffer.baseAddress else { return [] }
                var schedule = LaneSchedule(bodies: bodies, tails: tailBase, tailBlocks: tails.blocks,
                                            lanes: lanes, blockFunction: blockFunction)
                return schedule.run()
            }
        }
        return states.map { hex($0.digest) }
    }

    /// Every message's bytes stay pinned while the lanes read them, by nesting one closure
    /// per message; the pipeline's batches hold at most 32 messages, so the nesting stays
    /// shallow. The addresses gather in one array, appended to on the way in.
    private static func withBaseAddresses<Result>(
        _ messages: ArraySlice<[UInt8]>, collected: inout [UnsafeBufferPointer<UInt8>],
        _ body: ([UnsafeBufferPointer<UInt8>]) -> Result
    ) -> Result {
        guard let first = messages.first else { return body(collected) }
        return first.withUnsafeBufferPointer { buffer in
            collected.append(buffer)
            return withBaseAddresses(messages.dropFirst(), collected: &collected, body)
        }
    }
}

extension SHA256.State {
    init(_ words: ArraySlice<UInt32>) {
        self.init()
        let base = words.startIndex
        (h0, h1, h2, h3) = (words[base], words[base + 1], words[base + 2], words[base + 3])
        (h4, h5, h6, h7) = (words[base + 4], words[base + 5], words[base + 6], words[base + 7])
    }
}
