namespace Discovery.Store;

/// <summary>The names a <see cref="RecordKind"/> goes by: in history events, on the command line and in API paths.</summary>
internal static class RecordKinds
{
    /// <summary>The snake_case name used in history events and JSON (<c>node</c>, <c>bmc</c>, <c>interface</c>, <c>group</c>, <c>boot_profile</c>, <c>session_template</c>).</summary>
    public static string Name(RecordKind kind) => kind switch
    {
        RecordKind.Node => "node",
        RecordKind.Bmc => "bmc",
        RecordKind.Interface => "interface",
        RecordKind.Group => "group",
        RecordKind.SessionTemplate => "session_template",
        _ => "boot_profile",
    };

    /// <summary>The API collection path segment (<c>nodes</c>, <c>bmcs</c>, <c>interfaces</c>, <c>groups</c>, <c>boot-profiles</c>, <c>session-templates</c>).</summary>
    public static string Collection(RecordKind kind) => kind switch
    {
        RecordKind.Node => "nodes",
        RecordKind.Bmc => "bmcs",
        RecordKind.Interface => "interfaces",
        RecordKind.Group => "groups",
        RecordKind.SessionTemplate => "session-templates",
        _ => "boot-profiles",
    };

    /// <summary>
    /// Parses a kind as people type it: singular or plural, dash or underscore, any case
    /// (<c>node</c>, <c>nodes</c>, <c>bmc</c>, <c>interface</c>, <c>nic</c>, <c>group</c>, <c>boot-profile</c>, ...).
    /// </summary>
    /// <returns>False when <paramref name="text"/> names no kind.</returns>
    public static bool TryParse(string? text, out RecordKind kind)
    {
        kind = default;
        switch (text?.Trim().ToLowerInvariant().Replace('_', '-'))
        {
            case "node" or "nodes" or "computenode" or "computenodes":
                kind = RecordKind.Node;
                return true;
            case "bmc" or "bmcs":
                kind = RecordKind.Bmc;
                return true;
            case "interface" or "interfaces" or "nic" or "nics" or "networkinterface" or "networkinterfaces":
                kind = RecordKind.Interface;
                return true;
            case "group" or "groups" or "nodegroup" or "nodegroups":
                kind = RecordKind.Group;
                return true;
            case "boot-profile" or "boot-profiles" or "bootprofile" or "bootprofiles" or "profile" or "profiles":
                kind = RecordKind.BootProfile;
                return true;
            case "session-template" or "session-templates" or "sessiontemplate" or "sessiontemplates" or "template" or "templates":
                kind = RecordKind.SessionTemplate;
                return true;
            default:
                return false;
        }
    }
}
