import Foundation
import Testing

@testable import FactLedger

@Suite("The page's colours meet WCAG AA contrast")
struct ArticlePageStyleTests {
  /// WCAG 2 relative luminance of `#rrggbb`.
  private func luminance(_ hex: String) -> Double {
    let value = Int(hex.dropFirst(), radix: 16)!
    let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { channel in
      let c = Double(channel) / 255
      return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
  }

  /// WCAG 2 contrast ratio of two colours.
  private func contrast(_ first: String, _ second: String) -> Double {
    let (a, b) = (luminance(first), luminance(second))
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
  }

  @Test("the ratio is computed as WCAG defines it")
  func formula() {
    #expect(abs(contrast("#000000", "#ffffff") - 21) < 0.001)
    #expect(abs(contrast("#777777", "#ffffff") - 4.48) < 0.01)
  }

  @Test("each status's text on its background is at least 4.5:1", arguments: PageStatus.allCases)
  func statusText(status: PageStatus) {
    let colours = ArticlePageStyle.colours(of: status)
    #expect(contrast(colours.text, colours.background) >= 4.5)
    // The accent marks the highlight's edge and the bar: at least 3:1 against the page (1.4.11).
    #expect(contrast(colours.accent, ArticlePageStyle.paper) >= 3)
  }

  @Test("body text, links and uncovered text are at least 4.5:1")
  func pageText() {
    #expect(contrast(ArticlePageStyle.ink, ArticlePageStyle.paper) >= 4.5)
    #expect(contrast(ArticlePageStyle.link, ArticlePageStyle.paper) >= 4.5)
    let uncovered = ArticlePageStyle.uncovered
    #expect(contrast(uncovered.text, uncovered.background) >= 4.5)
  }

  @Test("every status is told by a label and an icon, not by colour alone")
  func labels() {
    let labels = PageStatus.allCases.map(\.label)
    let icons = PageStatus.allCases.map(\.icon)
    #expect(Set(labels).count == labels.count)
    #expect(Set(icons).count == icons.count)
  }
}
