import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A data table compressed while the reports are still being parsed, on a queue of its own,
/// so that its gzip work runs beside the parsing instead of after it. The rows go to the
/// table's spill file as well: if the batch turns out to hold duplicates, whose rows must be
/// left out, the stream is abandoned and the table is written from the spill at the end.
///
/// `@unchecked Sendable` because the emitter hands rows over from its actor while the writer
/// works on `queue`: `pending` is touched only by `append`, `finish` and `abandon`, which the
/// owning emitter calls one at a time and awaits, and `writer` and `failure` only on `queue`.
final class TableStream: @unchecked Sendable {
    let path: String
    private let queue: DispatchQueue
    private var writer: GzipWriter?
    private var failure: ETLError?
    private var pending: [UInt8]

    /// Rows are gathered into blocks of this size before they cross to the queue.
    static let blockBytes = 1 << 18

    init(path: String, level: Int32, header: [UInt8]) throws(ETLError) {
        self.path = path
        writer = try GzipWriter(path: path, level: level)
        queue = DispatchQueue(label: "ogi-etl.stream")
        pending = header
        pending.reserveCapacity(Self.blockBytes + (1 << 14))
    }

    /// Returns once the block before the one just sent is compressed, so at most one block
    /// waits in the queue: when compression falls behind, the emitter, then the workers, wait
    /// for it instead of the blocks piling up in memory (they did, by 10 MB at 100,000 reports).
    func append(_ rows: [UInt8]) async {
        pending += rows
        guard pending.count >= Self.blockBytes else { return }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            queue.async { continuation.resume() }
            sendPending()
        }
    }

    /// Compresses what is left and ends the file; returns the SHA-256 of the compressed file.
    func finish() async throws(ETLError) -> String {
        sendPending()
        let outcome = await withCheckedContinuation { (continuation: CheckedContinuation<Result<String, ETLError>, Never>) in
            queue.async { [self] in continuation.resume(returning: finishOnQueue()) }
        }
        return try outcome.get()
    }

    /// Stops compressing and removes the file; the table is then written from its spill.
    func abandon() async {
        pending = []
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            queue.async { [self] in
                writer = nil
                unlink(path)
                continuation.resume()
            }
        }
    }

    private func sendPending() {
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
}
