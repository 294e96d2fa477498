import Foundation
@testable import OGIETL

// ogi-etl-instructions CORPUS COUNT: read, normalize, check and encode the first COUNT reports of
// CORPUS (in path order) on one thread, as one pipeline worker does, inside `measuredRun`, so
// that `bench/instructions.sh` can count each stage's instructions with callgrind. Listing the
// files and loading the configuration are left outside.

let arguments = CommandLine.arguments
guard arguments.count == 3, let count = Int(arguments[2]), count > 0 else {
    FileHandle.standardError.write(Data("usage: ogi-etl-instructions CORPUS COUNT\n".utf8))
    exit(2)
}
let root = arguments[1]
let config = try PipelineConfig.load(path: "pipeline.json").config
let listing = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
let files = listing.filter { !$0.hasPrefix(".") && $0.contains(".") }.sorted().prefix(count).map { path in
    SourceFile(relativePath: path, absolutePath: root + "/" + path)
}

@inline(never)
func measuredRun(_ files: [SourceFile], config: PipelineConfig) -> (reports: Int, bytes: Int) {
    let normalizer = ReportNormalizer(config: config)
    var lines = LineMemo()
    var bytes = 0
    var position = 0
    for start in stride(from: 0, to: files.count, by: Pipeline.batchFiles) {
        let batch = Array(files[start..<min(start + Pipeline.batchFiles, files.count)])
        for (file, read) in zip(batch, SourceReader.read(batch)) {
            let report = ReportReconciler.reconcile(file: file, read: read, normalizer: normalizer, lines: &lines)
            let encoded = EncodedReport(report, position: position, protectFormulas: config.output.protectFormulas)
            bytes += encoded.tables.reduce(0) { $0 + $1.count }
            position += 1
        }
    }
    return (position, bytes)
}

let result = measuredRun(files, config: config)
print("\(result.reports) reports, \(result.bytes) bytes of CSV")
