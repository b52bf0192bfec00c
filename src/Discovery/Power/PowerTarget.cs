namespace Discovery.Power;

/// <summary>One node to act on: how people name it, its BMC and its ComputerSystem URI (null when the inventory lacks them).</summary>
internal sealed record PowerTarget(string Node, Uri? BmcUri, string? SystemUri)
{
    /// <summary>
    /// Reset types an earlier process already sent to this node in the same attempt (a boot session resumed after a
    /// restart). When they begin the plan, they are not sent again, only waited for: a node that is mid-reboot is not
    /// reset a second time.
    /// </summary>
    public IReadOnlyList<string> AlreadySent { get; init; } = [];
}
