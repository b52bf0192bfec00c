namespace Discovery.Store.Remote;

/// <summary>Header names of the inventory API that both its server and its client speak.</summary>
internal static class ApiHeaders
{
    /// <summary>The header that tells a client what a 2xx write did (<c>created</c>, <c>updated</c>, <c>unchanged</c>, <c>deleted</c>).</summary>
    public const string Outcome = "Discover-Outcome";
}
