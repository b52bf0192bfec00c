namespace Discovery.MockBmc.Mockups;

/// <summary>
/// One identity value exactly as spelled in the mockup. Spellings of one MAC or UUID that differ in case or
/// separators are separate tokens sharing a <paramref name="Ordinal"/>, so each keeps its spelling when rewritten.
/// </summary>
internal sealed record IdentityToken(int Id, TokenKind Kind, string Original, int Ordinal);
