import Foundation

/// Converts old Word (.doc) and WPS (.wps) reports to .docx with LibreOffice headless, so they
/// are read by the same code as .docx. Every conversion gets its own temporary directory and
/// LibreOffice profile: two LibreOffice instances sharing a profile refuse to start, and
/// conversions run in parallel.
enum OfficeConverter {
    static func docx(from file: SourceFile, tools: PipelineConfig.ToolOptions) -> Result<[UInt8], ETLError> {
        guard let program = ChildProcess.locate(tools.libreoffice) else {
            return .failure(.toolMissing(path: file.relativePath, format: file.format, tool: tools.libreoffice))
        }
        let workspace = NSTemporaryDirectory() + "ogi-etl-lo-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: workspace) }
        do {
            try FileManager.default.createDirectory(atPath: workspace + "/out", withIntermediateDirectories: true)
        } catch {
            return .failure(.conversionFailed(path: file.relativePath, tool: tools.libreoffice, reason: "its temporary directory could not be created (\(error.localizedDescription))"))
        }
        let outcome = ChildProcess.run(program, arguments(file, workspace: workspace), timeoutSeconds: tools.timeoutSeconds)
        return converted(outcome, file: file, workspace: workspace, tools: tools)
    }

    private static func arguments(_ file: SourceFile, workspace: String) -> [String] {
        ["-env:UserInstallation=file://\(workspace)/profile", "--headless", "--norestore",
         "--convert-to", "docx", "--outdir", workspace + "/out", file.absolutePath]
    }

    private static func converted(_ outcome: ChildProcess.Outcome, file: SourceFile, workspace: String,
                                  tools: PipelineConfig.ToolOptions) -> Result<[UInt8], ETLError> {
        ConversionFailure.output(of: outcome, file: file, tool: tools.libreoffice, timeoutSeconds: tools.timeoutSeconds).flatMap {
            readOutput(in: workspace + "/out", file: file, tool: tools.libreoffice, standardError: $0.standardError)
        }
    }

    /// LibreOffice exits 0 even when it could not load the file; the missing .docx says so.
    private static func readOutput(in directory: String, file: SourceFile, tool: String, standardError: [UInt8]) -> Result<[UInt8], ETLError> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        guard let name = names.first(where: { $0.lowercased().hasSuffix(".docx") }),
              let data = FileManager.default.contents(atPath: directory + "/" + name) else {
            let said = ConversionFailure.reason(status: 0, standardError: standardError)
            return .failure(.conversionFailed(path: file.relativePath, tool: tool, reason: "it wrote no .docx (\(said))"))
        }
        return .success([UInt8](data))
    }
}
