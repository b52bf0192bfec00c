using System.Globalization;
using System.Text.Json;
using Discovery.Text;

namespace Discovery.Locate;

/// <summary>The table of <c>discover locate</c>: a row per MAC.</summary>
internal static class MacLocationTableColumns
{
    /// <summary>MAC, switch, port, VLAN, xname, placement status (snake_case, as in JSON).</summary>
    public static readonly TableColumn<MacLocation>[] All =
    [
        new("MAC", r => r.Mac), new("Switch", r => r.Switch), new("Port", r => r.Port),
        new("VLAN", r => r.Vlan?.ToString(CultureInfo.InvariantCulture), AlignRight: true), new("Xname", r => r.Xname), new("Status", r => JsonNamingPolicy.SnakeCaseLower.ConvertName(r.Status.ToString())),
    ];
}
