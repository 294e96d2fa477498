import Foundation
import XCTest

/// One scratch directory per test run, removed when the last test has run, so that running the
/// suite again and again (as CI and the fuzz and bench loops do) does not fill the temporary folder.
final class ScratchRoot: NSObject, XCTestObservation, Sendable {
    static let path: String = {
        let path = NSTemporaryDirectory() + "ogi-etl-tests-" + UUID().uuidString
        XCTestObservationCenter.shared.addTestObserver(ScratchRoot(path: path))
        return path
    }()

    private let root: String

    private init(path: String) {
        root = path
    }

    func testBundleDidFinish(_ testBundle: Bundle) {
        try? FileManager.default.removeItem(atPath: root)
    }
}
