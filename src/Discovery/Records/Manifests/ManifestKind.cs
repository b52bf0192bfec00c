namespace Discovery.Records.Manifests;

/// <summary>The record kinds a manifest document can apply (its <c>kind:</c>).</summary>
internal enum ManifestKind
{
    /// <summary>A <see cref="Records.ComputeNode"/>, identified by <c>id</c>, else <c>xname</c>.</summary>
    ComputeNode,

    /// <summary>A <see cref="Records.NodeGroup"/>, identified by <c>name</c>.</summary>
    NodeGroup,

    /// <summary>A <see cref="Records.BootProfile"/>, identified by <c>name</c>.</summary>
    BootProfile,

    /// <summary>A <see cref="Records.Bmc"/>, identified by <c>id</c>, else <c>xname</c>, else <c>mac</c>.</summary>
    Bmc,

    /// <summary>A <see cref="Records.SessionTemplate"/>, identified by <c>name</c>.</summary>
    SessionTemplate,
}
