import Foundation
import XCTest
@testable import OGIETL

/// The converters the PDF and old-Word tests need. On a developer machine without them those
/// tests are skipped; CI sets OGI_REQUIRE_TOOLS=1, so there a missing tool fails instead.
enum ExternalTools {
    struct Missing: Error, CustomStringConvertible {
        let tool: String
        var description: String { "'\(tool)' is required (OGI_REQUIRE_TOOLS=1) but was not found on PATH; .ci/run installs it." }
    }

    static func require(_ tool: String) throws -> String {
        if let path = ChildProcess.locate(tool) { return path }
        if ProcessInfo.processInfo.environment["OGI_REQUIRE_TOOLS"] == "1" { throw Missing(tool: tool) }
        throw XCTSkip("'\(tool)' is not installed (apt-get install poppler-utils libreoffice-writer-nogui fonts-noto-cjk)")
    }

    /// Converts `path` with LibreOffice headless (`pdf`, `doc`) into the same directory, with a
    /// private profile so parallel test runs do not collide.
    static func convert(_ path: String, to format: String) throws -> String {
        let soffice = try require("soffice")
        let directory = (path as NSString).deletingLastPathComponent
        let profile = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: profile) }
        let outcome = ChildProcess.run(soffice, ["-env:UserInstallation=file://\(profile)", "--headless", "--convert-to", format,
                                                 "--outdir", directory, path], timeoutSeconds: 120)
        let converted = ((path as NSString).deletingPathExtension as NSString).appendingPathExtension(format) ?? path
        guard case .finished(0, _, _) = outcome, FileManager.default.fileExists(atPath: converted) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: converted])
        }
        return converted
    }

    /// An executable shell script standing in for a converter, for failure paths.
    static func script(_ body: String) throws -> String {
        let path = try TestSupport.temporaryDirectory() + "/tool.sh"
        try Data("#!/bin/sh\n\(body)\n".utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }
}
