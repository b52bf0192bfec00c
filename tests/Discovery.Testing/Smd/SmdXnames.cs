using System.Text.RegularExpressions;

namespace Discovery.Testing.Smd;

/// <summary>
/// The xname rules SMD applies (Cray-HPE/hms-xname, as listed in reference/smd/BEHAVIOR.md): normal form
/// (trimmed, lower case, no leading zeros) and the HMS type of a name.
/// </summary>
internal static partial class SmdXnames
{
    private static readonly (string Type, Regex Pattern, bool Controller)[] Types =
    [
        ("Node", NodePattern(), false),
        ("NodeBMC", NodeBmcPattern(), true),
        ("NodeBMCNic", NodeBmcNicPattern(), false),
        ("NodeEnclosure", NodeEnclosurePattern(), false),
        ("ComputeModule", ComputeModulePattern(), false),
        ("ChassisBMC", ChassisBmcPattern(), true),
        ("RouterBMC", RouterBmcPattern(), true),
        ("CabinetPDUController", PduControllerPattern(), true),
        ("MgmtSwitch", MgmtSwitchPattern(), true),
        ("Chassis", ChassisPattern(), false),
        ("Cabinet", CabinetPattern(), false),
    ];

    /// <summary>Trimmed, lower case, leading zeros of every number removed (<c>X0001C0S01B0</c> → <c>x1c0s1b0</c>).</summary>
    public static string Normalize(string id) => LeadingZeros().Replace(id.Trim().Trim('.', '/', ' ').ToLowerInvariant(), "$1");

    /// <summary>The HMS type of a normalised xname, or null when it is none.</summary>
    public static string? TypeOf(string xname) => Types.FirstOrDefault(t => t.Pattern.IsMatch(xname)).Type;

    /// <summary>True when a RedfishEndpoint may have this (normalised) xname.</summary>
    public static bool IsController(string xname) => Types.FirstOrDefault(t => t.Pattern.IsMatch(xname)).Controller;

    [GeneratedRegex("(?<![0-9])0+([0-9])")]
    private static partial Regex LeadingZeros();

    [GeneratedRegex("^x([0-9]{1,4})c([0-7])s([0-9]+)b([0-9]+)n([0-9]+)$")]
    private static partial Regex NodePattern();

    [GeneratedRegex("^x([0-9]{1,4})c([0-7])s([0-9]+)b([0-9]+)$")]
    private static partial Regex NodeBmcPattern();

    [GeneratedRegex("^x([0-9]{1,4})c([0-7])s([0-9]+)b([0-9]+)i([0-3])$")]
    private static partial Regex NodeBmcNicPattern();

    [GeneratedRegex("^x([0-9]{1,4})c([0-7])s([0-9]+)e([0-9]+)$")]
    private static partial Regex NodeEnclosurePattern();

    [GeneratedRegex("^x([0-9]{1,4})c([0-7])s([0-9]+)$")]
    private static partial Regex ComputeModulePattern();

    [GeneratedRegex("^x([0-9]{1,4})c([0-7])b([0])$")]
    private static partial Regex ChassisBmcPattern();

    [GeneratedRegex("^x([0-9]{1,4})c([0-7])r([0-9]+)b([0-9]+)$")]
    private static partial Regex RouterBmcPattern();

    [GeneratedRegex("^x([0-9]{1,4})m([0-3])$")]
    private static partial Regex PduControllerPattern();

    [GeneratedRegex("^x([0-9]{1,4})c([0-7])w([1-9][0-9]*)$")]
    private static partial Regex MgmtSwitchPattern();

    [GeneratedRegex("^x([0-9]{1,4})c([0-7])$")]
    private static partial Regex ChassisPattern();

    [GeneratedRegex("^x([0-9]{1,4})$")]
    private static partial Regex CabinetPattern();
}
