import Foundation
import OGIETL

// libFuzzer target over the normalize and reconcile stages: whatever bytes a converter
// produces, reading a report must return findings, never crash, hang or trip AddressSanitizer.
// Built only by `make fuzz` (`--sanitize=fuzzer` compiles this file as a library, so it holds
// no top-level code); in a normal build it is an executable that does nothing.

/// Loaded once per fuzzing process; `OGI_ETL_CONFIG` points elsewhere than ./pipeline.json.
private let normalizer: ReportNormalizer = {
    let path = ProcessInfo.processInfo.environment["OGI_ETL_CONFIG"] ?? "pipeline.json"
    do {
        return ReportNormalizer(config: try PipelineConfig.load(path: path).config)
    } catch {
        fatalError("ogi-etl-fuzz: \(error)")
    }
}()

/// Every input is read twice, as text and as an HTML page, because both paths reach the
/// tokenizer with differently shaped bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for text in [bytes, HTMLFlattener.text(of: bytes)] {
        var report = normalizer.normalize(text: text)
        ReportReconciler.check(&report)
    }
    return 0
}
