namespace Discovery.MockBmc.Mockups;

/// <summary>Where a token's text sits in a resource body (byte offset and length of the JSON string content).</summary>
internal readonly record struct TokenSpan(int Offset, int Length, int TokenId);
