/// Text for the exported pages: `Escape.html`, after the two noncharacters XML forbids
/// (U+FFFE, U+FFFF), which `Escape.html` leaves, are shown as `\u{FFFE}` and `\u{FFFF}` (as
/// `Escape.terminal` shows controls), so the page stays well-formed XML.
enum PageEscape {
  /// What the page shows for `text`: controls and those noncharacters made visible.
  static func shown(_ text: String) -> String {
    let visible = Escape.terminal(text)
    guard visible.unicodeScalars.contains(where: Escape.isForbiddenInXML) else { return visible }
    var output = ""
    for scalar in visible.unicodeScalars {
      if Escape.isForbiddenInXML(scalar) {
        output += Escape.visible(scalar)
      } else {
        output.unicodeScalars.append(scalar)
      }
    }
    return output
  }

  /// `text` as HTML element content or a quoted attribute value, shown as `shown(_:)` gives it.
  static func html(_ text: String) -> String {
    Escape.html(shown(text))
  }
}
