import XCTest
@testable import OGIETL

/// What a page's markup becomes: the tab-separated text the cell tokenizer reads. Each case
/// is one rule, written as the page a government site could serve and the exact text out.
final class HTMLFlattenerTests: XCTestCase {
    private func flattened(_ html: String) -> String {
        String(decoding: HTMLFlattener.text(of: Array(html.utf8)), as: UTF8.self)
    }

    func testTabsAndLineBreaksInTextBecomeSpaces() {
        XCTAssertEqual(flattened("a\tb\r\nc<p>d"), "a b  c\nd")
    }

    func testEntitiesAreDecodedAndUnknownOrBrokenOnesKeptAsWritten() {
        XCTAssertEqual(flattened("&amp;&lt;x&gt;&nbsp;&#20013;&#x56FD;"), "&<x>\u{A0}中国")
        XCTAssertEqual(flattened("&bogus; &; &#xZZ; &#55296; & 1 &"), "&bogus; &; &#xZZ; &#55296; & 1 &")
    }

    func testALessThanSignThatStartsNoTagIsText() {
        XCTAssertEqual(flattened("1 < 2 <= 3 <_x> <"), "1 < 2 <= 3 <_x> <")
    }

    func testCommentsAreDroppedEvenWhenTheyNeverClose() {
        XCTAssertEqual(flattened("a<!-- <td>x</td> -->b<!-- open <td>"), "ab")
    }

    /// `<!DOCTYPE>` is neither a comment nor a tag with a name, so it stays in the text, where
    /// the normalizer passes over it as a line before the title.
    func testADoctypeStaysInTheText() {
        XCTAssertEqual(flattened("<!DOCTYPE html>\n<p>x"), "<!DOCTYPE html> \nx")
    }

    func testAGreaterThanSignInsideQuotesDoesNotEndTheTag() {
        XCTAssertEqual(flattened(#"<td title="a>b" data-x='c>d'>x</td><td>y</td>"#), "x\ty")
    }

    func testATagWhoseQuoteNeverClosesIsText() {
        XCTAssertEqual(flattened(#"a<td title="x>b"#), #"a<td title="x>b"#)
    }

    func testScriptsAndStylesAreSkippedToTheirClosingTagInAnyCase() {
        XCTAssertEqual(flattened(#"<SCRIPT>if (a<b) s = "</td>";</Script >after<style>td{}</style>"#), "after")
        XCTAssertEqual(flattened("before<style>td { color: red }"), "before")
    }

    func testRowsBreakLinesCellsAreTabSeparatedAndSpansLeaveEmptyCells() {
        let html = #"<table><TR><td>a</td><td colspan="2">b</td><td>c</td></tr><tr><th>d</th></tr></table>after"#
        XCTAssertEqual(flattened(html), "\n\na\tb\t\tc\n\nd\n\nafter")
    }

    func testBlocksInsideACellDoNotBreakTheLine() {
        XCTAssertEqual(flattened("<tr><td>a<br>b<p>c</p></td><td>d</td></tr>"), "\nabc\td\n")
    }
}
