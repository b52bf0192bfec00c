using System.Text.Json;

namespace Discovery.Redfish;

/// <summary>
/// The vendor table: who made a Redfish service, told by the key of its ServiceRoot's <c>Oem</c> object. Only
/// for roots without <c>Vendor</c> (Redfish added it in 1.5, 2018; older iLO, iDRAC and AMI firmware show who
/// they are only through <c>Oem</c>). Names are spelled as those vendors' own <c>Vendor</c> property spells
/// them (iLO 5 "HPE", AMI MegaRAC "AMI"), so an inferred name equals a reported one.
/// </summary>
internal static class RedfishVendors
{
    private static readonly Dictionary<string, string> ByOemKey = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Hpe"] = "HPE",
        ["Hp"] = "HPE",
        ["Cray"] = "HPE",
        ["Ami"] = "AMI",
        ["Dell"] = "Dell",
        ["Lenovo"] = "Lenovo",
        ["Supermicro"] = "Supermicro",
        ["Intel"] = "Intel",
    };

    /// <summary>The vendor named by the first key of <paramref name="oem"/> found in the table; null when none is.</summary>
    public static string? FromOem(JsonElement oem)
    {
        if (oem.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in oem.EnumerateObject())
        {
            if (ByOemKey.TryGetValue(property.Name, out var vendor))
            {
                return vendor;
            }
        }

        return null;
    }
}
