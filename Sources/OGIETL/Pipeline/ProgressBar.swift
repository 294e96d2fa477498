/// The progress line drawn on a terminal: a bar, the percentage and the counts, so an operator
/// watching a long run sees both how far it is and how many reports remain.
public enum ProgressBar {
    static let width = 30

    public static func line(done: Int, total: Int) -> String {
        let fraction = total > 0 ? Double(min(done, total)) / Double(total) : 1
        let filled = Int((fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let percent = Int((fraction * 100).rounded(.down))
        return "[\(bar)] \(percent)% \(done)/\(total) reports"
    }
}
