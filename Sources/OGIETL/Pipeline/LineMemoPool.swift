import Synchronization

/// The workers' line memos (`LineMemo`), lent to one batch of reports at a time. A batch
/// borrows one, reads its reports with it and gives it back for the next batch, so the lines
/// learnt from the first reports serve the whole run, and no lock is taken per line: at most
/// as many memos exist as batches have run at once.
final class LineMemoPool: Sendable {
    private let idle = Mutex<[LineMemo]>([])

    func borrow() -> LineMemo {
        idle.withLock { $0.popLast() } ?? LineMemo()
    }

    func giveBack(_ memo: LineMemo) {
        idle.withLock { $0.append(memo) }
    }
}
