namespace Discovery.MockBmc;

/// <summary>How an instance presents the identity values (UUIDs, serials, MACs) found in its mockup.</summary>
public enum MockIdentityMode
{
    /// <summary>Every UUID, serial number and MAC is replaced by a value derived from the instance index and seed.</summary>
    Rewrite,

    /// <summary>The mockup's own UUIDs, serials and MACs are served; only the manager IPv4 becomes the listen address.</summary>
    Original,
}
