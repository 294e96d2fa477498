import Foundation
import ZIPFoundation

/// Reads a Word .docx report: the main document part, streamed through `DocxTextCollector`,
/// which lays its tables out as the tab-separated rows the normalizer reads.
enum DocxReader {
    static let documentPart = "word/document.xml"

    /// The report's text, or why the file is not a Word document; `path` names the report in
    /// the message (a .doc converted by LibreOffice is named as the user's .doc).
    static func text(of bytes: [UInt8], path: String, maxBytes: Int) -> Result<[UInt8], ETLError> {
        let notZip = ETLError.docxUnreadable(path: path, reason: "it is not a zip archive")
        guard ZipEndRecord.isPresent(in: bytes) else { return .failure(notZip) }
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            return .failure(notZip)
        }
        guard let entry = archive[documentPart] else {
            return .failure(.docxUnreadable(path: path, reason: "it has no \(documentPart)"))
        }
        guard entry.uncompressedSize <= UInt64(maxBytes) else {
            return .failure(.docxUnreadable(path: path, reason: "its \(documentPart) unpacks to \(entry.uncompressedSize) bytes, above files.maxBytes (\(maxBytes))"))
        }
        var xml = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { xml.append($0) }
        } catch {
            return .failure(.docxUnreadable(path: path, reason: "its \(documentPart) is damaged in the zip archive"))
        }
        return DocxTextCollector.text(of: xml).mapError { .docxUnreadable(path: path, reason: $0.reason) }
    }
}
