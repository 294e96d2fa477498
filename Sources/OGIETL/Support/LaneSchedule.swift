/// Which message each of the eight SHA-256 lanes hashes, and how far it has got. A lane that
/// finishes takes the next message, so the lanes stay full while messages of different lengths
/// run side by side. When fewer than `fewestLanes(beside:)` are left busy, one message at a
/// time is faster than the lanes with most of them idle, and the rest finish that way.
///
/// Lanes take the longest messages first (`laneOrder`). A batch is a few web pages of 100 KB
/// among two dozen text reports of 4 KB; taken in path order, the pages started late and ran
/// on at the end with lanes idle, and the lanes did useful work in 82% of their steps over the
/// benchmark corpus. With the pages first, the short reports fill the lanes the pages leave
/// free, and 93% of steps are useful.
struct LaneSchedule {
    static let laneCount = 8
    /// Lanes beat one message at a time while `busy / 8` of the lanes' speed is above the
    /// block function's: from about 3 busy lanes beside the vector block functions, from about
    /// 6 beside the SHA extensions (see `SHA256.LaneFunction.preferred`). Over the benchmark
    /// corpus, 6 gave the fewest hashing samples of thresholds 3 to 8.
    static func fewestLanes(beside blockFunction: SHA256.BlockFunction) -> Int {
        blockFunction == .shaExtensions ? 6 : 3
    }
    static let blockSize = SHA256.blockSize
    /// Room for each message's padded tail: one block, or two when the length does not fit.
    static let tailSize = 2 * blockSize

    /// Where a lane's next blocks are: first the message's whole blocks where they lie, then
    /// its padded tail.
    private struct Progress {
        let message: Int
        var pointer: UnsafePointer<UInt8>
        var blocks: Int
        var inTail: Bool
    }

    private let bodies: [UnsafeBufferPointer<UInt8>]
    private let tails: UnsafePointer<UInt8>
    private let tailBlocks: [Int]
    private let lanes: SHA256.LaneFunction
    private let blockFunction: SHA256.BlockFunction
    private var states: [SHA256.State]
    /// The lanes' working states, eight words per lane, as the C function takes them.
    private var laneWords = [UInt32](repeating: 0, count: 8 * laneCount)
    private var progress: [Progress?] = Array(repeating: nil, count: laneCount)
    /// Where each lane reads its next blocks, rewritten at every step rather than made anew.
    private var lanePointers = Array(repeatElement(UnsafePointer<UInt8>?.none, count: laneCount))
    /// Messages in the order lanes take them, and how many have been taken.
    private let order: [Int]
    private var next = 0

    /// `tails` holds `tailSize` bytes per message, as `paddedTails` lays them out.
    init(bodies: [UnsafeBufferPointer<UInt8>], tails: UnsafePointer<UInt8>, tailBlocks: [Int],
         lanes: SHA256.LaneFunction, blockFunction: SHA256.BlockFunction) {
        self.bodies = bodies
        self.tails = tails
        self.tailBlocks = tailBlocks
        self.lanes = lanes
        self.blockFunction = blockFunction
        states = Array(repeating: SHA256.State(), count: bodies.count)
        order = Self.laneOrder(bodies.map(\.count))
    }

    /// Message indices, longest first; equal lengths keep their order.
    static func laneOrder(_ lengths: [Int]) -> [Int] {
        lengths.indices.sorted { lengths[$0] != lengths[$1] ? lengths[$0] > lengths[$1] : $0 < $1 }
    }

    /// Each message's final state, in order.
    mutating func run() -> [SHA256.State] {
        while true {
            fillIdleLanes()
            let (busy, fewestBlocks) = busyLanes()
            if busy == 0 { break }
            if busy < Self.fewestLanes(beside: blockFunction), next == bodies.count {
                finishOneByOne()
                break
            }
            step(blocks: fewestBlocks)
        }
        return states
    }

    /// How many lanes hold a message, and the fewest blocks any of them has left: counted in
    /// place, since a batch of short reports takes a step for almost every message.
    private func busyLanes() -> (count: Int, fewestBlocks: Int) {
        var count = 0
        var fewest = Int.max
        for case let current? in progress {
            count += 1
            fewest = min(fewest, current.blocks)
        }
        return (count, count == 0 ? 0 : fewest)
    }

    /// The bytes after each message's last whole block, then its padding
    /// (`SHA256.padding`), `tailSize` bytes per message.
    static func paddedTails(_ messages: [[UInt8]]) -> (bytes: [UInt8], blocks: [Int]) {
        var bytes = Array(repeatElement(UInt8(0), count: tailSize * messages.count))
        var blocks: [Int] = []
        blocks.reserveCapacity(messages.count)
        bytes.withUnsafeMutableBufferPointer { tails in
            for (index, message) in messages.enumerated() {
                let tail = UnsafeMutableBufferPointer(rebasing: tails[(tailSize * index)..<(tailSize * (index + 1))])
                blocks.append(writeTail(of: message, into: tail))
            }
        }
        return (bytes, blocks)
    }

    /// The bytes after the message's last whole block, then its padding, written in place onto
    /// zeros: a batch pads every one of its messages, and building each tail as arrays cost more
    /// than its hashing for a short report. Returns the tail's blocks, 1 or 2.
    private static func writeTail(of message: [UInt8], into tail: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let wholeEnd = message.count / blockSize * blockSize
        for offset in 0..<(message.count - wholeEnd) { tail[offset] = message[wholeEnd + offset] }
        return SHA256.writePadding(messageLength: UInt64(message.count), into: tail)
    }

    private mutating func fillIdleLanes() {
        for lane in 0..<Self.laneCount where progress[lane] == nil && next < bodies.count {
            progress[lane] = start(order[next])
            laneWords.replaceSubrange((8 * lane)..<(8 * lane + 8), with: SHA256.State().words)
            next += 1
        }
    }

    private func start(_ message: Int) -> Progress {
        let body = bodies[message]
        if let base = body.baseAddress, body.count >= Self.blockSize {
            return Progress(message: message, pointer: base, blocks: body.count / Self.blockSize, inTail: false)
        }
        return tail(of: message)
    }

    private func tail(of message: Int) -> Progress {
        Progress(message: message, pointer: tails + Self.tailSize * message, blocks: tailBlocks[message], inTail: true)
    }

    /// Idle lanes read a busy lane's blocks into a state nobody reads.
    private mutating func step(blocks: Int) {
        guard let busy = progress.lazy.compactMap({ $0?.pointer }).first else { return }
        for lane in 0..<Self.laneCount { lanePointers[lane] = progress[lane]?.pointer ?? busy }
        let pointers = lanePointers
        laneWords.withUnsafeMutableBufferPointer { words in
            guard let base = words.baseAddress else { return }
            lanes.compress(base, pointers, blocks: blocks)
        }
        for lane in 0..<Self.laneCount { advance(lane, by: blocks) }
    }

    private mutating func advance(_ lane: Int, by blocks: Int) {
        guard var current = progress[lane] else { return }
        current.blocks -= blocks
        current.pointer += Self.blockSize * blocks
        if current.blocks > 0 {
            progress[lane] = current
        } else if current.inTail {
            states[current.message] = laneState(lane)
            progress[lane] = nil
        } else {
            progress[lane] = tail(of: current.message)
        }
    }

    private mutating func finishOneByOne() {
        for lane in 0..<Self.laneCount {
            guard var current = progress[lane] else { continue }
            var state = laneState(lane)
            SHA256.compress(&state, UnsafeRawPointer(current.pointer), blocks: current.blocks, with: blockFunction)
            if !current.inTail {
                current = tail(of: current.message)
                SHA256.compress(&state, UnsafeRawPointer(current.pointer), blocks: current.blocks, with: blockFunction)
            }
            states[current.message] = state
            progress[lane] = nil
        }
    }

    private func laneState(_ lane: Int) -> SHA256.State {
        SHA256.State(laneWords[(8 * lane)..<(8 * lane + 8)])
    }
}
