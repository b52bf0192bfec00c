namespace Discovery.Records.Xnames;

/// <summary>The values of a BMC's <c>xname_source</c>, in precedence order.</summary>
internal static class XnameSources
{
    /// <summary>From <c>--id-map</c> (by IP, then MAC).</summary>
    public const string IdMap = "id-map";

    /// <summary>From <c>--location-map</c>: the map's xname for the switch port the BMC's MAC is on.</summary>
    public const string LocationMap = "location-map";

    /// <summary>Derived from the address.</summary>
    public const string Derived = "derived";
}
