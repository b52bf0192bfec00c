namespace Discovery.MockBmc.Http;

/// <summary>An open session of one instance.</summary>
internal sealed record MockSession(string Id, string Token, string UserName, DateTimeOffset Created)
{
    public string Uri => SessionStore.CollectionUri + "/" + Id;
}
