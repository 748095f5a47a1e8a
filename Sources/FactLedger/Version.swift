/// The version of factledger.
public enum FactLedgerVersion {
  /// The version, semver.
  public static let current = "0.1.0"
}
