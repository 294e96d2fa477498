/// What reading a format needs from outside the binary, in the words an operator acts on:
/// the Debian package to install and the pipeline.json key that points at the program.
struct ExternalTool {
    let documentKind: String
    let package: String
    let aptPackages: String
    let configKey: String

    init(format: SourceFormat) {
        switch format {
        case .pdf:
            self.init(documentKind: "a PDF", package: "poppler-utils", aptPackages: "poppler-utils", configKey: "pdftotext")
        case .wps:
            self.init(documentKind: "a WPS Office document", package: "LibreOffice",
                      aptPackages: "libreoffice-writer-nogui", configKey: "libreoffice")
        default:
            self.init(documentKind: "an old Word (.doc) document", package: "LibreOffice",
                      aptPackages: "libreoffice-writer-nogui", configKey: "libreoffice")
        }
    }

    private init(documentKind: String, package: String, aptPackages: String, configKey: String) {
        self.documentKind = documentKind
        self.package = package
        self.aptPackages = aptPackages
        self.configKey = configKey
    }
}
