using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Discovery.Records.Xnames;

/// <summary>
/// A parsed, canonical xname (lower case, no leading zeros), as SMD stores them. Parse with
/// <see cref="TryParse(string?, out Xname?, out string?)"/> for user input or <see cref="Parse"/> for trusted input.
/// </summary>
/// <remarks>
/// Ranges follow HMS (Cray-HPE/hms-xname): cabinet 0-9999, chassis 0-7; slot, BMC and node numbers are
/// unbounded there, capped here at <see cref="MaxOrdinal"/> so they always fit an int.
/// </remarks>
internal sealed record Xname
{
    /// <summary>The largest slot, BMC or node ordinal accepted.</summary>
    public const int MaxOrdinal = 99_999;

    /// <summary>The largest cabinet number (four digits).</summary>
    public const int MaxCabinet = 9_999;

    /// <summary>The largest chassis number.</summary>
    public const int MaxChassis = 7;

    /// <summary>What the xname names.</summary>
    public required XnameKind Kind { get; init; }

    /// <summary>The cabinet number (always present).</summary>
    public required int Cabinet { get; init; }

    /// <summary>The chassis number, or null for a cabinet.</summary>
    public int? Chassis { get; init; }

    /// <summary>The slot number (compute slot for node BMCs and nodes, router slot for router BMCs), or null.</summary>
    public int? Slot { get; init; }

    /// <summary>The BMC ordinal, or null for cabinets and chassis.</summary>
    public int? BmcOrdinal { get; init; }

    /// <summary>The node ordinal, for <see cref="XnameKind.Node"/> only.</summary>
    public int? Node { get; init; }

    /// <summary>A node-BMC xname <c>x{cabinet}c{chassis}s{slot}b{bmc}</c>; throws when a number is out of range.</summary>
    public static Xname NodeBmc(int cabinet, int chassis, int slot, int bmc)
    {
        var xname = new Xname { Kind = XnameKind.NodeBmc, Cabinet = cabinet, Chassis = chassis, Slot = slot, BmcOrdinal = bmc };
        return XnameParser.Validate(xname) is { } error ? throw new ArgumentOutOfRangeException(nameof(cabinet), error) : xname;
    }

    /// <summary>Parses <paramref name="text"/>, returning false with a one-line reason when it is not a valid xname.</summary>
    public static bool TryParse(
        [NotNullWhen(true)] string? text,
        [NotNullWhen(true)] out Xname? xname,
        [NotNullWhen(false)] out string? error) => XnameParser.TryParse(text, out xname, out error);

    /// <summary>Parses <paramref name="text"/>; throws <see cref="FormatException"/> with the reason when invalid.</summary>
    public static Xname Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var xname, out var error) ? xname : throw new FormatException(error);
    }

    /// <summary>The node xname <c>{this}n{node}</c> behind this node BMC.</summary>
    public Xname WithNode(int node)
    {
        if (Kind != XnameKind.NodeBmc)
        {
            throw new InvalidOperationException($"only a node BMC has nodes, not a {Kind} ('{this}')");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(node);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(node, MaxOrdinal);
        return this with { Kind = XnameKind.Node, Node = node };
    }

    /// <summary>The canonical text, e.g. <c>x3000c0s1b0n0</c>.</summary>
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        return Kind switch
        {
            XnameKind.Cabinet => string.Create(c, $"x{Cabinet}"),
            XnameKind.Chassis => string.Create(c, $"x{Cabinet}c{Chassis}"),
            XnameKind.ChassisBmc => string.Create(c, $"x{Cabinet}c{Chassis}b{BmcOrdinal}"),
            XnameKind.RouterBmc => string.Create(c, $"x{Cabinet}c{Chassis}r{Slot}b{BmcOrdinal}"),
            XnameKind.NodeBmc => string.Create(c, $"x{Cabinet}c{Chassis}s{Slot}b{BmcOrdinal}"),
            XnameKind.Node => string.Create(c, $"x{Cabinet}c{Chassis}s{Slot}b{BmcOrdinal}n{Node}"),
            _ => throw new InvalidOperationException($"unknown xname kind {Kind}"),
        };
    }
}
