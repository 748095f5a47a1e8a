import TestSupport
import Testing

@testable import FactLedger

@Suite("Capturing an article's text")
struct ArticleCaptureTests {
  private func capture(_ text: String, path: String = "a.txt") throws -> ArticleCapture {
    try ArticleCapture(bytes: Array(text.utf8), path: path)
  }

  @Test("plain text: blank lines make one, spaces fold, line breaks stay, one final break")
  func plainText() throws {
    let captured = try capture("\u{FEFF}Title  \r\n\r\n\r\nFirst   para.\nSecond\u{A0}para.\t\n\n")
    #expect(captured.text == "Title\n\nFirst para.\nSecond\u{A0}para.\n")
    #expect(captured.paragraphCount == 2)
    #expect(captured.characterCount == 32)
    #expect(!captured.wasHTML)
    #expect(captured.sha256 == SHA256.hexDigest(of: Array(captured.text.utf8)))
  }

  @Test("text already in the layout is kept byte for byte")
  func idempotent() throws {
    let text = "Head\n\nOne “quoted” line.\n\nTwo\u{A0}words.\n"
    #expect(try capture(text).text == text)
    #expect(try capture(try capture(text).text).text == text)
  }

  @Test("HTML is told by the file's ending or by its content")
  func detection() throws {
    #expect(try capture("<p>a</p><p>b</p>", path: "x.HTM").text == "a\n\nb\n")
    #expect(try capture("<p>a</p><p>b</p>", path: "x.txt").text == "<p>a</p><p>b</p>\n")
    #expect(try capture("<html><p>a</p><p>b</p>", path: "-").wasHTML)
  }

  @Test("an empty or white-space-only file is refused")
  func empty() {
    #expect(throws: CaptureError.empty(path: "a.txt")) { try capture("") }
    #expect(throws: CaptureError.empty(path: "a.txt")) { try capture(" \n\t\n") }
  }

  @Test("a binary file is refused at its first NUL or control character")
  func binary() {
    #expect(
      throws: CaptureError.binary(path: "a.txt", at: SourceLocation(line: 2, column: 3), scalar: 0)
    ) {
      try ArticleCapture(bytes: Array("ok\nab\0cd".utf8), path: "a.txt")
    }
    #expect(
      throws: CaptureError.binary(
        path: "a.txt", at: SourceLocation(line: 1, column: 2), scalar: 0x1B)
    ) {
      try capture("a\u{1B}[31m")
    }
  }

  @Test(
    "DEL, C1 controls and noncharacters are refused as the C0 controls are",
    arguments: [0x7F, 0x80, 0x96, 0x9F, 0xFDD0, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF] as [UInt32])
  func otherControls(value: UInt32) throws {
    let scalar = try #require(Unicode.Scalar(value))
    #expect(
      throws: CaptureError.binary(
        path: "a.txt", at: SourceLocation(line: 2, column: 4), scalar: value)
    ) {
      try capture("é\nabc\(Character(scalar))d")
    }
  }

  @Test("an HTML reference to a character the text cannot hold is refused where it stands")
  func htmlReferenceToControl() throws {
    for (reference, value) in [("&#1;", 0x1), ("&#x7f;", 0x7F), ("&#65534;", 0xFFFE)] {
      #expect(
        throws: CaptureError.reference(
          path: "p.html", at: SourceLocation(line: 2, column: 8), scalar: UInt32(value))
      ) {
        try capture("<p>Fine &amp; well</p>\n<p>Bad \(reference) here</p>", path: "p.html")
      }
    }
    let error = CaptureError.reference(
      path: "p.html", at: SourceLocation(line: 1, column: 1), scalar: 0xFFFE)
    #expect(error.message.contains("noncharacter U+FFFE"))
    #expect(try capture("<p>a &#150; &#0; &#x1F600; &#9;</p>", path: "p.html").text == "a – � 😀\n")
    #expect(try capture("<script>&#1;</script><p>ok</p>", path: "p.html").text == "ok\n")
  }

  @Test("a non-UTF-8 file is refused at its first bad byte, columns counting characters")
  func notUTF8() {
    let bytes: [UInt8] = Array("é\nab".utf8) + [0xE9] + Array("t".utf8)
    #expect(
      throws: CaptureError.notUTF8(
        path: "a.txt", at: SourceLocation(line: 2, column: 3), byte: 0xE9)
    ) {
      try ArticleCapture(bytes: bytes, path: "a.txt")
    }
  }

  @Test("an HTML page with no body text is refused")
  func noBodyText() {
    #expect(throws: CaptureError.noBodyText(path: "p.html")) {
      try capture(
        "<html><head><title>T</title><script>x()</script></head><body> </body></html>",
        path: "p.html")
    }
  }

  @Test("every refusal is one finding with the path, line and column")
  func findings() {
    let error = CaptureError.notUTF8(
      path: "a.txt", at: SourceLocation(line: 2, column: 3), byte: 0xE9)
    #expect(
      error.finding.line(severityLabel: "error").hasPrefix(
        "a.txt:2:3: error: the file is not UTF-8 text: byte 0xE9"))
  }
}
