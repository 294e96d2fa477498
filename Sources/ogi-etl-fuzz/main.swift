import Foundation
import OGIETL

// libFuzzer target over the normalize and reconcile stages: whatever bytes a converter
// produces, reading a report must return findings, never crash, hang or trip AddressSanitizer.
// Built only by `make fuzz` (`--sanitize=fuzzer` compiles this file as a library, so it holds
// no top-level code); in a normal build it is an executable that does nothing.

/// Loaded once per fuzzing process; `OGI_ETL_CONFIG` points elsewhere than ./pipeline.json.
private let configuration: PipelineConfig = {
    let path = ProcessInfo.processInfo.environment["OGI_ETL_CONFIG"] ?? "pipeline.json"
    do {
        return try PipelineConfig.load(path: path).config
    } catch {
        fatalError("ogi-etl-fuzz: \(error)")
    }
}()

/// Kept across every input, as a worker keeps its memos across the reports of a run.
private let normalizer = ReportNormalizer(config: configuration)
/// libFuzzer calls the target from one thread at a time.
nonisolated(unsafe) private var lines = LineMemo()

/// Every input is read twice, as text and as an HTML page, because both paths reach the
/// tokenizer with differently shaped bytes. Each is read by the long-lived normalizer through
/// the long-lived line memo, and by a new normalizer with no memo: the memos hold what earlier
/// inputs taught, and must never change how an input reads.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for text in [bytes, HTMLFlattener.text(of: bytes)] {
        var report = normalizer.normalize(text: text, lines: &lines)
        let unremembered = ReportNormalizer(config: configuration).normalize(text: text)
        precondition(report == unremembered, "ogi-etl-fuzz: the memos changed how an input reads")
        ReportReconciler.check(&report)
    }
    return 0
}
