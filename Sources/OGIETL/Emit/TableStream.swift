import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A data table compressed while the reports are still being parsed, on a queue of its own,
/// so that its gzip work runs beside the parsing instead of after it. If the batch turns out
/// to hold a possible copy, whose rows may have to be left out, or findings that change rows
/// already written, the stream is abandoned: what it compressed is read back and cut into
/// the table's spill file, report by report, and the table is written from the spill at the
/// end. Each report's byte count is kept for that cut, eight bytes a report; keeping every
/// row in a spill as well, for a case most runs never meet, cost about a twentieth of a run.
///
/// `@unchecked Sendable` because the emitter hands rows over from its actor while the writer
/// works on `queue`: `pending`, `lengths` and `finishing` are touched only by `append`,
/// `beginFinishing`, `finish` and `abandon`, which the owning emitter calls one at a time and
/// awaits (`abandon` seals `lengths` and then reads it on `queue` while the emitter waits),
/// and `writer`, `failure` and `finished` only on `queue`.
final class TableStream: @unchecked Sendable {
    let path: String
    private let queue: DispatchQueue
    private var writer: GzipWriter?
    private var failure: ETLError?
    private var pending: [UInt8]
    /// Set by `beginFinishing`, on the emitter's side.
    private var finishing = false
    /// What ending the file gave, on `queue`.
    private var finished: Result<String, ETLError>?
    /// The header's byte count, then each report's, as 64-bit little-endian records.
    private let lengths: ScratchFile

    /// Rows are gathered into blocks of this size before they cross to the queue.
    static let blockBytes = 1 << 18

    init(path: String, level: Int32, header: [UInt8], scratch: String) throws(ETLError) {
        self.path = path
        writer = try GzipWriter(path: path, level: level)
        queue = DispatchQueue(label: "ogi-etl.stream")
        lengths = try ScratchFile(directory: scratch, bufferLimit: 1 << 14)
        pending = header
        pending.reserveCapacity(Self.blockBytes + (1 << 14))
        try record(header.count)
    }

    /// Returns once the block before the one just sent is compressed, so at most one block
    /// waits in the queue: when compression falls behind, the emitter, then the workers, wait
    /// for it instead of the blocks piling up in memory (they did, by 10 MB at 100,000 reports).
    func append(_ rows: [UInt8]) async throws(ETLError) {
        try record(rows.count)
        pending += rows
        guard pending.count >= Self.blockBytes else { return }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            queue.async { continuation.resume() }
            sendPending()
        }
    }

    /// As `appendLittleEndian` writes it, but from the stack: this runs for every table of
    /// every report.
    private func record(_ count: Int) throws(ETLError) {
        try withUnsafeBytes(of: Int64(count).littleEndian) { (bytes) throws(ETLError) in try lengths.append(bytes) }
    }

    /// Hands the rows left to the queue and ends the file there, without waiting. The emitter
    /// calls this for every stream before the across-report rules, so that the tables' last
    /// blocks are compressed side by side and beside the rules, not one table after another
    /// once the rules are done (that tail was a fortieth of a 10,000-report run). A stream
    /// that must still be abandoned reads back the finished file as it would a partial one.
    func beginFinishing() {
        guard !finishing else { return }
        finishing = true
        sendPending()
        queue.async { [self] in finished = finishOnQueue() }
    }

    /// Compresses what is left and ends the file; returns the SHA-256 of the compressed file.
    func finish() async throws(ETLError) -> String {
        beginFinishing()
        let outcome = await withCheckedContinuation { (continuation: CheckedContinuation<Result<String, ETLError>, Never>) in
            queue.async { [self] in
                continuation.resume(returning: finished ?? .failure(.outputUnwritable(path: path, reason: "the compressed table was never finished")))
            }
        }
        return try outcome.get()
    }

    /// Stops compressing, gives every report's rows so far to `spill` and removes the file;
    /// the table is then written from the spill.
    func abandon(into spill: SpillFile) async throws(ETLError) {
        sendPending()
        try lengths.seal()
        let outcome = await withCheckedContinuation { (continuation: CheckedContinuation<Result<Void, ETLError>, Never>) in
            queue.async { [self] in
                let outcome = Result { () throws(ETLError) in try spillOnQueue(into: spill) }
                writer = nil
                unlink(path)
                continuation.resume(returning: outcome)
            }
        }
        try outcome.get()
    }

    /// Nothing is sent when nothing waits: a stream abandoned after it began finishing has no
    /// rows left, and its finished writer would refuse even an empty block.
    private func sendPending() {
        guard !pending.isEmpty else { return }
        let block = pending
        pending.removeAll(keepingCapacity: true)
        queue.async { [self] in
            guard failure == nil, let writer else { return }
            do throws(ETLError) { try writer.write(block) } catch { failure = error }
        }
    }

    private func finishOnQueue() -> Result<String, ETLError> {
        if let failure { return .failure(failure) }
        guard let writer else { return .failure(.outputUnwritable(path: path, reason: "the compressed table was abandoned")) }
        return Result { () throws(ETLError) in
            try writer.finish()
            return writer.sha256
        }
    }

    private func spillOnQueue(into spill: SpillFile) throws(ETLError) {
        if let failure { throw failure }
        guard let writer else { throw .outputUnwritable(path: path, reason: "the compressed table was abandoned") }
        try writer.finish(durable: false)
        var rows = SpillCutter(reader: try GzipReader(path: path))
        var counts = ScratchFile.RecordReader(lengths, recordSize: 8)
        var isHeader = true
        while let count = counts.next() {
            try rows.cut(Int(count.littleEndian(Int64.self, at: 0)), header: isHeader, into: spill)
            isHeader = false
        }
    }
}

/// Cuts the bytes a `GzipReader` gives back into consecutive pieces of given sizes.
private struct SpillCutter {
    let reader: GzipReader
    private var buffer: [UInt8] = []
    private var position = 0

    init(reader: GzipReader) {
        self.reader = reader
    }

    /// The next `count` bytes, framed into `spill`, or skipped when they are the header.
    mutating func cut(_ count: Int, header: Bool, into spill: SpillFile) throws(ETLError) {
        while buffer.count - position < count {
            guard let more = try reader.next() else {
                throw .outputUnwritable(path: reader.path, reason: "reading back the rows compressed so far failed: they end before the rows written")
            }
            buffer.removeSubrange(..<position)
            position = 0
            buffer += more
        }
        if !header { try spill.append(buffer[position..<(position + count)]) }
        position += count
    }
}
