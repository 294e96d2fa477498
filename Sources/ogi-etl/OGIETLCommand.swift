import ArgumentParser
import Foundation
import Logging
import OGIETL

/// `ogi-etl`: a thin shell over `Pipeline` that validates options and maps outcomes to the exit
/// codes cron jobs test: 0 complete, 1 strict-mode failures, 2 usage or config, 3 output.
@main
struct OGIETLCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ogi-etl",
        abstract: "Turns Open Government Information annual reports into clean, typed tables.",
        version: ogiETLVersion,
        subcommands: [Ingest.self]
    )

    /// Parse errors exit with 2, as documented for cron, instead of ArgumentParser's 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitCode.usageOrConfig.rawValue)
            }
            exit(withError: error)
        }
    }
}

extension ExitCode {
    static let strictFailures = ExitCode(1)
    static let usageOrConfig = ExitCode(2)
    static let outputFailed = ExitCode(3)
}

struct Ingest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Read every report under DIR and write the canonical tables to OUT.")

    @Argument(help: "Directory of reports (searched recursively).")
    var directory: String

    @Option(name: .long, help: "Output directory; replaced as a whole when the run completes.")
    var out: String

    @Option(name: .long, help: "Configuration file.")
    var config: String = "pipeline.json"

    @Option(name: .long, help: "Parallel readers (default: pipeline.json output.workers, 0 = one per core).")
    var workers: Int?

    @Option(name: .long, help: "Formats to read, comma-separated: text (txt), markdown (md), html, docx, pdf, doc, wps (default: pipeline.json files.formats).")
    var formats: String?

    @Flag(name: .long, help: "Exit 1 when any report failed or has error findings.")
    var strict = false

    @Flag(name: .long, help: "Print nothing but errors (for cron).")
    var quiet = false

    func validate() throws {
        if let workers, workers < 1 { throw ValidationError("--workers must be at least 1, got \(workers).") }
        _ = try selectedFormats()
    }

    /// The formats `--formats` names, or nil to keep pipeline.json's `files.formats`.
    private func selectedFormats() throws -> [SourceFormat]? {
        guard let formats else { return nil }
        let names = formats.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let chosen = names.compactMap(SourceFormat.init(name:))
        guard chosen.count == names.count, !chosen.isEmpty else {
            throw ValidationError("--formats takes a comma-separated list of \(SourceFormat.allCases.map(\.rawValue).joined(separator: ", ")); got '\(formats)'.")
        }
        return chosen
    }

    func run() async throws {
        let logger = makeLogger()
        let loaded: (config: PipelineConfig, bytes: [UInt8])
        do {
            loaded = try PipelineConfig.load(path: config)
        } catch {
            throw fail(error, code: .usageOrConfig)
        }
        var settings = loaded.config
        if let formats = try selectedFormats() { settings.files.formats = formats }
        let pipeline = Pipeline(config: settings, configBytes: loaded.bytes)
        let started = Date()
        let summary: RunSummary
        do {
            summary = try await pipeline.run(input: directory, output: out, workers: workerCount(loaded.config),
                                             logger: logger, progress: progressReporter())
        } catch {
            throw fail(error, code: error.isOutputFailure ? .outputFailed : .usageOrConfig)
        }
        report(summary, seconds: Date().timeIntervalSince(started))
        if strict, summary.statuses[.failed, default: 0] > 0 || summary.errorFindings > 0 { throw ExitCode.strictFailures }
    }

    private func workerCount(_ config: PipelineConfig) -> Int {
        if let workers { return workers }
        return config.output.workers > 0 ? config.output.workers : ProcessInfo.processInfo.activeProcessorCount
    }

    private func fail(_ error: ETLError, code: ExitCode) -> ExitCode {
        FileHandle.standardError.write(Data("ogi-etl: \(error.description)\n".utf8))
        return code
    }

    private func report(_ summary: RunSummary, seconds: Double) {
        if isatty(STDERR_FILENO) == 1, !quiet { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        guard !quiet else { return }
        let line = "ogi-etl: \(summary.line) in \(String(format: "%.2f", seconds)) s; tables in \(out)\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    private func progressReporter() -> (@Sendable (Int, Int) -> Void)? {
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return nil }
        return { done, total in
            guard done == total || done % 50 == 0 else { return }
            FileHandle.standardError.write(Data(("\r" + ProgressBar.line(done: done, total: total)).utf8))
        }
    }

    private func makeLogger() -> Logger {
        let quiet = self.quiet
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = quiet ? .error : .warning
            return handler
        }
        return Logger(label: "ogi-etl")
    }
}

extension ETLError {
    var isOutputFailure: Bool {
        switch self {
        case .outputUnwritable, .outputLocked, .outputNotOurs, .compressionFailed: return true
        default: return false
        }
    }
}
