import Foundation
import Logging
import OGISchema

/// Wires the stages: discovery, then extract → normalize → reconcile on every core, then emit
/// in source-path order. At most a few reports per worker are in memory at once, whatever the
/// size of the corpus.
public struct Pipeline: Sendable {
    public let config: PipelineConfig
    public let configBytes: [UInt8]
    private let normalizer: ReportNormalizer

    public init(config: PipelineConfig, configBytes: [UInt8]) {
        self.config = config
        self.configBytes = configBytes
        normalizer = ReportNormalizer(config: config)
    }

    public func run(input: String, output: String, workers: Int, logger: Logger,
                    progress: (@Sendable (Int, Int) -> Void)? = nil) async throws(ETLError) -> RunSummary {
        try Self.validate(input: input, output: output)
        let directory = try OutputDirectory(final: output)
        do {
            let files = try SourceDiscovery(selection: config.files).files(under: input, scratch: directory.staging)
            logger.info("Found \(files.count) reports under \(input)")
            let emitter = try TableEmitter(directory: directory.staging, level: Int32(config.output.gzipLevel),
                                           protectFormulas: config.output.protectFormulas, expectedReports: files.count)
            try await process(files, workers: max(1, workers), emitter: emitter, progress: progress)
            let (written, summary) = try await emitter.finish(files: files)
            try Manifest.build(files: written, configBytes: configBytes, inputCount: files.count).write(to: directory.staging)
            try directory.commit()
            return summary
        } catch {
            directory.discard()
            throw error
        }
    }

    /// Keeps up to `workers` batches of reports in flight and never more than a small window
    /// ahead of the next report to emit, so memory stays flat while one slow report holds back
    /// the order.
    private func process(_ files: SourceFileList, workers: Int, emitter: TableEmitter,
                         progress: (@Sendable (Int, Int) -> Void)?) async throws(ETLError) {
        let window = workers * 2 * Self.batchFiles
        let normalizer = self.normalizer
        let maxBytes = config.files.maxBytes
        let tools = config.tools
        let protectFormulas = config.output.protectFormulas
        let memos = LineMemoPool()
        var failure: ETLError?
        await withTaskGroup(of: (Int, [EncodedReport]).self) { tasks in
            var next = 0
            var emitted = 0
            var inFlight = 0
            var pending: [Int: [EncodedReport]] = [:]
            func refill() {
                while next < files.count, inFlight < workers, next - emitted < window {
                    let first = next
                    let batch = Self.batch(of: files, from: first)
                    tasks.addTask {
                        var lines = memos.borrow()
                        var reports: [EncodedReport] = []
                        // A few files at a time, no more than `batchBytes` of them in memory.
                        while reports.count < batch.count {
                            let rest = batch[reports.count...]
                            let readings = SourceReader.read(rest, maxBytes: maxBytes, tools: tools, byteBudget: Self.batchBytes)
                            for (file, reading) in zip(rest, readings) {
                                let report = ReportReconciler.reconcile(file: file, read: reading, normalizer: normalizer, lines: &lines)
                                reports.append(EncodedReport(report, position: first + reports.count, protectFormulas: protectFormulas))
                            }
                        }
                        memos.giveBack(lines)
                        return (first, reports)
                    }
                    next += batch.count
                    inFlight += 1
                }
            }
            refill()
            while let (first, reports) = await tasks.next() {
                inFlight -= 1
                pending[first] = reports
                while let ready = pending.removeValue(forKey: emitted) {
                    for report in ready {
                        do throws(ETLError) {
                            try await emitter.write(report)
                        } catch {
                            failure = error
                            tasks.cancelAll()
                            return
                        }
                        emitted += 1
                        progress?(emitted, files.count)
                    }
                }
                refill()
            }
        }
        if let failure { throw failure }
    }

    /// Files read together, so that their bytes can share the eight SHA-256 lanes. A lane pays
    /// off only beside others busy: in a directory of mixed formats, one HTML report can hold
    /// twenty times the bytes of a text one, and a batch of eight rarely held three. A worker
    /// reads a batch's files no more than `batchBytes` at a time, unless one file alone is
    /// larger (`SourceReader.read(_:maxBytes:tools:byteBudget:)`): the listing no longer knows
    /// their sizes.
    static let batchFiles = 32
    static let batchBytes = 4 << 20

    /// The batch that starts at `first`: consecutive files, so the emit order is kept.
    static func batch(of files: SourceFileList, from first: Int) -> [SourceFile] {
        files.files(at: first..<(first + batchFiles))
    }

    static func validate(input: String, output: String) throws(ETLError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .inputDirectoryMissing(path: input)
        }
        let inputPath = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
        let outputPath = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        if outputPath == inputPath || outputPath.hasPrefix(inputPath + "/") {
            throw .outputInsideInput(output: output, input: input)
        }
    }
}
