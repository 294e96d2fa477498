import Foundation
@testable import OGIETL
@testable import OGIFixtures
import OGISchema

/// Paths and shared values for tests: the repository's own pipeline.json and samples.
enum TestSupport {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Three tables whose requests heading comes again, quoted, inside the appeals table,
    /// where it opens nothing because that table is already open; the end heading closes the
    /// last. For the section splitter's tests.
    static let reportQuotingAHeading = """
        二、主动公开政府信息情况
        规章\t1
        三、收到和处理政府信息公开申请情况
        本年新收政府信息公开申请数量\t2
        四、政府信息公开行政复议、行政诉讼情况
        见三、收到和处理政府信息公开申请情况
        第二十条第（一）项
        0\t0
        五、存在的主要问题及改进情况
        无
        """

    static let configPath = repositoryRoot.appendingPathComponent("pipeline.json").path
    static let samplesPath = repositoryRoot.appendingPathComponent("samples").path

    static let config: PipelineConfig = {
        do {
            return try PipelineConfig.load(path: configPath).config
        } catch {
            fatalError("pipeline.json does not load: \(error)")
        }
    }()

    static let normalizer = ReportNormalizer(config: config)

    static func sampleText(_ name: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: URL(fileURLWithPath: samplesPath + "/" + name)))
    }

    static func normalize(_ text: String, html: Bool = false) -> NormalizedReport {
        let bytes = Array(text.utf8)
        return normalizer.normalize(text: html ? HTMLFlattener.text(of: bytes) : bytes)
    }

    /// The lines of a gzip file as the system gzip reads them, header included.
    static func gunzippedLines(_ path: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -dc '\(path)'"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    /// Every layout of `seeds` generated reports, alternating editions, as files in a new directory.
    static func generatedCorpus(seeds: Int) throws -> String {
        let directory = try temporaryDirectory()
        for seed in 1...seeds {
            let fixture = ReportFixture.sample(edition: seed.isMultiple(of: 2) ? .edition2021 : .edition2019, seed: seed)
            for rendering in fixture.renderAll() {
                let path = directory + "/\(seed)-\(rendering.layout).\(rendering.fileExtension)"
                try Data(rendering.text.utf8).write(to: URL(fileURLWithPath: path))
            }
        }
        return directory
    }

    /// A new directory under this test run's own scratch root, which is deleted when the run ends.
    static func temporaryDirectory() throws -> String {
        let path = ScratchRoot.path + "/" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

/// Compact, readable renderings of what a parser returned, for exact comparison in tests.
extension NormalizedReport {
    /// `item label: column=value ...` in template order, only the columns read.
    var activeLines: [String] {
        activeDisclosure.map { record in
            let cells = ActiveDisclosureColumn.allCases.compactMap { column in record.values[column].map { "\(column.rawValue)=\($0)" } }
            return "\(record.item.rawValue) \(record.label): " + cells.joined(separator: " ")
        }
    }

    /// `row: v1 v2 … v7` with `_` for an empty cell.
    var applicationLines: [String] {
        applications.map { "\($0.row.rawValue): " + $0.values.map { $0?.description ?? "_" }.joined(separator: " ") }
    }

    var reviewLines: [String] {
        reviews.map { "\($0.proceeding.rawValue): " + $0.values.map { $0?.description ?? "_" }.joined(separator: " ") }
    }

    var findingLines: [String] {
        findings.map { "\($0.rule) \($0.severity.rawValue) \($0.table)/\($0.row)/\($0.column) expected=\($0.expected) actual=\($0.actual)" }
    }
}

/// Expected requests-table rows, written compactly: every row all zeros unless overridden.
func applicationLines(edition: TemplateEdition, overrides: [ApplicationRow: String] = [:]) -> [String] {
    ApplicationRow.printed(in: edition).map { row in "\(row.rawValue): " + (overrides[row] ?? "0 0 0 0 0 0 0") }
}
