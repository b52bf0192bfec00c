namespace Discovery.Records.Xnames;

/// <summary>The component an xname names, in the Cray/HPE (HMS) xname grammar.</summary>
internal enum XnameKind
{
    /// <summary><c>x&lt;cabinet&gt;</c>, e.g. <c>x3000</c>.</summary>
    Cabinet,

    /// <summary><c>x&lt;cabinet&gt;c&lt;chassis&gt;</c>, e.g. <c>x3000c0</c>.</summary>
    Chassis,

    /// <summary><c>x&lt;cabinet&gt;c&lt;chassis&gt;b&lt;bmc&gt;</c>, a chassis BMC (CMM), e.g. <c>x1000c0b0</c>.</summary>
    ChassisBmc,

    /// <summary><c>x&lt;cabinet&gt;c&lt;chassis&gt;r&lt;slot&gt;b&lt;bmc&gt;</c>, a router (switch) BMC, e.g. <c>x3000c0r15b0</c>.</summary>
    RouterBmc,

    /// <summary><c>x&lt;cabinet&gt;c&lt;chassis&gt;s&lt;slot&gt;b&lt;bmc&gt;</c>, a node BMC, e.g. <c>x3000c0s1b0</c>.</summary>
    NodeBmc,

    /// <summary><c>x&lt;cabinet&gt;c&lt;chassis&gt;s&lt;slot&gt;b&lt;bmc&gt;n&lt;node&gt;</c>, a node, e.g. <c>x3000c0s1b0n0</c>.</summary>
    Node,
}
