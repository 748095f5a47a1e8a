import Testing

@testable import FactLedger

@Suite("Text comparator")
struct TextComparatorTests {
  typealias F = CheckFixtures

  @Test("names match through aliases and as whole words inside longer descriptions")
  func names() {
    #expect(TextComparator.sameName("Sam Bendett", "Samuel Bendett", gazetteer: F.gazetteer))
    #expect(
      TextComparator.sameName(
        "Gholamreza Tahani", "Admiral Gholamreza Tahani, deputy commander", gazetteer: F.gazetteer))
    #expect(
      TextComparator.sameName("ArmHiTec-2018", "ArmHiTec-2018 exhibition", gazetteer: F.gazetteer))
    #expect(!TextComparator.sameName("Vladimir Putin", "Dmitry Rytenkov", gazetteer: F.gazetteer))
    #expect(!TextComparator.sameName("Tahani", "Tahanii", gazetteer: F.gazetteer))
  }

  @Test(
    "people compare by their names proper: a title, a patronymic, middle names, an initial or 'Last, First' make no other person; a given name alone or another script cannot be told",
    arguments: [
      ("Vladimir Putin", "Vladimir Vladimirovich Putin", PersonName.Match.same),
      ("Vladimir Vladimirovich Putin", "Vladimir Putin", .same),
      ("Vladimir Putin", "President Vladimir Vladimirovich Putin", .same),
      ("Vladimir Putin", "President Putin", .same),
      ("Vladimir Putin", "Mr. Putin", .same),
      ("Vladimir Putin", "V. Putin", .same),
      ("Vladimir Putin", "Putin, Vladimir", .same),
      ("Vladimir Putin", "Russian President Vladimir Putin", .same),
      ("Gholamreza Tahani", "Admiral Gholamreza Tahani, deputy commander", .same),
      ("Vladimir Putin", "Vladimir Zhirinovsky and Putin's aide", .different),
      // Two people at once: not told apart unless both are someone else.
      ("Vladimir Putin", "Vladimir Zhirinovsky and Putin", .unclear),
      ("Vladimir Putin", "Vladimir Putin and Xi Jinping", .unclear),
      ("Vladimir Putin", "Xi Jinping and Vladimir Putin", .unclear),
      ("Vladimir Putin", "Xi Jinping and Sergei Lavrov", .different),
      ("Vladimir Putin", "Vladimir Ilyich Lenin Putin", .same),
      ("Vladimir Putin", "Vladimir Ilyich Lenin Stalin Putin", .unclear),
      ("Vladimir Putin", "Dmitry Peskov, for Vladimir Putin", .different),
      ("John Kennedy", "John F. Kennedy", .same),
      ("John F. Kennedy", "John Fitzgerald Kennedy", .same),
      ("Hassan Rouhani", "Hassan Fereydoun Rouhani", .same),
      ("Mohammad Zarif", "Mohammad Javad Zarif", .same),
      ("Vladimir Putin", "Vladimir Zhirinovsky", .different),
      ("Ali Khamenei", "Ali Akbar Velayati", .different),
      ("Dmitry Peskov", "Dmitry Sergeyevich Medvedev", .different),
      ("John F. Kennedy", "John Gregory Kennedy", .different),
      ("Putin", "Vladimir Vladimirovich Putin", .same),
      ("Vladimir Putin", "Vladimir", .unclear),
      ("Vladimir Putin", "Владимир Путин", .unclear),
      ("Vladimir Putin", "Dmitry Peskov", .different),
      ("Putin", "Vladimir Putin (Russian President)", .same),
      ("Mr. Wang", "Chinese Foreign Ministry spokesperson Wang Wenbin", .unclear),
      ("Wang Wenbin", "Chinese Foreign Ministry spokesperson Wang Wenbin", .same),
      ("John Major", "Prime Minister John Major", .same),
      ("Xi", "Xi Jinping", .unclear),
      // A name cut short, or with a suffix, is not told apart.
      ("John F. Kennedy", "John F. Kennedy Jr.", .unclear),
      ("Martin Luther King Jr.", "Martin Luther King", .unclear),
      ("Gabriel García Márquez", "Gabriel García", .unclear),
      ("George W. Bush", "George H. W. Bush", .different),
    ])
  func people(name: String, other: String, match: PersonName.Match) {
    #expect(TextComparator.person(name, other, gazetteer: F.gazetteer) == match)
  }

  @Test(
    "a body or a country that speaks is no person: never someone else than a person or body of it, nor read as a given name after a comma",
    arguments: [
      ("China and Russia", "Chinese Foreign Ministry", PersonName.Match.unclear),
      ("Kremlin", "Dmitry Peskov", .unclear),
      ("Dmitry Peskov", "the Kremlin", .unclear),
      ("Russia", "Sergei Lavrov", .unclear),
      ("Moscow", "Russian Defense Ministry", .unclear),
      ("Vladimir Putin", "Kremlin press service", .unclear),
      ("Dmitry Peskov", "Peskov, Kremlin", .same),
      ("Vladimir Putin", "Peskov, Kremlin", .different),
      ("Moscow", "Russia", .unclear),
      // Bodies or countries of two countries are two speakers.
      ("Chinese Foreign Ministry", "Russian Foreign Ministry", .different),
      ("Russian Defence Ministry", "British Defence Ministry", .different),
      ("Moscow", "Beijing", .different),
      ("China and Russia", "Iran", .different),
      ("Chinese Foreign Ministry", "Foreign Ministry of Russia", .different),
      // Two bodies of one country, or named otherwise, are not told apart by their words.
      ("Russian Defence Ministry", "Russian Foreign Ministry", .unclear),
      ("Chinese Foreign Ministry", "Defence Ministry", .unclear),
      ("Russian Foreign Ministry", "Russian Foreign Ministry", .same),
      // Bodies, whatever the place of their noun, against a person.
      ("Vladimir Putin", "Ministry of Defence", .unclear),
      ("Vladimir Putin", "Office of the President", .unclear),
      ("Vladimir Putin", "Embassy of the United States", .unclear),
      ("Vladimir Putin", "Harvard University", .unclear),
      ("Vladimir Putin", "NATO", .unclear),
      ("Joe Biden", "the White House", .unclear),
      // A person's nationality does not stand between two names of the gazetteer's.
      ("Sam Bendett", "American analyst Samuel Bendett", .same),
      // People are still told apart, whatever words their names share with bodies or places.
      ("Vladimir Putin", "Dmitry Peskov, Kremlin spokesman", .different),
      ("Benjamin Netanyahu", "Israel Katz", .different),
      ("Israel Katz", "Katz", .same),
      ("George Washington", "Thomas Jefferson", .different),
      ("Vladimir Putin", "Robert Service", .different),
      ("Vladimir Putin", "Emily Post", .different),
      ("Vladimir Putin", "Gabrielle Union", .different),
      // A person "of" a body or a country is that person.
      ("Dmitry Peskov", "Dmitry Peskov of the Kremlin", .same),
      ("Vladimir Putin", "Dmitry Peskov of the Kremlin", .different),
      ("Vladimir Putin", "President Vladimir V. Putin of Russia", .same),
    ])
  func bodies(name: String, other: String, match: PersonName.Match) {
    #expect(TextComparator.person(name, other, gazetteer: F.gazetteer) == match)
  }

  @Test(
    "a name written family name first, or spelt another way, is never someone else; a post, a pronoun or 'unknown' names no one",
    arguments: [
      ("Vladimir Putin", "PUTIN Vladimir", PersonName.Match.same),
      ("Vladimir Putin", "Putin Vladimir Vladimirovich", .same),
      ("Vladimir Putin", "Putin V.V.", .same),
      ("Shinzo Abe", "Abe Shinzo", .same),
      ("Geng Shuang", "Shuang Geng", .same),
      ("Emmanuel Macron", "MACRON Emmanuel", .same),
      ("Vladimir Putin", "Putin himself", .same),
      ("Sergei Lavrov", "Sergey Lavrov", .unclear),
      ("Dmitry Peskov", "Dmitri Peskov", .unclear),
      ("Volodymyr Zelensky", "Volodymyr Zelenskyy", .unclear),
      ("Muammar Gaddafi", "Moammar Qaddafi", .unclear),
      ("Mohammed bin Salman", "Mohammad bin Salman", .unclear),
      ("Evgeny Buzhinsky", "Evgeny Buzhinskii", .unclear),
      ("Joe Biden", "Joseph Biden", .unclear),
      ("Vladimir Putin", "Vladimir P.", .unclear),
      ("Vladimir Putin", "Unknown", .unclear),
      ("Vladimir Putin", "Anonymous", .unclear),
      ("Vladimir Putin", "an unnamed official", .unclear),
      ("Vladimir Putin", "he", .unclear),
      ("Vladimir Putin", "the president", .unclear),
      ("Vladimir Putin", "Russian President", .unclear),
      // Still two people.
      ("Vladimir Putin", "Igor Putin", .different),
      ("Vladimir Putin", "Lyudmila Putina", .different),
      ("Emmanuel Macron", "Brigitte Macron", .different),
      ("Kim Jong Un", "Kim Jong Il", .different),
      ("Hillary Clinton", "Bill Clinton", .different),
      ("Vladimir Putin", "Sergei Lavrov", .different),
      ("Wang Yi", "Wang Wenbin", .different),
      ("Yulia Tymoshenko", "Julia Tymoshenko", .unclear),
      ("Evgeny Prigozhin", "Yevgeny Prigozhin", .unclear),
      ("Robert Kennedy", "Robert F. Kennedy Jr.", .unclear),
      ("Donald J. Trump Jr.", "Donald Trump Jr.", .same),
      ("Sam Bendett", "Michael Kofman and Sam Bendett", .unclear),
      ("Sam Bendett", "Michael Kofman, citing Sam Bendett", .unclear),
      ("Sam Bendett", "Samuel Bendett, of the Center for Naval Analyses", .same),
    ])
  func peopleWrittenOtherwise(name: String, other: String, match: PersonName.Match) {
    #expect(TextComparator.person(name, other, gazetteer: F.gazetteer) == match)
  }
}
