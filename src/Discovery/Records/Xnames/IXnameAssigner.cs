namespace Discovery.Records.Xnames;

/// <summary>
/// Gives each BMC an xname: from an id map when one names it (by IP or MAC), else derived so that two BMCs
/// never share one (Magellan derives x&lt;a&gt;c0s&lt;d&gt;b0 from one octet, so 10.0.1.5 and 10.0.2.5 collide).
/// </summary>
internal interface IXnameAssigner
{
    /// <summary>The xname of the BMC at <paramref name="bmcAddress"/> whose own MAC is <paramref name="bmcMac"/>.</summary>
    string AssignBmc(string bmcAddress, string? bmcMac);

    /// <summary>The xname of the BMC, with where it came from.</summary>
    BmcName NameBmc(string bmcAddress, string? bmcMac) => new(AssignBmc(bmcAddress, bmcMac), XnameSources.Derived);

    /// <summary>The xname of the <paramref name="index"/>-th system behind the BMC named <paramref name="bmcXname"/>.</summary>
    string AssignNode(string bmcXname, int index) => $"{bmcXname}n{index}";
}
