import Testing
import TextAnalysis

@Suite("DisplayText")
struct DisplayTextTests {
    @Test("Quotes lose their HTML and line breaks but keep the customer's words and case")
    func readable() {
        #expect(DisplayText.readable("<p>We are very happy &amp; Thanks.</p>\r\n<p>Any update?</p>") == "We are very happy & Thanks. Any update?")
        #expect(DisplayText.readable("  Plain   text\nover two lines ") == "Plain text over two lines")
        #expect(DisplayText.readable("Café 5 < 6") == "Café 5 < 6")
    }
}
